/**
 * Issue 11, items 11 and 13: a change of lead costs each open console one pushed message that
 * says whether it leads now (no burst of re-reads), so handing the lead back and forth quickly
 * never runs into the rate limit; clock pings are not commands; a refusal for too many commands
 * says the real wait; and revoking a kopgroep member who leads hands the lead back to the
 * facilitator, heard once by every console that remains.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, once, record, waitFor } from '../helpers/integration/helpers.js';
import { ok, refusal } from '../helpers/integration/evening.js';
import { kopgroepMember } from '../helpers/integration/follow-up-setup.js';
import { LIMITS } from '../../shared/limits.js';
import {
  createReturnMeeting,
  openConsole,
  returnEvening,
  returnPhone,
} from '../helpers/integration/return-setup.js';

afterEach(cleanUp);

describe('a change of lead', () => {
  it('reaches each console as one message saying whether it leads, also back and forth', async () => {
    const e = await returnEvening();
    const henk = await kopgroepMember(e, 'Henk Bakker');
    const summary = await createReturnMeeting(e.regie);
    const facilitator = await openConsole(e, e.facilitatorToken, summary.id);
    const henkConsole = await openConsole(e, henk.token, summary.id);
    const phone = await returnPhone(e, summary.joinCode);
    const heard = {
      facilitator: record(facilitator, 'leader:changed'),
      henk: record(henkConsole, 'leader:changed'),
      phone: record(phone.socket, 'leader:changed'),
    };

    // Ten hand-overs within a second or two: more than the old burst of re-reads allowed.
    for (let round = 0; round < 5; round++) {
      ok(await facilitator.emitWithAck('leader:set', { coreGroupMemberId: henk.member.id }));
      ok(await facilitator.emitWithAck('leader:set', { coreGroupMemberId: null }));
    }
    await waitFor(() => expect(heard.phone).toHaveLength(10));
    await waitFor(() => expect(heard.henk).toHaveLength(10));
    await waitFor(() => expect(heard.facilitator).toHaveLength(10));
    // Exactly one each: nothing more arrives after a moment.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect([heard.phone, heard.henk, heard.facilitator].map((h) => h.length)).toEqual([10, 10, 10]);
    expect(heard.henk.slice(0, 2)).toEqual([
      { leaderName: 'Henk Bakker', leading: true },
      { leaderName: null, leading: false },
    ]);
    expect(heard.facilitator.slice(0, 2)).toEqual([
      { leaderName: 'Henk Bakker', leading: false },
      { leaderName: null, leading: true },
    ]);
    // A phone only hears who leads.
    expect(heard.phone[0]).toEqual({ leaderName: 'Henk Bakker' });
    // The facilitator leads at the end and runs the meeting at once.
    ok(await facilitator.emitWithAck('agenda:get', {}));
    ok(await facilitator.emitWithAck('timer:control', { action: 'start', durationMs: 60_000 }));
  });
});

describe('the command budget of a connection', () => {
  it('leaves clock pings out, and a refusal says how many seconds to wait', async () => {
    const e = await returnEvening();
    const summary = await createReturnMeeting(e.regie);
    const facilitator = await openConsole(e, e.facilitatorToken, summary.id);
    // A few reconnects' worth of clock measurements…
    for (let i = 0; i < 20; i++) ok(await facilitator.emitWithAck('clock:ping', {}));
    // …leave every command of the budget available.
    const answers = await Promise.all(
      Array.from({ length: LIMITS.commandsPer10s }, () =>
        facilitator.emitWithAck('agenda:get', {}),
      ),
    );
    expect(answers.every((answer) => answer.ok)).toBe(true);
    const refused = await facilitator.emitWithAck('agenda:get', {});
    expect(refusal(refused)).toBe('RATE_LIMITED');
    const wait = refused.ok ? 0 : (refused.retryAfterSeconds ?? 0);
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(10);
    // Clock pings keep working while commands wait: the screen's timer stays right.
    ok(await facilitator.emitWithAck('clock:ping', {}));
  });
});

describe('revoking a kopgroep member who leads', () => {
  it('hands the lead back to the facilitator; every remaining console hears it once', async () => {
    const e = await returnEvening();
    const henk = await kopgroepMember(e, 'Henk Bakker');
    const ans = await kopgroepMember(e, 'Ans de Vries');
    const led = await createReturnMeeting(henk.socket);
    const other = await createReturnMeeting(e.regie, {
      name: 'Terugkombijeenkomst najaar',
      date: '2027-10-10',
      place: 'Dorpshuis De Schakel',
    });
    const henkConsole = await openConsole(e, henk.token, led.id);
    const facilitator = await openConsole(e, e.facilitatorToken, led.id);
    const ansConsole = await openConsole(e, ans.token, led.id);
    const otherConsole = await openConsole(e, e.facilitatorToken, other.id);
    const phone = await returnPhone(e, led.joinCode);
    const heard = {
      facilitator: record(facilitator, 'leader:changed'),
      ans: record(ansConsole, 'leader:changed'),
      henk: record(henkConsole, 'leader:changed'),
      phone: record(phone.socket, 'leader:changed'),
      other: record(otherConsole, 'leader:changed'),
    };
    expect(ok(await facilitator.emitWithAck('session:sync', {})).leading).toBe(false);

    const dropped = once<string>(henkConsole, 'disconnect');
    ok(await e.regie.emitWithAck('coreGroup:revoke', { memberId: henk.member.id }));
    expect(await dropped).toBe('io server disconnect');
    await waitFor(() => expect(heard.phone).toEqual([{ leaderName: null }]));
    expect(heard.facilitator).toEqual([{ leaderName: null, leading: true }]);
    expect(heard.ans).toEqual([{ leaderName: null, leading: false }]);
    // The revoked console hears nothing but that its link stopped; other meetings nothing.
    expect(heard.henk).toEqual([]);
    expect(heard.other).toEqual([]);
    // The facilitator runs the meeting without taking the lead back first.
    ok(await facilitator.emitWithAck('agenda:start', { itemId: null }));
    expect(
      ok(await e.regie.emitWithAck('returnMeeting:list', {})).map((m) => m.leaderName),
    ).toEqual([null, null]);
  });
});
