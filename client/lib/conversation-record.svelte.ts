import {
  addEntry,
  conversationEntriesOf,
  conversationMetaOf,
  readEntries,
  readResidents,
  removeEntry,
  setResidents,
  updateEntry,
} from '../../shared/conversation-doc.js';
import type { ConversationEntry } from '../../shared/conversation-doc.js';
import type { ConversationEntryKind } from '../../shared/model-conversations.js';
import { CollabState, newNoteId } from './collab-client.svelte.js';
import { StoredVector, entryStored, storedKey } from './entry-stored.js';
import { safeStorage } from './storage.js';

/** What the record form hands over: who spoke, what kind, the text, an offer's consented name. */
export interface EntryDraft {
  kind: ConversationEntryKind;
  speaker: number;
  text: string;
  /** '' when there is no name (no consent, or not an offer). */
  name: string;
}

/**
 * One small-group conversation's record on the gespreksleider's device, bound to its document.
 * Kept in IndexedDB, so what is written in a hall without wifi survives a reload and goes out
 * when the connection is back. A refusal (the link was revoked or replaced) keeps the copy: the
 * new link, opened on this device, opens the same document and sends it. Each entry is marked
 * "nog niet verstuurd" until the server's stored state covers it (client/lib/entry-stored.ts).
 */
export class ConversationRecord extends CollabState {
  /** Oldest first, as recorded. */
  entries = $state.raw<ConversationEntry[]>([]);
  residents = $state<number | null>(null);
  /** Ids of entries the server has not stored as they are on this device. */
  unsentIds = $state.raw<readonly string[]>([]);
  private readonly stored: StoredVector;

  constructor(name: string, token: string) {
    super(name, token, {
      keep: true,
      onstored: (stored) => {
        if (this.stored.merge(stored)) this.refresh();
      },
    });
    this.stored = new StoredVector(safeStorage(), storedKey(name));
    conversationEntriesOf(this.doc).observeDeep(() => this.refresh());
    conversationMetaOf(this.doc).observe(() => (this.residents = readResidents(this.doc)));
  }

  /** True while this device holds changes the server has not confirmed storing. */
  get unsent(): boolean {
    return this.collab.unsent;
  }

  get loaded(): boolean {
    return this.collab.loaded;
  }

  /** Records an entry; false when the text is empty or too long, or the conversation is full. */
  add(draft: EntryDraft): boolean {
    const text = draft.text.trim();
    if (!text) return false;
    const name = draft.kind === 'offer' ? draft.name.trim() : '';
    return addEntry(this.doc, {
      id: newNoteId(),
      kind: draft.kind,
      speaker: draft.speaker,
      text,
      createdAt: Date.now(),
      ...(name ? { name } : {}),
    });
  }

  update(id: string, draft: EntryDraft): boolean {
    const text = draft.text.trim();
    if (!text) return false;
    const name = draft.kind === 'offer' ? draft.name.trim() : '';
    updateEntry(this.doc, id, { kind: draft.kind, speaker: draft.speaker, text, name });
    return true;
  }

  remove(id: string): void {
    removeEntry(this.doc, id);
  }

  setResidents(count: number): void {
    setResidents(this.doc, count);
  }

  private refresh(): void {
    const entries = readEntries(this.doc);
    this.entries = entries;
    const stored = this.stored.current;
    this.unsentIds = entries
      .filter((entry) => !entryStored(this.doc, entry.id, stored))
      .map((e) => e.id);
  }
}
