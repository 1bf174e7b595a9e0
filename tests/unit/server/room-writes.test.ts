import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { RoomWrites } from '../../../server/collab/room-writes.js';
import { RejectedUpdate } from '../../../server/collab/update-gate.js';
import { DOC_RULES } from '../../../server/collab/doc-rules.js';
import type { RoomConnection } from '../../../server/collab/room-types.js';
import { createLogger } from '../../../server/logger.js';
import { COLLAB_CLOSE } from '../../../shared/codes.js';
import { LIMITS } from '../../../shared/limits.js';
import { addNote, readNotes } from '../../../shared/docs.js';

afterEach(() => {
  vi.useRealTimers();
});

/** A board room's writes, and a writer whose update for note `b` builds on note `a`. */
function boardWithWriter() {
  const doc = new Y.Doc();
  let applied = 0;
  doc.on('update', () => applied++);
  const writes = new RoomWrites(
    {
      name: 'm/welcome',
      doc,
      stats: { droppedWrites: 0, rejectedUpdates: 0, droppedPresence: 0 },
      isOpen: () => true,
      changesApplied: () => applied,
      settled: () => Promise.resolve(),
    },
    DOC_RULES.welcome,
    createLogger('silent'),
  );
  const closes: number[] = [];
  const writer: RoomConnection = {
    access: 'write',
    send: () => undefined,
    close: (code) => closes.push(code),
  };
  // The writer's screen: note `a` went into a connection that died, `b` builds on it.
  const screen = new Y.Doc();
  const updates: Uint8Array[] = [];
  screen.on('update', (update: Uint8Array) => updates.push(update));
  addNote(screen, { id: 'a', text: 'verloren', x: 0.1, y: 0.1, createdAt: 1 });
  addNote(screen, { id: 'b', text: 'daarna', x: 0.2, y: 0.2, createdAt: 2 });
  addNote(screen, { id: 'c', text: 'en nog een', x: 0.3, y: 0.3, createdAt: 3 });
  const [, gapped, next] = updates;
  /** The screen's answer to the room's sync request: all that the room lacks. */
  const answer = () => Y.encodeStateAsUpdate(screen, Y.encodeStateVector(doc));
  const ids = () => readNotes(doc).map((note) => note.id);
  return { writes, writer, closes, gapped, next, answer, ids };
}

describe('a writer in the middle of the sync handshake', () => {
  it('keeps updates that build on a lost one until the answer brings it, then takes them', () => {
    const { writes, writer, closes, gapped, next, answer, ids } = boardWithWriter();
    writes.requested(writer);
    writes.write(writer, gapped);
    writes.write(writer, next);
    expect(ids()).toEqual([]);
    writes.answer(writer, answer());
    expect(ids()).toEqual(['a', 'b', 'c']);
    expect(closes).toEqual([]);
  });

  it('refuses such an update at once from a writer that never asked for our state', () => {
    const { writes, writer, gapped, ids } = boardWithWriter();
    expect(() => writes.write(writer, gapped)).toThrow(RejectedUpdate);
    expect(ids()).toEqual([]);
  });

  it('refuses it once the answer is overdue, and after the answer came', () => {
    vi.useFakeTimers();
    const late = boardWithWriter();
    late.writes.requested(late.writer);
    late.writes.write(late.writer, late.gapped);
    vi.advanceTimersByTime(LIMITS.collabSyncAnswerWaitMs - 1);
    expect(late.closes).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(late.closes).toEqual([COLLAB_CLOSE.rejected]);
    expect(late.ids()).toEqual([]);

    // An answer that does not bring the missing note: nothing waits for another one.
    const answered = boardWithWriter();
    answered.writes.requested(answered.writer);
    answered.writes.answer(answered.writer, new Uint8Array([0, 0]));
    expect(() => answered.writes.write(answered.writer, answered.gapped)).toThrow(RejectedUpdate);
  });
});
