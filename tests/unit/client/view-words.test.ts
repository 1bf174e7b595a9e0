/**
 * Each view loads only the catalogue sections it lists (client/lib/view-words.ts). A component
 * that reads a section its view does not load would throw on screen; this test follows every
 * view's imports, lazy parts included, and names the file and the section instead.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nl } from '../../../shared/i18n/nl.js';
import { SECTION_NAMES } from '../../../client/lib/i18n-sections.js';
import { PART_WORDS, VIEW_WORDS } from '../../../client/lib/view-words.js';
import { staticClosure } from '../../helpers/import-graph.js';

const root = path.resolve(import.meta.dirname, '../../..');
const client = (file: string) => path.join(root, 'client', file);

/** The file of each route's view, as App.svelte imports it. */
const VIEW_FILES: Record<keyof typeof VIEW_WORDS, string> = {
  home: 'views/Home.svelte',
  attendee: 'views/Deelnemer.svelte',
  console: 'views/Regie.svelte',
  projector: 'views/Beamer.svelte',
  tableHost: 'views/Tafelhulp.svelte',
  organiser: 'views/Organiser.svelte',
  report: 'views/Verslag.svelte',
  signup: 'views/Aanmelding.svelte',
  coreGroup: 'views/Kopgroep.svelte',
  workingGroup: 'views/Werkgroep.svelte',
  conversation: 'views/Gesprek.svelte',
  lead: 'views/Leiden.svelte',
  returnReport: 'views/TerugkomVerslag.svelte',
};

/** Lazy parts that bring words of their own; other lazy imports read their view's words. */
const PART_FILES: Record<keyof typeof PART_WORDS, string> = {
  attendeeSteps: 'components/attendee-steps.ts',
  phoneReturn: 'components/returnmeeting/PhoneReturn.svelte',
};
const partOf = new Map(
  Object.entries(PART_FILES).map(([part, file]) => [client(file), part as keyof typeof PART_WORDS]),
);

const sectionRead = new RegExp(`\\bm\\.(${[...SECTION_NAMES].join('|')})\\b`, 'g');

interface Miss {
  file: string;
  section: string;
}

/** Sections read by `entry` and everything it loads, that `words` (its loaded sections) lack. */
function missingWords(entry: string, words: ReadonlySet<string>, seen = new Set<string>()): Miss[] {
  if (seen.has(entry)) return [];
  seen.add(entry);
  const { files, lazy } = staticClosure(entry);
  const misses = [...files].flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(sectionRead)]
      .map((match) => match[1])
      .filter((section) => !words.has(section))
      .map((section) => ({ file: path.relative(root, file), section })),
  );
  for (const target of lazy) {
    const part = partOf.get(target);
    const more = part ? new Set([...words, ...PART_WORDS[part]]) : words;
    misses.push(...missingWords(target, more, seen));
  }
  return misses;
}

describe('the words each view loads', () => {
  it('names every section of the catalogue that has a loader', () => {
    const sections = Object.entries(nl)
      .filter(([, value]) => typeof value === 'object' && value !== null)
      .map(([key]) => key);
    for (const name of SECTION_NAMES) expect(sections).toContain(name);
  });

  for (const [view, file] of Object.entries(VIEW_FILES)) {
    it(`covers what the ${view} view reads`, () => {
      const words = new Set<string>(VIEW_WORDS[view as keyof typeof VIEW_WORDS]);
      expect(missingWords(client(file), words)).toEqual([]);
    });
  }

  it('finds a section read that a view lacks (the check is not empty)', () => {
    const misses = missingWords(client(VIEW_FILES.attendee), new Set());
    expect(misses).toContainEqual({
      file: 'client/components/AttendeePhase.svelte',
      section: 'room',
    });
    // The steps bring their own words (signup), so those are not missing there.
    expect(misses.some((miss) => miss.section === 'signup')).toBe(false);
  });
});
