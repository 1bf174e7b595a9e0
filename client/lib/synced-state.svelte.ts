import { Synced } from './synced.js';
import type { MeetingSession } from './meeting-session.svelte.js';
import type { Feedback } from './feedback.svelte.js';

export type { SyncSource } from './synced.js';

/** A Synced whose `loaded` the markup follows; see Synced. */
export abstract class SyncedState extends Synced {
  loaded = $state(false);
}

/**
 * A SyncedState of a staff screen: its reads and commands report failures through `feedback`.
 * Its first read starts here; subclasses keep their broadcasts with `stopOnDestroy`.
 */
export abstract class StaffSyncedState extends SyncedState {
  constructor(
    protected readonly session: MeetingSession,
    protected readonly feedback: Feedback,
  ) {
    super();
    this.follow(session);
  }
}
