/**
 * A time as people type it in a Dutch form ("14:00", "14.00", "1400", "9:30", "9u30") made into
 * the HH:MM the server takes. The browser's own time input shows the system's format ("02:00 PM"
 * on an English laptop) in a Dutch page, so the plan form asks for plain text.
 */

/** HH:MM, '' for an empty box, or null when the text is no time of day. */
export function normaliseTime(typed: string): string | null {
  const text = typed.trim();
  if (text === '') return '';
  const match = /^(\d{1,2})(?:[:.u]?(\d{2}))?$/.exec(text);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
