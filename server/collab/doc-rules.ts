import * as Y from 'yjs';
import { LIMITS } from '../../shared/limits.js';
import { isCleanNoteField, isNoteId, notesOf } from '../../shared/docs.js';
import type { DocKind } from '../../shared/docs.js';
import {
  PLAN_ACTIONS_KEY,
  PLAN_ROWS_MAX,
  PLAN_SESSIONS_KEY,
  PLAN_TEXT_PARTS,
  isCleanRowField,
  planActionsOf,
  planFragmentName,
  planFragmentOf,
  planSessionsOf,
} from '../../shared/plan-doc.js';
import {
  CONVERSATION_ENTRIES_KEY,
  CONVERSATION_META_KEY,
  conversationEntriesOf,
  conversationMetaOf,
  isCleanEntryField,
  isCleanMetaField,
  isEntryId,
} from '../../shared/conversation-doc.js';
import {
  ANALYSIS_CARDS_KEY,
  ANALYSIS_CLUSTERS_KEY,
  analysisCardsOf,
  analysisClustersOf,
  isCardKey,
  isCleanCardField,
  isCleanClusterField,
  isClusterId,
} from '../../shared/analysis-doc.js';

/**
 * What a client may write into one kind of document. The update gate applies a client's update
 * to a copy of the document first, then asks these rules about every item the update added,
 * where it landed (root, depth below the root, parent type, key) and what it holds.
 */
export interface DocRules {
  /** Creates the document's top-level types with their real types on a fresh copy. */
  prepare(doc: Y.Doc): void;
  /** Names of the top-level types a client may write into. */
  readonly roots: ReadonlySet<string>;
  /** Deepest a shared type may sit below its root (a note's map is at depth 1). */
  readonly maxDepth: number;
  /** Largest encoded size of the whole document. */
  readonly maxBytes: number;
  /**
   * Why `item`, at `depth` below its root `root`, may not be there; null when it may. `author` is
   * the writer's participant number (phones), null for anyone else.
   */
  checkItem(item: Y.Item, root: string, depth: number, author: number | null): string | null;
  /** Why the document as a whole is now over a count; null when it is not. */
  checkCounts(doc: Y.Doc): string | null;
}

/** Nesting of a plain value, counted only as deep as it matters; arrays and objects add one. */
export function valueDepth(value: unknown, limit: number = LIMITS.valueNestingDepth): number {
  if (value === null || typeof value !== 'object') return 0;
  if (limit <= 0) return 1;
  let deepest = 0;
  const children = Array.isArray(value) ? value : Object.values(value as object);
  for (const child of children) {
    deepest = Math.max(deepest, valueDepth(child, limit - 1));
    if (deepest >= limit) break;
  }
  return deepest + 1;
}

/** The one plain value an item holds, or `undefined` when it holds something else or several. */
function singleValue(item: Y.Item): unknown {
  const content = item.content;
  if (content instanceof Y.ContentAny && content.arr.length === 1) return content.arr[0];
  return undefined;
}

const isPrimitive = (value: unknown) =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value);

/**
 * A root map holding one map per record, each record's fields plain values: a board's notes, a
 * conversation's entries, the analysis board's clusters and cards. Judges one item of it.
 */
function checkRecord(
  item: Y.Item,
  depth: number,
  isKey: (key: string) => boolean,
  isCleanField: (key: string, value: unknown) => boolean,
): string | null {
  const key = item.parentSub;
  if (key === null) return 'list content in a map';
  if (depth === 0) {
    if (!isKey(key)) return `malformed key ${key}`;
    const content = item.content;
    return content instanceof Y.ContentType && content.type instanceof Y.Map
      ? null
      : `record ${key} is not a map`;
  }
  if (!(item.content instanceof Y.ContentAny)) return `field ${key} is not a plain value`;
  return isCleanField(key, singleValue(item)) ? null : `field ${key} not allowed`;
}

/** Note fields that say who changed or removed a note. */
const AUTHOR_FIELDS = new Set(['editedBy', 'removedBy']);

/** A note board: `notes` → one map per note → plain fields. Welcome board and table canvas. */
const boardRules: DocRules = {
  prepare: (doc) => void notesOf(doc),
  roots: new Set(['notes']),
  maxDepth: 1,
  maxBytes: LIMITS.docBytes.board,
  checkItem(item, _root, depth, author) {
    const refusal = checkRecord(item, depth, isNoteId, isCleanNoteField);
    if (refusal || depth === 0) return refusal;
    // "Aangepast door deelnemer 17" must be true: a phone signs changes with its own number only.
    const key = item.parentSub!;
    if (AUTHOR_FIELDS.has(key) && singleValue(item) !== author) {
      return `note field ${key} names someone else`;
    }
    return null;
  },
  checkCounts(doc) {
    return notesOf(doc).size > LIMITS.notesPerBoard ? 'too many notes' : null;
  },
};

/** Node names the plan's editor (TipTap's StarterKit as configured in plan-editor.ts) writes. */
const PLAN_NODES = new Set(['paragraph', 'heading', 'bulletList', 'orderedList', 'listItem']);
const PLAN_MARKS = new Set(['bold', 'italic', 'strike', 'underline']);
const ATTRIBUTE = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/;
const TEXT_ROOTS = new Set(PLAN_TEXT_PARTS.map(planFragmentName));

function checkPlanText(item: Y.Item, depth: number): string | null {
  const content = item.content;
  const parent = item.parent;
  if (item.parentSub !== null) {
    // An element's attribute, e.g. a heading's level.
    if (!(parent instanceof Y.XmlElement) || !ATTRIBUTE.test(item.parentSub)) {
      return 'attribute not allowed';
    }
    return content instanceof Y.ContentAny && isPrimitive(singleValue(item))
      ? null
      : 'attribute value not allowed';
  }
  if (parent instanceof Y.XmlText) {
    if (content instanceof Y.ContentString) return null;
    if (content instanceof Y.ContentFormat) {
      return PLAN_MARKS.has(content.key) && valueDepth(content.value) <= LIMITS.valueNestingDepth
        ? null
        : 'text format not allowed';
    }
    return 'text content not allowed';
  }
  if (!(content instanceof Y.ContentType)) return 'plain value inside the text';
  if (content.type instanceof Y.XmlText) return null;
  if (content.type instanceof Y.XmlElement && PLAN_NODES.has(content.type.nodeName)) {
    return depth < LIMITS.planNestingDepth ? null : 'text nested too deep';
  }
  return 'element not allowed';
}

function checkPlanRow(item: Y.Item, root: string, depth: number): string | null {
  if (depth === 0) {
    return item.parentSub === null &&
      item.content instanceof Y.ContentType &&
      item.content.type instanceof Y.Map
      ? null
      : 'a row that is not a map';
  }
  const key = item.parentSub;
  if (depth !== 1 || key === null) return 'row nested too deep';
  if (!(item.content instanceof Y.ContentAny)) return `row field ${key} is not a plain value`;
  return isCleanRowField(root, key, singleValue(item)) ? null : `row field ${key} not allowed`;
}

/** A werkgroep's plan van aanpak: rich-text parts plus two tables (shared/plan-doc.ts). */
const planRules: DocRules = {
  prepare(doc) {
    for (const part of PLAN_TEXT_PARTS) planFragmentOf(doc, part);
    planActionsOf(doc);
    planSessionsOf(doc);
  },
  roots: new Set([...TEXT_ROOTS, PLAN_ACTIONS_KEY, PLAN_SESSIONS_KEY]),
  maxDepth: LIMITS.planNestingDepth,
  maxBytes: LIMITS.docBytes.plan,
  checkItem(item, root, depth) {
    return TEXT_ROOTS.has(root) ? checkPlanText(item, depth) : checkPlanRow(item, root, depth);
  },
  checkCounts(doc) {
    for (const key of [PLAN_ACTIONS_KEY, PLAN_SESSIONS_KEY]) {
      if (doc.getArray(key).length > PLAN_ROWS_MAX[key]) return `too many rows in ${key}`;
    }
    return null;
  },
};

/**
 * A small-group conversation's record: `entries` → one map per entry → plain fields, and `meta`
 * → plain fields (shared/conversation-doc.ts). Speakers are numbers; the fields' own checks keep
 * texts, kinds and counts within what the gespreksleider's screen writes.
 */
const conversationRules: DocRules = {
  prepare(doc) {
    conversationEntriesOf(doc);
    conversationMetaOf(doc);
  },
  roots: new Set([CONVERSATION_ENTRIES_KEY, CONVERSATION_META_KEY]),
  maxDepth: 1,
  maxBytes: LIMITS.docBytes.board,
  checkItem(item, root, depth) {
    if (root !== CONVERSATION_META_KEY) {
      return checkRecord(item, depth, isEntryId, isCleanEntryField);
    }
    const key = item.parentSub;
    if (key === null || depth !== 0 || !(item.content instanceof Y.ContentAny))
      return 'meta nested';
    return isCleanMetaField(key, singleValue(item)) ? null : `meta field ${key} not allowed`;
  },
  checkCounts(doc) {
    return conversationEntriesOf(doc).size > LIMITS.conversationEntries ? 'too many entries' : null;
  },
};

/**
 * The evening's analysis board: `clusters` → one map per cluster, `cards` → one map per card
 * (`<conversationId>.<entryId>`) → plain fields (shared/analysis-doc.ts). No text of a story is
 * in it: only names of clusters and where the cards lie.
 */
const analysisRules: DocRules = {
  prepare(doc) {
    analysisClustersOf(doc);
    analysisCardsOf(doc);
  },
  roots: new Set([ANALYSIS_CLUSTERS_KEY, ANALYSIS_CARDS_KEY]),
  maxDepth: 1,
  maxBytes: LIMITS.docBytes.analysis,
  checkItem(item, root, depth) {
    return root === ANALYSIS_CLUSTERS_KEY
      ? checkRecord(item, depth, isClusterId, isCleanClusterField)
      : checkRecord(item, depth, isCardKey, isCleanCardField);
  },
  checkCounts(doc) {
    if (analysisClustersOf(doc).size > LIMITS.analysisClusters) return 'too many clusters';
    return analysisCardsOf(doc).size > LIMITS.analysisCards ? 'too many cards' : null;
  },
};

/** Written by the server alone (approved additions): no client writes anything into it. */
const serverOnlyRules: DocRules = {
  prepare: () => undefined,
  roots: new Set(),
  maxDepth: 0,
  maxBytes: 0,
  checkItem: () => 'this document is written by the server only',
  checkCounts: () => null,
};

export const DOC_RULES: Record<DocKind, DocRules> = {
  welcome: boardRules,
  canvas: boardRules,
  plan: planRules,
  conversation: conversationRules,
  analysis: analysisRules,
  plenary: serverOnlyRules,
};
