/**
 * "Ongedaan maken" on a table's canvas: a removed note stays in the document for a minute,
 * marked with who removed it and when, so anyone at the table can bring it back; readNote
 * already skips it everywhere else (counts, results, plans).
 */
import * as Y from 'yjs';
import {
  LOCAL_ORIGIN,
  isParticipantNumber,
  isServerTime,
  notesOf,
  readNoteFields,
} from './docs.js';
import type { Note, NoteChange } from './docs.js';

/** A canvas note someone took away less than NOTE_UNDO_MS ago: the table can still bring it back. */
export interface RemovedNote extends Note {
  removedBy: number;
  removedAt: number;
}

/** How long a removed canvas note can be brought back ("ongedaan maken"). */
export const NOTE_UNDO_MS = 60_000;

/** Canvas notes taken away and not yet gone for good, oldest removal first. */
export function readRemovedNotes(doc: Y.Doc): RemovedNote[] {
  const removed: RemovedNote[] = [];
  notesOf(doc).forEach((map, id) => {
    if (!(map instanceof Y.Map)) return;
    const removedBy = map.get('removedBy');
    const removedAt = map.get('removedAt');
    const note = readNoteFields(id, map);
    if (!note || !isParticipantNumber(removedBy) || !isServerTime(removedAt)) return;
    removed.push({ ...note, removedBy: removedBy as number, removedAt: removedAt as number });
  });
  return removed.sort((a, b) => a.removedAt - b.removedAt || a.id.localeCompare(b.id));
}

/**
 * Takes a canvas note away for now: it leaves every list at once, but stays in the document
 * NOTE_UNDO_MS so anyone at the table can bring it back (restoreNote); then purgeRemovedNotes
 * deletes it for good.
 */
export function removeNoteForNow(doc: Y.Doc, id: string, change: NoteChange): void {
  const map = notesOf(doc).get(id);
  if (!map) return;
  doc.transact(() => {
    map.set('removedBy', change.by);
    map.set('removedAt', change.at);
  }, LOCAL_ORIGIN);
}

/** Brings a removed canvas note back ("ongedaan maken"). */
export function restoreNote(doc: Y.Doc, id: string): void {
  const map = notesOf(doc).get(id);
  if (!map) return;
  doc.transact(() => {
    map.delete('removedBy');
    map.delete('removedAt');
  }, LOCAL_ORIGIN);
}

/** Deletes for good the notes removed before `before` (server clock); true when any went. */
export function purgeRemovedNotes(doc: Y.Doc, before: number): boolean {
  const expired = readRemovedNotes(doc).filter((note) => note.removedAt < before);
  if (expired.length === 0) return false;
  doc.transact(() => {
    for (const note of expired) notesOf(doc).delete(note.id);
  }, LOCAL_ORIGIN);
  return true;
}
