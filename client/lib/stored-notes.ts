/**
 * Which notes a phone wrote that the server has not stored yet ("nog niet verstuurd").
 *
 * The collaboration endpoint answers a connection opened with `?ack=1` with the document's state
 * vector once its updates are durably stored (MESSAGE_STORED in shared/docs.ts). A note is the
 * `Y.Map` entry its creator put into the board's `notes` map; that entry is one Yjs item with an
 * id {client, clock}. The server has the note iff its stored state vector has more than `clock`
 * from that client. Framework-free, so it is tested without a browser.
 */
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { notesOf } from '../../shared/docs.js';

/** The id of the Yjs item that created a note. */
export interface ItemId {
  client: number;
  clock: number;
}

/** Whether a stored state vector includes the item: the server has every update up to it. */
export function covers(stored: Map<number, number>, id: ItemId): boolean {
  return (stored.get(id.client) ?? 0) > id.clock;
}

/** The item that created note `noteId` in `doc`; null when the document has no such note. */
export function noteItemId(doc: Y.Doc, noteId: string): ItemId | null {
  const item = notesOf(doc).get(noteId)?._item;
  return item ? { client: item.id.client, clock: item.id.clock } : null;
}

/** Reads the payload of a MESSAGE_STORED frame (after its type): the stored state vector. */
export function readStoredStateVector(decoder: decoding.Decoder): Map<number, number> {
  return Y.decodeStateVector(decoding.readVarUint8Array(decoder));
}

/** The bit of storage this needs; localStorage fits, and so does a map in a test. */
export interface PendingStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** @example pendingKey('m1/canvas/g1') === 'buurtkracht.canvas-pending.m1/canvas/g1' */
export function pendingKey(docName: string): string {
  return `buurtkracht.canvas-pending.${docName}`;
}

function parseIds(raw: string | null): string[] {
  try {
    const value: unknown = JSON.parse(raw ?? '[]');
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * The ids of notes written on this phone that the server has not confirmed, kept in storage so
 * the mark survives a reload (the notes themselves survive in IndexedDB).
 */
export class PendingNotes {
  private ids: string[];

  constructor(
    private readonly storage: PendingStore | null,
    private readonly key: string,
  ) {
    this.ids = parseIds(storage?.getItem(key) ?? null);
  }

  /** Remembers a note this phone just created. */
  add(noteId: string): void {
    if (this.ids.includes(noteId)) return;
    this.ids = [...this.ids, noteId];
    this.save();
  }

  /**
   * After the server stored state `stored`: forgets the notes it now has, and notes that are no
   * longer in the document (deleted). Returns whether anything changed.
   */
  settle(stored: Map<number, number>, itemOf: (noteId: string) => ItemId | null): boolean {
    const left = this.ids.filter((id) => {
      const item = itemOf(id);
      return item !== null && !covers(stored, item);
    });
    if (left.length === this.ids.length) return false;
    this.ids = left;
    this.save();
    return true;
  }

  /** Pending notes that are in the document now. */
  unsent(exists: (noteId: string) => boolean): string[] {
    return this.ids.filter(exists);
  }

  private save(): void {
    try {
      this.storage?.setItem(this.key, JSON.stringify(this.ids));
    } catch {
      // A full or blocked storage only costs the mark after a reload, never the note itself.
    }
  }
}
