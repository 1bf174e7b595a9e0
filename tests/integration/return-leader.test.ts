/**
 * Who leads a return meeting: one console at a time. The facilitator leads until they hand it
 * to a kopgroep member and step back to read-only; the leader may hand it on; the facilitator
 * may always take it back. A revoked kopgroep link loses its console at once.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, once, record, refusedSocket, waitFor } from '../helpers/integration/helpers.js';
import { ok, refusal } from '../helpers/integration/evening.js';
import { otherMeeting } from '../helpers/integration/signup-helpers.js';
import { kopgroepMember } from '../helpers/integration/follow-up-setup.js';
import { ORGANISER_TOKEN } from '../helpers/server.js';
import type { ClientSocket } from '../helpers/integration/helpers.js';
import {
  createReturnMeeting,
  openConsole,
  returnEvening,
  returnPhone,
} from '../helpers/integration/return-setup.js';
import type { ReturnEvening } from '../helpers/integration/return-setup.js';

afterEach(cleanUp);

const leading = async (socket: ClientSocket) =>
  ok(await socket.emitWithAck('session:sync', {})).leading;

/** An agenda with one slot, saved by whoever leads now. */
async function agendaWithOneSlot(e: ReturnEvening, leader: ClientSocket) {
  return ok(
    await leader.emitWithAck('agenda:set', {
      items: [{ kind: 'presentation', workingGroupId: e.groupA.id, minutes: 10 }],
    }),
  );
}

describe('leading a return meeting', () => {
  it('is handed from the facilitator to a kopgroep member, on, and taken back', async () => {
    const e = await returnEvening();
    const henk = await kopgroepMember(e, 'Henk Bakker');
    const ans = await kopgroepMember(e, 'Ans de Vries');
    const summary = await createReturnMeeting(e.regie);
    expect(summary.leaderName).toBeNull();
    const facilitator = await openConsole(e, e.facilitatorToken, summary.id);
    const henkConsole = await openConsole(e, henk.token, summary.id);
    const ansConsole = await openConsole(e, ans.token, summary.id);
    const phone = await returnPhone(e, summary.joinCode);
    const leaders = record(phone.socket, 'leader:changed');

    // Without a leader the facilitator leads; the kopgroep consoles follow.
    expect(await leading(facilitator)).toBe(true);
    expect(await leading(henkConsole)).toBe(false);
    expect(refusal(await henkConsole.emitWithAck('agenda:set', { items: [] }))).toBe('NOT_LEADER');
    const agenda = await agendaWithOneSlot(e, facilitator);
    const [slot] = agenda.items;
    // A follower still reads what the room sees, and the leader's queue.
    expect(ok(await henkConsole.emitWithAck('agenda:get', {}))).toEqual(agenda);
    expect(ok(await henkConsole.emitWithAck('question:list', {}))).toEqual([]);
    expect(
      refusal(await henkConsole.emitWithAck('leader:set', { coreGroupMemberId: henk.member.id })),
    ).toBe('NOT_LEADER');

    const handed = ok(
      await facilitator.emitWithAck('leader:set', { coreGroupMemberId: henk.member.id }),
    );
    expect(handed).toMatchObject({ id: summary.id, leaderName: 'Henk Bakker' });
    await waitFor(() => expect(leaders.at(-1)).toEqual({ leaderName: 'Henk Bakker' }));
    expect(refusal(await facilitator.emitWithAck('agenda:start', { itemId: slot.id }))).toBe(
      'NOT_LEADER',
    );
    expect(refusal(await facilitator.emitWithAck('timer:control', { action: 'stop' }))).toBe(
      'NOT_LEADER',
    );
    expect(refusal(await ansConsole.emitWithAck('agenda:start', { itemId: slot.id }))).toBe(
      'NOT_LEADER',
    );
    expect(
      ok(await henkConsole.emitWithAck('agenda:start', { itemId: slot.id })).currentItemId,
    ).toBe(slot.id);
    expect([
      await leading(facilitator),
      await leading(henkConsole),
      await leading(ansConsole),
    ]).toEqual([false, true, false]);
    expect(
      ok(await e.regie.emitWithAck('returnMeeting:list', {})).map((m) => m.leaderName),
    ).toEqual(['Henk Bakker']);

    // The leader hands it on.
    ok(await henkConsole.emitWithAck('leader:set', { coreGroupMemberId: ans.member.id }));
    await waitFor(() => expect(leaders.at(-1)).toEqual({ leaderName: 'Ans de Vries' }));
    expect(refusal(await henkConsole.emitWithAck('agenda:start', { itemId: null }))).toBe(
      'NOT_LEADER',
    );
    ok(await ansConsole.emitWithAck('agenda:start', { itemId: slot.id }));

    // The facilitator takes it back, without leading at that moment.
    ok(await facilitator.emitWithAck('leader:set', { coreGroupMemberId: null }));
    await waitFor(() => expect(leaders.at(-1)).toEqual({ leaderName: null }));
    ok(await facilitator.emitWithAck('agenda:start', { itemId: null }));
    expect(refusal(await ansConsole.emitWithAck('agenda:start', { itemId: slot.id }))).toBe(
      'NOT_LEADER',
    );
    expect(ok(await phone.socket.emitWithAck('session:sync', {})).meeting).toMatchObject({
      leaderName: null,
      phase: 'closed',
    });
  });

  it('goes only to an active kopgroep member of the evening', async () => {
    const e = await returnEvening();
    const henk = await kopgroepMember(e, 'Henk Bakker');
    const summary = await createReturnMeeting(e.regie);
    const facilitator = await openConsole(e, e.facilitatorToken, summary.id);
    const other = await otherMeeting(e.server);
    const stranger = ok(await other.regie.emitWithAck('coreGroup:invite', { name: 'Piet Oost' }));
    ok(await e.regie.emitWithAck('coreGroup:revoke', { memberId: henk.member.id }));
    for (const coreGroupMemberId of [henk.member.id, stranger.member.id, 'nonexistent01']) {
      expect(refusal(await facilitator.emitWithAck('leader:set', { coreGroupMemberId }))).toBe(
        'NOT_FOUND',
      );
    }
    expect(await leading(facilitator)).toBe(true);
    expect(ok(await facilitator.emitWithAck('session:sync', {})).meeting.leaderName).toBeNull();
  });

  it('closes a kopgroep leader’s console when their link is revoked', async () => {
    const e = await returnEvening();
    const henk = await kopgroepMember(e, 'Henk Bakker');
    const summary = await createReturnMeeting(henk.socket);
    const henkConsole = await openConsole(e, henk.token, summary.id);
    await agendaWithOneSlot(e, henkConsole);
    const facilitator = await openConsole(e, e.facilitatorToken, summary.id);
    expect(await leading(facilitator)).toBe(false);

    const dropped = once<string>(henkConsole, 'disconnect');
    ok(await e.regie.emitWithAck('coreGroup:revoke', { memberId: henk.member.id }));
    expect(await dropped).toBe('io server disconnect');
    const again = await refusedSocket(e.server.url, henk.token, {
      auth: { token: henk.token, meetingId: summary.id },
    });
    expect(again.message).toBe('UNAUTHORISED');
    // The meeting is not stuck: the lead went back to the facilitator with the revocation.
    expect(await leading(facilitator)).toBe(true);
    ok(await facilitator.emitWithAck('agenda:start', { itemId: null }));
  });

  it('closes the facilitator’s consoles when the evening’s links are replaced', async () => {
    const e = await returnEvening();
    const summary = await createReturnMeeting(e.regie);
    const facilitator = await openConsole(e, e.facilitatorToken, summary.id);
    const dropped = once<string>(facilitator, 'disconnect');
    const res = await fetch(`${e.server.url}/api/meetings/${e.meetingId}/links`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ORGANISER_TOKEN}` },
    });
    expect(res.status).toBe(200);
    expect(await dropped).toBe('io server disconnect');
    const again = await refusedSocket(e.server.url, e.facilitatorToken, {
      auth: { token: e.facilitatorToken, meetingId: summary.id },
    });
    expect(again.message).toBe('UNAUTHORISED');
  });

  it('never opens the evening itself to a kopgroep member (issue 10), the Regie unchanged', async () => {
    const e = await returnEvening();
    const henk = await kopgroepMember(e, 'Henk Bakker');
    // The evening's console would show unpublished themes, additions and tallies: refused like
    // a wrong link, as a console or as a Beamer.
    for (const auth of [
      { token: henk.token, meetingId: e.meetingId },
      { token: henk.token, meetingId: e.meetingId, screen: 'projector' },
    ]) {
      expect((await refusedSocket(e.server.url, henk.token, { auth })).message).toBe(
        'UNAUTHORISED',
      );
    }
    // The Regie, opened without a meeting id, runs the evening as before.
    const regieSession = ok(await e.regie.emitWithAck('session:sync', {}));
    expect(regieSession.leading).toBeUndefined();
    expect(ok(await e.regie.emitWithAck('phase:set', { phase: 'closed' })).phase).toBe('closed');
  });
});
