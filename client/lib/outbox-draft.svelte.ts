import type { ErrorCode } from '../../shared/codes.js';
import { AdditionRefused } from './addition-outbox.js';
import type { OutboxItem } from './addition-outbox.js';

/**
 * The text a phone is writing for an outbox (an aanvulling on the evening, a question at a
 * terugkombijeenkomst): its length against the limit, why it was refused, and what became of
 * the last one sent ("received", or "queued" while the connection is gone).
 */
export class OutboxDraft {
  text = $state('');
  busy = $state(false);
  errorCode = $state<ErrorCode | null>(null);
  notice = $state<'received' | 'queued' | null>(null);

  constructor(private readonly max: number) {}

  get length(): number {
    return this.text.trim().length;
  }

  /** Characters above the limit; zero or less when the text fits. */
  get over(): number {
    return this.length - this.max;
  }

  /** A refused item goes back into the field, with the reason, to be changed and sent again. */
  putBack(item: OutboxItem | undefined): OutboxItem | undefined {
    if (!item) return undefined;
    this.text = item.text;
    this.errorCode = (item.code as ErrorCode | undefined) ?? null;
    this.notice = null;
    return item;
  }

  /** Checks the text, then hands it to `send`; when refused, the text stays with the reason. */
  async submit(send: (text: string) => Promise<'received' | 'queued'>): Promise<void> {
    this.notice = null;
    this.errorCode = this.length === 0 ? 'TEXT_EMPTY' : this.over > 0 ? 'TEXT_TOO_LONG' : null;
    if (this.errorCode || this.busy) return;
    this.busy = true;
    try {
      this.notice = await send(this.text.trim());
      this.text = '';
    } catch (error) {
      // Refused or "too many"; anything else is our fault, not the writer's.
      this.errorCode = error instanceof AdditionRefused ? (error.code as ErrorCode) : 'INTERNAL';
    } finally {
      this.busy = false;
    }
  }
}
