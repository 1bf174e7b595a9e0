import type { canvasNl } from './canvas.nl.js';

export const canvasEn: typeof canvasNl = {};
