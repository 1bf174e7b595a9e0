/** Ages next to a person: "Kees (84)", "Kees van 84", "mevrouw Dijkstra, 87,", "de 92-jarige mevrouw Smit". */
import { RELATIONS, UNITS } from './lexicon.js';
import type { NameFinding } from './people.js';
import type { Token } from './tokens.js';
import { candidate, type Candidate } from './types.js';

/** Words for a person that an age may follow even without a name: "mijn buurvrouw van 91". */
const AGE_NOUNS = new Set(
  'buurvrouw buurman overbuurvrouw overbuurman weduwe weduwnaar mevrouw meneer opa oma tante oom'.split(
    ' ',
  ),
);

const POSSESSIVES = new Set([
  'mijn',
  'haar',
  'zijn',
  'onze',
  'ons',
  'hun',
  "z'n",
  "d'r",
  'uw',
  'je',
  'jouw',
]);

/** Words for one person that an age in brackets may follow: "de oude heer (91)". */
const PEOPLE = new Set(['heer', 'dame', 'man', 'vrouw', 'jongen', 'meisje', 'jongeman']);
const DEFINITE = new Set(['de', 'die', 'deze']);

const YEARS = '(?: jaar(?: oud)?| jr\\.?)?';
const AFTER = [
  // "Kees (82)", "Truus (ruim 80)"
  new RegExp(
    `^ ?\\( ?(?:(?:bijna|ruim|al|pas|net|over de|rond de|in de) )?(\\d{1,3}${YEARS}) ?\\)`,
    'u',
  ),
  new RegExp(`^ ?, ?(\\d{1,3}${YEARS})(?= ?[,.;)]| ?$)`, 'u'),
  new RegExp(`^ van (\\d{1,3}${YEARS})(?![\\p{L}\\d]|[.,]\\d)`, 'u'),
];
// Only after a name: "Henk is 79", "Piet wordt volgende week 100".
const AFTER_NAME = new RegExp(
  `^ (?:is|wordt|werd|was)(?: \\p{L}+){0,3}? (\\d{1,3}${YEARS})(?![\\p{L}\\d]|[.,:]\\d)`,
  'u',
);
// Later in the same sentence: "meneer Van Beek, hij is 97", "Opa Bram is overleden, hij was 91".
const PRONOUN_AGE = new RegExp(
  `^[^.!?\\n]{0,60}?(?<![\\p{L}])(?:hij|zij|ze) (?:is|was|wordt|werd)(?: (?:al|bijna|net|pas|nu))? (\\d{1,3}${YEARS})(?![\\p{L}\\d]|[.,:]\\d)`,
  'u',
);
const HOUSE_AFTER_NOUN = /^ van (\d{1,2})[a-z]?(?![\p{L}\d]|[.,]\d| jaar)/u;
const BEFORE = /(?<![\p{L}\d])(\d{1,3}(?:-| )?jarige) +(?:\p{L}+ +)?$/u;
const NOT_AGE_AFTER = new Set(['geleden', 'lang', 'getrouwd', 'samen', 'hier', 'terug']);

function plausible(text: string, value: string, end: number): boolean {
  const n = Number.parseInt(value, 10);
  if (!(n > 0 && n <= 120)) return false;
  const next = /^ *([\p{L}%']+)/u.exec(text.slice(end, end + 20));
  return !next || !(UNITS.has(next[1].toLowerCase()) || NOT_AGE_AFTER.has(next[1].toLowerCase()));
}

function after(text: string, end: number, patterns: RegExp[], found: Candidate[]): void {
  const rest = text.slice(end, end + 100);
  for (const re of patterns) {
    const m = re.exec(rest);
    if (!m) continue;
    const start = end + m.index + m[0].indexOf(m[1]);
    if (plausible(text, m[1], start + m[1].length))
      found.push(candidate('age', start, start + m[1].length));
    return;
  }
}

export function findAges(text: string, tokens: Token[], names: NameFinding[]): Candidate[] {
  const found: Candidate[] = [];
  for (const name of names) {
    after(text, name.end, [...AFTER, AFTER_NAME, PRONOUN_AGE], found);
    const spanStart = name.title >= 0 ? Math.min(name.start, tokens[name.title].start) : name.start;
    const m = BEFORE.exec(text.slice(Math.max(0, spanStart - 30), spanStart));
    if (m) {
      const start = spanStart - m[0].length;
      found.push(candidate('age', start, start + m[1].length));
    }
  }
  tokens.forEach((token, i) => {
    // "mijn moeder (88)", "haar man, 84,", "de oude heer (91)": someone particular, only with the
    // age in brackets or between commas. "Ouderen (75+)" and "een man van 40" stay.
    if (token.kind !== 'word' || !(RELATIONS.has(token.lower) || PEOPLE.has(token.lower))) return;
    const owns = (t: Token | undefined) =>
      t !== undefined && (POSSESSIVES.has(t.lower) || DEFINITE.has(t.lower));
    // One adjective may come between: "de oude heer", "mijn lieve moeder".
    const adjective = tokens[i - 1]?.kind === 'word' && /e$/.test(tokens[i - 1].lower);
    if (owns(tokens[i - 1]) || (adjective && owns(tokens[i - 2])))
      after(text, token.end, AFTER.slice(0, 2), found);
  });
  for (const token of tokens) {
    if (token.kind !== 'word' || !AGE_NOUNS.has(token.lower)) continue;
    // "de buurvrouw van 12" lives at number 12; "mijn buurvrouw van 91" is 91.
    const house = HOUSE_AFTER_NOUN.exec(text.slice(token.end, token.end + 12));
    if (house && Number(house[1]) < 18) {
      found.push(candidate('address', token.end + 1, token.end + house[0].length));
    } else after(text, token.end, AFTER, found);
    const m = BEFORE.exec(text.slice(Math.max(0, token.start - 30), token.start));
    if (m)
      found.push(
        candidate('age', token.start - m[0].length, token.start - m[0].length + m[1].length),
      );
  }
  return found;
}
