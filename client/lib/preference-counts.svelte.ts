import type { PreferenceCounts } from '../../shared/protocol.js';
import type { MeetingSession } from './meeting-session.svelte.js';

/** The live counts of preferred themes, for the facilitator while the room chooses. */
export class PreferenceCountsState {
  counts = $state<PreferenceCounts>({ themes: {}, noPreference: 0, total: 0 });
  private readonly stops: (() => void)[];

  constructor(private readonly session: MeetingSession) {
    this.stops = [
      session.on('preferences:counted', ({ counts }) => (this.counts = counts)),
      session.onSynced(() => void this.refresh()),
    ];
  }

  destroy(): void {
    for (const stop of this.stops) stop();
  }

  private async refresh(): Promise<void> {
    try {
      this.counts = await this.session.request('preference:counts', {});
    } catch {
      // Tried again after the next reconnect; broadcasts keep it current meanwhile.
    }
  }
}
