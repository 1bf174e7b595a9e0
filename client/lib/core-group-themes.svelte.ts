import type { PublicTheme } from '../../shared/model.js';
import type { MeetingSession } from './meeting-session.svelte.js';
import type { Feedback } from './feedback.svelte.js';
import { StaffSyncedState } from './synced-state.svelte.js';

/**
 * The published themes as the kopgroep sees them: each may become a werkgroep. Read again after
 * every reconnect; kept current by the room's broadcast.
 */
export class CoreGroupThemes extends StaffSyncedState {
  themes = $state.raw<PublicTheme[]>([]);

  constructor(session: MeetingSession, feedback: Feedback) {
    super(session, feedback);
    this.stopOnDestroy(session.on('themes:changed', ({ themes }) => (this.themes = themes)));
  }

  protected async read(): Promise<boolean> {
    const outcome = await this.feedback.run(() => this.session.request('themes:list', {}));
    // A kopgroep connection only ever gets public themes.
    if (outcome.ok) this.themes = outcome.data as PublicTheme[];
    return outcome.ok;
  }
}
