import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LIMITS } from '../../../shared/limits.js';
import { LOCAL_ORIGIN } from '../../../shared/docs.js';
import {
  PLAN_TEXT_PARTS,
  addAction,
  addSession,
  cleanDate,
  planActionsOf,
  planFragmentName,
  planFragmentOf,
  planSessionsOf,
  readActions,
  readSessions,
  removeAction,
  removeSession,
  updateAction,
  updateSession,
} from '../../../shared/plan-doc.js';

/** Sends everything each doc has that the other lacks, both ways. */
function sync(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB);
  Y.applyUpdate(a, toA);
}

/** A row as a peer might have written it, bypassing the helpers. */
function rawRow(entries: Record<string, unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(entries)) map.set(key, value);
  return map;
}

describe('plan text parts', () => {
  it('names one fragment per part, distinct from the structured parts', () => {
    const names = PLAN_TEXT_PARTS.map(planFragmentName);
    expect(new Set(names).size).toBe(4);
    expect(names).toContain('text:goal');
    const doc = new Y.Doc();
    expect(planFragmentOf(doc, 'goal')).toBe(doc.getXmlFragment('text:goal'));
  });
});

describe('cleanDate', () => {
  it('keeps real calendar dates and drops anything else', () => {
    expect(cleanDate('2027-03-01')).toBe('2027-03-01');
    expect(cleanDate('2028-02-29')).toBe('2028-02-29');
    expect(cleanDate('2027-02-29')).toBe('');
    expect(cleanDate('2027-13-01')).toBe('');
    expect(cleanDate('1-3-2027')).toBe('');
    expect(cleanDate('')).toBe('');
    expect(cleanDate(20270301)).toBe('');
    expect(cleanDate(null)).toBe('');
  });
});

describe('actions', () => {
  it('adds a row with defaults and reads it back', () => {
    const doc = new Y.Doc();
    expect(addAction(doc, { id: 'a1', what: 'Bewoners vragen' })).toBe(true);
    expect(readActions(doc)).toEqual([
      { id: 'a1', what: 'Bewoners vragen', who: '', due: '', status: 'todo' },
    ]);
  });

  it('keeps the order rows were added in', () => {
    const doc = new Y.Doc();
    for (const id of ['c', 'a', 'b']) addAction(doc, { id, what: id });
    expect(readActions(doc).map((action) => action.id)).toEqual(['c', 'a', 'b']);
  });

  it('refuses a taken or malformed id and a full table', () => {
    const doc = new Y.Doc();
    expect(addAction(doc, { id: 'a1' })).toBe(true);
    expect(addAction(doc, { id: 'a1', what: 'again' })).toBe(false);
    expect(addAction(doc, { id: 'no spaces' })).toBe(false);
    for (let i = 1; i < LIMITS.planActionsPerPlan; i++) addAction(doc, { id: `x${i}` });
    expect(readActions(doc)).toHaveLength(LIMITS.planActionsPerPlan);
    expect(addAction(doc, { id: 'one-too-many' })).toBe(false);
  });

  it('cleans what it writes: long text cut, bad dates and statuses dropped', () => {
    const doc = new Y.Doc();
    addAction(doc, {
      id: 'a1',
      what: 'w'.repeat(LIMITS.planActionWhatLength + 50),
      who: 'p'.repeat(LIMITS.planActionWhoLength + 50),
      due: '31-12-2027',
      status: 'finished' as 'done',
    });
    const [action] = readActions(doc);
    expect(action.what).toHaveLength(LIMITS.planActionWhatLength);
    expect(action.who).toHaveLength(LIMITS.planActionWhoLength);
    expect(action.due).toBe('');
    expect(action.status).toBe('todo');
  });

  it('updates only the fields given, so two members editing one row keep both changes', () => {
    const anne = new Y.Doc();
    const piet = new Y.Doc();
    addAction(anne, { id: 'a1', what: 'Flyer maken' });
    sync(anne, piet);
    updateAction(anne, 'a1', { who: 'Anne' });
    updateAction(piet, 'a1', { due: '2027-04-01', status: 'doing' });
    sync(anne, piet);
    const expected = {
      id: 'a1',
      what: 'Flyer maken',
      who: 'Anne',
      due: '2027-04-01',
      status: 'doing',
    };
    expect(readActions(anne)).toEqual([expected]);
    expect(readActions(piet)).toEqual([expected]);
  });

  it('says so when the row is gone, and removes rows by id', () => {
    const doc = new Y.Doc();
    addAction(doc, { id: 'a1' });
    addAction(doc, { id: 'a2' });
    expect(updateAction(doc, 'missing', { what: 'x' })).toBe(false);
    expect(removeAction(doc, 'a1')).toBe(true);
    expect(removeAction(doc, 'a1')).toBe(false);
    expect(readActions(doc).map((action) => action.id)).toEqual(['a2']);
  });

  it('marks its transactions as local', () => {
    const doc = new Y.Doc();
    planActionsOf(doc); // the root type itself comes into being in a transaction of its own
    const origins: unknown[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
    addAction(doc, { id: 'a1' });
    updateAction(doc, 'a1', { what: 'x' });
    removeAction(doc, 'a1');
    expect(origins).toEqual([LOCAL_ORIGIN, LOCAL_ORIGIN, LOCAL_ORIGIN]);
  });

  it('tolerates malformed rows from a peer instead of trusting them', () => {
    const doc = new Y.Doc();
    const array = planActionsOf(doc) as unknown as Y.Array<unknown>;
    array.push([
      'not a map',
      42,
      rawRow({ what: 'no id' }),
      rawRow({ id: 'has/slash', what: 'bad id' }),
      rawRow({ id: 'ok1', what: 7, who: ['x'], due: '2027-02-30', status: 'DONE' }),
      rawRow({ id: 'ok2', what: 'fine', who: 'Piet', due: '2027-05-01', status: 'done' }),
      rawRow({ id: 'ok2', what: 'duplicate' }),
    ]);
    expect(readActions(doc)).toEqual([
      { id: 'ok1', what: '', who: '', due: '', status: 'todo' },
      { id: 'ok2', what: 'fine', who: 'Piet', due: '2027-05-01', status: 'done' },
    ]);
  });
});

describe('werkgroep meetings', () => {
  it('adds, edits and removes a meeting', () => {
    const doc = new Y.Doc();
    expect(addSession(doc, { id: 's1', date: '2027-01-15' })).toBe(true);
    expect(updateSession(doc, 's1', { present: 'Ans, Piet, Fatima', decisions: 'Flyer maken' }));
    expect(readSessions(doc)).toEqual([
      { id: 's1', date: '2027-01-15', present: 'Ans, Piet, Fatima', decisions: 'Flyer maken' },
    ]);
    expect(removeSession(doc, 's1')).toBe(true);
    expect(readSessions(doc)).toEqual([]);
  });

  it('caps its texts and the number of meetings', () => {
    const doc = new Y.Doc();
    addSession(doc, {
      id: 's1',
      present: 'p'.repeat(LIMITS.planSessionPresentLength + 1),
      decisions: 'd'.repeat(LIMITS.planSessionDecisionsLength + 1),
    });
    const [session] = readSessions(doc);
    expect(session.present).toHaveLength(LIMITS.planSessionPresentLength);
    expect(session.decisions).toHaveLength(LIMITS.planSessionDecisionsLength);
    for (let i = 1; i < LIMITS.planSessionsPerPlan; i++) addSession(doc, { id: `s${i + 1}` });
    expect(addSession(doc, { id: 'late' })).toBe(false);
  });

  it('tolerates malformed meetings from a peer', () => {
    const doc = new Y.Doc();
    const array = planSessionsOf(doc) as unknown as Y.Array<unknown>;
    array.push([null, rawRow({ id: 's1', date: 'gisteren', present: 3, decisions: 'Besluit' })]);
    expect(readSessions(doc)).toEqual([{ id: 's1', date: '', present: '', decisions: 'Besluit' }]);
  });
});
