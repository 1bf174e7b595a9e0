import { afterEach, describe, expect, it } from 'vitest';
import { createMeeting, joinMeeting } from '../helpers/server.js';
import { cleanUp, connectSocket, record, waitFor } from '../helpers/integration/helpers.js';
import { evening, ok, phone, refusal, roundTrip } from '../helpers/integration/evening.js';
import {
  choosingEvening,
  confirmedEvening,
  groupOf,
  placedIds,
  propose,
} from '../helpers/integration/grouping-setup.js';
import type { GroupingView } from '../../shared/model.js';

afterEach(cleanUp);

describe('proposing the subgroups', () => {
  it('places all 60 people exactly once at tables of 4 to 7, shown only to the Regie', async () => {
    const e = await choosingEvening(60);
    const regieSaw = record(e.regie, 'groups:changed');
    const beamerSaw = record(e.beamer, 'groups:changed');
    const phoneSaw = record(e.seats[0].socket, 'groups:changed');
    const view = await propose(e);

    expect(view.state).toBe('proposed');
    const ids = placedIds(view);
    expect(ids).toHaveLength(60);
    expect(new Set(ids)).toEqual(new Set(e.seats.map((s) => s.participantId)));
    expect(view.unplaced).toEqual([]);
    for (const group of view.groups) {
      expect(group.members.length).toBeGreaterThanOrEqual(4);
      expect(group.members.length).toBeLessThanOrEqual(7);
    }
    // One person chose "Zorg dichtbij" first: too few for a table, so they got their second.
    expect(view.dropped).toEqual([e.themes[3].id]);
    expect(view.groups.map((g) => g.tableNumber)).toEqual(view.groups.map((_, i) => i + 1));
    const order = view.groups.map((g) => e.themes.findIndex((t) => t.id === g.themeId));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const groen = view.groups.filter((g) => g.themeId === e.themes[0].id);
    expect(groen.map((g) => g.suffix)).toEqual(['A', 'B', 'C', 'D'].slice(0, groen.length));

    // Labels as the Regie shows them: a number and which choice they got, never more.
    for (const seat of e.seats) {
      const member = groupOf(view, seat.participantId).members.find(
        (m) => m.participantId === seat.participantId,
      )!;
      expect(member.number).toBe(seat.participantNumber);
      const themeId = groupOf(view, seat.participantId).themeId;
      const got =
        seat.choice.first === null
          ? 'any'
          : seat.choice.first === themeId
            ? 'first'
            : seat.choice.second === themeId
              ? 'second'
              : 'other';
      expect(member.got).toBe(got);
    }
    const stated = e.seats.filter((s) => s.choice.first !== null);
    const gotFirst = stated.filter(
      (s) => groupOf(view, s.participantId).themeId === s.choice.first,
    );
    expect(view.firstChoiceShare).toBeCloseTo(gotFirst.length / stated.length);
    expect(view.firstChoiceShare).toBeGreaterThan(0.9);

    await waitFor(() => expect(regieSaw.at(-1)).toEqual({ view }));
    await roundTrip(e.beamer);
    await roundTrip(e.seats[0].socket);
    expect(beamerSaw).toEqual([]);
    expect(phoneSaw).toEqual([]);
    // Phones learn nothing of a proposal.
    expect(ok(await e.seats[0].socket.emitWithAck('group:mine', {}))).toBeNull();
    const session = ok(await e.seats[0].socket.emitWithAck('session:sync', {}));
    expect(session.meeting.groupingState).toBe('proposed');
    // The same seed gives the same proposal; the Regie reads it back unchanged.
    const again = ok(await e.regie.emitWithAck('groups:get', {}));
    expect(again.groups.map((g) => g.members)).toEqual(view.groups.map((g) => g.members));
  });

  it('lets the Regie move, name and merge tables, then tells each phone its own table', async () => {
    const e = await choosingEvening(60);
    let view = await propose(e);
    const [first, second] = view.groups;
    const mover = first.members[0];

    view = ok(
      await e.regie.emitWithAck('group:move', {
        participantId: mover.participantId,
        groupId: second.id,
      }),
    );
    expect(groupOf(view, mover.participantId).id).toBe(second.id);
    expect(view.groups[0].members).toHaveLength(first.members.length - 1);

    view = ok(
      await e.regie.emitWithAck('group:rename', {
        groupId: second.id,
        tableNumber: 12,
        tableName: '  bij het raam ',
      }),
    );
    const renamed = view.groups.find((g) => g.id === second.id)!;
    expect([renamed.tableNumber, renamed.tableName]).toEqual([12, 'bij het raam']);

    const [from, into] = view.groups.slice(-2);
    view = ok(await e.regie.emitWithAck('group:merge', { groupId: from.id, intoGroupId: into.id }));
    expect(view.groups.map((g) => g.id)).not.toContain(from.id);
    expect(view.groups.find((g) => g.id === into.id)!.members).toHaveLength(
      from.members.length + into.members.length,
    );
    expect(new Set(placedIds(view)).size).toBe(60);

    const assigned = e.seats.map((s) => record(s.socket, 'group:assigned'));
    const confirmed = ok(await e.regie.emitWithAck('groups:confirm', {}));
    expect(confirmed.state).toBe('confirmed');
    for (const [index, seat] of e.seats.entries()) {
      const table = groupOf(confirmed, seat.participantId);
      const mine = ok(await seat.socket.emitWithAck('group:mine', {}));
      expect(mine).toMatchObject({
        groupId: table.id,
        themeId: table.themeId,
        themeTitle: e.themes.find((t) => t.id === table.themeId)!.title,
        tableNumber: table.tableNumber,
        tableName: table.tableName,
        canvasDoc: `${e.meetingId}/canvas/${table.id}`,
        myDisplayName: '',
      });
      expect(mine!.members.map((m) => m.number).sort((a, b) => a - b)).toEqual(
        table.members
          .filter((m) => m.participantId !== seat.participantId)
          .map((m) => m.number)
          .sort((a, b) => a - b),
      );
      await waitFor(() => expect(assigned[index].at(-1)).toEqual({ group: mine }));
    }
    const session = ok(await e.seats[0].socket.emitWithAck('session:sync', {}));
    expect(session.meeting.groupingState).toBe('confirmed');
  });
});

describe('after confirming', () => {
  it('shows a chosen first name to the others at the table and to the Regie', async () => {
    const e = await confirmedEvening(12);
    const table = e.view.groups[0];
    const [anja, other] = table.members.map((m) =>
      e.seats.find((s) => s.participantId === m.participantId)!,
    );
    const otherSaw = record(other.socket, 'group:assigned');
    const regieSaw = record(e.regie, 'groups:changed');
    ok(await e.regie.emitWithAck('phase:set', { phase: 'subgroups' }));
    const mine = ok(await anja.socket.emitWithAck('group:display-name', { displayName: ' Anja ' }));
    expect(mine.myDisplayName).toBe('Anja');
    await waitFor(() =>
      expect(otherSaw.at(-1)?.group?.members).toContainEqual({
        number: anja.participantNumber,
        displayName: 'Anja',
      }),
    );
    await waitFor(() =>
      expect(
        groupOf(regieSaw.at(-1)!.view, anja.participantId).members.find(
          (m) => m.participantId === anja.participantId,
        )?.displayName,
      ).toBe('Anja'),
    );
  });

  it('moves a phone to another table and tells it, its old and its new table', async () => {
    const e = await confirmedEvening(12);
    const [from, to] = e.view.groups;
    const seatOf = (id: string) => e.seats.find((s) => s.participantId === id)!;
    const mover = seatOf(from.members[0].participantId);
    const oldMate = seatOf(from.members[1].participantId);
    const newMate = seatOf(to.members[0].participantId);
    const [moverSaw, oldSaw, newSaw] = [mover, oldMate, newMate].map((s) =>
      record(s.socket, 'group:assigned'),
    );
    ok(
      await e.regie.emitWithAck('group:move', {
        participantId: mover.participantId,
        groupId: to.id,
      }),
    );
    await waitFor(() => expect(moverSaw.at(-1)?.group?.groupId).toBe(to.id));
    await waitFor(() =>
      expect(oldSaw.at(-1)?.group?.members.map((m) => m.number)).not.toContain(
        mover.participantNumber,
      ),
    );
    await waitFor(() =>
      expect(newSaw.at(-1)?.group?.members.map((m) => m.number)).toContain(mover.participantNumber),
    );
  });

  it('seats a late arrival at a table with room and tells the Regie and that table', async () => {
    const e = await confirmedEvening(12);
    const regieSaw = record(e.regie, 'groups:changed');
    const late = await phone(e);
    const mine = ok(await late.socket.emitWithAck('group:mine', {}));
    expect(mine).not.toBeNull();
    const view = ok(await e.regie.emitWithAck('groups:get', {}));
    const table = view.groups.find((g) => g.id === mine!.groupId)!;
    expect(table.members.map((m) => m.number)).toContain(late.participantNumber);
    expect(table.members.length).toBeLessThanOrEqual(7);
    expect(view.unplaced).toEqual([]);
    await waitFor(() => expect(regieSaw.at(-1)?.view).toEqual(view));
    // The people already at that table see the newcomer in their list.
    const mate = e.seats.find((s) => s.participantId === table.members[0].participantId)!;
    const mateTable = ok(await mate.socket.emitWithAck('group:mine', {}));
    expect(mateTable!.members.map((m) => m.number)).toContain(late.participantNumber);
  });

  it('seats someone a table host enters late once their choice is known', async () => {
    const e = await confirmedEvening(12);
    const created = ok(
      await e.regie.emitWithAck('tablehost:create', { label: 'Tafel bij de bar' }),
    );
    const host = await connectSocket(e.server.url, created.token);
    const person = ok(await host.emitWithAck('assisted:add', {}));
    let view = ok(await e.regie.emitWithAck('groups:get', {}));
    expect(view.unplaced.map((m) => m.participantId)).toEqual([person.participantId]);

    const wanted = e.view.groups[0].themeId;
    ok(
      await host.emitWithAck('preference:set', {
        first: wanted,
        second: null,
        onBehalfOf: person.participantId,
      }),
    );
    view = ok(await e.regie.emitWithAck('groups:get', {}));
    expect(view.unplaced).toEqual([]);
    expect(groupOf(view, person.participantId).themeId).toBe(wanted);
  });
});

describe('bad input to the grouping', () => {
  it('refuses what does not belong to the meeting or the caller, and changes nothing', async () => {
    const e = await confirmedEvening(8);
    const seat = e.seats[0];
    const group = e.view.groups[0];

    // Another meeting's table and person.
    const other = await createMeeting(e.server.url);
    const otherRegie = await connectSocket(e.server.url, other.facilitatorToken);
    const stranger = await joinMeeting(e.server.url, other.meeting.joinCode);
    const strangerSocket = await connectSocket(e.server.url, stranger.key);
    ok(await strangerSocket.emitWithAck('session:sync', {}));
    const otherView = ok(await otherRegie.emitWithAck('groups:propose', {}));
    const otherGroup = otherView.groups[0];
    const strangerId = otherGroup.members[0].participantId;

    const refusals = [
      await e.regie.emitWithAck('group:move', {
        participantId: seat.participantId,
        groupId: otherGroup.id,
      }),
      await e.regie.emitWithAck('group:move', { participantId: strangerId, groupId: group.id }),
      await e.regie.emitWithAck('group:move', {
        participantId: 'nobody-at-all-1234',
        groupId: group.id,
      }),
      await e.regie.emitWithAck('group:rename', { groupId: otherGroup.id, tableName: 'x' }),
      await e.regie.emitWithAck('group:merge', { groupId: otherGroup.id, intoGroupId: group.id }),
    ].map(refusal);
    expect(refusals).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']);

    expect(
      refusal(
        await e.regie.emitWithAck('group:rename', { groupId: group.id, tableName: 'x'.repeat(61) }),
      ),
    ).toBe('TEXT_TOO_LONG');
    expect(
      refusal(
        await e.regie.emitWithAck('group:merge', { groupId: group.id, intoGroupId: group.id }),
      ),
    ).toBe('INVALID_PAYLOAD');
    expect(
      refusal(
        await e.regie.emitWithAck('groups:propose', { minSize: 6, maxSize: 5, reopen: true }),
      ),
    ).toBe('INVALID_PAYLOAD');
    // Once confirmed, a new proposal must be asked for explicitly.
    expect(refusal(await e.regie.emitWithAck('groups:propose', {}))).toBe('GROUPING_STATE');

    // Attendees and the Beamer cannot run the Regie's commands.
    for (const event of ['groups:propose', 'groups:get', 'groups:confirm'] as const) {
      expect(refusal(await seat.socket.emitWithAck(event, {}))).toBe('FORBIDDEN');
      expect(refusal(await e.beamer.emitWithAck(event, {}))).toBe('FORBIDDEN');
    }
    expect(
      refusal(
        await seat.socket.emitWithAck('group:move', {
          participantId: seat.participantId,
          groupId: e.view.groups[1].id,
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(refusal(await e.regie.emitWithAck('group:mine', {}))).toBe('FORBIDDEN');

    const after: GroupingView = ok(await e.regie.emitWithAck('groups:get', {}));
    expect(after).toEqual(e.view);

    // A phone without a table cannot name itself there.
    ok(await otherRegie.emitWithAck('phase:set', { phase: 'subgroups' }));
    expect(
      refusal(await strangerSocket.emitWithAck('group:display-name', { displayName: 'Piet' })),
    ).toBe('NO_GROUP');
  });

  it('refuses moves before any proposal and groups a themeless hall into one pool', async () => {
    const e = await evening();
    const phones = await Promise.all(Array.from({ length: 8 }, () => phone(e)));
    expect(
      refusal(
        await e.regie.emitWithAck('group:move', { participantId: 'abcdefgh', groupId: 'abcdefgh' }),
      ),
    ).toBe('GROUPING_STATE');
    expect(refusal(await e.regie.emitWithAck('groups:confirm', {}))).toBe('GROUPING_STATE');
    const view = ok(await e.regie.emitWithAck('groups:propose', {}));
    expect(view.groups.map((g) => [g.themeId, g.members.length])).toEqual([
      ['', 4],
      ['', 4],
    ]);
    expect(ok(await phones[0].socket.emitWithAck('group:mine', {}))).toBeNull();
  });

  it('reopening a confirmed grouping takes every table away until the next confirm', async () => {
    const e = await confirmedEvening(8);
    const saw = record(e.seats[0].socket, 'group:assigned');
    const view = ok(await e.regie.emitWithAck('groups:propose', { reopen: true, seed: 7 }));
    expect(view.state).toBe('proposed');
    await waitFor(() => expect(saw.at(-1)).toEqual({ group: null }));
    expect(ok(await e.seats[0].socket.emitWithAck('group:mine', {}))).toBeNull();
    ok(await e.regie.emitWithAck('phase:set', { phase: 'subgroups' }));
    expect(
      refusal(await e.seats[0].socket.emitWithAck('group:display-name', { displayName: 'Piet' })),
    ).toBe('NO_GROUP');
  });
});
