import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { neutralise, signupsCsv, SIGNUP_COLUMNS } from '../../../server/http/csv.js';
import type { Signup } from '../../../shared/model.js';

const signup = (overrides: Partial<Signup>): Signup => ({
  id: 'signup-1',
  meetingId: 'meeting-1',
  themeId: 'theme-1',
  name: 'Ans de Vries',
  email: 'ans@example.nl',
  phone: '+31612345678',
  consents: { contact: true, shareName: true, news: false },
  createdAt: Date.UTC(2026, 11, 1, 19, 15),
  retainUntil: Date.UTC(2027, 11, 1, 19, 15),
  ...overrides,
});

describe('neutralise', () => {
  it('puts an apostrophe before whatever a spreadsheet would run as a formula', () => {
    for (const cell of ['=1+1', '+31 6', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
      expect(neutralise(cell)).toBe(`'${cell}`);
    }
    for (const cell of ['Ans', '06 12345678', '', 'a=b', "'al tekst"]) {
      expect(neutralise(cell)).toBe(cell);
    }
  });
});

describe('signupsCsv', () => {
  it('writes a BOM, Dutch headings and one neutralised row per sign-up, per werkgroep', () => {
    const csv = signupsCsv([
      {
        themeId: 'theme-1',
        title: 'Verkeer; veilig',
        signups: [
          signup({ name: '=HYPERLINK("http://x","klik")', phone: '+32470123456' }),
          signup({ id: 's2', name: 'Piet "Pietje" Bos', email: '' }),
        ],
      },
      { themeId: 'gone', title: '', signups: [signup({ id: 's3', email: '-x@example.nl' })] },
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parse(csv, { bom: true, delimiter: ';' }) as string[][];
    expect(rows[0]).toEqual([...SIGNUP_COLUMNS]);
    expect(rows.slice(1)).toEqual([
      [
        'Verkeer; veilig',
        `'=HYPERLINK("http://x","klik")`,
        'ans@example.nl',
        "'+32 470 12 34 56",
        'ja',
        'ja',
        'nee',
        '01-12-2026 20:15',
        '01-12-2027',
      ],
      [
        'Verkeer; veilig',
        'Piet "Pietje" Bos',
        '',
        '06 12345678',
        'ja',
        'ja',
        'nee',
        '01-12-2026 20:15',
        '01-12-2027',
      ],
      [
        '(thema verwijderd)',
        'Ans de Vries',
        "'-x@example.nl",
        '06 12345678',
        'ja',
        'ja',
        'nee',
        '01-12-2026 20:15',
        '01-12-2027',
      ],
    ]);
  });
});
