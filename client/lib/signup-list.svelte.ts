import type { Signup } from '../../shared/model.js';
import { RequestError } from './meeting-session.svelte.js';
import type { MeetingSession } from './meeting-session.svelte.js';
import { failureCode } from './error-message.js';
import type { ConsoleState } from './console-state.svelte.js';
import { downloadSignupsCsv } from './signup-api.js';
import { SyncedState } from './synced-state.svelte.js';

/**
 * The list of sign-ups, for the Regie and the kopgroep. Contact details are never broadcast, so
 * the list is read again whenever the room's sign-up counts change (a new sign-up, a withdrawal,
 * an erasure) or a werkgroep starts (the kopgroep sees a werkgroep's sign-ups once it started).
 */
export class SignupList extends SyncedState {
  signups = $state.raw<Signup[]>([]);

  constructor(
    private readonly session: MeetingSession,
    private readonly console: Pick<ConsoleState, 'run'>,
  ) {
    super();
    this.follow(
      session,
      session.on('signups:counted', () => void this.refresh()),
      // A werkgroep that starts opens its sign-ups to the kopgroep.
      session.on('workingGroups:changed', () => void this.refresh()),
    );
  }

  protected async read(): Promise<boolean> {
    const outcome = await this.console.run(() => this.session.request('signup:list', {}));
    if (outcome.ok) this.signups = outcome.data;
    return outcome.ok;
  }

  /** A new personal link for a sign-up; the old one stops working at once. */
  reissue(signupId: string) {
    return this.console.run(async () => {
      const { link } = await this.session.request('signup:reissue', { signupId });
      return link;
    });
  }

  erase(signupId: string) {
    return this.console.run(async () => {
      await this.session.request('signup:erase', { signupId });
      this.signups = this.signups.filter((signup) => signup.id !== signupId);
    });
  }

  download() {
    const meetingId = this.session.meeting?.id ?? '';
    return this.console.run(() =>
      // The page's banner translates request errors; an HTTP refusal carries the same code.
      downloadSignupsCsv(meetingId, this.session.token).catch((failure: unknown) => {
        throw new RequestError(failureCode(failure));
      }),
    );
  }
}
