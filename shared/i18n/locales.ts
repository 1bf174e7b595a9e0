/**
 * Both catalogues by language, for code that needs them all at once (tests, the server). Screens
 * import ./index.ts instead, which holds no catalogue, and load English on demand.
 */
import { nl } from './nl.js';
import { en } from './en.js';
import type { Locale, Messages } from './index.js';

export const LOCALES: Record<Locale, Messages> = { nl, en };
