import type { Locale } from '../../shared/i18n/index.js';

/** The language tag for dates in each language of the interface. */
export const LOCALE_TAGS: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/**
 * A meeting's date ('YYYY-MM-DD') written out as people say it: "dinsdag 1 december 2026".
 * Read at noon UTC and shown in UTC, so no time zone moves it to another day. Anything that
 * is not such a date is shown as it is.
 */
export function meetingDate(date: string, locale: Locale): string {
  return dayText(date, locale, { weekday: 'long', ...LONG_DAY });
}

/** "1 maart 2027": the parts of a day that every long date here shows. */
export const LONG_DAY: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
};

/** A 'YYYY-MM-DD' date read at noon UTC and shown in UTC; anything else is shown as it is. */
export function dayText(date: string, locale: Locale, options: Intl.DateTimeFormatOptions): string {
  const parsed = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale], { ...options, timeZone: 'UTC' }).format(
    parsed,
  );
}
