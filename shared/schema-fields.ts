/**
 * The building blocks every payload schema uses: cleaned free text and ids. Kept apart so the
 * schema files can share them without importing each other.
 */
import { z } from 'zod';

/**
 * Free text from a person: control characters removed, runs of spaces collapsed, trimmed.
 * Markup is kept as typed and always rendered as text, never as HTML.
 */
export function cleanText(text: string): string {
  return (
    text
      .normalize('NFC')
      // Control characters are exactly what this removes.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F\u200B-\u200F\u202A-\u202E]/g, '')
      .replace(/[ \t]+/g, ' ')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

/** A text field: cleaned, then required and capped. Too long or empty get their own codes. */
export const textField = (max: number) =>
  z
    .string()
    .max(max * 4)
    .transform(cleanText)
    .pipe(z.string().min(1).max(max));

/** The ids the server hands out (meetings, themes, tables, werkgroepen…). */
export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{8,40}$/);
