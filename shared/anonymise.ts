/**
 * The anonymiser: finds what could identify a person in Dutch text (quotes from small-group
 * conversations, additions typed on phones) and suggests a replacement for each finding. It only
 * flags; the facilitator decides. Pure: no Node or DOM APIs, so it runs on the server and in a page.
 *
 * Names come from the Dutch lists of @zxcvbn-ts/language-nl-be plus a supplement
 * (anonymise/names-nl.ts) and from cues: titles ("mevrouw", "opa"), initials ("H. de Groot"),
 * "heet", "zegt", an age in brackets ("Kees (82)"), capitals. Addresses are a street and a house
 * number with its addition ("Achterom 22B", "Kerkstraat 14-II", "Brink 4"); homes are also found by
 * where they are ("de flat boven de bakker, tweede links").
 * Measured on tests/fixtures/anonymise/*.json by tests/unit/shared/anonymise-metrics.test.ts.
 */
import { findAges } from './anonymise/ages.js';
import { findBirthdates } from './anonymise/dates.js';
import {
  findBsns,
  findEmails,
  findIbans,
  findPhones,
  findPlates,
  findPostcodes,
  findUrls,
} from './anonymise/patterns.js';
import { NameFinder } from './anonymise/people.js';
import {
  findHouses,
  findNumberAddresses,
  findStreetAddresses,
  findStreets,
} from './anonymise/places.js';
import { tokenize, type Token } from './anonymise/tokens.js';
import { NOT_PERSONS } from './anonymise/lexicon.js';
import type { Candidate } from './anonymise/types.js';

export const FLAG_CLASSES = [
  'name',
  'address',
  'postcode',
  'phone',
  'email',
  'url',
  'birthdate',
  'age',
  'iban',
  'bsn',
  'plate',
  'house',
] as const;
export type FlagClass = (typeof FLAG_CLASSES)[number];

export interface Flag {
  class: FlagClass;
  start: number;
  end: number;
  /** The flagged text, text.slice(start, end). */
  text: string;
  /**
   * Dutch replacement: "[naam]", "een bewoner" (a title with a name; "Een bewoner" at the start of a
   * sentence), "[adres]", "[postcode]", "[telefoonnummer]", "[e-mailadres]", "[website]",
   * "[geboortedatum]", "[leeftijd]", "[rekeningnummer]", "[BSN]", "[kenteken]", "[woning]".
   */
  suggestion: string;
}

/** When findings overlap, the more specific kind wins; then the longer one. */
const PRIORITY: Record<FlagClass, number> = {
  email: 12,
  url: 11,
  iban: 10,
  phone: 9,
  bsn: 8,
  plate: 7,
  postcode: 6,
  birthdate: 5,
  address: 4,
  house: 3,
  name: 2,
  age: 1,
};

/** Finds what could identify a person in Dutch text. Flags are sorted by start and never overlap. */
export function findPersonalData(text: string): Flag[] {
  if (typeof text !== 'string' || text.trim() === '') return [];
  const contact = [...findEmails(text), ...findUrls(text)];
  const tokens = tokenize(text);
  const streets = findStreets(text, tokens);
  const blocked = new Uint8Array(tokens.length);
  for (const street of streets) blocked.fill(1, street.first, street.last + 1);
  blockNotPersons(tokens, blocked);
  if (contact.length > 0) {
    tokens.forEach((token, i) => {
      if (contact.some((c) => token.start < c.end && c.start < token.end)) blocked[i] = 1;
    });
  }
  const names = new NameFinder(text, tokens, blocked).find();
  const candidates: Candidate[] = [
    ...contact,
    ...findPhones(text),
    ...findIbans(text),
    ...findBsns(text),
    ...findPlates(text),
    ...findPostcodes(text),
    ...findBirthdates(text),
    ...findStreetAddresses(text, tokens, streets),
    ...findNumberAddresses(text),
    ...findHouses(text),
    ...names,
    ...findAges(text, tokens, names),
  ];
  return resolve(text, candidates);
}

/** Phrases of NOT_PERSONS by their first word. */
const NOT_PERSON_PHRASES = new Map<string, string[][]>();
for (const phrase of NOT_PERSONS) {
  const words = phrase.split(' ');
  NOT_PERSON_PHRASES.set(words[0], [...(NOT_PERSON_PHRASES.get(words[0]) ?? []), words]);
}

/** Marks "Albert Heijn", "Sinterklaas" and the like: names of shops and figures, not of residents. */
function blockNotPersons(tokens: Token[], blocked: Uint8Array): void {
  for (let i = 0; i < tokens.length; i++) {
    const phrases = NOT_PERSON_PHRASES.get(tokens[i].lower);
    if (!phrases) continue;
    for (const words of phrases) {
      if (words.every((word, k) => tokens[i + k]?.lower === word))
        blocked.fill(1, i, i + words.length);
    }
  }
}

function resolve(text: string, candidates: Candidate[]): Flag[] {
  const ranked = candidates
    .filter((c) => c.end > c.start)
    .sort(
      (a, b) =>
        PRIORITY[b.class] - PRIORITY[a.class] ||
        b.end - b.start - (a.end - a.start) ||
        a.start - b.start,
    );
  const kept: Candidate[] = [];
  for (const c of ranked) {
    if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  }
  return kept
    .sort((a, b) => a.start - b.start)
    .map((c) => ({
      class: c.class,
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      suggestion: c.suggestion,
    }));
}

/**
 * Replaces each flag's span with its suggestion (flags must come from findPersonalData on the same
 * text). A flag that does not match the text, or overlaps an earlier one, is left out.
 */
export function applySuggestions(text: string, flags: readonly Flag[]): string {
  let out = '';
  let at = 0;
  for (const flag of [...flags].sort((a, b) => a.start - b.start)) {
    if (flag.start < at || flag.end > text.length || text.slice(flag.start, flag.end) !== flag.text)
      continue;
    out += text.slice(at, flag.start) + flag.suggestion;
    at = flag.end;
  }
  return out + text.slice(at);
}
