/**
 * Issue 11, item 12: the sign-up form's promise is kept. The facilitator sees every sign-up; the
 * kopgroep (neighbours) sees contact details only for werkgroepen that were started, in its list
 * and in its CSV export alike, and learns of a werkgroep's sign-ups when it starts.
 */
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, record, waitFor } from '../helpers/integration/helpers.js';
import { ok } from '../helpers/integration/evening.js';
import { withToken } from '../helpers/integration/signup-helpers.js';
import {
  followUpEvening,
  kopgroepMember,
  startWorkingGroup,
} from '../helpers/integration/follow-up-setup.js';

afterEach(cleanUp);

const names = (signups: { name: string }[]) => signups.map((signup) => signup.name).sort();

async function csvRows(url: string, meetingId: string, token: string): Promise<string[][]> {
  const res = await withToken(url, `/meetings/${meetingId}/signups.csv`, token);
  expect(res.status).toBe(200);
  return parse((await res.text()).replace(/^\uFEFF/, ''), { delimiter: ';' }) as string[][];
}

describe('who sees the sign-ups after the evening', () => {
  it('gives the kopgroep only the werkgroepen that started; the facilitator all', async () => {
    const e = await followUpEvening();
    const henk = await kopgroepMember(e);
    const all = ['Ans Verborgen', 'Bram Beek', 'Gerrit Zonnebloem'];

    // Before any werkgroep starts, the kopgroep sees no one, in the list or the export.
    expect(ok(await henk.socket.emitWithAck('signup:list', {}))).toEqual([]);
    const before = await csvRows(e.server.url, e.meetingId, henk.token);
    expect(before.flat().join(' ')).not.toMatch(/@example\.nl|Gerrit|Bram|Ans/);
    expect(names(ok(await e.regie.emitWithAck('signup:list', {})))).toEqual(all);

    // Werkgroep A starts: its two sign-ups reach the kopgroep, B's stays hidden.
    const changed = record(henk.socket, 'workingGroups:changed');
    await startWorkingGroup(e, e.themeA.id);
    await waitFor(() => expect(changed).toHaveLength(1));
    const seen = ok(await henk.socket.emitWithAck('signup:list', {}));
    expect(names(seen)).toEqual(['Ans Verborgen', 'Gerrit Zonnebloem']);
    expect(seen.every((signup) => signup.themeId === e.themeA.id)).toBe(true);
    const rows = await csvRows(e.server.url, e.meetingId, henk.token);
    const text = rows.flat().join(' ');
    expect(text).toContain('gerrit.h8@example.nl');
    expect(text).toContain('ans.h8@example.nl');
    expect(text).not.toContain('bram.h8@example.nl');
    expect(text).not.toContain('Bram Beek');

    // The facilitator's list and export stay complete.
    expect(names(ok(await e.regie.emitWithAck('signup:list', {})))).toEqual(all);
    const regieCsv = (await csvRows(e.server.url, e.meetingId, e.facilitatorToken)).flat();
    expect(regieCsv.join(' ')).toContain('bram.h8@example.nl');

    // Werkgroep B starts too: now the kopgroep sees Bram.
    await startWorkingGroup(e, e.themeB.id);
    expect(names(ok(await henk.socket.emitWithAck('signup:list', {})))).toEqual(all);
  });
});
