import type { PublicTable } from '../../shared/model.js';
import type { MeetingSession } from './meeting-session.svelte.js';

/**
 * The confirmed tables for the hall's screen, so people find their seat. Re-read after every
 * reconnect and kept current by `tables:changed`; empty until the grouping is confirmed.
 */
export class PublicTables {
  tables = $state<PublicTable[]>([]);
  private readonly stops: (() => void)[];

  constructor(private readonly session: MeetingSession) {
    this.stops = [
      session.on('tables:changed', ({ tables }) => (this.tables = tables)),
      session.onSynced(() => void this.refresh()),
    ];
  }

  async refresh(): Promise<void> {
    try {
      this.tables = await this.session.request('groups:tables', {});
    } catch {
      // The next reconnect asks again; until then the last known tables stay on screen.
    }
  }

  destroy(): void {
    for (const stop of this.stops) stop();
  }
}
