import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { IndexeddbPersistence } from 'y-indexeddb';
import {
  MESSAGE_STORED,
  addNote,
  deleteNote,
  editNote,
  notesOf,
  readNotes,
} from '../../shared/docs.js';
import {
  NOTE_UNDO_MS,
  purgeRemovedNotes,
  readRemovedNotes,
  removeNoteForNow,
  restoreNote,
} from '../../shared/canvas-undo.js';
import type { Note } from '../../shared/docs.js';
import type { RemovedNote } from '../../shared/canvas-undo.js';
import type { CanvasSection } from '../../shared/model.js';
import { COLLAB_CLOSE } from '../../shared/codes.js';
import { PendingNotes, noteItemId, pendingKey, readStoredStateVector } from './stored-notes.js';
import { safeStorage } from './storage.js';
import { collabSocket, collabUrl, newNoteId } from './collab-client.js';

/** `rejected`: the server refused a note of this phone (too long, too many): reload. */
export type CanvasStatus = 'connecting' | 'synced' | 'offline' | 'refused' | 'rejected';

/** How long a phone waits for IndexedDB before it connects without it (some old browsers hang). */
const LOCAL_COPY_PATIENCE_MS = 3000;

const emptySections = (): Record<CanvasSection, Note[]> => ({ how: [], needs: [], helpers: [] });

/**
 * One table's canvas on a member's phone: the three questions, each a list of notes. The document
 * is kept in IndexedDB too, so what a member writes without wifi survives a reload and goes out
 * when the connection is back. Yjs merges by item id, so a note sent twice is still one note.
 * Notes written here stay marked `unsent` until the server says it stored them (MESSAGE_STORED).
 */
export class CanvasState {
  sections = $state<Record<CanvasSection, Note[]>>(emptySections());
  status = $state<CanvasStatus>('connecting');
  /** Ids of notes written on this phone that the server has not stored yet. */
  unsent = $state<string[]>([]);
  /** Ids of notes written on this phone (since it opened this canvas), to mark them as "yours". */
  mine = $state<string[]>([]);
  /** Notes someone at the table took away less than a minute ago: they can still come back. */
  removed = $state<RemovedNote[]>([]);
  private expiry: ReturnType<typeof setTimeout> | null = null;

  private readonly doc = new Y.Doc();
  private readonly local: IndexeddbPersistence;
  private readonly pending: PendingNotes;
  private provider: WebsocketProvider | null = null;
  private destroyed = false;
  private readonly goOffline = () => {
    if (!this.stopped) this.status = 'offline';
    this.provider?.disconnect();
  };
  private readonly goOnline = () => {
    if (!this.stopped) this.provider?.connect();
  };

  /** Refused or rejected: this canvas does not connect again until the page is reloaded. */
  private get stopped(): boolean {
    return this.status === 'refused' || this.status === 'rejected';
  }

  constructor(
    readonly name: string,
    private readonly token: string,
    /** Called when the server refuses this document (4401/4403): not, or no longer, a member. */
    private readonly onrefused: () => void,
    /** Who writes here: this phone's anonymous participant number, and the server's clock. */
    private readonly writer: { number: number; now: () => number } = {
      number: 0,
      now: () => Date.now(),
    },
  ) {
    this.pending = new PendingNotes(safeStorage(), pendingKey(name));
    this.mine = this.pending.unsent(() => true);
    notesOf(this.doc).observeDeep(() => this.refresh());
    this.local = new IndexeddbPersistence(`buurtkracht:${name}`, this.doc);
    // Connect once the local copy is loaded, so the first sync already offers what the phone has.
    const patience = setTimeout(() => this.connect(), LOCAL_COPY_PATIENCE_MS);
    void this.local.whenSynced.then(() => {
      clearTimeout(patience);
      this.connect();
    });
  }

  /** Adds a note under a question; false when the text is empty or the board is full. */
  add(section: CanvasSection, text: string): boolean {
    const clean = text.trim();
    if (!clean) return false;
    const id = newNoteId();
    // Remembered before the note exists, so the first render already marks it as not sent.
    this.pending.add(id);
    this.mine = [...this.mine, id];
    const added = addNote(this.doc, {
      id,
      text: clean,
      x: 0,
      y: 0,
      createdAt: Date.now(),
      section,
    });
    if (!added) this.mine = this.mine.filter((mineId) => mineId !== id);
    this.refresh();
    return added;
  }

  edit(id: string, text: string): void {
    const clean = text.trim();
    if (clean) editNote(this.doc, id, clean, this.change());
  }

  /** Takes a note away; for a minute anyone at the table can bring it back. */
  remove(id: string): void {
    const change = this.change();
    if (change) removeNoteForNow(this.doc, id, change);
    else deleteNote(this.doc, id);
  }

  restore(id: string): void {
    restoreNote(this.doc, id);
  }

  /** Only a real participant number goes into the document; the server refuses anything else. */
  private change(): { by: number; at: number } | undefined {
    return this.writer.number >= 1 ? { by: this.writer.number, at: this.writer.now() } : undefined;
  }

  destroy(): void {
    this.destroyed = true;
    if (this.expiry) clearTimeout(this.expiry);
    window.removeEventListener('offline', this.goOffline);
    window.removeEventListener('online', this.goOnline);
    this.provider?.destroy();
    void this.local.destroy();
    this.doc.destroy();
  }

  private connect(): void {
    if (this.destroyed || this.provider) return;
    const provider = new WebsocketProvider(collabUrl(), this.name, this.doc, {
      WebSocketPolyfill: collabSocket(this.token),
      params: { ack: '1' },
      disableBc: true,
      connect: navigator.onLine !== false,
    });
    this.provider = provider;
    // Presence carries no names; the server strips anything else anyway.
    provider.awareness.setLocalState(null);
    provider.messageHandlers[MESSAGE_STORED] = (_encoder, decoder) =>
      this.onStored(readStoredStateVector(decoder));
    provider.on('sync', (synced: boolean) => {
      if (synced) this.status = 'synced';
    });
    provider.on('status', ({ status }: { status: string }) => {
      if (this.stopped) return;
      if (status === 'disconnected') this.status = 'offline';
      if (status === 'connecting' && this.status !== 'offline') this.status = 'connecting';
    });
    provider.on('connection-close', (event: CloseEvent | null) => {
      if (event?.code === COLLAB_CLOSE.unauthorised || event?.code === COLLAB_CLOSE.forbidden) {
        this.status = 'refused';
        provider.shouldConnect = false;
        // Told after the provider finished handling the close: the owner may destroy this canvas.
        queueMicrotask(this.onrefused);
      } else if (event?.code === COLLAB_CLOSE.rejected) {
        // The server keeps what it stored; what it refused would be refused again after a
        // reload, so the copy on this phone is dropped and the reload starts from the server's.
        this.status = 'rejected';
        provider.shouldConnect = false;
        void this.local.clearData();
      } else if (!this.stopped) {
        // Also a connection that never opened: the table cannot be reached, so say so.
        this.status = 'offline';
      }
    });
    if (navigator.onLine === false) this.status = 'offline';
    // A phone that knows it has no network stops trying at once instead of waiting for a
    // timeout, and is honest about it; it connects again as soon as the network is back.
    window.addEventListener('offline', this.goOffline);
    window.addEventListener('online', this.goOnline);
  }

  private onStored(stored: Map<number, number>): void {
    if (this.pending.settle(stored, (id) => noteItemId(this.doc, id))) this.refresh();
  }

  private refresh(): void {
    const sections = emptySections();
    for (const note of readNotes(this.doc)) sections[note.section].push(note);
    this.sections = sections;
    const exists = (id: string) => notesOf(this.doc).has(id);
    this.unsent = this.pending.unsent(exists);
    this.watchRemoved();
  }

  /**
   * Shows the notes removed within the last minute, and when the minute is over deletes them for
   * good: whichever phone of the table is open does it, once is enough (Yjs merges deletes).
   */
  private watchRemoved(): void {
    if (this.expiry) clearTimeout(this.expiry);
    this.expiry = null;
    const now = this.writer.now();
    const all = readRemovedNotes(this.doc);
    this.removed = all.filter((note) => note.removedAt + NOTE_UNDO_MS > now);
    if (this.removed.length < all.length) {
      // Past the minute no phone offers the undo any more, so deleting is safe even offline.
      // Changes the document; its observer calls refresh again, which lands here with none.
      purgeRemovedNotes(this.doc, now - NOTE_UNDO_MS);
      return;
    }
    const next = Math.min(...this.removed.map((note) => note.removedAt + NOTE_UNDO_MS));
    if (Number.isFinite(next)) {
      this.expiry = setTimeout(() => this.refresh(), Math.max(0, next - now) + 50);
    }
  }
}
