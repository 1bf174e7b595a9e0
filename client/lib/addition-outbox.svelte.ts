import { Outbox, outboxKey } from './addition-outbox.js';
import type { OutboxItem } from './addition-outbox.js';
import type { MeetingSession } from './meeting-session.svelte.js';
import { RequestError } from './meeting-session.svelte.js';
import { safeStorage } from './storage.js';

export { AdditionRefused } from './addition-outbox.js';
export type { OutboxItem } from './addition-outbox.js';

/**
 * The additions one participant sent in this meeting, kept on this device until the server has
 * them. For a table host there is one per resident they help (`onBehalfOf`).
 */
export class AdditionOutbox {
  items = $state<OutboxItem[]>([]);
  /** How many are still waiting for the server. */
  readonly unsent = $derived(this.items.filter((item) => item.status === 'unsent').length);

  private readonly core: Outbox;
  private readonly stopSync: () => void;

  constructor(session: MeetingSession, meetingId: string, owner: string, onBehalfOf?: string) {
    this.core = new Outbox({
      key: outboxKey(meetingId, owner),
      storage: safeStorage(),
      isOnline: () => session.status === 'online',
      send: ({ id, themeId, text }) => {
        // While the socket is down a request would be buffered and sent later anyway; the
        // outbox does that itself, once, after the reconnect.
        if (session.status !== 'online') return Promise.reject(new RequestError('NETWORK'));
        return session.request('addition:send', { id, themeId, text, onBehalfOf });
      },
      onchange: (items) => (this.items = items),
    });
    this.items = this.core.list();
    this.stopSync = session.onSynced(() => void this.core.flush());
  }

  /** Resolves `received` or `queued`; rejects with AdditionRefused (the text should stay). */
  submit(themeId: string | null, text: string): Promise<'received' | 'queued'> {
    return this.core.submit(themeId, text);
  }

  putBack(id: string): OutboxItem | undefined {
    return this.core.putBack(id);
  }

  destroy(): void {
    this.stopSync();
    this.core.destroy();
  }
}
