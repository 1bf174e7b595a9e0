import type { PublicTable } from '../../shared/model.js';
import type { MeetingSession } from './meeting-session.svelte.js';
import { SyncedState } from './synced-state.svelte.js';

/**
 * The confirmed tables for the hall's screen, so people find their seat. Re-read after every
 * reconnect and kept current by `tables:changed`; empty until the grouping is confirmed.
 */
export class PublicTables extends SyncedState {
  tables = $state<PublicTable[]>([]);

  constructor(private readonly session: MeetingSession) {
    super();
    this.follow(
      session,
      session.on('tables:changed', ({ tables }) => (this.tables = tables)),
    );
  }

  protected async read(): Promise<void> {
    this.tables = await this.session.request('groups:tables', {});
  }
}
