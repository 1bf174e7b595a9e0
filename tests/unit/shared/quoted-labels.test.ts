import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../shared/i18n/locales.js';
import { label } from '../../../shared/i18n/quote.js';

/** Every fixed text of a catalogue (functions make their text from what they are given). */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(texts);
  return [];
}

/** What a message tells the reader to look for: text between „…” or "…". */
function quoted(text: string): string[] {
  return [...text.matchAll(/„([^”]+)”|"([^"]+)"/g)].map((match) => match[1] ?? match[2]);
}

// Not ours to label: the browser's own print dialog.
const BROWSER_LABELS = new Set(['Opslaan als PDF', 'Save as PDF']);

describe('messages that point at a label', () => {
  for (const [locale, messages] of Object.entries(LOCALES)) {
    it(`quote the exact label on the page (${locale})`, () => {
      const all = texts(messages);
      const labels = new Set(all.flatMap((text) => [text, label(text)]));
      const pointers = all.flatMap((text) => quoted(text).map((quote) => ({ quote, text })));
      // The consent error and the anonymiser's error are among them: the check is not empty.
      expect(pointers.length).toBeGreaterThanOrEqual(5);
      const unknown = pointers.filter(
        ({ quote }) => !labels.has(quote) && !BROWSER_LABELS.has(quote),
      );
      expect(unknown).toEqual([]);
    });
  }

  it('names the consent box as the sign-up form reads it', () => {
    expect(LOCALES.nl.errors.CONSENT_REQUIRED).toBe(
      'Zet een vinkje bij „Ik wil dat de werkgroep contact met mij opneemt”. Anders kunnen we u niet aanmelden.',
    );
    expect(LOCALES.nl.errors.UNRESOLVED_FLAGS).toContain('kies „Toch publiceren”');
  });
});
