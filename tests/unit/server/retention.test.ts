import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../../shared/anonymise.js';
import { addNote, readNotes } from '../../../shared/docs.js';
import { putPlenaryAddition, readPlenaryAdditions } from '../../../shared/plenary-doc.js';
import { RETENTION_DEFAULTS, RETENTION_KINDS } from '../../../shared/model.js';
import type { PlanSnapshot } from '../../../shared/model.js';
import { readConfig } from '../../../server/config.js';
import {
  NAME_REMOVED,
  redactCanvasNotes,
  redactPlanSnapshot,
  retentionCutoff,
  retentionEndOfMeeting,
  rewritePlenaryTexts,
} from '../../../server/domain/retention.js';

const bytesOf = (doc: Y.Doc) => Buffer.from(Y.encodeStateAsUpdate(doc));

describe('when a retention period ends', () => {
  it('counts calendar months from the start of the meeting’s date', () => {
    expect(retentionEndOfMeeting('2026-12-01', 3)).toBe(Date.UTC(2027, 2, 1));
    expect(retentionEndOfMeeting('2026-12-01', 1)).toBe(Date.UTC(2027, 0, 1));
    // The 31st plus one month is the last day of a shorter month.
    expect(retentionEndOfMeeting('2027-01-31', 1)).toBe(Date.UTC(2027, 1, 28));
  });

  it('gives the latest moment a record may date from to have passed its period now', () => {
    expect(retentionCutoff(Date.UTC(2027, 5, 1, 20, 0), 6)).toBe(Date.UTC(2026, 11, 1, 20, 0));
    expect(retentionCutoff(Date.UTC(2027, 2, 31, 9), 1)).toBe(Date.UTC(2027, 1, 28, 9));
  });
});

describe('redacting a canvas in place', () => {
  it('runs the anonymiser over every note and leaves the old text nowhere in the document', () => {
    const doc = new Y.Doc();
    addNote(doc, { id: 'n1', text: 'Bel Kees op 06 12345678', x: 0, y: 0, createdAt: 1 });
    addNote(doc, { id: 'n2', text: 'Drempels bij de school', x: 0, y: 0, createdAt: 2 });
    expect(bytesOf(doc).includes('06 12345678')).toBe(true);

    expect(redactCanvasNotes(doc, findPersonalData)).toBe(1);
    expect(readNotes(doc).map((note) => note.text)).toEqual([
      'Bel [naam] op [telefoonnummer]',
      'Drempels bij de school',
    ]);
    // Garbage collection dropped the replaced text: a snapshot no longer carries it.
    const snapshot = bytesOf(doc);
    expect(snapshot.includes('06 12345678')).toBe(false);
    expect(snapshot.includes('Kees')).toBe(false);
    // A second run changes nothing.
    expect(redactCanvasNotes(doc, findPersonalData)).toBe(0);
  });

  it('sets the text of approved additions on the plenary board by id, and only those', () => {
    const doc = new Y.Doc();
    const shown = { themeId: 't1', weight: 1, approvedAt: 1 };
    putPlenaryAddition(doc, { ...shown, id: 'a1', text: 'Vraag Kees Zeilstra' });
    putPlenaryAddition(doc, { ...shown, id: 'a2', text: 'Meer bankjes' });
    const texts = new Map([
      ['a1', 'Vraag [naam]'],
      ['a2', 'Meer bankjes'],
    ]);
    expect(rewritePlenaryTexts(doc, texts)).toBe(1);
    expect(readPlenaryAdditions(doc).map((a) => a.text)).toEqual(['Vraag [naam]', 'Meer bankjes']);
    expect(bytesOf(doc).includes('Zeilstra')).toBe(false);
  });
});

describe('redacting a plan snapshot', () => {
  const snapshot: PlanSnapshot = {
    meetingId: 'm1',
    workingGroupId: 'wg1',
    title: 'Verkeer',
    takenAt: 1,
    parts: {
      goal: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Klaas Vaak belt 06 24681357', marks: [{ type: 'bold' }] },
          ],
        },
      ],
    } as PlanSnapshot['parts'],
    actions: [
      { what: 'Brief aan de gemeente', who: 'Riet', due: '2027-03-01', status: 'todo' },
      { what: 'Mail naar riet@example.nl', who: '', due: '', status: 'todo' },
    ] as PlanSnapshot['actions'],
  };

  it('anonymises every text, replaces the “who” of an action and keeps the rest', () => {
    const redacted = redactPlanSnapshot(snapshot, findPersonalData);
    expect(redacted.parts.goal).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: '[naam] belt [telefoonnummer]', marks: [{ type: 'bold' }] },
        ],
      },
    ]);
    expect(redacted.actions.map(({ what, who }) => [what, who])).toEqual([
      ['Brief aan de gemeente', NAME_REMOVED],
      ['Mail naar [e-mailadres]', ''],
    ]);
    expect(redacted.title).toBe('Verkeer');
    // The snapshot it came from is left as it was.
    expect(snapshot.actions[0].who).toBe('Riet');
  });
});

describe('the retention settings', () => {
  const variables = {
    signups: 'SIGNUP_RETENTION_MONTHS',
    notes: 'NOTE_RETENTION_MONTHS',
    additions: 'ADDITION_RETENTION_MONTHS',
    displayNames: 'DISPLAY_NAME_RETENTION_MONTHS',
    coreGroup: 'CORE_GROUP_RETENTION_MONTHS',
    agreementOwners: 'AGREEMENT_OWNER_RETENTION_MONTHS',
    planSnapshots: 'PLAN_SNAPSHOT_RETENTION_MONTHS',
    conversations: 'CONVERSATION_RETENTION_MONTHS',
  } as const;

  it('has a variable for every kind, with its default', () => {
    expect(Object.keys(variables).sort()).toEqual([...RETENTION_KINDS].sort());
    expect(readConfig({}, {}).retention).toEqual(RETENTION_DEFAULTS);
    for (const kind of RETENTION_KINDS) {
      const config = readConfig({ [variables[kind]]: '7' }, {});
      expect(config.retention).toEqual({ ...RETENTION_DEFAULTS, [kind]: 7 });
    }
    expect(readConfig({ SIGNUP_RETENTION_MONTHS: '7' }, {}).signupRetentionMonths).toBe(7);
  });

  it('takes 1 to 120 whole months and names the variable when a value is wrong', () => {
    for (const name of Object.values(variables)) {
      expect(readConfig({ [name]: '1' }, {}).retention).toBeDefined();
      expect(readConfig({ [name]: '120' }, {}).retention).toBeDefined();
      for (const value of ['0', '121', '-1', '2.5', 'drie', '']) {
        expect(() => readConfig({ [name]: value }, {}), `${name}=${value}`).toThrow(
          new RegExp(name),
        );
      }
    }
  });
});
