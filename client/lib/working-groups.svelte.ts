import type { WorkingGroupSummary } from '../../shared/model.js';
import type { MeetingSession } from './meeting-session.svelte.js';
import type { Feedback } from './feedback.svelte.js';
import { StaffSyncedState } from './synced-state.svelte.js';

/**
 * The werkgroepen of a meeting and the sign-ups per theme they start from, for the Regie and
 * the kopgroep. Read again after every reconnect; the server broadcasts a werkgroep that starts
 * or whose plan is marked ready, and the counts whenever someone signs up or withdraws.
 */
export class WorkingGroups extends StaffSyncedState {
  list = $state.raw<WorkingGroupSummary[]>([]);
  /** Sign-ups per theme id. */
  counts = $state.raw<Record<string, number>>({});

  constructor(session: MeetingSession, feedback: Feedback) {
    super(session, feedback);
    this.stopOnDestroy(
      session.on('workingGroups:changed', ({ workingGroups }) => (this.list = workingGroups)),
      session.on('signups:counted', ({ counts }) => (this.counts = counts)),
    );
  }

  /** The werkgroep started for a theme, if any. */
  ofTheme(themeId: string): WorkingGroupSummary | null {
    return this.list.find((group) => group.themeId === themeId) ?? null;
  }

  protected async read(): Promise<boolean> {
    const request = this.session.request.bind(this.session);
    const [groups, counts] = await Promise.all([
      this.feedback.run(() => request('workingGroup:list', {})),
      this.feedback.run(() => request('signup:counts', {})),
    ]);
    if (groups.ok) this.list = groups.data;
    if (counts.ok) this.counts = counts.data;
    return groups.ok && counts.ok;
  }

  create(themeId: string) {
    return this.feedback.run(async () => {
      const group = await this.session.request('workingGroup:create', { themeId });
      this.list = [...this.list.filter((g) => g.id !== group.id), group];
      return group;
    });
  }
}
