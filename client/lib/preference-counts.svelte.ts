import type { PreferenceCounts } from '../../shared/protocol.js';
import type { MeetingSession } from './meeting-session.svelte.js';
import { SyncedState } from './synced-state.svelte.js';

/** The live counts of preferred themes, for the facilitator while the room chooses. */
export class PreferenceCountsState extends SyncedState {
  counts = $state<PreferenceCounts>({ themes: {}, noPreference: 0, total: 0 });

  constructor(private readonly session: MeetingSession) {
    super();
    this.follow(
      session,
      session.on('preferences:counted', ({ counts }) => (this.counts = counts)),
    );
  }

  protected async read(): Promise<void> {
    this.counts = await this.session.request('preference:counts', {});
  }
}
