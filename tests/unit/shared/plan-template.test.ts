/**
 * The first version of a plan van aanpak, seeded from the tables' canvases: the node names are
 * TipTap StarterKit's, so the editor opens it as written (checked by reading it back through
 * the same binding and schema the editor uses).
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getSchema } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { addNote, readNotes } from '../../../shared/docs.js';
import type { CanvasSection } from '../../../shared/model.js';
import { PLAN_TEXT_PARTS, planFragmentName } from '../../../shared/plan-doc.js';
import type { PlanTextPart } from '../../../shared/plan-doc.js';
import { NEEDED_PROMPTS, dutchDate, seedPlan } from '../../../shared/plan-template.js';
import type { PlanSeed } from '../../../shared/plan-template.js';

const schema = getSchema([StarterKit]);

/** A table's canvas with notes under the three questions, as phones write it. */
function canvas(notes: [CanvasSection, string][]): Y.Doc {
  const doc = new Y.Doc();
  notes.forEach(([section, text], index) =>
    addNote(doc, { id: `note${index}`, text, x: 0.5, y: 0.5, createdAt: index, section }),
  );
  return doc;
}

/** The seed the server builds: every table's notes per question, in table order. */
function seedFrom(date: string, canvases: Y.Doc[]): PlanSeed {
  const seed: PlanSeed = { meetingDate: date, how: [], needs: [], helpers: [] };
  for (const doc of canvases) for (const note of readNotes(doc)) seed[note.section].push(note.text);
  return seed;
}

type Json = { type: string; attrs?: object; text?: string; content?: Json[] };

/** One part of the plan as the editor would load it; fails when the schema refuses it. */
function part(doc: Y.Doc, name: PlanTextPart): Json[] {
  const node = yXmlFragmentToProseMirrorRootNode(
    doc.getXmlFragment(planFragmentName(name)),
    schema,
  );
  node.check();
  return (node.toJSON() as Json).content ?? [];
}

const p = (text?: string): Json =>
  text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' };
const bullets = (...texts: string[]): Json => ({
  type: 'bulletList',
  content: texts.map((text) => ({ type: 'listItem', content: [p(text)] })),
});

describe('the plan van aanpak template', () => {
  const tables = [
    canvas([
      ['how', 'Drempels bij de school'],
      ['needs', 'Geld van de gemeente'],
      ['helpers', 'Twee ouders van groep 8'],
      ['how', '  '],
    ]),
    canvas([
      ['how', 'Een 30 km-zone in de hele wijk'],
      ['needs', 'Een zaal om te vergaderen'],
      ['helpers', 'De buurtvereniging'],
    ]),
  ];

  it('carries the answers of every table into the goal and what is needed, in TipTap nodes', () => {
    const plan = new Y.Doc();
    expect(seedPlan(plan, seedFrom('2026-12-01', tables))).toBe(true);

    expect(part(plan, 'goal')).toEqual([
      p('Uit de bijeenkomst van 1 december 2026: hoe kunnen we dit realiseren?'),
      bullets('Drempels bij de school', 'Een 30 km-zone in de hele wijk'),
      p(),
    ]);
    expect(part(plan, 'needed')).toEqual([
      p('Wat er nodig is, volgens de tafels:'),
      bullets('Geld van de gemeente', 'Een zaal om te vergaderen'),
      p('Mensen:'),
      p('Geld:'),
      p('Ruimte:'),
      p('Hulp van de gemeente:'),
      p('Wie wilde helpen:'),
      bullets('Twee ouders van groep 8', 'De buurtvereniging'),
    ]);
    expect(part(plan, 'planning')).toEqual([p()]);
    expect(part(plan, 'questions')).toEqual([p()]);
  });

  it('writes Yjs XML elements with the exact StarterKit node names', () => {
    const plan = new Y.Doc();
    seedPlan(plan, seedFrom('2026-12-01', tables));
    const goal = plan.getXmlFragment(planFragmentName('goal')).toArray();
    expect(goal.map((node) => (node as Y.XmlElement).nodeName)).toEqual([
      'paragraph',
      'bulletList',
      'paragraph',
    ]);
    const item = (goal[1] as Y.XmlElement).get(0) as Y.XmlElement;
    expect(item.nodeName).toBe('listItem');
    const paragraph = item.get(0) as Y.XmlElement;
    expect(paragraph.nodeName).toBe('paragraph');
    expect(paragraph.get(0)).toBeInstanceOf(Y.XmlText);
    expect(paragraph.get(0).toString()).toBe('Drempels bij de school');
  });

  it('keeps the prompts but leaves out empty lists when the tables wrote nothing', () => {
    const plan = new Y.Doc();
    seedPlan(plan, seedFrom('2026-03-09', [canvas([])]));
    expect(part(plan, 'goal')).toEqual([
      p('Uit de bijeenkomst van 9 maart 2026: hoe kunnen we dit realiseren?'),
      p(),
    ]);
    expect(part(plan, 'needed')).toEqual(NEEDED_PROMPTS.map((prompt) => p(prompt)));
  });

  it('never writes over a plan that already has text', () => {
    const plan = new Y.Doc();
    seedPlan(plan, seedFrom('2026-12-01', tables));
    const before = Y.encodeStateAsUpdate(plan);
    expect(seedPlan(plan, seedFrom('2026-12-01', tables))).toBe(false);
    expect(Y.encodeStateAsUpdate(plan)).toEqual(before);
    for (const name of PLAN_TEXT_PARTS) expect(part(plan, name).length).toBeGreaterThan(0);
  });

  it('writes dates as people say them', () => {
    expect(dutchDate('2026-12-01')).toBe('1 december 2026');
    expect(dutchDate('2027-01-15')).toBe('15 januari 2027');
    expect(dutchDate('morgen')).toBe('morgen');
  });
});
