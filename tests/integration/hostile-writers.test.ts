/**
 * The hostile cases of issue 10 (items 3, 4 and 8), each as a named regression test: a writer
 * with a valid token tries to break, bloat or poison a shared document. Every such update is
 * refused whole with 4422 (or 4400 when it cannot be read), nothing of it reaches the stored
 * log or anyone else, and the board keeps working for everyone.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { createMeeting, joinMeeting } from '../helpers/server.js';
import {
  cleanUp,
  closed,
  flush,
  once,
  openSyncedDoc,
  rawCollab,
  useServer,
  waitFor,
} from '../helpers/integration/helpers.js';
import { addNote, editNote, notesOf, readNotes } from '../../shared/docs.js';
import { removeNoteForNow } from '../../shared/canvas-undo.js';
import { confirmedEvening, groupOf } from '../helpers/integration/grouping-setup.js';
import { LIMITS } from '../../shared/limits.js';
import { COLLAB_CLOSE } from '../../shared/codes.js';
import {
  followUpEvening,
  openPlan,
  startWorkingGroup,
} from '../helpers/integration/follow-up-setup.js';
import { captureUpdate, updateFrame } from '../helpers/integration/y-updates.js';
import { planActionsOf, planFragmentName } from '../../shared/plan-doc.js';

afterEach(cleanUp);

/**
 * The facilitator's board with one note, a phone reading it, and a check that it still works.
 * These tests misbehave on purpose, more than a link may in a minute (LIMITS.collabStrikesPerMinute),
 * unless `strikes` keeps the real limit.
 */
async function boardInUse(strikes = '1000') {
  const server = await useServer({ env: { COLLAB_STRIKES_PER_MINUTE: strikes } });
  const created = await createMeeting(server.url);
  const meetingId = created.meeting.id;
  const { key } = await joinMeeting(server.url, created.meeting.joinCode);
  const board = await openSyncedDoc(server.url, meetingId, created.facilitatorToken);
  addNote(board.doc, { id: 'note-0', text: 'Welkom', x: 0.5, y: 0.5, createdAt: 0 });
  const reader = await openSyncedDoc(server.url, meetingId, key);
  await waitFor(() => expect(readNotes(reader.doc)).toHaveLength(1));
  let next = 0;
  /** Adds a note as the facilitator and waits until the phone shows it. */
  const stillServed = async () => {
    const id = `note-${++next}`;
    addNote(board.doc, { id, text: 'nog steeds hier', x: 0.5, y: 0.5, createdAt: next });
    await waitFor(() => expect(readNotes(reader.doc).map((n) => n.id)).toContain(id));
  };
  /** What a phone that opens the board now receives. */
  const freshView = async () => (await openSyncedDoc(server.url, meetingId, key)).doc;
  /** A raw writer connection with the facilitator's token, in the room. */
  const writer = async () => {
    const ws = rawCollab(server.url, meetingId, created.facilitatorToken);
    await once(ws, 'message');
    return ws;
  };
  const token = created.facilitatorToken;
  return { server, meetingId, token, board, reader, stillServed, freshView, writer };
}

/** A copy of the server's board, to build hostile updates against. */
function copyOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** Sends `update` from a fresh writer connection and returns how the server closed it. */
async function sendHostile(room: Awaited<ReturnType<typeof boardInUse>>, update: Uint8Array) {
  const ws = await room.writer();
  const end = closed(ws);
  ws.send(updateFrame(update));
  return (await end).code;
}

describe('a writer cannot poison a board', () => {
  it('refuses a note whose text is a deeply nested value, so every phone can still sync', async () => {
    const room = await boardInUse();
    const copy = copyOf(room.board.doc);
    let nested: unknown = 'diep';
    for (let i = 0; i < 3_000; i++) nested = [nested];
    const note = new Y.Map<unknown>();
    note.set('text', nested);
    const update = captureUpdate(copy, () => notesOf(copy).set('deep', note as never));
    expect(await sendHostile(room, update)).toBe(COLLAB_CLOSE.rejected);
    await room.stillServed();
    expect(readNotes(await room.freshView()).map((n) => n.id)).not.toContain('deep');
  });

  it('refuses shared types nested below a note', async () => {
    const room = await boardInUse();
    const copy = copyOf(room.board.doc);
    const update = captureUpdate(copy, () => {
      let inner = new Y.Map<unknown>();
      const top = inner;
      for (let i = 0; i < 200; i++) {
        const child = new Y.Map<unknown>();
        inner.set('x', child);
        inner = child;
      }
      notesOf(copy).set('chain', top as never);
    });
    expect(await sendHostile(room, update)).toBe(COLLAB_CLOSE.rejected);
    await room.stillServed();
    expect(notesOf(await room.freshView()).has('chain')).toBe(false);
  });

  it('refuses a truncated or bit-flipped update whole: no stranger appears in the document', async () => {
    const room = await boardInUse();
    const copy = copyOf(room.board.doc);
    const update = captureUpdate(copy, () => {
      for (let i = 0; i < 20; i++) {
        addNote(copy, { id: `half-${i}`, text: 'x'.repeat(40), x: 0.1, y: 0.1, createdAt: i });
      }
    });
    const truncated = update.slice(0, Math.floor(update.length * 0.6));
    const flipped = update.slice();
    for (let i = 5; i < flipped.length; i += 37) flipped[i] ^= 0xa5;
    for (const hostile of [truncated, flipped]) {
      expect([COLLAB_CLOSE.rejected, COLLAB_CLOSE.badMessage]).toContain(
        await sendHostile(room, hostile),
      );
    }
    await room.stillServed();
    const fresh = await room.freshView();
    expect(readNotes(fresh).some((n) => n.id.startsWith('half-'))).toBe(false);
    // Only the facilitator's board client has ever written into it.
    expect([...fresh.store.clients.keys()]).toEqual([room.board.doc.clientID]);
  });

  it('refuses updates whose earlier changes never came, instead of keeping them waiting', async () => {
    const room = await boardInUse();
    const copy = copyOf(room.board.doc);
    captureUpdate(copy, () => addNote(copy, { id: 'first', text: 'a', x: 0, y: 0, createdAt: 1 }));
    const gapped = captureUpdate(copy, () =>
      addNote(copy, { id: 'second', text: 'b', x: 0, y: 0, createdAt: 2 }),
    );
    expect(await sendHostile(room, gapped)).toBe(COLLAB_CLOSE.rejected);
    await room.stillServed();
    const fresh = await room.freshView();
    expect(fresh.store.pendingStructs).toBeNull();
    expect(readNotes(fresh).map((n) => n.id)).not.toContain('second');
  });

  it('refuses fields a note does not have, and values a note field cannot hold', async () => {
    const room = await boardInUse();
    for (const [field, value] of [
      ['author', 'Henk van nummer 12'],
      ['x', 7],
      ['colour', 'black'],
      ['text', 12],
      // Who changed or removed a note is an anonymous participant number, never a name.
      ['editedBy', 'Henk van nummer 12'],
      ['editedBy', 2.5],
      ['removedBy', 0],
      ['removedAt', 'gisteren'],
    ] as const) {
      const copy = copyOf(room.board.doc);
      const update = captureUpdate(copy, () => notesOf(copy).get('note-0')!.set(field, value));
      expect(await sendHostile(room, update), field).toBe(COLLAB_CLOSE.rejected);
    }
    await room.stillServed();
    expect(readNotes(await room.freshView())[0]).toMatchObject({ text: 'Welkom', x: 0.5 });
  });
});

describe('a writer cannot grow a document without bound', () => {
  it(`refuses a note longer than ${LIMITS.noteTextLength} characters`, async () => {
    const room = await boardInUse();
    const copy = copyOf(room.board.doc);
    const update = captureUpdate(copy, () => {
      const note = new Y.Map<unknown>();
      note.set('text', 'x'.repeat(400_000));
      note.set('x', 0.5);
      note.set('y', 0.5);
      notesOf(copy).set('long', note as never);
    });
    expect(await sendHostile(room, update)).toBe(COLLAB_CLOSE.rejected);
    await room.stillServed();
    expect(notesOf(await room.freshView()).has('long')).toBe(false);
  });

  it(`refuses the note past ${LIMITS.notesPerBoard} on one board`, async () => {
    const room = await boardInUse();
    const copy = copyOf(room.board.doc);
    const update = captureUpdate(copy, () => {
      for (let i = 0; i < LIMITS.notesPerBoard; i++) {
        const note = new Y.Map<unknown>();
        note.set('text', 'vol');
        notesOf(copy).set(`many-${i}`, note as never);
      }
    });
    expect(await sendHostile(room, update)).toBe(COLLAB_CLOSE.rejected);
    await room.stillServed();
    expect(readNotes(await room.freshView()).length).toBeLessThan(10);
  });

  it('cuts off a reader that stops reading while asking for the whole board again and again', async () => {
    const room = await boardInUse();
    // A board of about 400 KB, so each answer is large.
    room.board.doc.transact(() => {
      for (let i = 0; i < 800; i++) {
        addNote(room.board.doc, {
          id: `big-${i}`,
          text: 'x'.repeat(LIMITS.noteTextLength),
          x: 0.5,
          y: 0.5,
          createdAt: i,
        });
      }
    });
    await waitFor(() => expect(readNotes(room.reader.doc).length).toBeGreaterThan(800), 20_000);
    const stalled = await room.writer();
    const socket = (stalled as unknown as { _socket: { pause(): void; resume(): void } })._socket;
    socket.pause();
    const end = closed(stalled, 20_000);
    // Sync step 1 with an empty state vector: send me everything.
    const syncStep1 = Uint8Array.from([0, 0, 1, 0]);
    // Within the allowed rate of sync requests: only the send backlog can stop this reader.
    const asking = setInterval(() => {
      stalled.send(syncStep1);
      stalled.send(syncStep1);
    }, 1_100);
    try {
      await waitFor(async () => {
        const open = await room.server.app.collab.rooms.loaded(`${room.meetingId}/welcome`);
        // The facilitator's board and the phone stay; the stalled connection is gone.
        expect(open?.connectionCount).toBe(2);
      }, 20_000);
    } finally {
      clearInterval(asking);
    }
    socket.resume();
    await end;
    await room.stillServed();
  });
});

describe('a phone signs its changes to a canvas note with its own number only', () => {
  it('refuses "aangepast door" or "weggehaald door" naming a table-mate, and takes its own', async () => {
    const e = await confirmedEvening(8);
    const seat = e.seats[0];
    const table = groupOf(e.view, seat.participantId);
    const canvas = await openSyncedDoc(e.server.url, e.meetingId, seat.key, {
      kind: `canvas/${table.id}`,
    });
    addNote(canvas.doc, { id: 'note-a', text: 'Bankje', x: 0.2, y: 0.2, createdAt: 1 });
    await flush(canvas.provider);
    const other = seat.participantNumber + 1;
    for (const change of [
      (doc: Y.Doc) => editNote(doc, 'note-a', 'Twee bankjes', { by: other, at: 5 }),
      (doc: Y.Doc) => removeNoteForNow(doc, 'note-a', { by: other, at: 5 }),
    ]) {
      const copy = copyOf(canvas.doc);
      const update = captureUpdate(copy, () => change(copy));
      const ws = rawCollab(e.server.url, e.meetingId, seat.key, `canvas/${table.id}`);
      await once(ws, 'message');
      const end = closed(ws);
      ws.send(updateFrame(update));
      expect((await end).code).toBe(COLLAB_CLOSE.rejected);
    }
    editNote(canvas.doc, 'note-a', 'Twee bankjes', { by: seat.participantNumber, at: 6 });
    await flush(canvas.provider);
    const fresh = (
      await openSyncedDoc(e.server.url, e.meetingId, seat.key, { kind: `canvas/${table.id}` })
    ).doc;
    expect(readNotes(fresh)).toMatchObject([
      { id: 'note-a', text: 'Twee bankjes', editedBy: seat.participantNumber },
    ]);
  });
});

describe('a link that keeps misbehaving', () => {
  it(`is refused new connections for a minute after ${LIMITS.collabStrikesPerMinute} refused changes; others carry on`, async () => {
    const room = await boardInUse(String(LIMITS.collabStrikesPerMinute));
    const copy = copyOf(room.board.doc);
    const hostile = captureUpdate(copy, () => {
      const note = new Y.Map<unknown>();
      note.set('text', 'x'.repeat(10_000));
      notesOf(copy).set('long', note as never);
    });
    for (let i = 0; i < LIMITS.collabStrikesPerMinute; i++) {
      expect(await sendHostile(room, hostile)).toBe(COLLAB_CLOSE.rejected);
    }
    // The next connection with that link is held unanswered for a while, then refused, so a
    // client that reconnects the moment it is closed gets a few tries a minute, not thousands.
    const refused = rawCollab(room.server.url, room.meetingId, room.token);
    const answers: unknown[] = [];
    refused.on('message', (frame) => answers.push(frame));
    const openedAt = Date.now();
    expect((await closed(refused, LIMITS.collabRefusalHoldMs + 5_000)).code).toBe(
      COLLAB_CLOSE.tooFast,
    );
    expect(Date.now() - openedAt).toBeGreaterThanOrEqual(LIMITS.collabRefusalHoldMs - 100);
    expect(answers).toEqual([]);
    // The phone and the board that was already open are not affected.
    await room.stillServed();
  });
});

describe('asking for the whole document again and again', () => {
  it(`closes a connection past ${LIMITS.collabSyncRequestsPer10s} sync requests in ten seconds with 4429`, async () => {
    const room = await boardInUse();
    const ws = await room.writer();
    const end = closed(ws);
    for (let i = 0; i <= LIMITS.collabSyncRequestsPer10s; i++)
      ws.send(Uint8Array.from([0, 0, 1, 0]));
    expect((await end).code).toBe(COLLAB_CLOSE.tooFast);
    await room.stillServed();
  });
});

describe('presence cannot be flooded', () => {
  it(`keeps at most ${LIMITS.awarenessClientsPerConnection} presences per connection and never another's`, async () => {
    const room = await boardInUse();
    const ws = await room.writer();
    /** An awareness frame announcing `state` for each id, with a clock that wins. */
    let clock = 100;
    const frame = (ids: number[], state: object | null = { cursor: null }) => {
      clock++;
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 1);
      const update = encoding.createEncoder();
      encoding.writeVarUint(update, ids.length);
      for (const id of ids) {
        encoding.writeVarUint(update, id);
        encoding.writeVarUint(update, clock);
        encoding.writeVarString(update, JSON.stringify(state));
      }
      encoding.writeVarUint8Array(encoder, encoding.toUint8Array(update));
      return encoding.toUint8Array(encoder);
    };
    const states = () => room.reader.provider.awareness.getStates();
    const boardId = room.board.doc.clientID;
    room.board.provider.awareness.setLocalStateField('cursor', { x: 0.5, y: 0.5 });
    await waitFor(() => expect(states().has(boardId)).toBe(true));
    // A flood of made-up presences: none of them lands.
    for (let batch = 0; batch < 40; batch++) {
      ws.send(frame(Array.from({ length: 64 }, (_, i) => 10_000 + batch * 64 + i)));
    }
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const allowed = LIMITS.awarenessClientsPerConnection;
    for (let i = 0; i <= allowed; i++) ws.send(frame([20_000 + i]));
    // Someone else's presence (the facilitator's) cannot be spoken for, nor removed.
    ws.send(frame([boardId], null));
    ws.send(frame([20_000], { cursor: 'klaar' }));
    await waitFor(() => expect(states().get(20_000)).toEqual({ cursor: 'klaar' }));
    const announced = [...states().keys()].filter((id) => id >= 10_000 && id <= 30_000);
    expect(announced).toHaveLength(allowed);
    expect(states().has(20_000 + allowed)).toBe(false);
    expect(states().has(boardId)).toBe(true);
  });
});

describe('a werkgroep member cannot break the plan', () => {
  it('refuses elements the editor never writes and rows with foreign fields', async () => {
    const e = await followUpEvening();
    const group = await startWorkingGroup(e, e.themeA.id);
    const member = e.volunteers.a1;
    const plan = await openPlan(e, member.token, group.id);
    const attempts: ((doc: Y.Doc) => void)[] = [
      (doc) => doc.getXmlFragment(planFragmentName('goal')).insert(0, [new Y.XmlElement('script')]),
      (doc) => {
        const row = new Y.Map<unknown>();
        row.set('id', 'row1');
        row.set('email', 'iemand@example.nl');
        planActionsOf(doc).push([row]);
      },
      (doc) => doc.getArray('stolen').push(['x']),
    ];
    for (const attempt of attempts) {
      const copy = copyOf(plan.doc);
      const update = captureUpdate(copy, () => attempt(copy));
      const ws = rawCollab(e.server.url, e.meetingId, member.token, `plan/${group.id}`);
      await once(ws, 'message');
      const end = closed(ws);
      ws.send(updateFrame(update));
      expect((await end).code).toBe(COLLAB_CLOSE.rejected);
    }
    const fresh = (await openPlan(e, member.token, group.id)).doc;
    expect(fresh.getXmlFragment(planFragmentName('goal')).toString()).not.toContain('script');
    expect(planActionsOf(fresh).length).toBe(0);
    expect(fresh.share.has('stolen')).toBe(false);
  });
});
