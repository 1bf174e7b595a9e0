/** Addresses (street + house number, "op nummer 7") and descriptions of one particular house. */
import {
  BARE_STREETS,
  COMMON_WORDS,
  FIRST_NAMES,
  MONTHS,
  NAMED_THINGS,
  PLACES,
  STOP_WORDS,
  STREET_SUFFIXES,
  STREET_WORDS,
  SURNAMES,
  UNITS,
  WEEKDAYS,
} from './lexicon.js';
import type { Token } from './tokens.js';
import { candidate, type Candidate } from './types.js';

/** Endings that also close ordinary words ("vergadering", "antwoord") are left out of the lexicon's list. */
const LOWER_CASE_SUFFIXES = [
  'straat',
  'laan',
  'weg',
  'plein',
  'dreef',
  'singel',
  'gracht',
  'kade',
  'steeg',
  'dijk',
  'plantsoen',
];
/** Endings that make a street name even without a house number; "-dijk", "-veld", "-hof" are surnames as often. */
const STRONG_SUFFIXES = [
  'straat',
  'laan',
  'weg',
  'plein',
  'dreef',
  'singel',
  'gracht',
  'kade',
  'steeg',
  'plantsoen',
  'markt',
  'park',
  'pad',
  'allee',
  'boulevard',
];
// Not "van": "Idrissi van Lindenlaan" is a person from a street far more often than a street name.
const STREET_PREFIXES = new Set(['de', 'der', 'den', "'t", 'ter', 'ten', 'la', 'le']);

function isStreetWord(token: Token): boolean {
  if (token.kind !== 'word' || token.lower.includes("'")) return false;
  const suffixes = token.cap ? STREET_SUFFIXES : LOWER_CASE_SUFFIXES;
  return suffixes.some((s) => token.lower.length >= s.length + 2 && token.lower.endsWith(s));
}

/** Adjacent (only a space between) word token before/after index i, or -1. */
function wordBefore(tokens: Token[], text: string, i: number): number {
  const prev = tokens[i - 1];
  return prev && prev.kind === 'word' && /^ +$/.test(text.slice(prev.end, tokens[i].start))
    ? i - 1
    : -1;
}

export interface Street {
  /** Token indices first..last of the street name. */
  first: number;
  last: number;
}

/** Street names: "Dorpsstraat", "Burgemeester de Withstraat", "Oude Kade", "Willem de Zwijgerlaan". */
export function findStreets(text: string, tokens: Token[]): Street[] {
  const streets: Street[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    let first = -1;
    if (isStreetWord(token)) first = i;
    else if (token.cap && STREET_WORDS.has(token.lower)) {
      const prev = wordBefore(tokens, text, i);
      if (prev >= 0 && tokens[prev].cap && !STOP_WORDS.has(tokens[prev].lower)) first = i;
    }
    if (first < 0 && isBareStreet(text, token)) {
      // "Oude Achterom 7", "Lange Voorhout 19 hs": an adjective before it belongs to the name.
      const prev = wordBefore(tokens, text, i);
      const adjective =
        prev >= 0 &&
        tokens[prev].cap &&
        /e$/.test(tokens[prev].lower) &&
        !STOP_WORDS.has(tokens[prev].lower) &&
        COMMON_WORDS.has(tokens[prev].lower);
      streets.push({ first: adjective ? prev : i, last: i });
      continue;
    }
    if (first < 0) continue;
    // "Hoogendijk", "Groeneveld", "Oosterhof": as often a surname as a street, unless a house number follows.
    const weak = SURNAMES.has(token.lower) || !STRONG_SUFFIXES.some((s) => token.lower.endsWith(s));
    if (weak && !HOUSE_NUMBER.test(text.slice(token.end, token.end + 30))) continue;
    // Take in capitalised words before it, with one prefix between two of them ("Willem de Zwijger").
    for (let taken = 0; taken < 4; taken++) {
      const prev = wordBefore(tokens, text, first);
      if (prev < 0) break;
      const word = tokens[prev];
      if (word.cap && !STOP_WORDS.has(word.lower)) {
        first = prev;
        continue;
      }
      // "Van Goghstraat", "Van Speijkstraat": a capital "Van" right before the street belongs to it.
      if (word.text === 'Van' && first === i) {
        first = prev;
        continue;
      }
      if (!word.cap && STREET_PREFIXES.has(word.lower)) {
        const before = wordBefore(tokens, text, prev);
        if (before >= 0 && tokens[before].cap && !STOP_WORDS.has(tokens[before].lower)) {
          first = before;
          continue;
        }
      }
      break;
    }
    streets.push({ first, last: i });
  }
  return streets;
}

/**
 * What may follow a house number: a letter ("12a", "22B", "54 a"), a number or Roman floor after a
 * hyphen ("40-3", "14-II"), or a word for the floor or door ("3 hs", "12 boven", "7 rood", "31-hs").
 */
const ADDITION =
  '(?: \\d{1,2}(?:e|de|ste)?[- ]?hoog| (?:een|één|twee|drie|vier|vijf|zes)[- ]?hoog| ?- ?(?:bis|hs|[IVX]{1,4}|\\d{1,3}|[a-zA-Z])|[a-zA-Z]|-?bis| ?hs| (?:hoog|huis|boven|beneden|bis|rood|zwart|zw|[a-dA-D]|[IVX]{1,4}))(?![\\p{L}\\d])';
const NUMBER = `\\d{1,4}(?:${ADDITION})?`;
const HOUSE_NUMBER = new RegExp(`^ +(\\d{1,4})(?:${ADDITION})?(?![\\p{L}\\d]|[.,]\\d)`, 'u');
/** A year after a word is a date or an edition ("Markt 2025"), not a home. */
const YEAR_NUMBER = /^ +(?:1[89]|20)\d\d(?![\p{L}\d])/u;

/** Words that a number follows without making a home: "Windows 11", "Psalm 23", "Zaal 2B". */
const NOT_STREETS = new Set(
  `windows iphone psalm gezang opwekking bladzijde paragraaf lid sectie bijlage hoofdstuk fase level
   klas groep les zaal lokaal blok route lijn bus tram versie covid corona`.split(/\s+/),
);

/**
 * A street named without a usual ending ("Achterom", "Brink", "Markt", "Noordeinde", "Kortland"),
 * recognised only by the house number after it. A capitalised word that is not an ordinary word
 * (or is one of the bare street names), nor a first name, place, shop or "tafel"-like word.
 */
function isBareStreet(text: string, token: Token): boolean {
  if (token.kind !== 'word' || !token.cap || !/^[\p{L}-]+$/u.test(token.text)) return false;
  const w = token.lower;
  if (!BARE_STREETS.has(w) && COMMON_WORDS.has(w)) return false;
  if (STOP_WORDS.has(w) || FIRST_NAMES.has(w) || NOT_HOMES.has(w) || NOT_STREETS.has(w))
    return false;
  if (MONTHS.has(w) || WEEKDAYS.has(w) || NAMED_THINGS.has(w) || PLACES.has(w)) return false;
  const after = text.slice(token.end, token.end + 30);
  const m = HOUSE_NUMBER.exec(after);
  if (!m || YEAR_NUMBER.test(after)) return false;
  // "Burendag 27 september" is a date.
  const next = /^ +([\p{L}]+)/u.exec(
    text.slice(token.end + m[0].length, token.end + m[0].length + 20),
  );
  if (next && MONTHS.has(next[1].toLowerCase())) return false;
  return !followedByUnit(text, token.end + m[0].length);
}

function followedByUnit(text: string, end: number): boolean {
  const next = /^[ ]*([\p{L}%²']+)/u.exec(text.slice(end, end + 20));
  return next !== null && (UNITS.has(next[1].toLowerCase()) || next[1].toLowerCase() === 'jaar');
}

/** Street + house number: "Dorpsstraat 12", "Kerkweg 3a", "Oude Kade 14 hoog". */
export function findStreetAddresses(text: string, tokens: Token[], streets: Street[]): Candidate[] {
  const found: Candidate[] = [];
  for (const street of streets) {
    const start = tokens[street.first].start;
    const after = tokens[street.last].end;
    const m = HOUSE_NUMBER.exec(text.slice(after, after + 30));
    if (!m || followedByUnit(text, after + m[0].length)) continue;
    found.push(candidate('address', start, after + m[0].length));
  }
  return found;
}

const NUMBER_ADDRESS = new RegExp(
  `(?<![\\p{L}])(?:(van|op) +)?(?:huisnummer|huisnr\\.?|nummer|nr\\.?|no\\.?)(?: is:? | ?: ?| |(?<=\\.))?(${NUMBER})(?![\\p{L}\\d]|[.,]\\d)`,
  'giu',
);
/** Words before "nummer" that make it something other than a home: "tafel nummer 3", "punt nummer 2". */
const NOT_HOMES = new Set(
  `tafel groep punt agendapunt vraag stelling thema lijn bus tram trein spoor perron pagina week ronde
   versie lied liedje kamer stoel vak bord team nummer telefoon item rij idee voorstel optie stap plan
   prioriteit actie reactie opmerking aanvulling suggestie categorie onderwerp hoofdstuk bijlage
   artikel regel zin foto dia slide sheet wedstrijd plaats prijs`.split(/\s+/),
);
// "woont op 14", "wonen op 3a"
const LIVES_AT = /(?<![\p{L}])(?:woont|woonde|wonen|woon) +(op +\d{1,4}[a-z]?)(?![\p{L}\d])/giu;
// Typed in lower case on a phone: "woont aan de brink 4", "woon op achterom 22b", "woont in de kerkstraat 3".
const LIVES_ON_STREET = new RegExp(
  `(?<![\\p{L}])(?:woont|woonde|wonen|woon) +(?:op|aan|in) +(?:(?:de|het|'t) +)?([\\p{Ll}-]+ +${NUMBER})(?![\\p{L}\\d]|[.,]\\d)`,
  'gu',
);

function isLowerCaseStreet(word: string): boolean {
  return (
    BARE_STREETS.has(word) ||
    STREET_SUFFIXES.some((s) => word.length >= s.length + 2 && word.endsWith(s))
  );
}

export function findNumberAddresses(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(NUMBER_ADDRESS)) {
    const before = /([\p{L}]+)\s*$/u.exec(text.slice(Math.max(0, m.index - 20), m.index));
    if (before && NOT_HOMES.has(before[1].toLowerCase())) continue;
    if (followedByUnit(text, m.index + m[0].length)) continue;
    found.push(candidate('address', m.index, m.index + m[0].length));
  }
  for (const m of text.matchAll(LIVES_ON_STREET)) {
    const start = m.index + m[0].length - m[1].length;
    const word = /^[\p{L}-]+/u.exec(m[1])![0];
    if (isLowerCaseStreet(word) && !followedByUnit(text, m.index + m[0].length))
      found.push(candidate('address', start, m.index + m[0].length));
  }
  for (const m of text.matchAll(LIVES_AT)) {
    const start = m.index + m[0].length - m[1].length;
    if (!followedByUnit(text, m.index + m[0].length))
      found.push(candidate('address', start, m.index + m[0].length));
  }
  return found;
}

const HOUSE_NOUN =
  'huis|huisje|woning|boerderij|boerderijtje|hoekhuis|hoekwoning|tussenwoning|bovenwoning|benedenwoning|bovenhuis|benedenhuis|villa|bungalow|woonboot|woonark|rijtjeshuis|appartement|boerenhuis|landhuis|pastorie|woonwagen|arbeidershuisje|dijkhuisje|flat|flatje|portiekflat|galerijflat|portiekwoning|seniorenwoning|maisonnette|pand|pandje';
const W = "[\\p{L}'-]+";
const ADJ = `(?:${W}e\\s+){0,2}`;
const LANDMARK = `(?:(?:de|het|die|dat)\\s+)?(?:${W}e\\s+)?(?!(?:ons|mij|me|hem|haar|hun|jullie|u|jou|je|mijn|zijn|onze)(?![\\p{L}]))${W}`;
// "links naast het tankstation", "rechts van de school"
const SIDE = '(?:links|rechts)\\s+(?:naast|van|achter|tegenover|boven|onder|voor)';
const SIMPLE_PREP = `${SIDE}|naast|achter|tegenover|schuin\\s+tegenover|bij|boven|onder|vlak\\s*bij|langs|met\\s+(?:de|het|een)`;
const OWN_LANDMARK = `op\\s+de\\s+hoek(?:\\s+(?:van|bij)\\s+${LANDMARK})?|aan\\s+(?:het|de)\\s+(?:eind|einde|begin|overkant)(?:\\s+van\\s+${LANDMARK})?`;
const ORDINAL = 'eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|\\d{1,2}e';
const STOREY = 'een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien';
/** Which door or floor, after the place: ", tweede links", ", derde etage", ", vierde hoog", "op drie hoog". */
const FLOOR = `(?:,?\\s+(?:op\\s+)?(?:(?:${ORDINAL})\\s+(?:(?:etage|verdieping|hoog|deur|portiek)(?:\\s+(?:links|rechts))?|links|rechts)|(?:${STOREY})\\s*hoog|\\d{1,2}(?:e|de|ste)?[\\s-]?hoog)(?![\\p{L}]))?`;
const HOUSE = new RegExp(
  `(?<![\\p{L}])(?:het|de|dat|die)\\s+${ADJ}(?:${HOUSE_NOUN})\\s+(?:(?:${SIMPLE_PREP})\\s+${LANDMARK}|${OWN_LANDMARK})(?![\\p{L}])${FLOOR}`,
  'giu',
);
// "het laatste huis van de Esdoornstraat", "het tweede huis na de brug", "het derde huis rechts van de school"
const ORDINAL_HOUSE = new RegExp(
  `(?<![\\p{L}])(?:het|de|dat|die)\\s+(?:laatste|${ORDINAL})\\s+(?:${HOUSE_NOUN})\\s+(?:(?:links|rechts)\\s+)?(?:${SIMPLE_PREP}|van|in|aan|op|na|voorbij)\\s+${LANDMARK}(?![\\p{L}])${FLOOR}`,
  'giu',
);

// A room above something is a home of its own: "de kamer boven het café, derde deur links".
// Not "de kamer naast de keuken", a room inside a building.
const ROOM_ABOVE = new RegExp(
  `(?<![\\p{L}])(?:de|die|dat)\\s+${ADJ}(?:kamer|kamertje|zolderkamer)\\s+boven\\s+${LANDMARK}(?![\\p{L}])${FLOOR}`,
  'giu',
);

/** Descriptions of one particular home: "het gele huis naast de kerk", "de boerderij achter de school". */
const ANY_HOUSE = new RegExp(`${HOUSE_NOUN}|kamer`, 'i');

export function findHouses(text: string): Candidate[] {
  const found: Candidate[] = [];
  if (!ANY_HOUSE.test(text)) return found;
  for (const re of [HOUSE, ORDINAL_HOUSE, ROOM_ABOVE]) {
    for (const m of text.matchAll(re))
      found.push(candidate('house', m.index, m.index + m[0].length));
  }
  return found;
}
