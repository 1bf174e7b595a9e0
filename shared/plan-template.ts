/**
 * The first version of a werkgroep's plan van aanpak, carried over from the evening: what the
 * tables of its theme answered to the three questions. Written once, by the server, when the
 * werkgroep is started; from then on the plan is the members' own text.
 *
 * Nodes use TipTap StarterKit names (shared/plan-doc.ts), so the editor opens them as written.
 * The texts are document content in the meeting's language (Dutch), not interface text: the
 * members edit them like anything else they wrote.
 */
import * as Y from 'yjs';
import { PLAN_TEXT_PARTS, planFragmentName } from './plan-doc.js';

/** What the tables of one theme wrote, per question, already redacted by the caller. */
export interface PlanSeed {
  /** The evening's date, YYYY-MM-DD. */
  meetingDate: string;
  how: string[];
  needs: string[];
  helpers: string[];
}

const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** @example dutchDate('2026-12-01') === '1 december 2026'; anything else is returned as is. */
export function dutchDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return date;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/** The prompts under "what is needed", one paragraph each for the members to fill in. */
export const NEEDED_PROMPTS = ['Mensen:', 'Geld:', 'Ruimte:', 'Hulp van de gemeente:'] as const;

function paragraph(text = ''): Y.XmlElement {
  const element = new Y.XmlElement('paragraph');
  if (text) element.insert(0, [new Y.XmlText(text)]);
  return element;
}

function bulletList(items: string[]): Y.XmlElement {
  const list = new Y.XmlElement('bulletList');
  list.insert(
    0,
    items.map((text) => {
      const item = new Y.XmlElement('listItem');
      item.insert(0, [paragraph(text)]);
      return item;
    }),
  );
  return list;
}

/** A heading-less introduction followed by the notes as bullets; no list when there are none. */
function introWithBullets(intro: string, items: string[]): Y.XmlElement[] {
  return items.length > 0 ? [paragraph(intro), bulletList(items)] : [paragraph(intro)];
}

const clean = (texts: string[]) => texts.map((text) => text.trim()).filter(Boolean);

/** The nodes of each text part; exported for the tests' expectations. */
export function planTemplate(
  seed: PlanSeed,
): Record<(typeof PLAN_TEXT_PARTS)[number], Y.XmlElement[]> {
  const helpers = clean(seed.helpers);
  return {
    goal: [
      ...introWithBullets(
        `Uit de bijeenkomst van ${dutchDate(seed.meetingDate)}: hoe kunnen we dit realiseren?`,
        clean(seed.how),
      ),
      paragraph(),
    ],
    needed: [
      ...(clean(seed.needs).length > 0
        ? introWithBullets('Wat er nodig is, volgens de tafels:', clean(seed.needs))
        : []),
      ...NEEDED_PROMPTS.map((prompt) => paragraph(prompt)),
      ...(helpers.length > 0 ? introWithBullets('Wie wilde helpen:', helpers) : []),
    ],
    planning: [paragraph()],
    questions: [paragraph()],
  };
}

/**
 * Writes the template into an empty plan document, in one transaction. A plan that already has
 * text is left alone (resolves false), so seeding twice never duplicates or overwrites.
 */
export function seedPlan(doc: Y.Doc, seed: PlanSeed, origin: unknown = null): boolean {
  const fragments = PLAN_TEXT_PARTS.map((part) => doc.getXmlFragment(planFragmentName(part)));
  if (fragments.some((fragment) => fragment.length > 0)) return false;
  const template = planTemplate(seed);
  doc.transact(() => {
    PLAN_TEXT_PARTS.forEach((part, index) => fragments[index].insert(0, template[part]));
  }, origin);
  return true;
}
