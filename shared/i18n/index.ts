import { nl } from './nl.js';
import { en } from './en.js';
import type { Messages } from './nl.js';

export type { Messages };
export const LOCALES = { nl, en } as const;
export type Locale = keyof typeof LOCALES;
export const DEFAULT_LOCALE: Locale = 'nl';
/**
 * The languages by code. The client uses this list rather than LOCALES, so a phone does not
 * download the English catalogue with its first screen (client/lib/i18n.svelte.ts loads it on
 * demand).
 */
export const LOCALE_CODES: readonly Locale[] = ['nl', 'en'];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALE_CODES as readonly string[]).includes(value);
}
