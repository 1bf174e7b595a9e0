import * as Y from 'yjs';
import type { DocStore } from '../store/store.js';
import type { RoomRegistry } from './room-registry.js';

/**
 * Lets the server read a collaborative document without opening a room for it (the services'
 * DocReader). Reads the live room when someone has the document open: its latest edits may
 * still be on their way to the store. Otherwise the stored log is merged into a throwaway Y.Doc,
 * so a read neither keeps a room in memory nor rewrites the log (closing a room compacts it).
 */
export function createDocReader(rooms: RoomRegistry, store: DocStore) {
  return {
    async read<T>(docName: string, view: (doc: Y.Doc) => T): Promise<T> {
      const room = await rooms.loaded(docName)?.catch(() => undefined);
      if (room && !room.isDestroyed) return view(room.doc);
      const doc = new Y.Doc();
      try {
        const updates = await store.loadDocUpdates(docName);
        if (updates.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(updates));
        return view(doc);
      } finally {
        doc.destroy();
      }
    },
  };
}
