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
const TOKEN = /(['’]t(?![\p{L}\p{M}])|[\p{L}\p{M}](?:[\p{L}\p{M}'’-]*[\p{L}\p{M}])?)|(\d+)|\S/gu;
const SENTENCE_END = new Set([
  '.',
  '!',
  '?',
  ':',
  ';',
  '"',
  '“',
  '”',
  '‘',
  '’',
  "'",
  '(',
  '•',
  '*',
]);

function token(value: string, start: number, kind: Token['kind'], sentenceStart: boolean): Token {
  const first = value[0];
  const upper = kind === 'word' && first !== first.toLowerCase();
  const allCaps = upper && value.length > 1 && value === value.toUpperCase();
  return {
    text: value,
    lower: value.toLowerCase().replace(/’/g, "'"),
    start,
    end: start + value.length,
    kind,
    cap: upper && !allCaps,
    sentenceStart: kind === 'word' && sentenceStart,
  };
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentenceStart = true;
  let nextNewline = text.indexOf('\n');
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let value = m[0];
    const start = m.index;
    // A newline before the token also starts a sentence (lists typed on a phone).
    if (nextNewline >= 0 && nextNewline < start) {
      sentenceStart = true;
      nextNewline = text.indexOf('\n', start);
    }
    const kind = m[1] !== undefined ? 'word' : m[2] !== undefined ? 'number' : 'punct';
    // "Fenna's moeder": the word is "Fenna"; "'s" is read on as tokens of its own.
    if (kind === 'word' && value.length > 3 && /['’]s$/.test(value)) {
      value = value.slice(0, -2);
      TOKEN.lastIndex = start + value.length;
    }
    tokens.push(token(value, start, kind, sentenceStart));
    if (kind !== 'punct') sentenceStart = false;
    else if (SENTENCE_END.has(value)) sentenceStart = true;
  }
  return tokens;
}
