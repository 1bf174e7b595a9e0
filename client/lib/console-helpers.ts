/**
 * Pure helpers of the Regie: theme fields and anonymiser suggestions, and the moderation queue's
 * order. No state and no I/O, so they are easy to test.
 */
import type { Addition, FieldFlag, StaffTheme } from '../../shared/model.js';
import type { ThemeInput } from '../../shared/protocol.js';

/** Only published, visible themes reach phones and the projector. */
export function isPublic(theme: Pick<StaffTheme, 'published' | 'hidden'>): boolean {
  return theme.published && !theme.hidden;
}

/** The text of one field of a theme, by its flag name (`title`, `description`, `quote:<id>`). */
export function fieldText(
  theme: Pick<StaffTheme, 'title' | 'description' | 'quotes'>,
  field: string,
): string {
  if (field === 'title') return theme.title;
  if (field === 'description') return theme.description;
  return theme.quotes.find((quote) => `quote:${quote.id}` === field)?.text ?? '';
}

/** A theme as an update payload, with one field's text replaced. */
export function themeInput(theme: StaffTheme, field?: string, text?: string): ThemeInput {
  const pick = (name: string, current: string) =>
    name === field && text !== undefined ? text : current;
  return {
    title: pick('title', theme.title),
    description: pick('description', theme.description),
    quotes: theme.quotes.map((quote) => ({
      id: quote.id,
      text: pick(`quote:${quote.id}`, quote.text),
    })),
  };
}

/**
 * Replaces flagged spans with their suggestions, last first so earlier offsets stay right.
 * A span whose text moved (the field changed meanwhile) is looked up by its text instead.
 *
 * @example applySuggestions('Mevrouw Jansen belt', [{ start: 8, end: 14, text: 'Jansen', suggestion: '[naam]' }])
 *   === 'Mevrouw [naam] belt'
 */
export function applySuggestions(
  text: string,
  flags: readonly Pick<FieldFlag, 'start' | 'end' | 'text' | 'suggestion'>[],
): string {
  let out = text;
  let limit = Infinity;
  for (const flag of [...flags].sort((a, b) => b.start - a.start)) {
    let start = out.slice(flag.start, flag.end) === flag.text ? flag.start : out.indexOf(flag.text);
    if (start < 0 || start + flag.text.length > limit) start = -1;
    if (start < 0) continue;
    out = out.slice(0, start) + flag.suggestion + out.slice(start + flag.text.length);
    limit = start;
  }
  return out;
}

/** One theme's part of the moderation queue. */
export interface QueueGroup {
  key: string;
  themeId: string | null;
  /** The theme's title; null for "iets anders", '' for a theme that was deleted since. */
  title: string | null;
  pending: number;
  total: number;
  items: Addition[];
}

const queueOrder = (a: Addition, b: Addition) =>
  Number(b.status === 'pending') - Number(a.status === 'pending') || b.createdAt - a.createdAt;

/**
 * The moderation queue: grouped per theme in the themes' order, "iets anders" last; inside a
 * group the pending additions first, newest first. Handled ones only when asked for.
 */
export function queueGroups(
  additions: Addition[],
  themes: StaffTheme[],
  showHandled: boolean,
): QueueGroup[] {
  const rank = new Map(themes.map((theme, index) => [theme.id, index]));
  const groups = new Map<string, QueueGroup>();
  for (const addition of additions) {
    const key = addition.themeId ?? '';
    let group = groups.get(key);
    if (!group) {
      const title =
        addition.themeId === null
          ? null
          : (themes.find((t) => t.id === addition.themeId)?.title ?? '');
      group = { key, themeId: addition.themeId, title, pending: 0, total: 0, items: [] };
      groups.set(key, group);
    }
    group.total += 1;
    if (addition.status === 'pending') group.pending += 1;
    if (showHandled || addition.status === 'pending') group.items.push(addition);
  }
  const place = (group: QueueGroup) =>
    group.themeId === null ? Infinity : (rank.get(group.themeId) ?? themes.length);
  return [...groups.values()]
    .filter((group) => group.items.length > 0)
    .map((group) => ({ ...group, items: group.items.sort(queueOrder) }))
    .sort((a, b) => place(a) - place(b));
}

/** The pending addition to select after handling `id`: the next one down, else the one above. */
export function nextPending(items: readonly Addition[], id: string): string | null {
  const at = items.findIndex((item) => item.id === id);
  const later = items.slice(at + 1).find((item) => item.status === 'pending');
  const earlier = items
    .slice(0, Math.max(at, 0))
    .reverse()
    .find((item) => item.status === 'pending');
  return (later ?? earlier)?.id ?? null;
}

/** What a key press means in the moderation queue. */
export type QueueKey =
  | 'next'
  | 'previous'
  | 'stop'
  | 'confirm'
  | 'approve'
  | 'edit'
  | 'reject'
  | 'merge'
  | 'promote'
  | 'undo';

const QUEUE_KEYS: Record<string, QueueKey> = {
  j: 'next',
  ArrowDown: 'next',
  k: 'previous',
  ArrowUp: 'previous',
  Escape: 'stop',
  Enter: 'confirm',
  a: 'approve',
  e: 'edit',
  r: 'reject',
  m: 'merge',
  p: 'promote',
  u: 'undo',
};

/**
 * The queue's shortcut for a key press, or null: typing in a field and key combinations
 * (Ctrl+R reloads, after all) are left alone.
 */
export function queueKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>,
): QueueKey | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const target = event.target as { closest?: (selector: string) => unknown } | null;
  if (target?.closest?.('input, textarea, select, summary')) return null;
  return QUEUE_KEYS[event.key] ?? null;
}
