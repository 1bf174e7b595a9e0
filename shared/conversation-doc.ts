/**
 * The shape of a small-group conversation's record, `<meetingId>/conversation/<conversationId>`:
 * what its gespreksleider writes on a laptop, tablet or phone, offline if need be, and what the
 * kopgroep reads for the analysis. Declared once for the client's helpers and the server's rules.
 *
 * `entries` is a top-level `Y.Map` keyed by entry id; each entry is its own `Y.Map` so an edit of
 * its text and a change of its speaker made on two devices both survive. `meta` holds the
 * conversation's count of residents. Speakers are numbers only ("bewoner 3"): no resident's name
 * is recorded, except the name a resident gave with an offer and consented to on paper.
 */
import * as Y from 'yjs';
import { LIMITS } from './limits.js';
import { CONVERSATION_ENTRY_KINDS } from './model-conversations.js';
import type { ConversationEntryKind } from './model-conversations.js';
import { LOCAL_ORIGIN, isNoteId } from './docs.js';

export const CONVERSATION_ENTRIES_KEY = 'entries';
export const CONVERSATION_META_KEY = 'meta';

export interface ConversationEntry {
  id: string;
  kind: ConversationEntryKind;
  /** "bewoner 3" is speaker 3; 1 … LIMITS.conversationSpeakers. */
  speaker: number;
  text: string;
  /** The recording device's clock, for ordering only. */
  createdAt: number;
  /** An offer's name, only when the resident consented on paper (the leader ticks it). */
  name?: string;
}

type EntryMap = Y.Map<unknown>;

export function conversationEntriesOf(doc: Y.Doc): Y.Map<EntryMap> {
  return doc.getMap<EntryMap>(CONVERSATION_ENTRIES_KEY);
}

export function conversationMetaOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(CONVERSATION_META_KEY);
}

const isKind = (value: unknown): value is ConversationEntryKind =>
  typeof value === 'string' && (CONVERSATION_ENTRY_KINDS as readonly string[]).includes(value);
const isSpeaker = (value: unknown): value is number =>
  typeof value === 'number' &&
  Number.isInteger(value) &&
  value >= 1 &&
  value <= LIMITS.conversationSpeakers;
const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= LIMITS.conversationEntryLength;
const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isName = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= LIMITS.conversationOfferNameLength;

/** What each field of an entry may hold, exactly as the helpers below write it. */
const ENTRY_FIELDS: Record<string, (value: unknown) => boolean> = {
  kind: isKind,
  speaker: isSpeaker,
  text: isText,
  createdAt: isTime,
  name: isName,
};

/** Whether a peer may write `value` into field `key` of an entry; the server checks every one. */
export function isCleanEntryField(key: string, value: unknown): boolean {
  const valid = Object.hasOwn(ENTRY_FIELDS, key) ? ENTRY_FIELDS[key] : undefined;
  return valid !== undefined && valid(value);
}

/** Whether a peer may write `value` into field `key` of the conversation's meta map. */
export function isCleanMetaField(key: string, value: unknown): boolean {
  return (
    key === 'residents' &&
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= 0 &&
    value <= LIMITS.conversationResidents
  );
}

/** Whether `id` may name an entry (the same shape as a note's id). */
export const isEntryId = isNoteId;

/** Reads one entry, tolerating a malformed one (null) instead of trusting the peer. */
export function readEntry(id: string, map: unknown): ConversationEntry | null {
  if (!(map instanceof Y.Map)) return null;
  const kind = map.get('kind');
  const speaker = map.get('speaker');
  const text = map.get('text');
  const createdAt = map.get('createdAt');
  const name = map.get('name');
  if (!isKind(kind) || !isSpeaker(speaker) || !isText(text)) return null;
  return {
    id,
    kind,
    speaker,
    text,
    createdAt: isTime(createdAt) ? createdAt : 0,
    ...(kind === 'offer' && isName(name) && name.trim() !== '' ? { name } : {}),
  };
}

/** Every readable entry, in the order they were recorded. */
export function readEntries(doc: Y.Doc): ConversationEntry[] {
  const entries: ConversationEntry[] = [];
  conversationEntriesOf(doc).forEach((map, id) => {
    const entry = readEntry(id, map);
    if (entry) entries.push(entry);
  });
  return entries.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

/** The residents counted for this conversation; null until the gespreksleider gave a number. */
export function readResidents(doc: Y.Doc): number | null {
  const value = conversationMetaOf(doc).get('residents');
  return isCleanMetaField('residents', value) ? (value as number) : null;
}

export function setResidents(doc: Y.Doc, residents: number): void {
  if (!isCleanMetaField('residents', residents)) return;
  doc.transact(() => conversationMetaOf(doc).set('residents', residents), LOCAL_ORIGIN);
}

/** Adds an entry; false when the text is too long or the conversation is full. */
export function addEntry(doc: Y.Doc, entry: ConversationEntry): boolean {
  const entries = conversationEntriesOf(doc);
  if (entries.size >= LIMITS.conversationEntries) return false;
  if (!isEntryId(entry.id) || !isKind(entry.kind) || !isSpeaker(entry.speaker)) return false;
  if (!isText(entry.text)) return false;
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    map.set('kind', entry.kind);
    map.set('speaker', entry.speaker);
    map.set('text', entry.text);
    map.set('createdAt', entry.createdAt);
    if (entry.kind === 'offer' && entry.name && isName(entry.name)) map.set('name', entry.name);
    entries.set(entry.id, map);
  }, LOCAL_ORIGIN);
  return true;
}

/** Changes an entry's text, kind, speaker or consented name; unknown ids are ignored. */
export function updateEntry(
  doc: Y.Doc,
  id: string,
  change: Partial<Pick<ConversationEntry, 'kind' | 'speaker' | 'text' | 'name'>>,
): void {
  const map = conversationEntriesOf(doc).get(id);
  if (!map) return;
  doc.transact(() => {
    if (change.kind !== undefined && isKind(change.kind)) map.set('kind', change.kind);
    if (change.speaker !== undefined && isSpeaker(change.speaker))
      map.set('speaker', change.speaker);
    if (change.text !== undefined && isText(change.text)) map.set('text', change.text);
    if (change.name !== undefined) {
      if (change.name === '') map.delete('name');
      else if (isName(change.name)) map.set('name', change.name);
    }
  }, LOCAL_ORIGIN);
}

export function removeEntry(doc: Y.Doc, id: string): void {
  doc.transact(() => conversationEntriesOf(doc).delete(id), LOCAL_ORIGIN);
}
