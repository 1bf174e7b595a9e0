/**
 * Which entries of a conversation the server has stored ("opgeslagen") and which wait on this
 * device ("nog niet verstuurd"). The collaboration endpoint answers a connection opened with
 * `?ack=1` with the document's state vector once its updates are durably stored (MESSAGE_STORED).
 * An entry is its `Y.Map` in `entries` plus one Yjs item per field it holds now; it is stored
 * once the stored state vector covers every one of those items. The vector is kept in storage,
 * so after a reload without a connection the marks are still right (a reload gives the page a
 * new Yjs client id, and the entries written before come back from IndexedDB under the old one).
 * Framework-free, so it is tested without a browser.
 */
import type * as Y from 'yjs';
import { conversationEntriesOf } from '../../shared/conversation-doc.js';
import type { PendingStore } from './stored-notes.js';

/** A Yjs item's span: the clocks `clock` … `clock + length - 1` of `client`. */
interface ItemSpan {
  id: { client: number; clock: number };
  length: number;
}

const covered = (stored: ReadonlyMap<number, number>, item: ItemSpan): boolean =>
  (stored.get(item.id.client) ?? 0) >= item.id.clock + item.length;

/** Whether the server stored entry `id` as this device has it now; false for an unknown id. */
export function entryStored(doc: Y.Doc, id: string, stored: ReadonlyMap<number, number>): boolean {
  const map = conversationEntriesOf(doc).get(id);
  const own = map?._item;
  if (!map || !own || !covered(stored, own)) return false;
  for (const field of map._map.values()) {
    if (!field.deleted && !covered(stored, field)) return false;
  }
  return true;
}

/** @example storedKey('m1/conversation/c1') === 'buurtkracht.conversation-stored.m1/conversation/c1' */
export function storedKey(docName: string): string {
  return `buurtkracht.conversation-stored.${docName}`;
}

/**
 * The latest stored state vector the server sent for one document, kept in storage. It only
 * grows: a vector from before a reconnect never takes back what a later one confirmed.
 */
export class StoredVector {
  private vector = new Map<number, number>();

  constructor(
    private readonly storage: PendingStore | null,
    private readonly key: string,
  ) {
    try {
      const raw: unknown = JSON.parse(storage?.getItem(key) ?? '{}');
      if (raw && typeof raw === 'object') {
        for (const [client, clock] of Object.entries(raw)) {
          if (/^\d+$/.test(client) && typeof clock === 'number') this.vector.set(+client, clock);
        }
      }
    } catch {
      // An unreadable vector only marks entries as not sent until the server answers.
    }
  }

  get current(): ReadonlyMap<number, number> {
    return this.vector;
  }

  /** Takes in what the server says it stored now; true when that changed anything. */
  merge(stored: ReadonlyMap<number, number>): boolean {
    let changed = false;
    for (const [client, clock] of stored) {
      if (clock > (this.vector.get(client) ?? 0)) {
        this.vector.set(client, clock);
        changed = true;
      }
    }
    if (changed) this.save();
    return changed;
  }

  private save(): void {
    try {
      this.storage?.setItem(this.key, JSON.stringify(Object.fromEntries(this.vector)));
    } catch {
      // A full storage only costs the marks after a reload, never the entries themselves.
    }
  }
}
