/**
 * Dutch texts for phones and the projector at the tables: which table to go to, the canvas with its three questions.
 * Plain language (B1), "u". The English catalogue has the same keys (checked by canvas.en.ts).
 */
export const canvasNl = {};
