import { afterEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../../shared/limits.js';
import { addNote } from '../../shared/docs.js';
import type { NewNote } from '../../shared/docs.js';
import type { GroupActivity, MeetingView, MyGroup, RoomMessage } from '../../shared/model.js';
import {
  cleanUp,
  connectSocket,
  openSyncedDoc,
  record,
  useServer,
  waitFor,
} from '../helpers/integration/helpers.js';
import type { OpenDoc } from '../helpers/integration/helpers.js';
import {
  evening,
  ok,
  phone,
  publishedTheme,
  refusal,
  roundTrip,
  themeInput,
} from '../helpers/integration/evening.js';
import type { Evening, Phone } from '../helpers/integration/evening.js';

afterEach(cleanUp);

const zeros = { how: 0, needs: 0, helpers: 0 };

/** Eight phones, four per theme, grouped and confirmed with the real commands: two tables. */
async function seatedEvening() {
  const e = await evening();
  const groen = await publishedTheme(e.regie, themeInput('Groen en spelen'));
  const verkeer = await publishedTheme(e.regie, themeInput('Verkeer op de Dorpsstraat'));
  ok(await e.regie.emitWithAck('phase:set', { phase: 'choose' }));
  const phones: Phone[] = [];
  for (let i = 0; i < 8; i++) {
    const p = await phone(e);
    const first = i < 4 ? groen.id : verkeer.id;
    ok(await p.socket.emitWithAck('preference:set', { first, second: null }));
    phones.push(p);
  }
  ok(await e.regie.emitWithAck('groups:propose', { seed: 1 }));
  const view = ok(await e.regie.emitWithAck('groups:confirm', {}));
  ok(await e.regie.emitWithAck('phase:set', { phase: 'subgroups' }));
  const tables = new Map<string, { group: MyGroup; members: Phone[] }>();
  for (const p of phones) {
    const group = ok(await p.socket.emitWithAck('group:mine', {}));
    if (!group) throw new Error('a phone was not placed at a table');
    const table = tables.get(group.groupId) ?? { group, members: [] };
    table.members.push(p);
    tables.set(group.groupId, table);
  }
  return { e, view, tables: [...tables.values()] };
}

/** A member opens their table's canvas, as the phone does after `group:mine`. */
function openCanvas(e: Evening, group: MyGroup, token: string): Promise<OpenDoc> {
  const kind = group.canvasDoc.slice(`${e.meetingId}/`.length);
  return openSyncedDoc(e.server.url, e.meetingId, token, { kind });
}

function note(id: string, section: NewNote['section']): NewNote {
  return { id, text: `Idee ${id}`, x: 0.5, y: 0.5, createdAt: Date.now(), section };
}

/** The latest `group:active` the Regie received for one table. */
function latest(seen: { activity: GroupActivity }[], groupId: string): GroupActivity | undefined {
  return seen.filter(({ activity }) => activity.groupId === groupId).at(-1)?.activity;
}

describe("the facilitator's overview of the tables", () => {
  it('shows per table who has the canvas open, notes per question and the last change', async () => {
    const { e, view, tables } = await seatedEvening();
    expect(tables).toHaveLength(2);
    const [table, quiet] = tables;
    const seen = record(e.regie, 'group:active');
    const beamerSaw = record(e.beamer, 'group:active');
    const phoneSaw = record(table.members[0].socket, 'group:active');

    const a = await openCanvas(e, table.group, table.members[0].key);
    const b = await openCanvas(e, table.group, table.members[1].key);
    await waitFor(() => expect(latest(seen, table.group.groupId)?.connected).toBe(2));
    // The Regie watching the canvas is not a member at the table.
    await openCanvas(e, table.group, e.facilitatorToken);

    const before = Date.now();
    addNote(a.doc, note('note-how-1', 'how'));
    addNote(b.doc, note('note-needs-1', 'needs'));
    addNote(b.doc, note('note-needs-2', 'needs'));
    await waitFor(() =>
      expect(latest(seen, table.group.groupId)).toEqual({
        groupId: table.group.groupId,
        connected: 2,
        notes: { how: 1, needs: 2, helpers: 0 },
        lastActivityAt: expect.any(Number),
      }),
    );
    const first = latest(seen, table.group.groupId)!.lastActivityAt;
    expect(first).toBeGreaterThanOrEqual(before);

    await new Promise((resolve) => setTimeout(resolve, 5));
    addNote(a.doc, note('note-helpers-1', 'helpers'));
    await waitFor(() =>
      expect(latest(seen, table.group.groupId)?.notes).toEqual({ how: 1, needs: 2, helpers: 1 }),
    );
    expect(latest(seen, table.group.groupId)!.lastActivityAt).toBeGreaterThan(first);

    // A member who puts the phone away is no longer counted.
    a.provider.destroy();
    await waitFor(() => expect(latest(seen, table.group.groupId)?.connected).toBe(1));

    const lines = ok(await e.regie.emitWithAck('groups:activity', {}));
    expect(lines.map((line) => line.groupId).sort()).toEqual(
      view.groups.map((group) => group.id).sort(),
    );
    expect(lines.find((line) => line.groupId === table.group.groupId)).toEqual(
      latest(seen, table.group.groupId),
    );
    expect(lines.find((line) => line.groupId === quiet.group.groupId)).toEqual({
      groupId: quiet.group.groupId,
      connected: 0,
      notes: zeros,
      lastActivityAt: 0,
    });

    // Staff only: neither the projector nor a phone learns how the tables are doing.
    await roundTrip(e.beamer);
    await roundTrip(table.members[0].socket);
    expect(beamerSaw).toEqual([]);
    expect(phoneSaw).toEqual([]);
    expect(refusal(await e.beamer.emitWithAck('groups:activity', {}))).toBe('FORBIDDEN');
    expect(refusal(await table.members[0].socket.emitWithAck('groups:activity', {}))).toBe(
      'FORBIDDEN',
    );
  });

  it('keeps up with a busy table without flooding the Regie', async () => {
    const { e, tables } = await seatedEvening();
    const [table] = tables;
    const seen: { at: number; activity: GroupActivity }[] = [];
    e.regie.on('group:active', ({ activity }) => seen.push({ at: Date.now(), activity }));
    const a = await openCanvas(e, table.group, table.members[0].key);
    await waitFor(() => expect(seen.at(-1)?.activity.connected).toBe(1));
    seen.length = 0;

    // Thirty notes, one every 10 ms: each is its own update on the wire.
    const start = Date.now();
    for (let i = 0; i < 30; i++) {
      addNote(a.doc, note(`busy-${i}`, 'how'));
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await waitFor(() => expect(seen.at(-1)?.activity.notes.how).toBe(30));
    // At most one line per 50 ms (plus the first at once), yet more than one while it went on.
    const span = seen.at(-1)!.at - start;
    expect(seen.length).toBeLessThanOrEqual(Math.floor(span / 50) + 2);
    expect(seen.length).toBeGreaterThan(1);
  });

  it('still knows what a table wrote after everyone left, and after a restart', async () => {
    const { e, tables } = await seatedEvening();
    const [table] = tables;
    const seen = record(e.regie, 'group:active');
    const a = await openCanvas(e, table.group, table.members[0].key);
    addNote(a.doc, note('note-how-1', 'how'));
    addNote(a.doc, note('note-helpers-1', 'helpers'));
    await waitFor(() =>
      expect(latest(seen, table.group.groupId)?.notes).toEqual({ how: 1, needs: 0, helpers: 1 }),
    );
    const written = latest(seen, table.group.groupId)!.lastActivityAt;

    // The last member leaves: the room is unloaded, the overview keeps its line.
    a.provider.destroy();
    await waitFor(() => expect(latest(seen, table.group.groupId)?.connected).toBe(0));
    await waitFor(() => expect(e.server.app.collab.rooms.size).toBe(0));
    const afterLeaving = ok(await e.regie.emitWithAck('groups:activity', {}));
    expect(afterLeaving.find((line) => line.groupId === table.group.groupId)).toEqual({
      groupId: table.group.groupId,
      connected: 0,
      notes: { how: 1, needs: 0, helpers: 1 },
      lastActivityAt: written,
    });

    // After a restart the notes are read from the store; the time is that of the newest note.
    await e.server.stop();
    const again = await useServer({ dataDir: e.server.dataDir });
    const regie = await connectSocket(again.url, e.facilitatorToken);
    const restarted = ok(await regie.emitWithAck('groups:activity', {}));
    const line = restarted.find((l) => l.groupId === table.group.groupId)!;
    expect(line).toMatchObject({ connected: 0, notes: { how: 1, needs: 0, helpers: 1 } });
    expect(line.lastActivityAt).toBeGreaterThan(0);
    expect(line.lastActivityAt).toBeLessThanOrEqual(Date.now());
  });
});

describe('a message to the room', () => {
  it('reaches every phone and the projector, and screens that connect later', async () => {
    const e = await evening();
    const phones = [await phone(e), await phone(e)];
    const shownOnBeamer = record(e.beamer, 'message:shown');
    const shownOnPhones = phones.map((p) => record(p.socket, 'message:shown'));

    const before = Date.now();
    const sent = ok(await e.regie.emitWithAck('message:send', { text: '  Nog   5 minuten ' }));
    expect(sent).toEqual({ text: 'Nog 5 minuten', at: expect.any(Number) });
    expect(sent!.at).toBeGreaterThanOrEqual(before);
    for (const shown of [shownOnBeamer, ...shownOnPhones]) {
      await waitFor(() => expect(shown).toEqual([{ message: sent }]));
    }

    // A phone that joins (or reconnects) now finds the message in its meeting.
    const late = await phone(e);
    const session = ok(await late.socket.emitWithAck('session:sync', {}));
    expect(session.meeting.message).toEqual(sent);

    // Taking it away reaches everyone too.
    expect(ok(await e.regie.emitWithAck('message:send', { text: null }))).toBeNull();
    await waitFor(() => expect(shownOnBeamer.at(-1)).toEqual({ message: null }));
    const cleared: MeetingView = ok(await late.socket.emitWithAck('session:sync', {})).meeting;
    expect(cleared.message).toBeNull();
  });

  it('is for the facilitator only, and must be short and not empty', async () => {
    const e = await evening();
    const p = await phone(e);
    const shown = record(p.socket, 'message:shown');

    expect(refusal(await p.socket.emitWithAck('message:send', { text: 'Hallo zaal' }))).toBe(
      'FORBIDDEN',
    );
    expect(refusal(await e.beamer.emitWithAck('message:send', { text: 'Hallo zaal' }))).toBe(
      'FORBIDDEN',
    );
    expect(refusal(await e.regie.emitWithAck('message:send', { text: '' }))).toBe('TEXT_EMPTY');
    expect(refusal(await e.regie.emitWithAck('message:send', { text: '   ' }))).toBe('TEXT_EMPTY');
    const tooLong = 'x'.repeat(LIMITS.roomMessageLength + 1);
    expect(refusal(await e.regie.emitWithAck('message:send', { text: tooLong }))).toBe(
      'TEXT_TOO_LONG',
    );

    // Nothing changed: no message was shown or stored.
    await roundTrip(p.socket);
    expect(shown).toEqual([]);
    const message: RoomMessage | null = ok(await p.socket.emitWithAck('session:sync', {})).meeting
      .message;
    expect(message).toBeNull();
  });
});
