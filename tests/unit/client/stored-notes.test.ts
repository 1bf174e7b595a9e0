import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import { addNote, deleteNote, editNote } from '../../../shared/docs.js';
import {
  PendingNotes,
  covers,
  noteItemId,
  pendingKey,
  readStoredStateVector,
} from '../../../client/lib/stored-notes.js';

class FakeStorage {
  readonly data = new Map<string, string>();
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.data.set(key, value);
  }
}

const note = (id: string, text = 'Een buurtmoestuin') => ({
  id,
  text,
  x: 0,
  y: 0,
  createdAt: 1,
  section: 'needs' as const,
});

/** The server's copy after receiving everything `phone` wrote so far. */
function serverWith(...phones: Y.Doc[]): Y.Doc {
  const server = new Y.Doc();
  for (const phone of phones) Y.applyUpdate(server, Y.encodeStateAsUpdate(phone));
  return server;
}

/** A MESSAGE_STORED payload as the server frames it, read back as the client does. */
function storedVector(server: Y.Doc): Map<number, number> {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint8Array(encoder, Y.encodeStateVector(server));
  return readStoredStateVector(decoding.createDecoder(encoding.toUint8Array(encoder)));
}

describe('stored notes', () => {
  it('counts a note as stored only once the stored state vector passes its creating item', () => {
    const phone = new Y.Doc();
    addNote(phone, note('note-aaaaaaaa'));
    const item = noteItemId(phone, 'note-aaaaaaaa')!;
    expect(item.client).toBe(phone.clientID);
    expect(covers(storedVector(new Y.Doc()), item)).toBe(false);
    expect(covers(storedVector(serverWith(phone)), item)).toBe(true);
  });

  it('keeps a note written after the last stored state as not sent', () => {
    const phone = new Y.Doc();
    addNote(phone, note('note-first001'));
    const stored = storedVector(serverWith(phone));
    addNote(phone, note('note-second01', 'Wie heeft een aanhanger?'));
    expect(covers(stored, noteItemId(phone, 'note-first001')!)).toBe(true);
    expect(covers(stored, noteItemId(phone, 'note-second01')!)).toBe(false);
  });

  it('keeps a stored note stored when it is edited later: the mark is about the note itself', () => {
    const phone = new Y.Doc();
    addNote(phone, note('note-first001'));
    const stored = storedVector(serverWith(phone));
    const before = noteItemId(phone, 'note-first001');
    editNote(phone, 'note-first001', 'Een grotere moestuin');
    expect(noteItemId(phone, 'note-first001')).toEqual(before);
    expect(covers(stored, noteItemId(phone, 'note-first001')!)).toBe(true);
  });

  it('has no item for a note that is not in the document', () => {
    const phone = new Y.Doc();
    addNote(phone, note('note-gone0001'));
    deleteNote(phone, 'note-gone0001');
    expect(noteItemId(phone, 'note-gone0001')).toBeNull();
    expect(noteItemId(phone, 'never-there1')).toBeNull();
  });

  it('remembers pending notes across a reload and forgets them once stored', () => {
    const storage = new FakeStorage();
    const key = pendingKey('meeting123/canvas/group1234');
    const phone = new Y.Doc();
    const pending = new PendingNotes(storage, key);
    addNote(phone, note('note-offline1'));
    pending.add('note-offline1');
    pending.add('note-offline1');
    const exists = (id: string) => noteItemId(phone, id) !== null;
    expect(pending.unsent(exists)).toEqual(['note-offline1']);

    // The phone reloads: the mark is still there.
    const reloaded = new PendingNotes(storage, key);
    expect(reloaded.unsent(exists)).toEqual(['note-offline1']);

    // An acknowledgement that predates the note changes nothing.
    expect(reloaded.settle(storedVector(new Y.Doc()), (id) => noteItemId(phone, id))).toBe(false);
    expect(reloaded.unsent(exists)).toEqual(['note-offline1']);

    // Back online: the server stored it.
    expect(reloaded.settle(storedVector(serverWith(phone)), (id) => noteItemId(phone, id))).toBe(
      true,
    );
    expect(reloaded.unsent(exists)).toEqual([]);
    expect(new PendingNotes(storage, key).unsent(exists)).toEqual([]);
  });

  it('drops a pending note that was deleted before it was sent', () => {
    const storage = new FakeStorage();
    const phone = new Y.Doc();
    const pending = new PendingNotes(storage, pendingKey('m/canvas/g'));
    addNote(phone, note('note-oops0001'));
    pending.add('note-oops0001');
    deleteNote(phone, 'note-oops0001');
    expect(pending.settle(storedVector(new Y.Doc()), (id) => noteItemId(phone, id))).toBe(true);
    expect(pending.unsent(() => true)).toEqual([]);
  });

  it('survives unreadable or missing storage', () => {
    const storage = new FakeStorage();
    storage.setItem('k', '{not json');
    expect(new PendingNotes(storage, 'k').unsent(() => true)).toEqual([]);
    const none = new PendingNotes(null, 'k');
    none.add('note-a');
    expect(none.unsent(() => true)).toEqual(['note-a']);
  });
});
