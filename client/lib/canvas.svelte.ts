import { addNote, deleteNote, editNote, notesOf, readNotes } from '../../shared/docs.js';
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
import { PendingNotes, noteItemId, pendingKey } from './stored-notes.js';
import { safeStorage } from './storage.js';
import { CollabState, newNoteId } from './collab-client.svelte.js';

const emptySections = (): Record<CanvasSection, Note[]> => ({ how: [], needs: [], helpers: [] });

/**
 * One table's canvas on a member's phone: the three questions, each a list of notes. The document
 * is kept in IndexedDB too, so what a member writes without wifi survives a reload and goes out
 * when the connection is back. Yjs merges by item id, so a note sent twice is still one note.
 * Notes written here stay marked `unsent` until the server says it stored them (MESSAGE_STORED).
 */
export class CanvasState extends CollabState {
  sections = $state<Record<CanvasSection, Note[]>>(emptySections());
  /** Ids of notes written on this phone that the server has not stored yet. */
  unsent = $state<string[]>([]);
  /** Ids of notes written on this phone (since it opened this canvas), to mark them as "yours". */
  mine = $state<string[]>([]);
  /** Notes someone at the table took away less than a minute ago: they can still come back. */
  removed = $state<RemovedNote[]>([]);
  private expiry: ReturnType<typeof setTimeout> | null = null;
  private readonly pending: PendingNotes;

  constructor(
    name: string,
    token: string,
    /** Called when the server refuses this document (4401/4403): not, or no longer, a member. */
    onrefused: () => void,
    /** Who writes here: this phone's anonymous participant number, and the server's clock. */
    private readonly writer: { number: number; now: () => number } = {
      number: 0,
      now: () => Date.now(),
    },
  ) {
    super(name, token, {
      keep: true,
      onrefused,
      onstored: (stored) => {
        if (this.pending.settle(stored, (id) => noteItemId(this.doc, id))) this.refresh();
      },
    });
    this.pending = new PendingNotes(safeStorage(), pendingKey(name));
    this.mine = this.pending.unsent(() => true);
    notesOf(this.doc).observeDeep(() => this.refresh());
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

  override destroy(): void {
    if (this.expiry) clearTimeout(this.expiry);
    super.destroy();
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
