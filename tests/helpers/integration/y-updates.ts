/** Hand-made Yjs updates, as a peer (or a hostile one) would send them past the shared helpers. */
import type * as Y from 'yjs';

/** Runs `change` on `doc` in one transaction and returns the update it made. */
export function captureUpdate(doc: Y.Doc, change: () => void): Uint8Array {
  let captured: Uint8Array | null = null;
  const listener = (update: Uint8Array) => (captured = update);
  doc.on('update', listener);
  try {
    doc.transact(change);
  } finally {
    doc.off('update', listener);
  }
  if (!captured) throw new Error('the change made no update');
  return captured;
}

/** A y-websocket sync update frame carrying `update`, as the server itself writes them. */
export { updateFrame } from '../../../server/collab/messages.js';
