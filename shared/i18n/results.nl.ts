/**
 * Dutch texts for the results on the projector and the printable report (Verslag wijkbrede bijeenkomst).
 * Plain language (B1), "u". The English catalogue has the same keys (checked by results.en.ts).
 */
export const resultsNl = {};
