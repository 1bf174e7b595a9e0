import * as Y from 'yjs';
import type { PlanSnapshot, RichNode } from '../../shared/model.js';
import { notesOf } from '../../shared/docs.js';
import { conversationEntriesOf } from '../../shared/conversation-doc.js';
import { plenaryAdditionsOf } from '../../shared/plenary-doc.js';
import { addMonths } from './signup-rules.js';
import { redact } from './redact.js';
import type { FlagFinder } from './themes.js';

/** What a person's name is replaced with where the name itself has to go: the anonymiser's word. */
export const NAME_REMOVED = '[naam]';

/**
 * The moment a meeting's data of one kind reaches the end of its retention: `months` calendar
 * months after the start (UTC) of the meeting's date.
 * @example retentionEndOfMeeting('2026-12-01', 3) === Date.UTC(2027, 2, 1)
 */
export function retentionEndOfMeeting(date: string, months: number): number {
  const [year, month, day] = date.split('-').map(Number);
  return addMonths(Date.UTC(year, month - 1, day), months);
}

/**
 * The latest moment a record may have been made (or revoked, or last reviewed) and have reached
 * its retention end by `now`: `months` calendar months back.
 */
export function retentionCutoff(now: number, months: number): number {
  return addMonths(now, -months);
}

/** Runs `edit` over every string in a Y.Map field; counts the maps whose text changed. */
function rewriteTexts(
  maps: Y.Map<Y.Map<unknown>>,
  field: string,
  edit: (text: string) => string,
): number {
  let changed = 0;
  maps.forEach((map) => {
    if (!(map instanceof Y.Map)) return;
    const text = map.get(field);
    if (typeof text !== 'string') return;
    const next = edit(text);
    if (next !== text) {
      map.set(field, next);
      changed++;
    }
  });
  return changed;
}

/**
 * Redacts every note of a canvas in place, as the results and the verslag already show them.
 * Run in one transaction; with garbage collection on (the default) the old text is dropped from
 * the document, so a snapshot written afterwards no longer holds it.
 */
export function redactCanvasNotes(doc: Y.Doc, find: FlagFinder): number {
  let changed = 0;
  doc.transact(() => {
    changed = rewriteTexts(notesOf(doc), 'text', (text) => redact(text, find));
  });
  return changed;
}

/**
 * Anonymises a small-group conversation's record in place: its stories and quotes pass the
 * anonymiser, and the names residents gave with an offer (with their consent, for the
 * werkgroepen) go. One transaction, so the old texts leave the document with the compaction.
 */
export function redactConversation(doc: Y.Doc, find: FlagFinder): number {
  let changed = 0;
  doc.transact(() => {
    const entries = conversationEntriesOf(doc);
    changed = rewriteTexts(entries, 'text', (text) => redact(text, find));
    entries.forEach((map) => {
      if (!(map instanceof Y.Map) || !map.has('name')) return;
      map.delete('name');
      changed++;
    });
  });
  return changed;
}

/** Sets the text of approved additions on the plenary board, by addition id. */
export function rewritePlenaryTexts(doc: Y.Doc, texts: ReadonlyMap<string, string>): number {
  let changed = 0;
  doc.transact(() => {
    plenaryAdditionsOf(doc).forEach((map, id) => {
      const text = texts.get(id);
      if (map instanceof Y.Map && text !== undefined && map.get('text') !== text) {
        map.set('text', text);
        changed++;
      }
    });
  });
  return changed;
}

function redactNode(node: RichNode, find: FlagFinder): RichNode {
  const next: RichNode = { ...node };
  if (typeof node.text === 'string') next.text = redact(node.text, find);
  if (node.content) next.content = node.content.map((child) => redactNode(child, find));
  return next;
}

/**
 * A plan as presented, without the people in it: every text passes the anonymiser and the
 * "who" of each action, a name by nature, is replaced whole.
 */
export function redactPlanSnapshot(snapshot: PlanSnapshot, find: FlagFinder): PlanSnapshot {
  const parts = Object.fromEntries(
    Object.entries(snapshot.parts).map(([part, nodes]) => [
      part,
      nodes.map((node) => redactNode(node, find)),
    ]),
  ) as PlanSnapshot['parts'];
  const actions = snapshot.actions.map((action) => ({
    ...action,
    what: redact(action.what, find),
    who: action.who.trim() === '' ? action.who : NAME_REMOVED,
  }));
  return { ...snapshot, parts, actions };
}
