/**
 * Measures the anonymiser on hand-annotated fictional Dutch sentences and fails below the floors.
 *
 * - tests/fixtures/anonymise/sentences.json (260 sentences, 158 with personal data): written before
 *   the rules, the set the floors are set on.
 * - holdout.json, holdout2.json, holdout3.json (84 + 80 + 60): each written after the rules of the
 *   moment and measured once before any change. Those first runs are the honest estimate of how the
 *   anonymiser does on text it was not shaped on (recall names / contact / overall, precision overall):
 *     set 1: 0.857 / 0.875 / 0.892, 0.983    set 2: 0.971 / 1.000 / 0.942, 1.000
 *     set 3: 0.870 / 0.750 / 0.886, 0.969
 *   Generic gaps they showed were fixed afterwards, so their current figures are no longer held out;
 *   they stay as regression sets and count in the pooled floor.
 * - holdout4.json and holdout5.json (109 + 63, issue 11 item 19): written together, before any rule
 *   for that item, on the kinds an unseen set showed missing (house numbers with a letter or
 *   addition, streets without a usual ending, initials with a surname, an age in brackets, a house
 *   described by where it is) and with hard negatives ("markt", "brink", "de bakker" as a trade,
 *   numbers, ages without a person). Recall names / addresses / contact / house / age, precision:
 *     before, set 4:           0.875 / 0.417 / 1.000 / 0.429 / 0.700, 0.982
 *     before, set 5:           0.800 / 0.636 / 1.000 / 0.375 / 0.857, 1.000
 *   The rules were tuned on set 4 only; set 5's first run after that is the honest estimate:
 *     after, set 5 (first run): 0.950 / 1.000 / 1.000 / 0.875 / 1.000, 1.000
 *   Its two misses ("Marie-José", "de kamer boven het café") were then fixed by general rules.
 * - holdout6.json (56, issue 11 item 19): written after those rules with new names, streets,
 *   landmarks and phrasings of the same kinds, and measured once, the second honest estimate:
 *     first run, set 6:        1.000 / 1.000 / 1.000 / 0.875 / 1.000, 1.000
 *   Its miss ("het vierde huis links na de bocht") and three addresses found without a word of
 *   them ("Oude Achterom 7", "Lange Voorhout 19 hs", "Kerkstraat 14 3-hoog") were fixed afterwards.
 *
 * Matching rule: a predicted flag is a true positive when its class equals the class of an
 * expected span and the two spans overlap by at least one character (so "Mevrouw Jansen" found as
 * "Jansen" counts). Precision per class = predicted flags of that class that match an expected span
 * of that class / all predicted flags of that class. Recall per class = expected spans of that class
 * that some predicted flag of that class overlaps / all expected spans of that class. A flag of the
 * wrong class is a false positive for its own class and leaves the expected span unfound.
 * Groups pool their classes' counts: names = name; addresses = address + postcode;
 * contact = phone + email + url; house = house; age = age. "overall" pools every class.
 */
import { describe, expect, it } from 'vitest';
import { FLAG_CLASSES, findPersonalData, type FlagClass } from '../../../shared/anonymise.js';
import holdout from '../../fixtures/anonymise/holdout.json' with { type: 'json' };
import holdout2 from '../../fixtures/anonymise/holdout2.json' with { type: 'json' };
import holdout3 from '../../fixtures/anonymise/holdout3.json' with { type: 'json' };
import holdout4 from '../../fixtures/anonymise/holdout4.json' with { type: 'json' };
import holdout5 from '../../fixtures/anonymise/holdout5.json' with { type: 'json' };
import holdout6 from '../../fixtures/anonymise/holdout6.json' with { type: 'json' };
import fixture from '../../fixtures/anonymise/sentences.json' with { type: 'json' };

interface ExpectedSpan {
  class: FlagClass;
  text: string;
  occurrence?: number;
}
interface Sentence {
  text: string;
  spans: ExpectedSpan[];
}

const sentences = fixture.sentences as Sentence[];
const heldOut = holdout.sentences as Sentence[];
const heldOut2 = holdout2.sentences as Sentence[];
const heldOut3 = holdout3.sentences as Sentence[];
const heldOut4 = holdout4.sentences as Sentence[];
const heldOut5 = holdout5.sentences as Sentence[];
const heldOut6 = holdout6.sentences as Sentence[];

/** Floors the measured figures must stay at or above (the goals of issue 11, item 19: every group). */
const FLOORS = {
  recall: { names: 0.97, addresses: 0.97, contact: 0.97, house: 0.97, age: 0.97 },
  precision: { names: 0.95, addresses: 0.95, contact: 0.95, house: 0.95, age: 0.95, overall: 0.95 },
};

function locate(text: string, span: ExpectedSpan): { start: number; end: number } {
  let start = -1;
  for (let n = 0; n <= (span.occurrence ?? 0); n++) {
    start = text.indexOf(span.text, start + 1);
    if (start < 0)
      throw new Error(`"${span.text}" (occurrence ${span.occurrence ?? 0}) not in "${text}"`);
  }
  return { start, end: start + span.text.length };
}

interface Counts {
  predicted: number;
  truePositives: number;
  expected: number;
  found: number;
}

function measure(sentences: Sentence[]) {
  const counts = Object.fromEntries(
    FLAG_CLASSES.map((c) => [c, { predicted: 0, truePositives: 0, expected: 0, found: 0 }]),
  ) as Record<FlagClass, Counts>;
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  for (const sentence of sentences) {
    const expected = sentence.spans.map((span) => ({ ...span, ...locate(sentence.text, span) }));
    const flags = findPersonalData(sentence.text);
    for (const flag of flags) {
      counts[flag.class].predicted++;
      const hit = expected.some(
        (e) => e.class === flag.class && flag.start < e.end && e.start < flag.end,
      );
      if (hit) counts[flag.class].truePositives++;
      else falseAlarms.push(`${flag.class} "${flag.text}" in: ${sentence.text}`);
    }
    for (const e of expected) {
      counts[e.class].expected++;
      const found = flags.some((f) => f.class === e.class && f.start < e.end && e.start < f.end);
      if (found) counts[e.class].found++;
      else misses.push(`${e.class} "${e.text}" in: ${sentence.text}`);
    }
  }
  return { counts, misses, falseAlarms };
}

function pool(counts: Record<FlagClass, Counts>, classes: readonly FlagClass[]): Counts {
  const total = { predicted: 0, truePositives: 0, expected: 0, found: 0 };
  for (const c of classes) {
    for (const key of Object.keys(total) as (keyof Counts)[]) total[key] += counts[c][key];
  }
  return total;
}

const precision = (c: Counts) => (c.predicted === 0 ? 1 : c.truePositives / c.predicted);
const recall = (c: Counts) => (c.expected === 0 ? 1 : c.found / c.expected);

function groupsOf(counts: Record<FlagClass, Counts>) {
  return {
    names: pool(counts, ['name']),
    addresses: pool(counts, ['address', 'postcode']),
    contact: pool(counts, ['phone', 'email', 'url']),
    house: pool(counts, ['house']),
    age: pool(counts, ['age']),
    overall: pool(counts, FLAG_CLASSES),
  };
}

function report(title: string, set: Sentence[]): string {
  const { counts, misses, falseAlarms } = measure(set);
  const row = (label: string, c: Counts) =>
    `${label.padEnd(10)} ${String(c.expected).padStart(8)} ${String(c.predicted).padStart(9)} ` +
    `${String(c.truePositives).padStart(4)} ${precision(c).toFixed(3).padStart(9)} ${recall(c).toFixed(3).padStart(7)}`;
  const lines = [
    `${title}: ${set.length} sentences (${set.filter((s) => s.spans.length).length} with personal data)`,
    `${'class'.padEnd(10)} ${'expected'.padStart(8)} ${'predicted'.padStart(9)} ${'TP'.padStart(4)} ${'precision'.padStart(9)} ${'recall'.padStart(7)}`,
    ...FLAG_CLASSES.map((c) => row(c, counts[c])),
    '-'.repeat(52),
    ...Object.entries(groupsOf(counts)).map(([label, c]) => row(label, c)),
  ];
  if (misses.length) lines.push('Missed:', ...misses.map((m) => `  ${m}`));
  if (falseAlarms.length)
    lines.push('Flagged but not annotated:', ...falseAlarms.map((m) => `  ${m}`));
  return lines.join('\n');
}

describe('anonymiser metrics on the annotated fixture', () => {
  const sets = {
    fixture: sentences,
    'held-out set 4': heldOut4,
    'held-out set 5': heldOut5,
    'held-out set 6': heldOut6,
    'all sets pooled': [
      ...sentences,
      ...heldOut,
      ...heldOut2,
      ...heldOut3,
      ...heldOut4,
      ...heldOut5,
      ...heldOut6,
    ],
  };

  it('prints precision and recall per class', () => {
    console.log(
      [
        report('Fixture', sentences),
        report('Held-out set 1', heldOut),
        report('Held-out set 2', heldOut2),
        report('Held-out set 3', heldOut3),
        report('Held-out set 4', heldOut4),
        report('Held-out set 5', heldOut5),
        report('Held-out set 6', heldOut6),
      ].join('\n\n'),
    );
    expect(sentences.length).toBeGreaterThanOrEqual(150);
  });

  describe.each(Object.entries(sets))('%s', (_, set) => {
    const groups = groupsOf(measure(set).counts);

    it.each(Object.entries(FLOORS.recall))('recall on %s is at least %d', (group, floor) => {
      expect(recall(groups[group as keyof typeof groups])).toBeGreaterThanOrEqual(floor);
    });

    it.each(Object.entries(FLOORS.precision))('precision on %s is at least %d', (group, floor) => {
      expect(precision(groups[group as keyof typeof groups])).toBeGreaterThanOrEqual(floor);
    });
  });
});
