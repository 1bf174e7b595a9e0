/**
 * The plenary board (`<meetingId>/plenary`): the additions the facilitator approved, written by
 * the server alone and read by every screen (shared/docs.ts for names and the note boards).
 */
import * as Y from 'yjs';
import { LOCAL_ORIGIN } from './docs.js';

/** An approved addition as everyone sees it on the plenary board. */
export interface PlenaryAddition {
  id: string;
  /** Empty for "iets anders". */
  themeId: string;
  text: string;
  /** Itself plus the duplicates merged into it. */
  weight: number;
  approvedAt: number;
}

export function plenaryAdditionsOf(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>('additions');
}

/** Approved additions, newest first. Malformed entries are skipped. */
export function readPlenaryAdditions(doc: Y.Doc): PlenaryAddition[] {
  const result: PlenaryAddition[] = [];
  plenaryAdditionsOf(doc).forEach((map, id) => {
    if (!(map instanceof Y.Map)) return;
    const text = map.get('text');
    const themeId = map.get('themeId');
    if (typeof text !== 'string' || typeof themeId !== 'string') return;
    const weight = map.get('weight');
    const approvedAt = map.get('approvedAt');
    result.push({
      id,
      themeId,
      text,
      weight: typeof weight === 'number' ? weight : 1,
      approvedAt: typeof approvedAt === 'number' ? approvedAt : 0,
    });
  });
  return result.sort((a, b) => b.approvedAt - a.approvedAt || a.id.localeCompare(b.id));
}

/** Server side: shows (or updates) an approved addition on the plenary board. */
export function putPlenaryAddition(doc: Y.Doc, addition: PlenaryAddition): void {
  doc.transact(() => {
    const additions = plenaryAdditionsOf(doc);
    const map = additions.get(addition.id) ?? new Y.Map<unknown>();
    map.set('themeId', addition.themeId);
    map.set('text', addition.text);
    map.set('weight', addition.weight);
    map.set('approvedAt', addition.approvedAt);
    if (!additions.has(addition.id)) additions.set(addition.id, map);
  }, LOCAL_ORIGIN);
}

/** Server side: takes an addition off the plenary board. */
export function removePlenaryAddition(doc: Y.Doc, id: string): void {
  doc.transact(() => plenaryAdditionsOf(doc).delete(id), LOCAL_ORIGIN);
}
