import { nl } from './nl.js';
import { en } from './en.js';
import type { Messages } from './nl.js';

export type { Messages };
export const LOCALES = { nl, en } as const;
export type Locale = keyof typeof LOCALES;
export const DEFAULT_LOCALE: Locale = 'nl';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && value in LOCALES;
}
