/**
 * What every screen needs to know of the languages, without their catalogues: a phone must not
 * download the English one with its first screen (client/lib/i18n.svelte.ts loads it on demand).
 * Both catalogues at once: ./locales.ts.
 */
import type { CoreMessages, Messages, SectionName } from './nl.js';

export type { CoreMessages, Messages, SectionName };
export type Locale = 'nl' | 'en';
export const DEFAULT_LOCALE: Locale = 'nl';
/** The languages by code. */
export const LOCALE_CODES: readonly Locale[] = ['nl', 'en'];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALE_CODES as readonly string[]).includes(value);
}
