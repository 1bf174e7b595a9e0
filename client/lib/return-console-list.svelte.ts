import type { ReturnMeetingSummary } from '../../shared/model.js';
import type { CreateMeetingPayload } from '../../shared/schemas.js';
import { StaffSyncedState } from './synced-state.svelte.js';

/**
 * The return meetings of an evening, as the kopgroep page and the Regie list them. Read again
 * after every reconnect; nothing is broadcast for them, so creating one adds it here directly.
 */
export class ReturnMeetingList extends StaffSyncedState {
  list = $state.raw<ReturnMeetingSummary[]>([]);

  protected async read(): Promise<boolean> {
    const outcome = await this.feedback.run(() => this.session.request('returnMeeting:list', {}));
    if (outcome.ok) this.list = byDate(outcome.data);
    return outcome.ok;
  }

  create(input: CreateMeetingPayload) {
    return this.feedback.run(async () => {
      const made = await this.session.request('returnMeeting:create', input);
      this.list = byDate([...this.list.filter((m) => m.id !== made.id), made]);
      return made;
    });
  }
}

/** Soonest first: the next return meeting is the one people look for. */
function byDate(meetings: ReturnMeetingSummary[]): ReturnMeetingSummary[] {
  return [...meetings].sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name));
}
