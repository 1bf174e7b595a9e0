import * as Y from 'yjs';
import type { Store } from '../../server/store/store.js';

/** A document as the server stored it: every logged update merged into a fresh doc. */
export async function storedDoc(store: Store, name: string): Promise<Y.Doc> {
  const updates = await store.loadDocUpdates(name);
  const doc = new Y.Doc();
  if (updates.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(updates));
  return doc;
}

/** How many entries the document's stored log has; one after a compaction. */
export async function storedLogLength(store: Store, name: string): Promise<number> {
  return (await store.loadDocUpdates(name)).length;
}
