/**
 * The shape of a werkgroep's plan van aanpak, one Yjs document per werkgroep
 * (`<meetingId>/plan/<workingGroupId>`), written together by its members.
 *
 * The running text lives in one Y.XmlFragment per part, each edited by its own rich-text editor
 * (TipTap over y-prosemirror, so text sync is the binding's, not ours). Node names are TipTap's
 * StarterKit names (`paragraph`, `heading`, `bulletList`, `listItem`, `text`), so the server can
 * seed a template the editor understands. Structured parts are Yjs arrays of maps:
 * - `actions`: { id, what, who, due (YYYY-MM-DD or ''), status: ActionStatus }
 * - `sessions` (werkgroep meetings): { id, date (YYYY-MM-DD), present, decisions }
 *
 * Every row is its own `Y.Map`, so two members changing different fields of one row both keep
 * their change. Rows are read defensively: a member's browser is a peer, not a trusted source.
 */
import * as Y from 'yjs';
import { ACTION_STATUSES } from './model-follow-up.js';
import type { ActionStatus } from './model-follow-up.js';
import { LOCAL_ORIGIN } from './docs.js';
import { LIMITS } from './limits.js';

export const PLAN_TEXT_PARTS = ['goal', 'needed', 'planning', 'questions'] as const;
/** doel; wat is nodig (mensen, geld, ruimte, hulp van de gemeente); planning; open vragen. */
export type PlanTextPart = (typeof PLAN_TEXT_PARTS)[number];

/** Name of the Y.XmlFragment holding one text part. */
export const planFragmentName = (part: PlanTextPart): string => `text:${part}`;

export const PLAN_ACTIONS_KEY = 'actions';
export const PLAN_SESSIONS_KEY = 'sessions';

/** One row of the actions table: what, who, by when, how far. */
export interface PlanAction {
  id: string;
  what: string;
  who: string;
  /** 'YYYY-MM-DD', or '' when no date was set. */
  due: string;
  status: ActionStatus;
}

/** The short notes of one werkgroep meeting. */
export interface PlanSession {
  id: string;
  /** 'YYYY-MM-DD', or '' when no (valid) date was set. */
  date: string;
  /** Who came, in the members' own words. */
  present: string;
  decisions: string;
}

export type ActionChange = Partial<Omit<PlanAction, 'id'>>;
export type SessionChange = Partial<Omit<PlanSession, 'id'>>;

type Row = Y.Map<unknown>;

export function planActionsOf(doc: Y.Doc): Y.Array<Row> {
  return doc.getArray<Row>(PLAN_ACTIONS_KEY);
}

export function planSessionsOf(doc: Y.Doc): Y.Array<Row> {
  return doc.getArray<Row>(PLAN_SESSIONS_KEY);
}

/** The rich-text part `part` of a plan, for the editor binding. */
export function planFragmentOf(doc: Y.Doc, part: PlanTextPart): Y.XmlFragment {
  return doc.getXmlFragment(planFragmentName(part));
}

const ROW_ID = /^[A-Za-z0-9_-]{1,40}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date as 'YYYY-MM-DD', else '' (a browser's date input gives that format). */
export function cleanDate(value: unknown): string {
  if (typeof value !== 'string') return '';
  const match = DATE.exec(value);
  if (!match) return '';
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && year >= 1900 ? value : '';
}

const clip = (value: unknown, max: number): string =>
  typeof value === 'string' ? value.slice(0, max) : '';

const isStatus = (value: unknown): value is ActionStatus =>
  typeof value === 'string' && (ACTION_STATUSES as readonly string[]).includes(value);

/** How each field is cleaned, on the way in and on the way out alike. */
type Fields<T> = { [K in keyof T]-?: (value: unknown) => T[K] };

const ACTION_FIELDS: Fields<Omit<PlanAction, 'id'>> = {
  what: (value) => clip(value, LIMITS.planActionWhatLength),
  who: (value) => clip(value, LIMITS.planActionWhoLength),
  due: cleanDate,
  status: (value) => (isStatus(value) ? value : 'todo'),
};

const SESSION_FIELDS: Fields<Omit<PlanSession, 'id'>> = {
  date: cleanDate,
  present: (value) => clip(value, LIMITS.planSessionPresentLength),
  decisions: (value) => clip(value, LIMITS.planSessionDecisionsLength),
};

function readRow<T extends object>(entry: unknown, fields: Fields<T>): (T & { id: string }) | null {
  if (!(entry instanceof Y.Map)) return null;
  const id: unknown = entry.get('id');
  if (typeof id !== 'string' || !ROW_ID.test(id)) return null;
  const row: Record<string, unknown> = { id };
  for (const [key, clean] of Object.entries(fields) as [string, (value: unknown) => unknown][]) {
    row[key] = clean(entry.get(key));
  }
  return row as T & { id: string };
}

/** Readable rows in document order; a second row with an id already seen is skipped. */
function readRows<T extends object>(
  array: Y.Array<Row>,
  fields: Fields<T>,
): (T & { id: string })[] {
  const seen = new Set<string>();
  const rows: (T & { id: string })[] = [];
  for (const entry of array.toArray()) {
    const row = readRow(entry, fields);
    if (!row || seen.has(row.id)) continue;
    seen.add(row.id);
    rows.push(row);
  }
  return rows;
}

function rowIndex(array: Y.Array<Row>, id: string): number {
  return array.toArray().findIndex((entry) => entry instanceof Y.Map && entry.get('id') === id);
}

function writeFields<T extends object>(row: Row, change: Partial<T>, fields: Fields<T>): void {
  for (const [key, value] of Object.entries(change)) {
    const clean = (fields as Record<string, (value: unknown) => unknown>)[key];
    if (clean && value !== undefined) row.set(key, clean(value));
  }
}

function addRow<T extends object>(
  doc: Y.Doc,
  array: Y.Array<Row>,
  max: number,
  row: Partial<T> & { id: string },
  fields: Fields<T>,
  defaults: T,
): boolean {
  if (!ROW_ID.test(row.id) || array.length >= max || rowIndex(array, row.id) >= 0) return false;
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    map.set('id', row.id);
    writeFields(map, { ...defaults, ...row }, fields);
    array.push([map]);
  }, LOCAL_ORIGIN);
  return true;
}

function updateRow<T extends object>(
  doc: Y.Doc,
  array: Y.Array<Row>,
  id: string,
  change: Partial<T>,
  fields: Fields<T>,
): boolean {
  const index = rowIndex(array, id);
  const row = index >= 0 ? array.get(index) : null;
  if (!(row instanceof Y.Map)) return false;
  doc.transact(() => writeFields(row, change, fields), LOCAL_ORIGIN);
  return true;
}

function removeRow(doc: Y.Doc, array: Y.Array<Row>, id: string): boolean {
  const index = rowIndex(array, id);
  if (index < 0) return false;
  doc.transact(() => array.delete(index, 1), LOCAL_ORIGIN);
  return true;
}

// ---------- actions ----------

const NO_ACTION: Omit<PlanAction, 'id'> = { what: '', who: '', due: '', status: 'todo' };

/** The actions table, in the order the members made it. */
export function readActions(doc: Y.Doc): PlanAction[] {
  return readRows(planActionsOf(doc), ACTION_FIELDS);
}

/** Adds a row; false when the id is taken or malformed, or the table is full. */
export function addAction(doc: Y.Doc, action: ActionChange & { id: string }): boolean {
  const array = planActionsOf(doc);
  return addRow(doc, array, LIMITS.planActionsPerPlan, action, ACTION_FIELDS, NO_ACTION);
}

/** Changes the given fields of one row, leaving the others (someone else may be editing them). */
export function updateAction(doc: Y.Doc, id: string, change: ActionChange): boolean {
  return updateRow(doc, planActionsOf(doc), id, change, ACTION_FIELDS);
}

export function removeAction(doc: Y.Doc, id: string): boolean {
  return removeRow(doc, planActionsOf(doc), id);
}

// ---------- werkgroep meetings ----------

const NO_SESSION: Omit<PlanSession, 'id'> = { date: '', present: '', decisions: '' };

/** The werkgroep's meetings, in the order they were added. */
export function readSessions(doc: Y.Doc): PlanSession[] {
  return readRows(planSessionsOf(doc), SESSION_FIELDS);
}

export function addSession(doc: Y.Doc, session: SessionChange & { id: string }): boolean {
  const array = planSessionsOf(doc);
  return addRow(doc, array, LIMITS.planSessionsPerPlan, session, SESSION_FIELDS, NO_SESSION);
}

export function updateSession(doc: Y.Doc, id: string, change: SessionChange): boolean {
  return updateRow(doc, planSessionsOf(doc), id, change, SESSION_FIELDS);
}

export function removeSession(doc: Y.Doc, id: string): boolean {
  return removeRow(doc, planSessionsOf(doc), id);
}

// ---------- what a member may write ----------

const ROW_FIELDS = { [PLAN_ACTIONS_KEY]: ACTION_FIELDS, [PLAN_SESSIONS_KEY]: SESSION_FIELDS };

/**
 * Whether `value` may stand in field `key` of a row of `table` exactly as written: what the
 * helpers above would write themselves. The server checks every field a member's browser sends.
 */
export function isCleanRowField(table: string, key: string, value: unknown): boolean {
  // Own keys only: `constructor` or `toString` must not find Object.prototype's functions.
  if (!Object.hasOwn(ROW_FIELDS, table)) return false;
  const fields = (ROW_FIELDS as Record<string, Record<string, (value: unknown) => unknown>>)[table];
  if (key === 'id') return typeof value === 'string' && ROW_ID.test(value);
  const clean = Object.hasOwn(fields, key) ? fields[key] : undefined;
  return clean !== undefined && clean(value) === value;
}

/** Rows each table may hold. */
export const PLAN_ROWS_MAX: Record<string, number> = {
  [PLAN_ACTIONS_KEY]: LIMITS.planActionsPerPlan,
  [PLAN_SESSIONS_KEY]: LIMITS.planSessionsPerPlan,
};
