/**
 * A terugkombijeenkomst on the server: a kopgroep member creates it from the evening, runs it
 * from a console opened with their own link, phones join by its code and the Beamer by its
 * token. Its agenda holds one slot per werkgroep (a review first when afspraken carry over);
 * starting a slot runs the shared timer and keeps the plan as it was presented.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  cleanUp,
  connectSocket,
  flush,
  record,
  refusedSocket,
  waitFor,
} from '../helpers/integration/helpers.js';
import { ok, publishedTheme, refusal, themeInput } from '../helpers/integration/evening.js';
import { otherMeeting } from '../helpers/integration/signup-helpers.js';
import {
  kopgroepMember,
  openPlan,
  writeParagraph,
} from '../helpers/integration/follow-up-setup.js';
import { ORGANISER_TOKEN } from '../helpers/server.js';
import { addAction } from '../../shared/plan-doc.js';
import type { MeetingView, PlanSnapshot, RichNode } from '../../shared/model.js';
import {
  RETURN_INPUT,
  createReturnMeeting,
  openConsole,
  returnEvening,
  returnPhone,
} from '../helpers/integration/return-setup.js';

afterEach(cleanUp);

/** The visible text of a snapshot's part, its paragraphs joined by newlines. */
function textOf(nodes: RichNode[]): string {
  const text = (node: RichNode): string =>
    node.text ?? (node.content ?? []).map(text).join(node.type === 'doc' ? '\n' : '');
  return nodes.map(text).join('\n');
}

describe('a return meeting', () => {
  it('is created by a kopgroep member, who runs it from a console; phones and Beamer join', async () => {
    const e = await returnEvening();
    const henk = await kopgroepMember(e);
    const summary = await createReturnMeeting(henk.socket);
    expect(summary).toMatchObject({ ...RETURN_INPUT, leaderName: 'Henk Bakker', itemCount: 0 });
    expect(summary.joinCode).not.toBe(e.joinCode);
    expect(ok(await e.regie.emitWithAck('returnMeeting:list', {}))).toEqual([summary]);
    expect(ok(await henk.socket.emitWithAck('returnMeeting:list', {}))).toEqual([summary]);

    const console = await openConsole(e, henk.token, summary.id);
    const session = ok(await console.emitWithAck('session:sync', {}));
    expect(session.role).toBe('facilitator');
    expect(session.leading).toBe(true);
    expect(session.meeting).toMatchObject<Partial<MeetingView>>({
      id: summary.id,
      kind: 'return',
      originMeetingId: e.meetingId,
      leaderName: 'Henk Bakker',
      phase: 'lobby',
      joinCode: summary.joinCode,
    });
    expect(session.joinUrl).toContain(summary.joinCode);
    // Its link opens collaborative documents as a kopgroep member, so none are offered here.
    expect(session.documents).toEqual([]);
    // No Beamer token for a kopgroep console: Henk opens the Beamer with his own link.
    expect(session).not.toHaveProperty('projectorToken');
    const beamer = await connectSocket(e.server.url, henk.token, {
      auth: { token: henk.token, meetingId: summary.id, screen: 'projector' },
    });
    const onScreen = ok(await beamer.emitWithAck('session:sync', {}));
    expect(onScreen.role).toBe('projector');
    expect(onScreen.meeting).toMatchObject({ id: summary.id, kind: 'return' });
    expect(onScreen.documents).toEqual([]);

    const counted = record(console, 'attendees:counted');
    const phone = await returnPhone(e, summary.joinCode);
    expect(phone.meetingId).toBe(summary.id);
    const onPhone = ok(await phone.socket.emitWithAck('session:sync', {}));
    expect(onPhone.role).toBe('attendee');
    expect(onPhone.meeting).toMatchObject({
      id: summary.id,
      kind: 'return',
      leaderName: 'Henk Bakker',
    });
    expect(onPhone.leading).toBeUndefined();
    await waitFor(() => expect(counted.at(-1)?.count).toBe(1));

    // The evening's own screens are untouched by it, and the organiser lists evenings only.
    expect(ok(await e.regie.emitWithAck('session:sync', {})).meeting).toMatchObject({
      id: e.meetingId,
      kind: 'neighbourhood',
      originMeetingId: null,
      leaderName: null,
    });
    const listed = await fetch(`${e.server.url}/api/meetings`, {
      headers: { authorization: `Bearer ${ORGANISER_TOKEN}` },
    });
    const meetings = ((await listed.json()) as { data: MeetingView[] }).data;
    expect(meetings.map((meeting) => meeting.id)).toEqual([e.meetingId]);
  });

  it('opens a console only for a link of its own evening', async () => {
    const e = await returnEvening();
    const summary = await createReturnMeeting(e.regie);
    const other = await otherMeeting(e.server);
    const phone = await returnPhone(e, summary.joinCode);
    for (const token of [
      other.facilitatorToken,
      e.projectorToken,
      e.seats[0].key,
      phone.key,
      e.volunteers.a1.token,
      'not-a-token-at-all-000',
    ]) {
      const refused = await refusedSocket(e.server.url, token, {
        auth: { token, meetingId: summary.id },
      });
      expect(refused.message).toBe('UNAUTHORISED');
    }
    // The evening's Regie is no console of another evening's return meeting, nor of a phone's.
    const elsewhere = await createReturnMeeting(other.regie);
    expect(
      (
        await refusedSocket(e.server.url, e.facilitatorToken, {
          auth: { token: e.facilitatorToken, meetingId: elsewhere.id },
        })
      ).message,
    ).toBe('UNAUTHORISED');
    // Its own facilitator opens it; without a leader the facilitator leads.
    const console = await openConsole(e, e.facilitatorToken, summary.id);
    const session = ok(await console.emitWithAck('session:sync', {}));
    expect(session).toMatchObject({ role: 'facilitator', leading: true });
    expect(session.meeting).toMatchObject({ id: summary.id, leaderName: null });
  });

  it('runs an agenda: each slot starts the timer and keeps the plan as presented', async () => {
    const e = await returnEvening();
    const henk = await kopgroepMember(e);
    const summary = await createReturnMeeting(henk.socket);
    const console = await openConsole(e, henk.token, summary.id);
    const phone = await returnPhone(e, summary.joinCode);
    const agendas = record(phone.socket, 'agenda:changed');
    const timers = record(phone.socket, 'timer:changed');
    const phases = record(phone.socket, 'phase:changed');

    // A member writes the plan of werkgroep A before the meeting.
    const plan = await openPlan(e, e.volunteers.a1.token, e.groupA.id);
    writeParagraph(plan, 'goal', 'Een veilige oversteek bij de school voor de zomer');
    addAction(plan.doc, {
      id: 'action01',
      what: 'Brief aan de gemeente',
      who: 'Gerrit',
      due: '2027-02-01',
    });
    await flush(plan.provider);

    const agenda = ok(
      await console.emitWithAck('agenda:set', {
        items: [
          { kind: 'presentation', workingGroupId: e.groupA.id, minutes: 15 },
          { kind: 'presentation', workingGroupId: e.groupB.id, minutes: 10 },
        ],
      }),
    );
    // No afspraken carry over: no review is added.
    expect(agenda.items.map((item) => item.kind)).toEqual(['presentation', 'presentation']);
    expect(agenda.currentItemId).toBeNull();
    const [slotA, slotB] = agenda.items;
    await waitFor(() => expect(agendas.at(-1)?.agenda).toEqual(agenda));
    expect(ok(await phone.socket.emitWithAck('agenda:get', {}))).toEqual(agenda);
    expect(ok(await e.regie.emitWithAck('returnMeeting:list', {}))[0].itemCount).toBe(2);
    // Saving it again with the ids keeps the items.
    const again = ok(
      await console.emitWithAck('agenda:set', {
        items: agenda.items.map((item) => ({ ...item, minutes: item.minutes })),
      }),
    );
    expect(again).toEqual(agenda);
    // Before the first item the room waits in the lobby, without a snapshot.
    expect(ok(await phone.socket.emitWithAck('session:sync', {})).meeting.phase).toBe('lobby');
    expect(
      ok(await phone.socket.emitWithAck('snapshot:get', { workingGroupId: e.groupA.id })),
    ).toBeNull();

    const started = ok(await console.emitWithAck('agenda:start', { itemId: slotA.id }));
    expect(started.currentItemId).toBe(slotA.id);
    await waitFor(() => expect(agendas.at(-1)?.agenda.currentItemId).toBe(slotA.id));
    await waitFor(() =>
      expect(timers.at(-1)?.timer).toMatchObject({ state: 'running', durationMs: 15 * 60_000 }),
    );
    const snapshot = ok(
      await phone.socket.emitWithAck('snapshot:get', { workingGroupId: e.groupA.id }),
    );
    expect(snapshot).toMatchObject<Partial<PlanSnapshot>>({
      meetingId: summary.id,
      workingGroupId: e.groupA.id,
      title: e.themeA.title,
      actions: [
        { what: 'Brief aan de gemeente', who: 'Gerrit', due: '2027-02-01', status: 'todo' },
      ],
    });
    expect(textOf(snapshot!.parts.goal)).toContain('Een veilige oversteek bij de school');
    expect(snapshot!.parts.goal[0].type).toBe('paragraph');
    expect(Object.keys(snapshot!.parts).sort()).toEqual([
      'goal',
      'needed',
      'planning',
      'questions',
    ]);

    // The plan goes on changing; the plan as presented does not.
    writeParagraph(plan, 'goal', 'Later toegevoegd na de presentatie');
    await flush(plan.provider);
    const kept = ok(await console.emitWithAck('snapshot:get', { workingGroupId: e.groupA.id }));
    expect(kept).toEqual(snapshot);
    expect(textOf(kept!.parts.goal)).not.toContain('Later toegevoegd');

    ok(await console.emitWithAck('agenda:start', { itemId: slotB.id }));
    await waitFor(() =>
      expect(timers.at(-1)?.timer).toMatchObject({ state: 'running', durationMs: 10 * 60_000 }),
    );
    expect(
      ok(await phone.socket.emitWithAck('snapshot:get', { workingGroupId: e.groupB.id })),
    ).toMatchObject({ workingGroupId: e.groupB.id, title: e.themeB.title });
    // Starting slot A again takes its plan again, as it is now.
    ok(await console.emitWithAck('agenda:start', { itemId: slotA.id }));
    const retaken = ok(await console.emitWithAck('snapshot:get', { workingGroupId: e.groupA.id }));
    expect(textOf(retaken!.parts.goal)).toContain('Later toegevoegd');

    const closed = ok(await console.emitWithAck('agenda:start', { itemId: null }));
    expect(closed).toEqual({ items: agenda.items, currentItemId: null });
    await waitFor(() => expect(phases.at(-1)?.phase).toBe('closed'));
    await waitFor(() => expect(timers.at(-1)?.timer).toEqual({ state: 'idle' }));
    expect(ok(await phone.socket.emitWithAck('session:sync', {})).meeting.phase).toBe('closed');
    // The evening it follows keeps its own phase.
    expect(ok(await e.regie.emitWithAck('session:sync', {})).meeting.phase).not.toBe('closed');
  });

  it('puts a review first when afspraken carry over from an earlier return meeting', async () => {
    const e = await returnEvening();
    const first = await createReturnMeeting(e.regie, { ...RETURN_INPUT, date: '2027-03-10' });
    const firstConsole = await openConsole(e, e.facilitatorToken, first.id);
    const slots = [{ kind: 'presentation' as const, workingGroupId: e.groupA.id, minutes: 10 }];
    ok(
      await firstConsole.emitWithAck('agreement:save', {
        what: 'Oversteek bespreken met de school',
        owner: { kind: 'workingGroup', workingGroupId: e.groupA.id },
        due: '2027-05-01',
        themeIds: [],
        workingGroupIds: [],
      }),
    );
    // Made here, so nothing carries over into this meeting itself.
    const firstAgenda = ok(await firstConsole.emitWithAck('agenda:set', { items: slots }));
    expect(firstAgenda.items.map((item) => item.kind)).toEqual(['presentation']);

    const next = await createReturnMeeting(e.regie, { ...RETURN_INPUT, date: '2027-06-10' });
    const console = await openConsole(e, e.facilitatorToken, next.id);
    const agenda = ok(await console.emitWithAck('agenda:set', { items: slots }));
    expect(agenda.items).toEqual([
      { id: expect.any(String), kind: 'review', minutes: 10 },
      { id: expect.any(String), kind: 'presentation', workingGroupId: e.groupA.id, minutes: 10 },
    ]);
    // The review runs like any slot: the timer starts, no plan is snapshotted.
    const timers = record(console, 'timer:changed');
    const review = ok(await console.emitWithAck('agenda:start', { itemId: agenda.items[0].id }));
    expect(review.currentItemId).toBe(agenda.items[0].id);
    await waitFor(() =>
      expect(timers.at(-1)?.timer).toMatchObject({ state: 'running', durationMs: 10 * 60_000 }),
    );
    // A review the leader planned is kept where it is, with its minutes.
    const planned = ok(
      await console.emitWithAck('agenda:set', {
        items: [...slots, { kind: 'review', minutes: 5 }],
      }),
    );
    expect(planned.items.map((item) => [item.kind, item.minutes])).toEqual([
      ['presentation', 10],
      ['review', 5],
    ]);
  });

  it('refuses an agenda without werkgroepen or with another evening’s, and changes nothing', async () => {
    const e = await returnEvening();
    const summary = await createReturnMeeting(e.regie);
    const console = await openConsole(e, e.facilitatorToken, summary.id);
    const good = ok(
      await console.emitWithAck('agenda:set', {
        items: [{ kind: 'presentation', workingGroupId: e.groupA.id, minutes: 10 }],
      }),
    );
    const other = await otherMeeting(e.server);
    const theirTheme = await publishedTheme(other.regie, themeInput('Groen in Oost'));
    const theirs = ok(
      await other.regie.emitWithAck('workingGroup:create', { themeId: theirTheme.id }),
    );

    expect(refusal(await console.emitWithAck('agenda:set', { items: [] }))).toBe('AGENDA_EMPTY');
    expect(
      refusal(
        await console.emitWithAck('agenda:set', { items: [{ kind: 'review', minutes: 10 }] }),
      ),
    ).toBe('AGENDA_EMPTY');
    for (const workingGroupId of [theirs.id, 'nonexistent01']) {
      expect(
        refusal(
          await console.emitWithAck('agenda:set', {
            items: [{ kind: 'presentation', workingGroupId, minutes: 10 }],
          }),
        ),
      ).toBe('NOT_FOUND');
    }
    expect(
      refusal(
        await console.emitWithAck('agenda:set', {
          items: [
            { kind: 'presentation', workingGroupId: e.groupA.id, minutes: 10 },
            { kind: 'presentation', workingGroupId: e.groupA.id, minutes: 5 },
          ],
        }),
      ),
    ).toBe('INVALID_PAYLOAD');
    expect(
      refusal(
        await console.emitWithAck('agenda:set', {
          items: [{ kind: 'presentation', workingGroupId: e.groupA.id, minutes: 0 }],
        }),
      ),
    ).toBe('INVALID_PAYLOAD');
    expect(refusal(await console.emitWithAck('agenda:start', { itemId: 'nonexistent01' }))).toBe(
      'NOT_FOUND',
    );
    expect(ok(await console.emitWithAck('agenda:get', {}))).toEqual(good);
    // The evening itself has no agenda, and its Regie cannot set one (a return meeting's work).
    expect(refusal(await e.regie.emitWithAck('agenda:get', {}))).toBe('NOT_FOUND');
    expect(
      refusal(
        await e.regie.emitWithAck('agenda:set', {
          items: [{ kind: 'presentation', workingGroupId: e.groupA.id, minutes: 10 }],
        }),
      ),
    ).toBe('WRONG_PHASE');
  });

  it('takes commands from its console only, never from a phone or the Beamer', async () => {
    const e = await returnEvening();
    const summary = await createReturnMeeting(e.regie);
    const console = await openConsole(e, e.facilitatorToken, summary.id);
    // The facilitator, leading, makes a Beamer link of the meeting's own.
    const { projectorToken } = ok(await console.emitWithAck('beamer:reissue', {}));
    const beamer = await connectSocket(e.server.url, projectorToken);
    const phone = await returnPhone(e, summary.joinCode);
    const member = await connectSocket(e.server.url, e.volunteers.a1.token);
    const items = [{ kind: 'presentation' as const, workingGroupId: e.groupA.id, minutes: 10 }];
    for (const socket of [phone.socket, beamer]) {
      expect(refusal(await socket.emitWithAck('agenda:set', { items }))).toBe('FORBIDDEN');
      expect(refusal(await socket.emitWithAck('agenda:start', { itemId: null }))).toBe('FORBIDDEN');
      expect(refusal(await socket.emitWithAck('leader:set', { coreGroupMemberId: null }))).toBe(
        'FORBIDDEN',
      );
      expect(refusal(await socket.emitWithAck('returnMeeting:create', RETURN_INPUT))).toBe(
        'FORBIDDEN',
      );
      expect(refusal(await socket.emitWithAck('returnMeeting:list', {}))).toBe('FORBIDDEN');
      expect(refusal(await socket.emitWithAck('phase:set', { phase: 'closed' }))).toBe('FORBIDDEN');
      expect(refusal(await socket.emitWithAck('beamer:reissue', {}))).toBe('FORBIDDEN');
    }
    for (const event of ['returnMeeting:create', 'returnMeeting:list', 'agenda:get'] as const) {
      const payload = event === 'returnMeeting:create' ? RETURN_INPUT : {};
      expect(refusal(await member.emitWithAck(event, payload as never))).toBe('FORBIDDEN');
    }
    expect(ok(await console.emitWithAck('agenda:get', {}))).toEqual({
      items: [],
      currentItemId: null,
    });
    expect(ok(await e.regie.emitWithAck('returnMeeting:list', {}))).toHaveLength(1);
  });
});
