import type { Locale } from '../../shared/i18n/index.js';

/** The language tag for dates in each language of the interface. */
export const LOCALE_TAGS: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/**
 * A meeting's date ('YYYY-MM-DD') written out as people say it: "dinsdag 1 december 2026".
 * Read at noon UTC and shown in UTC, so no time zone moves it to another day. Anything that
 * is not such a date is shown as it is.
 */
export function meetingDate(date: string, locale: Locale): string {
  const parsed = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(parsed);
}
