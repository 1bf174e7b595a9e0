import type { resultsNl } from './results.nl.js';

export const resultsEn: typeof resultsNl = {};
