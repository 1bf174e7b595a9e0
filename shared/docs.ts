/**
 * The shape of every collaborative document, declared once for server and client.
 *
 * Document names are `<meetingId>/<kind>`: the `welcome` board the facilitator writes and
 * everyone else reads, and the `plenary` board of approved additions that only the server writes
 * (phones send additions as commands). A subgroup's canvas is `<meetingId>/canvas/<groupId>`: a
 * note board whose notes carry the question (section) they answer. A werkgroep's plan van aanpak is `<meetingId>/plan/<workingGroupId>`
 * (its shape: shared/plan-doc.ts). A small-group conversation's record is
 * `<meetingId>/conversation/<conversationId>` (shared/conversation-doc.ts). The evening's analysis
 * board, where the kopgroep and the adviser sort those conversations' stories and quotes into
 * themes, is `<meetingId>/analysis` (shared/analysis-doc.ts).
 *
 * A board keeps its notes in one top-level `Y.Map` named `notes`, keyed by note id. Each note is
 * its own `Y.Map`, so two people changing different fields of one note (one moves it, another
 * edits its text) both keep their change.
 */
import * as Y from 'yjs';
import { CANVAS_SECTIONS, NOTE_COLOURS } from './model.js';
import type { CanvasSection, NoteColour } from './model.js';
import { LIMITS } from './limits.js';

export const DOC_KINDS = [
  'welcome',
  'plenary',
  'canvas',
  'plan',
  'conversation',
  'analysis',
] as const;
export type DocKind = (typeof DOC_KINDS)[number];
/**
 * Documents there is one of per meeting that every screen of the evening is told about
 * (`session:sync`). The analysis board is one per evening too, but only the kopgroep and the
 * Regie open it, by its own name (analysisDocName).
 */
export const MEETING_DOC_KINDS = ['welcome', 'plenary'] as const;
export type MeetingDocKind = (typeof MEETING_DOC_KINDS)[number];

/** Which document: a meeting-wide one, or one subgroup's canvas (`<meetingId>/canvas/<groupId>`). */
export type DocRef =
  | { meetingId: string; kind: MeetingDocKind }
  | { meetingId: string; kind: 'canvas'; groupId: string }
  | { meetingId: string; kind: 'plan'; workingGroupId: string }
  | { meetingId: string; kind: 'conversation'; conversationId: string }
  | { meetingId: string; kind: 'analysis' };

const ID_PATTERN = /^[A-Za-z0-9_-]{8,40}$/;

/** @example docName('abc123def', 'welcome') === 'abc123def/welcome' */
export function docName(meetingId: string, kind: MeetingDocKind): string {
  return `${meetingId}/${kind}`;
}

/** @example canvasDocName('abc123def', 'grp12345') === 'abc123def/canvas/grp12345' */
export function canvasDocName(meetingId: string, groupId: string): string {
  return `${meetingId}/canvas/${groupId}`;
}

/** @example planDocName('abc123def', 'wg123456') === 'abc123def/plan/wg123456' */
export function planDocName(meetingId: string, workingGroupId: string): string {
  return `${meetingId}/plan/${workingGroupId}`;
}

/**
 * A small-group conversation's record (shared/conversation-doc.ts).
 * @example conversationDocName('abc123def', 'cv123456') === 'abc123def/conversation/cv123456'
 */
export function conversationDocName(meetingId: string, conversationId: string): string {
  return `${meetingId}/conversation/${conversationId}`;
}

/**
 * The evening's analysis board (shared/analysis-doc.ts).
 * @example analysisDocName('abc123def') === 'abc123def/analysis'
 */
export function analysisDocName(meetingId: string): string {
  return `${meetingId}/analysis`;
}

/** Parses a document name; `null` for anything that is not a known document. */
export function parseDocName(name: string): DocRef | null {
  const [meetingId, kind, groupId, ...rest] = name.split('/');
  if (rest.length > 0 || !meetingId || !ID_PATTERN.test(meetingId)) return null;
  if (kind === 'canvas' || kind === 'plan' || kind === 'conversation') {
    if (groupId === undefined || !ID_PATTERN.test(groupId)) return null;
    if (kind === 'canvas') return { meetingId, kind, groupId };
    return kind === 'plan'
      ? { meetingId, kind, workingGroupId: groupId }
      : { meetingId, kind, conversationId: groupId };
  }
  if (groupId !== undefined) return null;
  if (kind === 'analysis') return { meetingId, kind };
  const meetingKind = MEETING_DOC_KINDS.find((known) => known === kind);
  return meetingKind ? { meetingId, kind: meetingKind } : null;
}

/**
 * A message type of our own on the y-websocket connection (the standard ones are 0–3). A client
 * that opens a document with `?ack=1` gets, after each of its updates is stored durably, the
 * document's state vector; so a phone can tell which of its notes the server has ("ontvangen")
 * and which are still only on the phone ("nog niet verstuurd").
 */
export const MESSAGE_STORED = 100;

// ---------- note board ----------

export interface Note {
  id: string;
  text: string;
  /** Position on the board as fractions of its width and height (0..1), so every screen agrees. */
  x: number;
  y: number;
  colour: NoteColour;
  createdAt: number;
  /** On a subgroup canvas: which of the three questions the note answers. Boards use 'how'. */
  section: CanvasSection;
  /**
   * On a canvas: the participant number of whoever last changed the text, and when (server
   * clock). Only the anonymous number: the name chosen at the table is looked up on the phone,
   * so it follows that name's own retention and never sits in the document.
   */
  editedBy?: number;
  editedAt?: number;
}

/** Transactions made by these helpers carry this origin, so observers can tell local edits. */
export const LOCAL_ORIGIN = Symbol('buurtkracht-local');

type NoteMap = Y.Map<unknown>;

export function notesOf(doc: Y.Doc): Y.Map<NoteMap> {
  return doc.getMap<NoteMap>('notes');
}

function clampUnit(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

function cleanText(text: string): string {
  return text.slice(0, LIMITS.noteTextLength);
}

function isSection(value: unknown): value is CanvasSection {
  return typeof value === 'string' && (CANVAS_SECTIONS as readonly string[]).includes(value);
}

function isColour(value: unknown): value is NoteColour {
  return typeof value === 'string' && (NOTE_COLOURS as readonly string[]).includes(value);
}

const NOTE_ID = /^[A-Za-z0-9_-]{1,40}$/;

/** Whether `id` may name a note: what newNoteId and the server's ids look like. */
export function isNoteId(id: string): boolean {
  return NOTE_ID.test(id);
}

const unit = (value: unknown) => typeof value === 'number' && value >= 0 && value <= 1;
export const isServerTime = (value: unknown) => typeof value === 'number' && Number.isFinite(value);
/** A participant number as the server hands them out: 1, 2, 3, … */
export const isParticipantNumber = (value: unknown) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 1_000_000;

/** What each field of a note may hold, exactly as the helpers below write it. */
const NOTE_FIELDS: Record<string, (value: unknown) => boolean> = {
  text: (value) => typeof value === 'string' && value.length <= LIMITS.noteTextLength,
  x: unit,
  y: unit,
  colour: isColour,
  createdAt: isServerTime,
  section: isSection,
  editedBy: isParticipantNumber,
  editedAt: isServerTime,
  // A removed canvas note stays a minute with these two, so the table can bring it back.
  removedBy: isParticipantNumber,
  removedAt: isServerTime,
};

/** Whether a peer may write `value` into field `key` of a note; the server checks every one. */
export function isCleanNoteField(key: string, value: unknown): boolean {
  // Own keys only: `constructor` or `toString` must not find Object.prototype's functions.
  const valid = Object.hasOwn(NOTE_FIELDS, key) ? NOTE_FIELDS[key] : undefined;
  return valid !== undefined && valid(value);
}

/**
 * Reads one note, tolerating a malformed entry (returns `null`) instead of trusting the peer.
 * A removed note (waiting a minute for "ongedaan maken") is no note: null too, so counts,
 * results and plans never show it.
 */
export function readNote(id: string, map: unknown): Note | null {
  if (!(map instanceof Y.Map) || map.has('removedAt')) return null;
  return readNoteFields(id, map);
}

/** A note's fields as written, whether or not it was removed for now (shared/canvas-undo.ts). */
export function readNoteFields(id: string, map: Y.Map<unknown>): Note | null {
  const text = map.get('text');
  const x = map.get('x');
  const y = map.get('y');
  const colour = map.get('colour');
  const createdAt = map.get('createdAt');
  const section = map.get('section');
  if (typeof text !== 'string' || typeof x !== 'number' || typeof y !== 'number') return null;
  const editedBy = map.get('editedBy');
  const editedAt = map.get('editedAt');
  return {
    id,
    text: cleanText(text),
    x: clampUnit(x),
    y: clampUnit(y),
    colour: isColour(colour) ? colour : 'yellow',
    createdAt: typeof createdAt === 'number' ? createdAt : 0,
    section: isSection(section) ? section : 'how',
    ...(isParticipantNumber(editedBy) && isServerTime(editedAt)
      ? { editedBy: editedBy as number, editedAt: editedAt as number }
      : {}),
  };
}

/** All readable notes, oldest first so newer notes are drawn on top. */
export function readNotes(doc: Y.Doc): Note[] {
  const notes: Note[] = [];
  notesOf(doc).forEach((map, id) => {
    const note = readNote(id, map);
    if (note) notes.push(note);
  });
  return notes.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

export interface NewNote {
  id: string;
  text: string;
  x: number;
  y: number;
  colour?: NoteColour;
  createdAt: number;
  section?: CanvasSection;
}

/** Adds a note; returns false when the board is full. */
export function addNote(doc: Y.Doc, note: NewNote): boolean {
  const notes = notesOf(doc);
  if (notes.size >= LIMITS.notesPerBoard) return false;
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    map.set('text', cleanText(note.text));
    map.set('x', clampUnit(note.x));
    map.set('y', clampUnit(note.y));
    map.set('colour', note.colour ?? 'yellow');
    map.set('createdAt', note.createdAt);
    if (note.section) map.set('section', note.section);
    notes.set(note.id, map);
  }, LOCAL_ORIGIN);
  return true;
}

/** Who changes a canvas note, and when (server clock): shown to the table as "aangepast". */
export interface NoteChange {
  by: number;
  at: number;
}

/** Changes a note's text; on a canvas `change` records who did it. */
export function editNote(doc: Y.Doc, id: string, text: string, change?: NoteChange): void {
  const map = notesOf(doc).get(id);
  if (!map) return;
  doc.transact(() => {
    map.set('text', cleanText(text));
    if (change) {
      map.set('editedBy', change.by);
      map.set('editedAt', change.at);
    }
  }, LOCAL_ORIGIN);
}

export function moveNote(doc: Y.Doc, id: string, x: number, y: number): void {
  const map = notesOf(doc).get(id);
  if (!map) return;
  doc.transact(() => {
    map.set('x', clampUnit(x));
    map.set('y', clampUnit(y));
  }, LOCAL_ORIGIN);
}

export function recolourNote(doc: Y.Doc, id: string, colour: NoteColour): void {
  const map = notesOf(doc).get(id);
  if (map && isColour(colour)) doc.transact(() => map.set('colour', colour), LOCAL_ORIGIN);
}

export function deleteNote(doc: Y.Doc, id: string): void {
  doc.transact(() => notesOf(doc).delete(id), LOCAL_ORIGIN);
}
