import type * as Y from 'yjs';
import { CANVAS_SECTIONS } from '../../shared/model.js';
import type { CanvasSection, GroupActivity } from '../../shared/model.js';
import { canvasDocName, notesOf, parseDocName, readNote, readNotes } from '../../shared/docs.js';
import type { DocReader } from './ports.js';
import type { Store } from '../store/store.js';
import type { Broadcaster } from './broadcast.js';

/** A table's `group:active` goes out at most this often; later changes wait for the window. */
export const ACTIVITY_THROTTLE_MS = 50;

/** What the service needs of a loaded collaborative document (a DocRoom fits). */
export interface WatchedDoc {
  readonly name: string;
  readonly doc: Y.Doc;
  readonly writerCount: number;
  readonly isDestroyed: boolean;
}

export interface GroupActivityService {
  /** One line per subgroup of the meeting, in table order; never-opened canvases are zeros. */
  list(meetingId: string): Promise<GroupActivity[]>;
  /** Called by the collab layer when a document changed or someone came or went. */
  docChanged(room: WatchedDoc, change: 'doc' | 'connections'): void;
  close(): void;
}

/** What is known of one canvas; kept by document name, so it outlives its room being unloaded. */
interface Known {
  meetingId: string;
  activity: GroupActivity;
  /** The room while it is loaded, to count its notes when the throttle window ends; then null. */
  room: WatchedDoc | null;
}

/** Notes per question, counted from the document itself. */
export function countNotes(doc: Y.Doc): Record<CanvasSection, number> {
  const counts = Object.fromEntries(CANVAS_SECTIONS.map((s) => [s, 0])) as Record<
    CanvasSection,
    number
  >;
  notesOf(doc).forEach((map, id) => {
    const note = readNote(id, map);
    if (note) counts[note.section]++;
  });
  return counts;
}

/**
 * Without a remembered change (the server restarted since), the newest note's time: a phone's
 * clock, so an estimate, never later than now; 0 when nothing was written.
 */
function estimateLastActivity(doc: Y.Doc, now: number): number {
  const newest = readNotes(doc).reduce((latest, note) => Math.max(latest, note.createdAt), 0);
  return Math.min(newest, now);
}

/**
 * The facilitator's overview of the tables: per subgroup the members with their canvas open, the
 * notes per question and the time of the last change. It watches the canvas rooms through the
 * collab layer and pushes `group:active` to staff, throttled per table (first change at once,
 * then at most one per ACTIVITY_THROTTLE_MS), so a busy table does not flood the Regie and a
 * change still shows within ~100 ms.
 *
 * The last-activity time is the server clock of the last change, kept in memory per document
 * name, so it survives a room being unloaded when its last member leaves; after a restart it is
 * estimated from the notes themselves (see estimateLastActivity).
 */
export function createGroupActivityService(deps: {
  store: Store;
  reader: DocReader;
  broadcast: Broadcaster;
  clock: () => number;
}): GroupActivityService {
  const { store, reader, broadcast, clock } = deps;
  const known = new Map<string, Known>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const sentAt = new Map<string, number>();
  /** What each table's last `group:active` said: the Regie or Beamer opening a canvas is no news. */
  const lastSent = new Map<string, string>();

  function refresh(entry: Known): void {
    const room = entry.room;
    if (!room) return;
    // Unloaded after its last member left: what was counted then stays true until it reloads.
    if (room.isDestroyed) {
      entry.room = null;
      return;
    }
    entry.activity = {
      ...entry.activity,
      connected: room.writerCount,
      notes: countNotes(room.doc),
    };
  }

  function send(name: string): void {
    timers.delete(name);
    const entry = known.get(name);
    if (!entry) return;
    refresh(entry);
    const said = JSON.stringify(entry.activity);
    if (lastSent.get(name) === said) return;
    lastSent.set(name, said);
    sentAt.set(name, performance.now());
    broadcast.groupActive(entry.meetingId, entry.activity);
  }

  let closed = false;

  function schedule(name: string): void {
    // Shutting down: the rooms still say goodbye to their members, nobody listens any more.
    if (closed || timers.has(name)) return;
    const wait = (sentAt.get(name) ?? -Infinity) + ACTIVITY_THROTTLE_MS - performance.now();
    // Even the first change waits for the current task: counting notes then never holds up
    // the delivery of the frame that caused it, and a burst of frames is counted once.
    timers.set(
      name,
      setTimeout(() => send(name), Math.max(0, wait)),
    );
  }

  function fromStore(meetingId: string, groupId: string): Promise<GroupActivity> {
    return reader.read(canvasDocName(meetingId, groupId), (doc) => ({
      groupId,
      connected: 0,
      notes: countNotes(doc),
      lastActivityAt: estimateLastActivity(doc, clock()),
    }));
  }

  return {
    async list(meetingId) {
      const groups = await store.listSubgroups(meetingId);
      return Promise.all(
        groups.map(async (group) => {
          const entry = known.get(canvasDocName(meetingId, group.id));
          if (!entry) return fromStore(meetingId, group.id);
          refresh(entry);
          return entry.activity;
        }),
      );
    },

    docChanged(room, change) {
      const ref = parseDocName(room.name);
      if (ref?.kind !== 'canvas') return;
      let entry = known.get(room.name);
      if (!entry) {
        entry = {
          meetingId: ref.meetingId,
          room,
          activity: {
            groupId: ref.groupId,
            connected: room.writerCount,
            notes: countNotes(room.doc),
            lastActivityAt: estimateLastActivity(room.doc, clock()),
          },
        };
        known.set(room.name, entry);
      }
      entry.room = room;
      if (change === 'doc') entry.activity = { ...entry.activity, lastActivityAt: clock() };
      // A member leaving may unload the room right after this; count it while it is still here.
      if (change === 'connections') refresh(entry);
      schedule(room.name);
    },

    close() {
      closed = true;
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };
}
