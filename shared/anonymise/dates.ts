/** Dates of birth: a date or year next to "geboren", "geboortedatum", "jarig" and the like. */
import { candidate, type Candidate } from './types.js';

const MONTH =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sept?|okt|nov|dec';
const DATE = `(?:\\d{1,2}[-/.]\\d{1,2}[-/.](?:\\d{4}|\\d{2})|\\d{1,2}\\s+(?:${MONTH})\\.?(?:\\s+\\d{4})?|(?:${MONTH})\\s+\\d{4})`;
const YEAR = '(?:19|20)\\d{2}';
const CUE_BEFORE = 'geboren|geb\\.|geboortedatum|geboortedag|geboortejaar|verjaardag|jarig';

// "geboren op 3 mei 1945", "geboortedatum: 14/07/1938", "geboren in 1931", "(geb. 1945)"
const AFTER_CUE = new RegExp(
  `(?<![\\p{L}])(?:${CUE_BEFORE})(?![\\p{L}])[\\s:,]*(?:(?:op|in|is|was|de)\\s+){0,2}(${DATE}|${YEAR})(?!\\d)`,
  'giu',
);
// "in 1931 geboren", "op 12 juni 1940 geboren", "is op 3 mei jarig"
const BEFORE_CUE = new RegExp(
  `(?<![\\p{L}\\d])(${DATE}|${YEAR})\\s+(?:\\p{L}+\\s+)?(?:geboren|jarig)(?![\\p{L}])`,
  'giu',
);

const ANY_CUE = /geb|jarig|verjaardag/i;

export function findBirthdates(text: string): Candidate[] {
  const found: Candidate[] = [];
  if (!ANY_CUE.test(text)) return found;
  for (const re of [AFTER_CUE, BEFORE_CUE]) {
    for (const m of text.matchAll(re)) {
      const start = m.index + m[0].indexOf(m[1]);
      found.push(candidate('birthdate', start, start + m[1].length));
    }
  }
  return found;
}
