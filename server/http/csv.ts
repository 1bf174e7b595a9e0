import { stringify } from 'csv-stringify/sync';
import type { Werkgroep } from '../services/signups.js';
import { readablePhone } from '../../shared/phone.js';

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"); a tab or
 * carriage return in front can hide one. A name like "=HYPERLINK(…)" must stay text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Makes a cell safe to open in Excel or LibreOffice: a leading apostrophe keeps it text. */
export function neutralise(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Column headings in Dutch, as the facilitator and the kopgroep read them. */
export const SIGNUP_COLUMNS = [
  'werkgroep',
  'naam',
  'e-mail',
  'telefoon',
  'contact over werkgroep',
  'naam delen',
  'nieuws',
  'aangemeld op',
  'bewaren tot',
] as const;

/** Dates as the Netherlands reads them, in Dutch time whatever the server's zone. */
const dateTime = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  dateStyle: 'short',
  timeStyle: 'short',
});
const dateOnly = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  dateStyle: 'short',
});

const yesNo = (value: boolean) => (value ? 'ja' : 'nee');

/**
 * The sign-ups of a meeting as CSV, one row per sign-up, grouped per werkgroep. Separated by
 * semicolons and preceded by a byte order mark: Excel with Dutch settings then opens it in
 * columns and with the accents intact. Every cell is neutralised against formulas.
 */
export function signupsCsv(werkgroepen: readonly Werkgroep[]): string {
  const rows = werkgroepen.flatMap((group) =>
    group.signups.map((signup) =>
      [
        group.title || '(thema verwijderd)',
        signup.name,
        signup.email,
        readablePhone(signup.phone),
        yesNo(signup.consents.contact),
        yesNo(signup.consents.shareName),
        yesNo(signup.consents.news),
        // "01-12-2026 20:15": without the comma Intl puts in, Excel reads it as a date and time.
        dateTime.format(signup.createdAt).replace(', ', ' '),
        dateOnly.format(signup.retainUntil),
      ].map(neutralise),
    ),
  );
  return stringify(rows, {
    bom: true,
    delimiter: ';',
    header: true,
    columns: [...SIGNUP_COLUMNS],
    record_delimiter: 'windows',
  });
}
