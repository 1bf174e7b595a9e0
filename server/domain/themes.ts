import type { FieldFlag, PublicTheme, Quote, Theme } from '../../shared/model.js';

/** Finds personal data in one text; the anonymiser in shared/anonymise.ts in production. */
export type FlagFinder = (
  text: string,
) => { class: string; start: number; end: number; text: string; suggestion: string }[];

/** The key under which a dismissed flag is remembered: the same finding is not raised again. */
export const flagKey = (flag: { class: string; text: string }) => `${flag.class}:${flag.text}`;

/** Every field of a theme that reaches the room, with its name in flags. */
export function themeFields(
  theme: Pick<Theme, 'title' | 'description' | 'quotes'>,
): [string, string][] {
  return [
    ['title', theme.title],
    ['description', theme.description],
    ...theme.quotes.map((quote): [string, string] => [`quote:${quote.id}`, quote.text]),
  ];
}

/** The anonymiser's findings in a theme that the facilitator has not dismissed. */
export function openFlags(
  theme: Pick<Theme, 'title' | 'description' | 'quotes' | 'dismissedFlags'>,
  find: FlagFinder,
): FieldFlag[] {
  const dismissed = new Set(theme.dismissedFlags);
  return themeFields(theme).flatMap(([field, text]) =>
    find(text)
      .filter((flag) => !dismissed.has(flagKey(flag)))
      .map((flag) => ({ field, ...flag })),
  );
}

/** Only published, visible themes reach phones and the projector. */
export function isPublic(theme: Theme): boolean {
  return theme.published && !theme.hidden;
}

/** What the room sees of a theme: no flags, no dismissals, no hidden state. */
export function toPublicTheme(theme: Theme): PublicTheme {
  return {
    id: theme.id,
    title: theme.title,
    description: theme.description,
    quotes: theme.quotes.map((quote) => ({ id: quote.id, text: quote.text })),
    recognitionOpen: theme.recognitionOpen,
    recognitionRevealed: theme.recognitionRevealed,
  };
}

/** Quotes from an edit: existing ids are kept so flags and the room keep tracking them. */
export function mergeQuotes(
  input: { id?: string; text: string }[],
  existing: Quote[],
  newId: () => string,
): Quote[] {
  const known = new Set(existing.map((quote) => quote.id));
  return input.map((quote) => ({
    id: quote.id && known.has(quote.id) ? quote.id : newId(),
    text: quote.text,
  }));
}

/** Puts themes in the order of `ids`; themes not named keep their relative order at the end. */
export function reorder(themes: Theme[], ids: string[]): Theme[] {
  const rank = new Map(ids.map((id, index) => [id, index]));
  const sorted = [...themes].sort(
    (a, b) =>
      (rank.get(a.id) ?? ids.length + a.position) - (rank.get(b.id) ?? ids.length + b.position),
  );
  return sorted.map((theme, position) => ({ ...theme, position }));
}
