import type { JoinStats } from '../../shared/protocol.js';
import type { MeetingSession } from './meeting-session.svelte.js';
import { SyncedState } from './synced-state.svelte.js';

/** Read again this often while nobody joins, so the bars move on with the clock. */
const REFRESH_MS = 30_000;

/** Joins over time and the warning, for the Regie's joining panel; kept live by the server. */
export class JoinStatsState extends SyncedState {
  stats = $state.raw<JoinStats | null>(null);

  constructor(private readonly session: MeetingSession) {
    super();
    const timer = setInterval(() => void this.refresh(), REFRESH_MS);
    this.stopOnDestroy(() => clearInterval(timer));
    this.follow(
      session,
      session.on('joining:counted', ({ stats }) => (this.stats = stats)),
    );
  }

  /** Closes joining (true) or opens it again (false); rejects with a RequestError. */
  async setClosed(closed: boolean): Promise<void> {
    this.stats = await this.session.request('joining:set', { closed });
  }

  /** Failing, tried again on the next tick or reconnect; broadcasts keep it current meanwhile. */
  protected async read(): Promise<void> {
    this.stats = await this.session.request('joining:get', {});
  }
}
