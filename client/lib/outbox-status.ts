import type { ErrorCode } from '../../shared/codes.js';
import type { Messages } from '../../shared/i18n/index.js';
import type { OutboxItem } from './addition-outbox.js';

/*
 * How a phone shows what it sent through an outbox, the same for aanvullingen and questions:
 * "nog niet verstuurd" until the server has it, then "ontvangen" or "niet gelukt" with the reason.
 */

/** A sign next to the words, hidden from screen readers (the words say it). */
export const outboxStatusIcon = (item: OutboxItem): string =>
  item.status === 'received' ? '✓' : item.status === 'unsent' ? '…' : '!';

export const outboxStatusText = (m: Messages, item: OutboxItem): string =>
  item.status === 'received'
    ? m.room.statusReceived
    : item.status === 'unsent'
      ? m.room.statusUnsent
      : m.room.statusFailed;

/** Why the server refused an item, in the reader's language. */
export const outboxRefusal = (m: Messages, item: OutboxItem): string =>
  m.errors[(item.code ?? 'INTERNAL') as ErrorCode] ?? m.errors.INTERNAL;
