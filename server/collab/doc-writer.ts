import type * as Y from 'yjs';
import type { RoomRegistry } from './room-registry.js';

/**
 * Lets the server change a collaborative document itself (the services' DocWriter). Writes
 * through the same room clients use, so the change is persisted and reaches every open
 * connection like any other update; a room loaded only for this write is released after it.
 */
export function createDocWriter(rooms: RoomRegistry) {
  return {
    async write(docName: string, change: (doc: Y.Doc) => void): Promise<void> {
      const room = await rooms.acquire(docName);
      try {
        change(room.doc);
      } finally {
        await rooms.release(docName, room);
      }
    },
  };
}
