/** Reading names token by token: first names, prefixes, surnames. Used by NameFinder. */
import * as L from './lexicon.js';
import type { Token } from './tokens.js';

export const letters = /^[\p{L}\p{M}'’-]+$/u;

/** A first name of the lists, also when written with or without its accents ("José", "Rene"). */
function knownFirstName(word: string): boolean {
  return L.FIRST_NAMES.has(word) || L.FIRST_NAMES.has(word.normalize('NFD').replace(/\p{M}/gu, ''));
}

export class NameReader {
  constructor(
    protected readonly text: string,
    protected readonly tokens: Token[],
    /** Tokens that belong to a street name, shop or e-mail address and so are no person. */
    protected readonly blocked: Uint8Array,
  ) {}

  /** The next word token when only spaces separate it from token i, else -1. */
  protected next(i: number): number {
    const a = this.tokens[i];
    const b = this.tokens[i + 1];
    if (!a || !b || b.kind !== 'word' || this.blocked[i + 1] || b.start === a.end) return -1;
    for (let p = a.end; p < b.start; p++) if (this.text.charCodeAt(p) !== 32) return -1;
    return i + 1;
  }

  protected prevWord(i: number): Token | undefined {
    const prev = this.tokens[i - 1];
    return prev && prev.kind === 'word' ? prev : undefined;
  }

  protected isFirstName(t: Token): boolean {
    if (L.STOP_WORDS.has(t.lower)) return false;
    if (knownFirstName(t.lower)) return true;
    return t.lower.includes('-') && t.lower.split('-').every(knownFirstName);
  }

  protected isPlainWord(t: Token): boolean {
    return L.STOP_WORDS.has(t.lower) || L.MONTHS.has(t.lower) || L.WEEKDAYS.has(t.lower);
  }

  /** A month written next to a number ("1 jan", "jan 2025"): "jan" is a name elsewhere. */
  protected isDatePart(i: number): boolean {
    const t = this.tokens[i];
    if (!L.MONTHS.has(t.lower) && !L.WEEKDAYS.has(t.lower)) return false;
    if (!L.FIRST_NAMES.has(t.lower) || L.WORD_FIRST_NAME.has(t.lower)) return true;
    const near = (k: number) =>
      this.tokens[k]?.kind === 'number' &&
      /^[ .]*$/.test(
        this.text.slice(
          Math.min(this.tokens[k].end, t.end),
          Math.max(this.tokens[k].start, t.start),
        ),
      );
    return near(i - 1) || near(i + 1);
  }

  /** A capitalised word that can be a surname or name in this position. */
  protected capName(t: Token): boolean {
    return (
      t.cap &&
      letters.test(t.text) &&
      !this.isPlainWord(t) &&
      !L.ROLES.has(t.lower) &&
      !L.PLACES.has(t.lower) &&
      !L.NAMED_THINGS.has(t.lower)
    );
  }

  /** Longest surname prefix at i ("van der"): index of its last token and its words, or undefined. */
  protected prefixAt(i: number): { last: number; words: string } | undefined {
    if (!L.PREFIX_STARTS.has(this.tokens[i].lower)) return undefined;
    for (const prefix of L.PREFIXES) {
      let k = i;
      let ok = true;
      for (let w = 0; w < prefix.length; w++) {
        if (w > 0) k = this.next(k);
        if (k < 0 || this.tokens[k].lower !== prefix[w]) {
          ok = false;
          break;
        }
      }
      if (ok) return { last: k, words: prefix.join(' ') };
    }
    return undefined;
  }

  /** After a prefix: is token k the surname? `cued`: a first name or title comes before. */
  protected surnameAfterPrefix(k: number, prefix: string, cued: boolean): boolean {
    if (k < 0) return false;
    const t = this.tokens[k];
    if (!letters.test(t.text) || this.isPlainWord(t) || L.ROLES.has(t.lower)) return false;
    const phrase = `${prefix} ${t.lower}`;
    const wordLike = L.WORD_SURNAME.has(t.lower);
    if (t.cap) {
      if (cued) return true;
      if (wordLike) return prefix === 'van der' || prefix === 'van den';
      return L.PREFIXED_SURNAMES.has(phrase) || L.SURNAMES.has(t.lower);
    }
    return cued && (L.PREFIXED_SURNAMES.has(phrase) || L.SURNAMES.has(t.lower));
  }

  /** Surname after the first name(s) ending at token g: index of the name's last token. */
  protected surnameAfter(g: number): number {
    const j = this.next(g);
    if (j < 0) return g;
    const prefix = this.prefixAt(j);
    if (prefix) {
      const s = this.next(prefix.last);
      if (this.surnameAfterPrefix(s, prefix.words, true)) return s;
    }
    const t = this.tokens[j];
    if (this.capName(t) && !L.LANGUAGES.has(t.lower)) return j;
    if (
      !t.cap &&
      L.SURNAMES.has(t.lower) &&
      !L.WORD_SURNAME.has(t.lower) &&
      !L.COMMON_WORDS.has(t.lower)
    )
      return j;
    return g;
  }

  /** First names from token j on ("Gerrit Jan"), then a surname: last token index. */
  protected fullName(j: number, cued: boolean): number {
    let g = j;
    for (let k = this.next(g); k >= 0; k = this.next(g)) {
      const t = this.tokens[k];
      if (!this.isFirstName(t) || !(t.cap || (cued && !L.WORD_FIRST_NAME.has(t.lower)))) break;
      g = k;
    }
    return this.surnameAfter(g);
  }

  protected speechAfter(last: number): boolean {
    const k = this.next(last);
    return k >= 0 && L.SPEECH_VERBS.has(this.tokens[k].lower);
  }
}
