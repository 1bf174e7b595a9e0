/** Pattern-based findings: e-mail, web addresses, phone numbers, IBAN, BSN, licence plates, postcodes. */
import { isValidIBAN } from 'ibantools';
import { UNITS } from './lexicon.js';
import { candidate, type Candidate } from './types.js';

const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,}/giu;
const URL_EXPLICIT = /(?<![\p{L}\d@])(?:https?:\/\/|www\.)[^\s<>"']+/giu;
// A bare domain needs a lower-case ending: "Socket.IO" is a product, "buurt.nl" a website.
const URL_BARE =
  /(?<![\p{L}\d@./-])(?:[a-zA-Z\d](?:[a-zA-Z\d-]*[a-zA-Z\d])?\.)+(?:nl|com|org|net|eu|be|info|nu|frl|io|ly|app|de|online|site)(?:\/[^\s<>"']*)?(?![\p{L}\d@-])/gu;
const TRAILING = /[.,;:!?)'"”’]+$/;

export function findEmails(text: string): Candidate[] {
  if (!text.includes('@')) return [];
  return [...text.matchAll(EMAIL)].map((m) => candidate('email', m.index, m.index + m[0].length));
}

const ANY_URL = /\/\/|www\.|\.(?:nl|com|org|net|eu|be|info|nu|frl|io|ly|app|de|online|site)\b/i;

export function findUrls(text: string): Candidate[] {
  const found: Candidate[] = [];
  if (!ANY_URL.test(text)) return found;
  for (const re of [URL_EXPLICIT, URL_BARE]) {
    for (const m of text.matchAll(re)) {
      const value = m[0].replace(TRAILING, '');
      if (value.length > 4) found.push(candidate('url', m.index, m.index + value.length));
    }
  }
  return found;
}

// Where a phone number may begin: a digit, "+", "00" or "(", not inside a word or another number.
const PHONE_START = /(?<![\p{L}\d+@/.,-])(?:\+|\()?\d/gu;
// "01-02-2025 10:00" is a date and a time; "06.12.34.56.78" is a phone number.
const DATE_AHEAD = /^\(?\d{1,2}[-./]\d{1,2}[-./]\d{4}/;

/** Dutch numbers: 0 + 9 digits (06-12345678, 0318-123456), +31/0031 + 9 digits; other countries after "+". */
export function findPhones(text: string): Candidate[] {
  const found: Candidate[] = [];
  let resumeAt = 0;
  for (const m of text.matchAll(PHONE_START)) {
    const start = m.index;
    if (start < resumeAt || DATE_AHEAD.test(text.slice(start, start + 12))) continue;
    const end = scanPhone(text, start);
    if (end > 0) {
      found.push(candidate('phone', start, end));
      resumeAt = end;
    }
  }
  return found;
}

function scanPhone(text: string, start: number): number {
  const plus = text[start] === '+';
  let digits = '';
  let lastDigitEnd = -1;
  let separators = 0;
  let best = -1;
  for (let i = plus ? start + 1 : start; i < text.length; i++) {
    const ch = text[i];
    if (ch >= '0' && ch <= '9') {
      digits += ch;
      lastDigitEnd = i + 1;
      separators = 0;
      const national = digits.startsWith('0') && !digits.startsWith('00');
      const international = plus || digits.startsWith('00');
      const cc = plus ? digits : digits.slice(2);
      const atEnd = !/\d/.test(text[i + 1] ?? '');
      if (national && digits.length === 10 && digits[1] !== '0') return atEnd ? lastDigitEnd : -1;
      // Service numbers: 0800-1234, 0900-1234567.
      if (
        national &&
        /^09(?:00|06|09)|^0800/.test(digits) &&
        (digits.length === 8 || digits.length === 11) &&
        atEnd
      ) {
        best = lastDigitEnd;
      }
      if (international && cc.startsWith('31') && cc.length === 11)
        return atEnd ? lastDigitEnd : -1;
      if (
        international &&
        /^[1-9]/.test(cc) &&
        !cc.startsWith('31') &&
        cc.length >= 9 &&
        cc.length <= 13 &&
        atEnd
      )
        best = lastDigitEnd;
      if (digits.length > 15) break;
    } else if (text.startsWith('(0)', i) && (plus || digits.startsWith('00'))) {
      i += 2; // "+31 (0)6 ..."
    } else if (' -./()'.includes(ch) && digits.length > 0 && ++separators <= 3) {
      if (ch === '.' && !/\d/.test(text[i + 1] ?? '')) break;
    } else if (ch === '(' && digits.length === 0) {
      continue;
    } else break;
  }
  return best;
}

const IBAN = /(?<![\p{L}\d])[a-z]{2}\d{2}(?: ?[a-z\d]){10,30}/giu;
const NL_IBAN = /^NL\d{2}[A-Z]{4}\d{10}$/;

/** Dutch IBANs by shape (a typo is still a bank account), others when their checksum holds. */
export function findIbans(text: string): Candidate[] {
  const found: Candidate[] = [];
  IBAN.lastIndex = 0;
  for (let m = IBAN.exec(text); m; m = IBAN.exec(text)) {
    const clean = m[0].replace(/ /g, '').toUpperCase();
    let length = 0;
    if (NL_IBAN.test(clean.slice(0, 18))) length = 18;
    else {
      for (let n = Math.min(34, clean.length); n >= 15; n--) {
        if (isValidIBAN(clean.slice(0, n))) {
          length = n;
          break;
        }
      }
    }
    if (!length) {
      IBAN.lastIndex = m.index + 1;
      continue;
    }
    let end = m.index;
    for (let seen = 0; seen < length; end++) if (text[end] !== ' ') seen++;
    IBAN.lastIndex = end;
    if (!/[\p{L}\d]/u.test(text[end] ?? '')) found.push(candidate('iban', m.index, end));
  }
  return found;
}

const NINE_DIGITS =
  /(?<![\d.,+/-])(?:\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}[ .]\d{3}[ .]\d{3})(?!\d|[.,]\d)/g;
const BSN_CUE = /\b(?:bsn|burgerservicenummer|sofinummer|sofi-nummer)\b/i;

/** The 11-proef: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11. */
export function passesElfproef(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(digits[i]);
  return (sum - Number(digits[8])) % 11 === 0;
}

export function findBsns(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(NINE_DIGITS)) {
    const digits = m[0].replace(/\D/g, '');
    const cued = BSN_CUE.test(text.slice(Math.max(0, m.index - 30), m.index));
    if (passesElfproef(digits) || cued)
      found.push(candidate('bsn', m.index, m.index + m[0].length));
  }
  return found;
}

// Dutch licence plates: the sidecodes since 1951, always written with hyphens.
const SIDECODES = [
  'LL-DD-DD',
  'DD-DD-LL',
  'DD-LL-DD',
  'LL-DD-LL',
  'LL-LL-DD',
  'DD-LL-LL',
  'DD-LLL-D',
  'D-LLL-DD',
  'LL-DDD-L',
  'L-DDD-LL',
  'LLL-DD-L',
  'L-DD-LLL',
  'D-LL-DDD',
  'DDD-LL-D',
];
const PLATE = new RegExp(
  `(?<![\\p{L}\\d-])(?:${SIDECODES.map((code) =>
    code.replace(/L+/g, (l) => `[a-z]{${l.length}}`).replace(/D+/g, (d) => `\\d{${d.length}}`),
  ).join('|')})(?![\\p{L}\\d]|-[\\p{L}\\d])`,
  'giu',
);

export function findPlates(text: string): Candidate[] {
  if (!text.includes('-')) return [];
  return [...text.matchAll(PLATE)].map((m) => candidate('plate', m.index, m.index + m[0].length));
}

const POSTCODE = /(?<![\p{L}\d-])[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}(?![\p{L}\d])/gu;
const POSTCODE_LOWER = /(?<![\p{L}\d-])[1-9]\d{3}([a-z]{2})(?![\p{L}\d])/gu;
const POSTCODE_CUED = /\bpostcode\s*(?:is\s*)?:?\s*([1-9]\d{3} ?[a-z]{2})(?![\p{L}\d])/giu;

export function findPostcodes(text: string): Candidate[] {
  const found = [...text.matchAll(POSTCODE)].map((m) =>
    candidate('postcode', m.index, m.index + m[0].length),
  );
  for (const m of text.matchAll(POSTCODE_LOWER)) {
    if (!UNITS.has(m[1])) found.push(candidate('postcode', m.index, m.index + m[0].length));
  }
  if (!/postcode/i.test(text)) return found;
  for (const m of text.matchAll(POSTCODE_CUED)) {
    const start = m.index + m[0].length - m[1].length;
    found.push(candidate('postcode', start, start + m[1].length));
  }
  return found;
}
