import { parse } from 'csv-parse/sync';
import { LIMITS } from '../../shared/limits.js';
import { cleanText } from '../../shared/protocol.js';

export interface ImportedTheme {
  title: string;
  description: string;
  quotes: string[];
}

/**
 * Reads themes from Markdown: each `# Title` starts a theme, lines starting with `>` are
 * quotes, other lines form the description.
 *
 * @example
 * # Elkaar ontmoeten
 * Mensen willen elkaar vaker zien.
 * > Ik ken mijn buren bijna niet meer.
 */
export function parseMarkdownThemes(text: string): ImportedTheme[] {
  const themes: ImportedTheme[] = [];
  let current: { title: string; description: string[]; quotes: string[] } | null = null;
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    const heading = /^#{1,3}\s+(.+)$/.exec(line);
    if (heading) {
      if (current) themes.push(finish(current));
      current = { title: heading[1], description: [], quotes: [] };
    } else if (current && line.startsWith('>')) {
      current.quotes.push(unquote(line.replace(/^>\s*/, '')));
    } else if (current && line && !line.startsWith('<!--')) {
      current.description.push(line);
    }
  }
  if (current) themes.push(finish(current));
  return themes;
}

/**
 * Drops quotation marks around a whole quote. Only a pair is removed: a lone apostrophe is
 * Dutch ("'s Ochtends", "zo'n"), not punctuation around the quote.
 */
function unquote(text: string): string {
  if (/^'[a-z]{1,2}\s/i.test(text)) return text; // starts with an elision: 's, 't, 'n
  const pair = /^(["“„‘'])(.*)(["”’'])$/s.exec(text);
  return pair ? pair[2] : text;
}

function finish(theme: { title: string; description: string[]; quotes: string[] }): ImportedTheme {
  return {
    title: cleanText(theme.title),
    description: cleanText(theme.description.join(' ')),
    quotes: theme.quotes.map(cleanText).filter(Boolean),
  };
}

/**
 * Reads themes from CSV with a header row `thema,beschrijving,citaat` (English headers
 * `theme,description,quote` work too; `;` as separator as Dutch Excel writes it). Rows with the
 * same theme add quotes to it.
 */
export function parseCsvThemes(text: string): ImportedTheme[] {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter =
    (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows = parse(text, {
    columns: (header: string[]) => header.map((name) => HEADERS[name.trim().toLowerCase()] ?? name),
    delimiter,
    skip_empty_lines: true,
    trim: true,
    bom: true,
    relax_column_count: true,
  }) as Record<string, string | undefined>[];
  const byTitle = new Map<string, ImportedTheme>();
  for (const row of rows) {
    const title = cleanText(row.title ?? '');
    if (!title) continue;
    const theme = byTitle.get(title) ?? { title, description: '', quotes: [] };
    if (!theme.description && row.description) theme.description = cleanText(row.description);
    if (row.quote?.trim()) theme.quotes.push(cleanText(row.quote));
    byTitle.set(title, theme);
  }
  return [...byTitle.values()];
}

const HEADERS: Record<string, string> = {
  thema: 'title',
  theme: 'title',
  titel: 'title',
  title: 'title',
  beschrijving: 'description',
  omschrijving: 'description',
  description: 'description',
  citaat: 'quote',
  quote: 'quote',
};

/** Why an import cannot be used as it is, in terms the facilitator can act on; null when fine. */
export function importProblem(themes: ImportedTheme[]): string | null {
  if (themes.length === 0) return 'No themes found';
  if (themes.length > LIMITS.themesPerMeeting) return 'Too many themes';
  for (const theme of themes) {
    if (theme.title.length > LIMITS.themeTitleLength) return `Title too long: ${theme.title}`;
    if (theme.description.length > LIMITS.themeDescriptionLength)
      return `Description too long: ${theme.title}`;
    if (theme.quotes.length > LIMITS.quotesPerTheme) return `Too many quotes: ${theme.title}`;
    if (theme.quotes.some((quote) => quote.length > LIMITS.quoteLength))
      return `Quote too long: ${theme.title}`;
  }
  return null;
}
