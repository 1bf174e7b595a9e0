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
import { CollabState, newNoteId } from './collab-client.svelte.js';

/**
 * A note board bound to one collaborative document. Markup reads `notes` and calls the methods;
 * it never touches Yjs. Edits made while offline stay in the document and are sent on reconnect.
 */
export class BoardState extends CollabState {
  notes = $state<Note[]>([]);

  constructor(
    name: string,
    token: string,
    readonly writable: boolean,
  ) {
    super(name, token);
    notesOf(this.doc).observeDeep(() => (this.notes = readNotes(this.doc)));
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
}
