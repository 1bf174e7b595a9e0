import type { PreferenceChoice } from '../../shared/protocol.js';
import type { MeetingSession } from './meeting-session.svelte.js';
import { SyncedState } from './synced-state.svelte.js';
import { onBehalf } from './my-answers.svelte.js';
import { failureCode } from './error-message.js';
import type { FailureCode } from './error-message.js';

/**
 * This phone's first and second choice of theme for the subgroups, kept in step with the server;
 * or, with `onBehalfOf`, the choice a tafelhulp enters for one resident without a phone.
 */
export class MyPreference extends SyncedState {
  choice = $state<PreferenceChoice>({ first: null, second: null });
  saved = $state(false);
  error = $state<FailureCode | null>(null);

  constructor(
    private readonly session: MeetingSession,
    private readonly onBehalfOf?: string,
  ) {
    super();
    this.follow(session);
  }

  async set(choice: PreferenceChoice): Promise<void> {
    // A second choice equal to the first means nothing; drop it rather than refuse.
    const next = {
      first: choice.first,
      second: choice.second === choice.first ? null : choice.second,
    };
    this.choice = next;
    this.saved = false;
    this.error = null;
    try {
      this.choice = await this.session.request('preference:set', {
        ...next,
        ...onBehalf(this.onBehalfOf),
      });
      this.saved = true;
    } catch (failure) {
      this.error = failureCode(failure);
    }
  }

  /** `loaded` once the server's stored choice is known (or there was none). */
  protected async read(): Promise<void> {
    const stored = await this.session.request('preference:mine', onBehalf(this.onBehalfOf));
    if (stored) {
      this.choice = stored;
      this.saved = true;
    }
  }
}
