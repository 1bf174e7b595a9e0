import { Outbox, outboxKey } from './addition-outbox.js';
import type { OutboxDeps, OutboxItem } from './addition-outbox.js';
import type { MeetingSession } from './meeting-session.svelte.js';
import { RequestError } from './meeting-session.svelte.js';
import { safeStorage } from './storage.js';

export { AdditionRefused } from './addition-outbox.js';
export type { OutboxItem } from './addition-outbox.js';

/**
 * An outbox bound to a session and made reactive: kept on this device until the server has
 * each item, sent again after every reconnect. Additions and questions differ only in their
 * storage key and the command that sends them.
 */
export class SessionOutbox {
  items = $state<OutboxItem[]>([]);
  /** How many are still waiting for the server. */
  readonly unsent = $derived(this.items.filter((item) => item.status === 'unsent').length);

  protected readonly core: Outbox;
  private readonly stopSync: () => void;

  constructor(session: MeetingSession, key: string, send: OutboxDeps['send']) {
    this.core = new Outbox({
      key,
      storage: safeStorage(),
      isOnline: () => session.status === 'online',
      send: (item) => {
        // While the socket is down a request would be buffered and sent later anyway; the
        // outbox does that itself, once, after the reconnect.
        if (session.status !== 'online') return Promise.reject(new RequestError('NETWORK'));
        return send(item);
      },
      onchange: (items) => (this.items = items),
    });
    this.items = this.core.list();
    this.stopSync = session.onSynced(() => void this.core.flush());
  }

  putBack(id: string): OutboxItem | undefined {
    return this.core.putBack(id);
  }

  destroy(): void {
    this.stopSync();
    this.core.destroy();
  }
}

/**
 * The additions one participant sent in this meeting, kept on this device until the server has
 * them. For a table host there is one per resident they help (`onBehalfOf`).
 */
export class AdditionOutbox extends SessionOutbox {
  constructor(session: MeetingSession, meetingId: string, owner: string, onBehalfOf?: string) {
    super(session, outboxKey(meetingId, owner), ({ id, themeId, text }) =>
      session.request('addition:send', { id, themeId, text, onBehalfOf }),
    );
  }

  /** Resolves `received` or `queued`; rejects with AdditionRefused (the text should stay). */
  submit(themeId: string | null, text: string): Promise<'received' | 'queued'> {
    return this.core.submit(themeId, text);
  }
}
