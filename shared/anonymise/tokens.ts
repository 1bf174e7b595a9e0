/** Splits text into words, numbers and punctuation, with offsets, for the name rules. */

export interface Token {
  /** The token as written. */
  text: string;
  /** Lower case. */
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'number' | 'punct';
  /** Starts with a capital (and is not an all-capitals abbreviation such as "GGD"). */
  cap: boolean;
  /** First word of the text or of a sentence, where a capital says nothing. */
  sentenceStart: boolean;
}

// A word may hold apostrophes and hyphens inside ("Henk-Jan", "d'Ancona"); "'t" is a word of its own.
const TOKEN = /['’]t(?![\p{L}\p{M}])|[\p{L}\p{M}](?:[\p{L}\p{M}'’-]*[\p{L}\p{M}])?|\d+|\S/gu;
const SENTENCE_END = /[.!?:;"“”‘’'(\n•*]/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentenceStart = true;
  let prevEnd = 0;
  for (const match of text.matchAll(TOKEN)) {
    const value = match[0];
    const start = match.index;
    const first = value.charCodeAt(0);
    const isDigit = first >= 48 && first <= 57;
    const isWord = !isDigit && /^[\p{L}\p{M}'’]/u.test(value) && value.length > (value.startsWith("'") ? 1 : 0);
    // A newline between tokens also starts a sentence (lists typed on a phone).
    if (text.slice(prevEnd, start).includes('\n')) sentenceStart = true;
    const kind = isWord ? 'word' : isDigit ? 'number' : 'punct';
    const upper = value[0] !== value[0].toLowerCase();
    const allCaps = value.length > 1 && value === value.toUpperCase() && /\p{L}{2}/u.test(value);
    tokens.push({
      text: value,
      lower: value.toLowerCase().replace(/’/g, "'"),
      start,
      end: start + value.length,
      kind,
      cap: kind === 'word' && upper && !allCaps,
      sentenceStart: kind === 'word' && sentenceStart,
    });
    if (kind === 'word' || kind === 'number') sentenceStart = false;
    else if (SENTENCE_END.test(value)) sentenceStart = true;
    prevEnd = start + value.length;
  }
  return tokens;
}
