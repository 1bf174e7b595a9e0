import type * as Y from 'yjs';
import {
  addNote,
  deleteNote,
  editNote,
  moveNote,
  notesOf,
  readNotes,
  recolourNote,
} from '../../shared/docs.js';
import type { Note } from '../../shared/docs.js';
import type { NoteColour } from '../../shared/model.js';
import type { CollabStatus } from './collab-status.js';
import type { CollabDoc } from './collab-doc.js';
import { newNoteId, openCollabDoc } from './collab-client.svelte.js';

/**
 * A note board bound to one collaborative document. Markup reads `notes` and calls the methods;
 * it never touches Yjs. Edits made while offline stay in the document and are sent on reconnect.
 */
export class BoardState {
  notes = $state<Note[]>([]);

  private readonly collab: CollabDoc;

  constructor(
    readonly name: string,
    token: string,
    readonly writable: boolean,
  ) {
    this.collab = openCollabDoc(name, token);
    const doc = this.collab.doc;
    notesOf(doc).observeDeep(() => (this.notes = readNotes(doc)));
  }

  /** `rejected`: the server refused a change of this screen (too long, too many): reload. */
  get status(): CollabStatus {
    return this.collab.status;
  }

  private get doc(): Y.Doc {
    return this.collab.doc;
  }

  add(text: string, x: number, y: number, colour: NoteColour = 'yellow'): boolean {
    return addNote(this.doc, { id: newNoteId(), text, x, y, colour, createdAt: Date.now() });
  }

  edit(id: string, text: string): void {
    editNote(this.doc, id, text);
  }

  move(id: string, x: number, y: number): void {
    moveNote(this.doc, id, x, y);
  }

  recolour(id: string, colour: NoteColour): void {
    recolourNote(this.doc, id, colour);
  }

  remove(id: string): void {
    deleteNote(this.doc, id);
  }

  destroy(): void {
    this.collab.destroy();
  }
}
