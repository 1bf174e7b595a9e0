import type { MeetingResults } from '../../shared/model.js';
import type { MeetingSession } from './meeting-session.svelte.js';
import { SyncedState } from './synced-state.svelte.js';
import { failureCode } from './error-message.js';
import type { FailureCode } from './error-message.js';

/** Tables may still add a note while the results are up; the screen catches up this often. */
const REFRESH_MS = 20_000;

/**
 * The evening's results for the projector while the results phase lasts: read on start and
 * after every reconnect, sign-up counts kept current from their broadcast, and read again now
 * and then so a late note on a canvas still reaches the screen. Create it when the phase
 * begins and destroy it when the phase ends.
 */
export class ResultsState extends SyncedState {
  results = $state.raw<MeetingResults | null>(null);
  failure = $state<FailureCode | null>(null);

  constructor(private readonly session: MeetingSession) {
    super();
    const timer = setInterval(() => void this.refresh(), REFRESH_MS);
    this.stopOnDestroy(() => clearInterval(timer));
    this.follow(
      session,
      session.on('signups:counted', ({ counts }) => this.setCounts(counts)),
    );
  }

  protected async read(): Promise<boolean> {
    try {
      this.results = await this.session.request('results:get', {});
      this.failure = null;
      return true;
    } catch (error) {
      // The last results stay on screen; the next refresh or reconnect tries again.
      this.failure = failureCode(error);
      return false;
    }
  }

  private setCounts(counts: Record<string, number>): void {
    if (!this.results) return;
    this.results = {
      ...this.results,
      themes: this.results.themes.map((theme) => ({
        ...theme,
        signupCount: counts[theme.themeId] ?? 0,
      })),
    };
  }
}
