/**
 * Dutch texts for signing up for a werkgroep on a phone, the personal link's page, and the Regie's list of sign-ups.
 * Plain language (B1), "u". The English catalogue has the same keys (checked by signup.en.ts).
 */
export const signupNl = {};
