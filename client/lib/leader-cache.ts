/**
 * What a gespreksleider's screen shows above the record (group, place, date, question) and the
 * document's name, kept on the device per link. A village hall may have no wifi: the page opened
 * there again must still show the conversation and what was written in it, and a link that was
 * revoked in the meantime must still find the text on this device. The key is a hash of the
 * token, so the token itself is not written down again. Framework-free, tested without a browser.
 */
import type { ConversationForLeader } from '../../shared/model-conversations.js';
import type { PendingStore } from './stored-notes.js';

/** FNV-1a, 32 bits, twice with different seeds: a key, not a secret. */
function hash(text: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** @example leaderKey('abc').startsWith('buurtkracht.conversation-leader.') */
export function leaderKey(token: string): string {
  return `buurtkracht.conversation-leader.${hash(token, 0x811c9dc5)}${hash(token, 0x1b873593)}`;
}

const FIELDS = ['id', 'meetingName', 'group', 'place', 'date', 'time', 'question', 'docName'];

function parse(raw: string | null): ConversationForLeader | null {
  try {
    const value: unknown = JSON.parse(raw ?? 'null');
    if (!value || typeof value !== 'object') return null;
    const record = value as Record<string, unknown>;
    if (!FIELDS.every((field) => typeof record[field] === 'string')) return null;
    return value as ConversationForLeader;
  } catch {
    return null;
  }
}

export function loadLeaderView(
  storage: PendingStore | null,
  token: string,
): ConversationForLeader | null {
  return parse(storage?.getItem(leaderKey(token)) ?? null);
}

export function saveLeaderView(
  storage: PendingStore | null,
  token: string,
  view: ConversationForLeader,
): void {
  try {
    storage?.setItem(leaderKey(token), JSON.stringify(view));
  } catch {
    // Without storage the page still works while it has a connection.
  }
}
