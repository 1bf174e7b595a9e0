import type { Locale } from '../../shared/i18n/index.js';
import { LOCALE_TAGS } from './meeting-date.js';

/** What a person typed into the three boxes of a date field, as typed. */
export interface DateParts {
  day: string;
  /** '1'…'12', or '' while no month is chosen. */
  month: string;
  year: string;
}

export const NO_DATE: DateParts = { day: '', month: '', year: '' };

/** 'YYYY-MM-DD' split into the boxes ('2027-03-01' → 1, 3, 2027); anything else leaves them empty. */
export function splitDate(value: string): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return NO_DATE;
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] };
}

/**
 * The boxes as 'YYYY-MM-DD': '' while nothing is filled in, null while the date is unfinished
 * or does not exist (31 februari), so a form never stores half a date.
 */
export function joinDate(parts: DateParts): string | null {
  const day = parts.day.trim();
  const year = parts.year.trim();
  if (!day && !parts.month && !year) return '';
  if (!/^\d{1,2}$/.test(day) || !/^\d{4}$/.test(year) || !/^\d{1,2}$/.test(parts.month)) {
    return null;
  }
  const [d, m, y] = [Number(day), Number(parts.month), Number(year)];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return null;
  }
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The month names in the page's language ("januari" … "december"), not the browser's. */
export function monthNames(locale: Locale): string[] {
  const format = new Intl.DateTimeFormat(LOCALE_TAGS[locale], { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, index) =>
    format.format(new Date(Date.UTC(2026, index, 1))),
  );
}
