import type { JoinStats } from '../../shared/protocol.js';
import type { MeetingSession } from './meeting-session.svelte.js';

/** Read again this often while nobody joins, so the bars move on with the clock. */
const REFRESH_MS = 30_000;

/** Joins over time and the warning, for the Regie's joining panel; kept live by the server. */
export class JoinStatsState {
  stats = $state.raw<JoinStats | null>(null);
  private readonly stops: (() => void)[];
  private readonly timer: ReturnType<typeof setInterval>;

  constructor(private readonly session: MeetingSession) {
    this.stops = [
      session.on('joining:counted', ({ stats }) => (this.stats = stats)),
      session.onSynced(() => void this.refresh()),
    ];
    this.timer = setInterval(() => void this.refresh(), REFRESH_MS);
  }

  /** Closes joining (true) or opens it again (false); rejects with a RequestError. */
  async setClosed(closed: boolean): Promise<void> {
    this.stats = await this.session.request('joining:set', { closed });
  }

  destroy(): void {
    clearInterval(this.timer);
    for (const stop of this.stops) stop();
  }

  private async refresh(): Promise<void> {
    try {
      this.stats = await this.session.request('joining:get', {});
    } catch {
      // Tried again on the next tick or reconnect; broadcasts keep it current meanwhile.
    }
  }
}
