import type { PublicTheme } from '../../shared/model.js';
import type { MeetingSession } from './meeting-session.svelte.js';
import type { Feedback } from './feedback.svelte.js';

/**
 * The published themes as the kopgroep sees them: each may become a werkgroep. Read again after
 * every reconnect; kept current by the room's broadcast.
 */
export class CoreGroupThemes {
  themes = $state.raw<PublicTheme[]>([]);
  private readonly stops: (() => void)[];

  constructor(
    private readonly session: MeetingSession,
    private readonly feedback: Feedback,
  ) {
    this.stops = [
      session.on('themes:changed', ({ themes }) => (this.themes = themes)),
      session.onSynced(() => void this.refresh()),
    ];
  }

  async refresh(): Promise<void> {
    const outcome = await this.feedback.run(() => this.session.request('themes:list', {}));
    // A kopgroep connection only ever gets public themes.
    if (outcome.ok) this.themes = outcome.data as PublicTheme[];
  }

  destroy(): void {
    for (const stop of this.stops) stop();
  }
}
