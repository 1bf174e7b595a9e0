import * as Y from 'yjs';

/**
 * Applies a stored log to a document, once, as one merged update. Changes whose dependencies
 * never came (stored before the server checked updates) can never show; they are dropped, so
 * that a snapshot written from this document no longer carries them. Returns whether any were.
 */
export function applyStoredLog(doc: Y.Doc, log: readonly Uint8Array[]): boolean {
  if (log.length > 0) Y.applyUpdate(doc, Y.mergeUpdates([...log]), 'store');
  const structs = doc.store;
  if (structs.pendingStructs === null && structs.pendingDs === null) return false;
  structs.pendingStructs = null;
  structs.pendingDs = null;
  return true;
}

/**
 * One update with everything a stored log holds, garbage-collected: deleted text is gone from
 * it, which is what the retention job relies on to remove personal data from the stored rows.
 */
export function snapshotOfLog(log: readonly Uint8Array[]): Uint8Array {
  const doc = new Y.Doc();
  try {
    applyStoredLog(doc, log);
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}
