/**
 * Dutch texts for the kopgroep: inviting members in the Regie, the kopgroep's own page with the werkgroepen and their sign-ups.
 * Plain language (B1), "u". The English catalogue has the same keys (checked by coreGroup.en.ts).
 */
export const coreGroupNl = {};
