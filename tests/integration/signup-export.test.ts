/**
 * The facilitator's side of sign-ups: the CSV export (Dutch, safe to open in a spreadsheet),
 * erasing one person's data on request, and nothing of it for another meeting's facilitator.
 */
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, record, waitFor } from '../helpers/integration/helpers.js';
import {
  evening,
  ok,
  phone,
  publishedTheme,
  refusal,
  themeInput,
  toPhase,
} from '../helpers/integration/evening.js';
import {
  codeOf,
  otherMeeting,
  signupInput,
  tokenOf,
  withToken,
} from '../helpers/integration/signup-helpers.js';

afterEach(cleanUp);

const csvPath = (meetingId: string) => `/meetings/${meetingId}/signups.csv`;

describe('the sign-ups export', () => {
  it('gives the facilitator a Dutch CSV per werkgroep with formulas neutralised', async () => {
    const e = await evening();
    await toPhase(e, 'signup');
    const verkeer = await publishedTheme(e.regie, themeInput('Verkeer'));
    const groen = await publishedTheme(e.regie, themeInput('Groen en spelen'));
    const p = await phone(e);
    const consents = { contact: true, shareName: true, news: true };
    for (const input of [
      signupInput(groen.id, { name: '=HYPERLINK("http://evil.example","klik")', phone: '' }),
      signupInput(verkeer.id, { name: '@SUM(A1:A9)', email: '+cmd@example.nl', phone: '' }),
      signupInput(groen.id, {
        name: 'Piet; Bos',
        email: '-x@example.nl',
        phone: '+32 470 12 34 56',
      }),
      signupInput(verkeer.id, { name: 'Ans de Vries', email: '', consents }),
    ]) {
      ok(await p.socket.emitWithAck('signup:create', input));
    }

    const res = await withToken(e.server.url, csvPath(e.meetingId), e.facilitatorToken);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="aanmeldingen-2026-12-01.csv"',
    );
    expect(res.headers.get('cache-control')).toBe('no-store');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes, { bom: true, delimiter: ';' }) as string[][];
    expect(rows[0]).toEqual([
      'werkgroep',
      'naam',
      'e-mail',
      'telefoon',
      'contact over werkgroep',
      'naam delen',
      'nieuws',
      'aangemeld op',
      'bewaren tot',
    ]);
    // Grouped by werkgroep in the order of the themes (within one, sign-ups of the same
    // millisecond may come in either order).
    const body = rows.slice(1);
    expect(body.map((row) => row[0])).toEqual([
      'Verkeer',
      'Verkeer',
      'Groen en spelen',
      'Groen en spelen',
    ]);
    const sorted = (list: string[][]) => [...list].sort((a, b) => a.join().localeCompare(b.join()));
    expect(sorted(body.map((row) => row.slice(0, 7)))).toEqual(
      sorted([
        ['Verkeer', "'@SUM(A1:A9)", "'+cmd@example.nl", '', 'ja', 'nee', 'nee'],
        ['Verkeer', 'Ans de Vries', '', '06 12345678', 'ja', 'ja', 'ja'],
        [
          'Groen en spelen',
          `'=HYPERLINK("http://evil.example","klik")`,
          'ans@example.nl',
          '',
          'ja',
          'nee',
          'nee',
        ],
        ['Groen en spelen', 'Piet; Bos', "'-x@example.nl", "'+32 470 12 34 56", 'ja', 'nee', 'nee'],
      ]),
    );
    for (const row of rows.slice(1)) {
      expect(row[7]).toMatch(/^\d{2}-\d{2}-\d{4} \d{2}:\d{2}$/);
      expect(row[8]).toMatch(/^\d{2}-\d{2}-\d{4}$/);
    }
    // No cell of the file, as a spreadsheet reads it, starts a formula.
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('refuses the export to anyone but the facilitator of that meeting', async () => {
    const e = await evening();
    await toPhase(e, 'signup');
    const elsewhere = await otherMeeting(e.server);
    const groen = await publishedTheme(e.regie, themeInput('Groen en spelen'));
    const p = await phone(e);
    ok(await p.socket.emitWithAck('signup:create', signupInput(groen.id)));
    const path = csvPath(e.meetingId);
    for (const [who, token, status, code] of [
      ['another meeting’s facilitator', elsewhere.facilitatorToken, 403, 'FORBIDDEN'],
      ['the projector', e.projectorToken, 403, 'FORBIDDEN'],
      ['a phone', p.key, 403, 'FORBIDDEN'],
      ['an unknown token', 'AAAAAAAAAAAAAAAAAAAAAA', 401, 'UNAUTHORISED'],
      ['no token', null, 401, 'UNAUTHORISED'],
    ] as const) {
      const res = await withToken(e.server.url, path, token);
      expect([res.status, await codeOf(res)], who).toEqual([status, code]);
    }
    // Its own meeting's export works for the other facilitator, with none of these sign-ups.
    const own = await withToken(
      e.server.url,
      csvPath(elsewhere.meetingId),
      elsewhere.facilitatorToken,
    );
    expect(parse(Buffer.from(await own.arrayBuffer()), { bom: true, delimiter: ';' })).toHaveLength(
      1,
    );
  });
});

describe('erasing a sign-up on request', () => {
  it('deletes exactly that sign-up, and only for its own meeting', async () => {
    const e = await evening();
    await toPhase(e, 'signup');
    const elsewhere = await otherMeeting(e.server);
    const groen = await publishedTheme(e.regie, themeInput('Groen en spelen'));
    const p = await phone(e);
    const counted = record(p.socket, 'signups:counted');
    const first = ok(await p.socket.emitWithAck('signup:create', signupInput(groen.id)));
    const second = ok(
      await p.socket.emitWithAck('signup:create', signupInput(groen.id, { name: 'Kees' })),
    );
    await waitFor(() => expect(counted.at(-1)).toEqual({ counts: { [groen.id]: 2 } }));

    const signupId = first.signup.id;
    expect(refusal(await elsewhere.regie.emitWithAck('signup:erase', { signupId }))).toBe(
      'NOT_FOUND',
    );
    expect(ok(await elsewhere.regie.emitWithAck('signup:list', {}))).toEqual([]);
    expect(ok(await e.regie.emitWithAck('signup:list', {}))).toHaveLength(2);

    expect(ok(await e.regie.emitWithAck('signup:erase', { signupId }))).toEqual({ signupId });
    await waitFor(() => expect(counted.at(-1)).toEqual({ counts: { [groen.id]: 1 } }));
    expect(ok(await e.regie.emitWithAck('signup:list', {}))).toEqual([second.signup]);
    expect((await withToken(e.server.url, '/signup', tokenOf(first.link))).status).toBe(404);
    expect((await withToken(e.server.url, '/signup', tokenOf(second.link))).status).toBe(200);
    expect(refusal(await e.regie.emitWithAck('signup:erase', { signupId }))).toBe('NOT_FOUND');
  });
});
