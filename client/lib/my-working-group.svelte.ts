import type { MyWorkingGroup, WorkingGroup } from '../../shared/model-follow-up.js';
import { MeetingSession } from './meeting-session.svelte.js';
import { SyncedState } from './synced-state.svelte.js';
import { failureCode } from './error-message.js';
import type { FailureCode } from './error-message.js';

/**
 * A werkgroep member's own space, reached by the personal link of their sign-up: which werkgroep,
 * who else is in it, and whether the plan is ready to present. Asked again after every reconnect
 * and kept current by `workingGroup:changed`, so a member who opened the page before the kopgroep
 * started the werkgroep sees it appear, and sees a fellow member mark the plan ready.
 */
export class MyWorkingGroupState extends SyncedState {
  mine = $state<MyWorkingGroup | null>(null);
  /** True once the server answered: `mine` null then means "not started yet". */
  known = $state(false);
  /** The server will not answer this link with a werkgroep (not a sign-up's link, or gone). */
  refused = $state(false);
  readyBusy = $state(false);
  readyError = $state<FailureCode | null>(null);

  readonly session: MeetingSession;

  constructor(token: string) {
    super();
    this.session = new MeetingSession(token);
    this.follow(
      this.session,
      this.session.on('workingGroup:changed', ({ workingGroup }) => this.changed(workingGroup)),
    );
  }

  protected async read(): Promise<boolean> {
    try {
      this.mine = await this.session.request('workingGroup:mine', {});
      this.known = true;
      return true;
    } catch (failure) {
      // Offline: the next reconnect asks again. Anything else: this link has no werkgroep.
      if (failureCode(failure) !== 'NETWORK') this.refused = true;
      return false;
    }
  }

  /** Marks the plan ready to present, or takes that back. */
  async setReady(ready: boolean): Promise<void> {
    this.readyBusy = true;
    this.readyError = null;
    try {
      this.changed(await this.session.request('plan:ready', { ready }));
    } catch (failure) {
      this.readyError = failureCode(failure);
    } finally {
      this.readyBusy = false;
    }
  }

  override destroy(): void {
    super.destroy();
    this.session.close();
  }

  private changed(workingGroup: WorkingGroup): void {
    // Just started (or someone else's change we cannot place): ask for the whole picture.
    if (this.mine?.workingGroup.id !== workingGroup.id) void this.refresh();
    else this.mine = { ...this.mine, workingGroup };
  }
}
