import type * as Y from 'yjs';
import type { RoomRegistry } from './room-registry.js';

/**
 * Changes a stored document so that what it replaced is gone from its stored log too (the
 * retention job's DocRewriter). Through the room registry, like any server write: an open room
 * changes live (its readers see the change), a closed one is loaded for it. Then the log is
 * compacted into one snapshot of the garbage-collected document, so the replaced text is in no
 * stored row any more.
 */
export function createDocRewriter(rooms: RoomRegistry) {
  return {
    async rewrite(docName: string, change: (doc: Y.Doc) => void): Promise<void> {
      const room = await rooms.acquire(docName);
      try {
        change(room.doc);
        await room.compact();
      } finally {
        await rooms.release(docName, room);
      }
    },
  };
}
