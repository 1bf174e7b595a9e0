/**
 * The shape of the evening's analysis board, `<meetingId>/analysis`: step 3 of the method, where
 * the kopgroep and the adviser (the evening's Regie) sort the stories and quotes of the
 * small-group conversations into clusters, live on several screens, and turn a cluster into a
 * theme for the evening ('analysis:theme'). Declared once for the client's helpers and the
 * server's rules (server/collab/analysis-rules.ts).
 *
 * Two top-level `Y.Map`s, each value its own `Y.Map` of plain fields, so two people changing
 * different fields of one cluster or card both keep their change, and two people moving one card
 * at once end with one of the two clusters for it, the same on every screen:
 *
 * - `clusters`: clusterId → { name (≤ LIMITS.analysisClusterNameLength), x, y (0..1 fractions
 *   of the board), createdAt, themeId? (written by the server when "Maak thema" made a theme) }
 * - `cards`: cardKey → { cluster? (a cluster id; absent: not sorted yet), chosen? (this quote
 *   represents its cluster's theme), x?, y? (0..1, where the card lies while unsorted) }
 *
 * A card's text is not in the document: the board asks 'analysis:cards' for the entries of every
 * conversation and keys them `<conversationId>.<entryId>` (cardKey). A card without an entry
 * in the document is simply an unsorted card at its default place.
 */
import * as Y from 'yjs';
import { LIMITS } from './limits.js';
import { LOCAL_ORIGIN, isNoteId } from './docs.js';

export const ANALYSIS_CLUSTERS_KEY = 'clusters';
export const ANALYSIS_CARDS_KEY = 'cards';

export interface AnalysisCluster {
  id: string;
  name: string;
  x: number;
  y: number;
  createdAt: number;
  /** The last theme "Maak thema" made from this cluster, when one was made. */
  themeId?: string;
}

export interface AnalysisCard {
  key: string;
  /** The cluster it was sorted into; null while unsorted (or its cluster was removed). */
  cluster: string | null;
  chosen: boolean;
  x: number | null;
  y: number | null;
}

type FieldMap = Y.Map<unknown>;

export function analysisClustersOf(doc: Y.Doc): Y.Map<FieldMap> {
  return doc.getMap<FieldMap>(ANALYSIS_CLUSTERS_KEY);
}

export function analysisCardsOf(doc: Y.Doc): Y.Map<FieldMap> {
  return doc.getMap<FieldMap>(ANALYSIS_CARDS_KEY);
}

/** Whether `id` may name a cluster (the shape of a note's id). */
export const isClusterId = isNoteId;

const MEETING_SCOPED_ID = /^[A-Za-z0-9_-]{8,40}$/;

/** `<conversationId>.<entryId>`: one entry of one conversation. */
export function cardKey(conversationId: string, entryId: string): string {
  return `${conversationId}.${entryId}`;
}

/** Whether `key` names one entry of one conversation: two ids joined by a dot. */
export function isCardKey(key: string): boolean {
  const parts = key.split('.');
  return parts.length === 2 && MEETING_SCOPED_ID.test(parts[0] ?? '') && isNoteId(parts[1] ?? '');
}

/** The conversation and entry a card key names; null for anything else. */
export function parseCardKey(key: string): { conversationId: string; entryId: string } | null {
  if (!isCardKey(key)) return null;
  const [conversationId = '', entryId = ''] = key.split('.');
  return { conversationId, entryId };
}

const unit = (value: unknown): value is number =>
  typeof value === 'number' && value >= 0 && value <= 1;
const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isName = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= LIMITS.analysisClusterNameLength;
const isServerId = (value: unknown): value is string =>
  typeof value === 'string' && MEETING_SCOPED_ID.test(value);

/** What each field of a cluster may hold, exactly as the helpers below write it. */
const CLUSTER_FIELDS: Record<string, (value: unknown) => boolean> = {
  name: isName,
  x: unit,
  y: unit,
  createdAt: isTime,
  themeId: isServerId,
};

/** What each field of a card may hold. */
const CARD_FIELDS: Record<string, (value: unknown) => boolean> = {
  cluster: (value) => typeof value === 'string' && isClusterId(value),
  chosen: (value) => typeof value === 'boolean',
  x: unit,
  y: unit,
};

const checkField = (fields: Record<string, (value: unknown) => boolean>) =>
  function (key: string, value: unknown): boolean {
    // Own keys only: `constructor` must not find Object.prototype's function.
    const valid = Object.hasOwn(fields, key) ? fields[key] : undefined;
    return valid !== undefined && valid(value);
  };

/** Whether a peer may write `value` into field `key` of a cluster; the server checks every one. */
export const isCleanClusterField = checkField(CLUSTER_FIELDS);
/** Whether a peer may write `value` into field `key` of a card; the server checks every one. */
export const isCleanCardField = checkField(CARD_FIELDS);

/** Reads one cluster, tolerating a malformed one (null). */
export function readCluster(id: string, map: unknown): AnalysisCluster | null {
  if (!(map instanceof Y.Map) || !isClusterId(id)) return null;
  const name = map.get('name');
  const x = map.get('x');
  const y = map.get('y');
  const createdAt = map.get('createdAt');
  const themeId = map.get('themeId');
  return {
    id,
    name: isName(name) ? name : '',
    x: unit(x) ? x : 0,
    y: unit(y) ? y : 0,
    createdAt: isTime(createdAt) ? createdAt : 0,
    ...(isServerId(themeId) ? { themeId } : {}),
  };
}

/** Every readable cluster, oldest first. */
export function readClusters(doc: Y.Doc): AnalysisCluster[] {
  const clusters: AnalysisCluster[] = [];
  analysisClustersOf(doc).forEach((map, id) => {
    const cluster = readCluster(id, map);
    if (cluster) clusters.push(cluster);
  });
  return clusters.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

/** Reads one card; a card sorted into a cluster that no longer exists counts as unsorted. */
export function readCard(doc: Y.Doc, key: string, map: unknown): AnalysisCard | null {
  if (!(map instanceof Y.Map) || !isCardKey(key)) return null;
  const cluster = map.get('cluster');
  const x = map.get('x');
  const y = map.get('y');
  const sorted = typeof cluster === 'string' && analysisClustersOf(doc).has(cluster);
  return {
    key,
    cluster: sorted ? cluster : null,
    chosen: map.get('chosen') === true,
    x: unit(x) ? x : null,
    y: unit(y) ? y : null,
  };
}

/** Every readable card the board placed, sorted or not, by key (the same on every screen). */
export function readCards(doc: Y.Doc): AnalysisCard[] {
  const cards: AnalysisCard[] = [];
  analysisCardsOf(doc).forEach((map, key) => {
    const card = readCard(doc, key, map);
    if (card) cards.push(card);
  });
  return cards.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Adds a cluster; false when the name is too long, the id malformed or the board full. */
export function addCluster(
  doc: Y.Doc,
  cluster: Pick<AnalysisCluster, 'id' | 'name' | 'x' | 'y' | 'createdAt'>,
): boolean {
  const clusters = analysisClustersOf(doc);
  if (clusters.size >= LIMITS.analysisClusters || !isClusterId(cluster.id)) return false;
  if (!isName(cluster.name) || !unit(cluster.x) || !unit(cluster.y)) return false;
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    map.set('name', cluster.name);
    map.set('x', cluster.x);
    map.set('y', cluster.y);
    map.set('createdAt', cluster.createdAt);
    clusters.set(cluster.id, map);
  }, LOCAL_ORIGIN);
  return true;
}

/** Renames or moves a cluster; values that do not fit are ignored. */
export function updateCluster(
  doc: Y.Doc,
  id: string,
  change: Partial<Pick<AnalysisCluster, 'name' | 'x' | 'y'>>,
): void {
  const map = analysisClustersOf(doc).get(id);
  if (!map) return;
  doc.transact(() => {
    if (change.name !== undefined && isName(change.name)) map.set('name', change.name);
    if (change.x !== undefined && unit(change.x)) map.set('x', change.x);
    if (change.y !== undefined && unit(change.y)) map.set('y', change.y);
  }, LOCAL_ORIGIN);
}

/** Removes a cluster; its cards become unsorted (and lose "chosen") in the same change. */
export function removeCluster(doc: Y.Doc, id: string): void {
  doc.transact(() => {
    analysisCardsOf(doc).forEach((card) => {
      if (card.get('cluster') !== id) return;
      card.delete('cluster');
      card.delete('chosen');
    });
    analysisClustersOf(doc).delete(id);
  }, LOCAL_ORIGIN);
}

/** The map of one card, made when the board first touches it; null when the board is full. */
function cardMap(doc: Y.Doc, key: string): FieldMap | null {
  const cards = analysisCardsOf(doc);
  const existing = cards.get(key);
  if (existing) return existing;
  if (!isCardKey(key) || cards.size >= LIMITS.analysisCards) return null;
  const map = new Y.Map<unknown>();
  cards.set(key, map);
  return map;
}

/** Sorts a card into a cluster, or (null) back out of any; unsorting also drops "chosen". */
export function sortCard(doc: Y.Doc, key: string, cluster: string | null): boolean {
  if (cluster !== null && !isClusterId(cluster)) return false;
  let done = false;
  doc.transact(() => {
    const map = cardMap(doc, key);
    if (!map) return;
    if (cluster === null) {
      map.delete('cluster');
      map.delete('chosen');
    } else map.set('cluster', cluster);
    done = true;
  }, LOCAL_ORIGIN);
  return done;
}

/** Marks a card as one of the quotes its cluster's theme will carry, or not. */
export function chooseCard(doc: Y.Doc, key: string, chosen: boolean): boolean {
  let done = false;
  doc.transact(() => {
    const map = cardMap(doc, key);
    if (!map) return;
    map.set('chosen', chosen);
    done = true;
  }, LOCAL_ORIGIN);
  return done;
}

/** Where an unsorted card lies on the board (0..1 fractions). */
export function placeCard(doc: Y.Doc, key: string, x: number, y: number): boolean {
  if (!unit(x) || !unit(y)) return false;
  let done = false;
  doc.transact(() => {
    const map = cardMap(doc, key);
    if (!map) return;
    map.set('x', x);
    map.set('y', y);
    done = true;
  }, LOCAL_ORIGIN);
  return done;
}
