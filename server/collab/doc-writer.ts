import type * as Y from 'yjs';
import type { RoomRegistry } from './room-registry.js';

/**
 * Lets the server change a collaborative document itself (the services' DocWriter). Writes
 * through the same room clients use, so the change is stored and reaches every open connection
 * like any other update, and resolves once it is stored; a room loaded only for this write is
 * released after it.
 */
export function createDocWriter(rooms: RoomRegistry) {
  return {
    async write(docName: string, change: (doc: Y.Doc) => void): Promise<void> {
      const room = await rooms.acquire(docName);
      try {
        change(room.doc);
        // Stored (and so passed on) before the caller says it is done.
        await room.settled();
      } finally {
        await rooms.release(docName, room);
      }
    },
  };
}
