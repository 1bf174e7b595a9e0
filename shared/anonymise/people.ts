/** Names of people ("mevrouw De Vries", "opa Gerrit", "Henk zegt", "die heet Marja"). */
import * as L from './lexicon.js';
import { letters, NameReader } from './name-reader.js';
import type { Token } from './tokens.js';
import { candidate, type Candidate } from './types.js';

export interface NameFinding extends Candidate {
  /** Index of the first and last token of the flag, and of a title word before it (or -1). */
  first: number;
  last: number;
  title: number;
}

/** Before a first name these make it a shop or thing: "de Dirk", "een Jan". */
const DETERMINERS = new Set(['de', 'een', 'deze', "'t"]);
/** Words after which an unknown capitalised word is most likely a person. */
const PERSON_CONTEXT = new Set(
  `heeft had heb dat met aan tegen en zei zegt vroeg vertelde kent ken kende zag sprak belde bel
   help helpt hielp vraag vraagt want omdat toen`.split(/\s+/),
);
/** An age right after a word makes it a person: "Annemiek, 34,", "Pietersma (81)". */
const AGE_AFTER =
  /^(?: ?\( ?(?:(?:bijna|ruim|al|pas|net|over de|rond de|in de) )?\d{1,3}(?: jaar| jr\.?)? ?\)| ?, ?\d{1,3}(?: jaar)? ?[,.])/;

/** Finds the names in one text; `find` once per instance. */
export class NameFinder extends NameReader {
  private readonly found: NameFinding[] = [];

  find(): NameFinding[] {
    const { tokens } = this;
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].kind !== 'word' || this.blocked[i]) continue;
      const end = this.initials(i) ?? this.titled(i) ?? this.introduced(i) ?? this.bare(i);
      if (end !== undefined) i = end;
    }
    return this.found;
  }

  /** "Jansen-de Boer", "Smit-van der Linden": a double surname split by the tokenizer. */
  private doubleName(last: number): number {
    if (!/-(?:van|de|der|den|ter|ten|te)$/.test(this.tokens[last].lower)) return last;
    let k = this.next(last);
    while (k >= 0 && L.PREFIX_STARTS.has(this.tokens[k].lower) && !this.tokens[k].cap)
      k = this.next(k);
    return k >= 0 && this.tokens[k].cap && letters.test(this.tokens[k].text) ? k : last;
  }

  private add(
    first: number,
    last: number,
    title: number,
    suggestion = '[naam]',
    spanFirst = first,
  ): number {
    last = this.doubleName(last);
    const start = this.tokens[spanFirst].start;
    const atSentenceStart = this.tokens[spanFirst].sentenceStart;
    const text = atSentenceStart && suggestion === 'een bewoner' ? 'Een bewoner' : suggestion;
    this.found.push({
      ...candidate('name', start, this.tokens[last].end, text),
      first,
      last,
      title,
    });
    return last;
  }

  /** The last token of a surname the lists know, capitalised, starting at k ("Nijboer", "van Dijk"), or -1. */
  private knownSurnameAt(k: number): number {
    const t = this.tokens[k];
    const prefix = this.prefixAt(k);
    if (prefix) {
      const s = this.next(prefix.last);
      return s >= 0 && this.tokens[s].cap && this.surnameAfterPrefix(s, prefix.words, false)
        ? s
        : -1;
    }
    const known =
      L.SURNAMES.has(t.lower) && !L.WORD_SURNAME.has(t.lower) && !L.COMMON_WORDS.has(t.lower);
    return this.capName(t) && known ? k : -1;
  }

  // ---- the ways a name shows itself ----

  /** Initials before a surname: "J. de Vries", "A.B. Jansen", "H. de Groot", "Th. Brouwer". */
  private initials(i: number): number | undefined {
    const s = this.initialsEnd(i, false);
    return s === undefined ? undefined : this.add(i, s, -1);
  }

  /**
   * The surname's token index when initials start at i, else undefined. `cued`: a title comes
   * before ("mw. G. Hoekstra"), so any capitalised word after the initials is the surname.
   */
  private initialsEnd(i: number, cued: boolean): number | undefined {
    const { tokens, text } = this;
    const isInitial = (t: Token | undefined) =>
      t !== undefined &&
      t.kind === 'word' &&
      (/^\p{Lu}$/u.test(t.text) ||
        t.text === 'IJ' ||
        (t.cap && L.INITIAL_ABBREVIATIONS.has(t.lower)));
    if (!isInitial(tokens[i])) return undefined;
    let k = i;
    let count = 0;
    while (
      isInitial(tokens[k]) &&
      tokens[k + 1]?.text === '.' &&
      tokens[k + 1].start === tokens[k].end
    ) {
      k += 2;
      // Nobody has more than a handful of initials; a long run of "A. A. A." is not a name and
      // must not cost time per letter.
      if (++count > 6) return undefined;
      if (
        tokens[k]?.kind !== 'word' ||
        !/^ ?$/.test(text.slice(tokens[k - 1].end, tokens[k].start))
      )
        return undefined;
    }
    if (count === 0) return undefined;
    const prefix = this.prefixAt(k);
    if (prefix) {
      // "H. de Groot", "J.P. van Dijk": after initials and a prefix, a capital makes the surname.
      const s = this.next(prefix.last);
      // "J. van der Meer": after initials and a prefix even a word such as "Meer" is the surname.
      const t = tokens[s];
      return s >= 0 &&
        t.cap &&
        letters.test(t.text) &&
        !L.MONTHS.has(t.lower) &&
        !L.WEEKDAYS.has(t.lower)
        ? s
        : undefined;
    }
    const t = tokens[k];
    if (!this.capName(t)) return undefined;
    if (cued || count > 1) return k;
    if (L.SURNAMES.has(t.lower) && !L.WORD_SURNAME.has(t.lower)) return k;
    if (L.COMMON_WORDS.has(t.lower) && !L.WORD_SURNAME.has(t.lower)) return undefined;
    // "A. Verkeer" and "B. Groen" start the items of a list; "P. Zwart stelde voor" and "bel B.
    // Groen" name a person. At the start of a sentence a list letter needs a verb after the word.
    const v = this.next(k);
    const verb = v >= 0 && L.PERSON_VERBS.has(tokens[v].lower);
    const listLetter = tokens[i].sentenceStart && /^[A-FIVX]$/.test(tokens[i].text);
    return !listLetter || verb ? k : undefined;
  }

  /** A title or relation word before the name: "mevrouw Jansen", "opa Gerrit", "zijn vrouw Yasmina". */
  private titled(i: number): number | undefined {
    const t = this.tokens[i];
    const prev = this.prevWord(i);
    const dotted = L.DOTTED_TITLES.has(t.lower) && this.tokens[i + 1]?.text === '.';
    const heer = t.lower === 'heer' && prev?.lower === 'de';
    const formal = L.FORMAL_TITLES.has(t.lower) || heer || (t.lower === 'hr' && dotted);
    const relation = L.RELATIONS.has(t.lower);
    if (!formal && !relation && !L.TITLES.has(t.lower)) return undefined;
    const after = dotted ? i + 1 : i;
    const next = this.tokens[after + 1];
    if (!next || next.kind !== 'word' || this.blocked[after + 1]) return undefined;
    if (!/^ *$/.test(this.text.slice(this.tokens[after].end, next.start))) return undefined;
    const j = after + 1;
    const last =
      this.initialsEnd(j, true) ??
      this.afterTitle(j, relation, formal || L.PERSON_TITLES.has(t.lower));
    if (last < 0) return undefined;
    if (formal) return this.add(j, last, i, 'een bewoner', heer ? i - 1 : i);
    return this.add(j, last, i);
  }

  /** The last token of the name after a title at j, or -1. `personal`: "mevrouw", "opa" (not "dokter"). */
  private afterTitle(j: number, relation: boolean, personal: boolean): number {
    const t = this.tokens[j];
    // "oma Door", "opa Wil": after a title a capitalised first name counts even if it is a word.
    const known = t.cap ? L.FIRST_NAMES.has(t.lower) : !L.WORD_FIRST_NAME.has(t.lower);
    if (known && (t.cap || this.isFirstName(t))) return this.fullName(j, true);
    const prefix = this.prefixAt(j);
    if (prefix && !relation) {
      const s = this.next(prefix.last);
      if (this.surnameAfterPrefix(s, prefix.words, true)) return s;
    }
    if (this.capName(t)) return j;
    if (relation || !personal || !letters.test(t.text) || t.lower.length < 3) return -1;
    if (L.SURNAMES.has(t.lower) && !L.WORD_SURNAME.has(t.lower)) return j;
    const ordinary =
      L.COMMON_WORDS.has(t.lower) || L.WORD_SURNAME.has(t.lower) || L.ROLES.has(t.lower);
    return ordinary || this.isPlainWord(t) ? -1 : j;
  }

  /** "die heet Marja", "genaamd Kees", "ik ben Tineke", "noemen hem Stoffel". */
  private introduced(i: number): number | undefined {
    const t = this.tokens[i];
    const prev = this.prevWord(i);
    const ben = t.lower === 'ben' && prev?.lower === 'ik';
    if (!ben && !L.NAME_INTRODUCERS.has(t.lower) && !(t.lower === 'is' && prev?.lower === 'naam'))
      return undefined;
    let j = this.next(i);
    for (
      let skip = 0;
      !ben && skip < 2 && j >= 0 && L.INTRODUCER_SKIP.has(this.tokens[j].lower);
      skip++
    )
      j = this.next(j);
    if (j < 0) return undefined;
    const n = this.tokens[j];
    if (this.isFirstName(n) && (n.cap || !L.WORD_FIRST_NAME.has(n.lower)))
      return this.add(j, this.fullName(j, true), -1);
    if (this.capName(n) && !(ben && L.COMMON_WORDS.has(n.lower)))
      return this.add(j, this.surnameAfter(j), -1);
    if (ben || n.cap || !letters.test(n.text) || n.lower.length < 3) return undefined;
    if (L.COMMON_WORDS.has(n.lower) || L.WORD_SURNAME.has(n.lower) || this.isPlainWord(n))
      return undefined;
    return this.add(j, j, -1);
  }

  /** A name without a cue before it: a known first name, "de Vries", "Jansen", "Pietersma zegt". */
  private bare(i: number): number | undefined {
    const t = this.tokens[i];
    if (!t.cap && !L.FIRST_NAMES.has(t.lower) && !L.PREFIX_STARTS.has(t.lower)) return undefined;
    const prev = this.prevWord(i);
    const afterDeterminer =
      prev !== undefined &&
      DETERMINERS.has(prev.lower) &&
      /^ +$/.test(this.text.slice(prev.end, t.start));
    if (this.isFirstName(t) && !afterDeterminer) {
      const plain = L.STOP_WORDS.has(t.lower) || this.isDatePart(i);
      const ambiguous = L.WORD_FIRST_NAME.has(t.lower) || L.LANGUAGES.has(t.lower) || plain;
      const afterNumber =
        this.tokens[i - 1]?.kind === 'number' || this.tokens[i - 2]?.kind === 'number';
      const ok = ambiguous
        ? (t.cap && !t.sentenceStart && !L.LANGUAGES.has(t.lower) && !plain) || this.speechAfter(i)
        : t.cap || !afterNumber;
      if (ok) return this.add(i, this.fullName(i, true), -1);
    }
    const prefix = this.prefixAt(i);
    if (prefix && (t.cap || !t.sentenceStart)) {
      const s = this.next(prefix.last);
      // "Volgens Van Dam": a capitalised "Van" mid-sentence belongs to a surname ("in De Schakel" is a building).
      const cued = t.cap && !t.sentenceStart && t.lower !== 'de';
      if (prev && L.PLACE_PREPOSITIONS.has(prev.lower) && !cued) return undefined;
      if (s >= 0 && this.tokens[s].cap && this.surnameAfterPrefix(s, prefix.words, cued))
        return this.add(i, s, -1);
    }
    if (!this.capName(t) || L.LANGUAGES.has(t.lower)) return undefined;
    if (L.SURNAMES.has(t.lower) && !L.WORD_SURNAME.has(t.lower)) {
      const placeLike =
        prev !== undefined && (L.PLACE_PREPOSITIONS.has(prev.lower) || afterDeterminer);
      const k = this.next(i);
      if (t.sentenceStart ? k >= 0 && L.PERSON_VERBS.has(this.tokens[k].lower) : !placeLike)
        return this.add(i, i, -1);
    }
    if (L.COMMON_WORDS.has(t.lower) || afterDeterminer) return undefined;
    if (this.speechAfter(i) || AGE_AFTER.test(this.text.slice(t.end, t.end + 16)))
      return this.add(i, i, -1);
    const k = this.next(i);
    const plainCapital = /^\p{Lu}[\p{Ll}\p{M}]+$/u.test(t.text);
    // An unknown word before a known surname is the first name: "Gerolf Nijboer", "Dariusz Kowalski".
    if (plainCapital && k >= 0 && this.knownSurnameAt(k) >= 0)
      return this.add(i, this.knownSurnameAt(k), -1);
    // "Gerolf Nijboer (73)", "Gerolf Nijboer zegt": an unknown word before a name shown by its cue.
    const n = k >= 0 ? this.tokens[k] : undefined;
    if (
      plainCapital &&
      n &&
      /^\p{Lu}[\p{Ll}\p{M}]+$/u.test(n.text) &&
      this.capName(n) &&
      !L.COMMON_WORDS.has(n.lower) &&
      (this.speechAfter(k) || AGE_AFTER.test(this.text.slice(n.end, n.end + 16)))
    )
      return this.add(i, k, -1);
    // "bij Tjitske thuis": only a person is at home.
    if (!t.sentenceStart && plainCapital && k >= 0 && this.tokens[k].lower === 'thuis')
      return this.add(i, i, -1);
    // An unknown capitalised word where a person is expected: "heeft Wilco", "met Lisanne", "dat Annemiek".
    const single = k < 0 || !this.tokens[k].cap;
    // After "en" only when a name comes before it: "Henk en Wilco", not "Syrië en Eritrea".
    const listed = prev?.text !== 'en' || this.found.at(-1)?.last === i - 2;
    if (
      !t.sentenceStart &&
      prev &&
      PERSON_CONTEXT.has(prev.text) &&
      listed &&
      single &&
      plainCapital
    )
      return this.add(i, i, -1);
    return undefined;
  }
}
