import { CONSENT_PURPOSES } from '../../shared/model.js';
import type { ConsentPurpose } from '../../shared/model.js';
import type { MeetingSession } from './meeting-session.svelte.js';
import { failureCode } from './error-message.js';
import type { FailureCode } from './error-message.js';
import { checkSignup, fieldOf } from './signup-check.js';
import type { FieldErrors, SignupDraft } from './signup-check.js';
import { keepSignup, loadKeptSignups } from './signup-links.js';
import type { KeptSignup } from './signup-links.js';
import { SyncedState } from './synced-state.svelte.js';

/** Nothing ticked: every consent is a choice the person makes themselves. */
const noConsents = (): Record<ConsentPurpose, boolean> =>
  Object.fromEntries(CONSENT_PURPOSES.map((purpose) => [purpose, false])) as Record<
    ConsentPurpose,
    boolean
  >;

/**
 * The sign-up form on a phone: what is typed, what is wrong with it, and the sign-ups this
 * phone made (kept on the phone so a reload shows their links again). Contact details live
 * only in this form and in the one request that sends them.
 */
export class SignupForm extends SyncedState {
  draft = $state<SignupDraft>({
    themeId: '',
    name: '',
    email: '',
    phone: '',
    consents: noConsents(),
  });
  errors = $state<FieldErrors>({});
  /** A problem of the whole form: no connection, too many attempts. */
  formError = $state<FailureCode | null>(null);
  sending = $state(false);
  kept = $state<KeptSignup[]>([]);
  /** The sign-up stored just now on this visit (not those kept from before a reload). */
  justSent = $state<KeptSignup | null>(null);
  /** Whether the form is open; after a sign-up it closes until the person asks for another. */
  open = $state(true);
  /** The theme of this phone's table, once the server told it. */
  tableThemeId = $state<string | null>(null);
  private fallbackThemeId: string | null = null;
  /** The werkgroep this class picked; a different one was picked by the person. */
  private pickedThemeId = '';

  constructor(
    private readonly session: MeetingSession,
    private readonly meetingId: string,
  ) {
    super();
    this.kept = loadKeptSignups(meetingId);
    this.open = this.kept.length === 0;
    this.follow(session);
  }

  /** Picks a werkgroep unless the person already did: their table's theme, else `fallback`. */
  preselect(fallback: string | null): void {
    this.fallbackThemeId = fallback;
    this.pickDefault();
  }

  /** Sends the sign-up; resolves true when it is stored. */
  async send(): Promise<boolean> {
    this.formError = null;
    this.errors = checkSignup(this.draft);
    if (Object.keys(this.errors).length > 0) return false;
    this.sending = true;
    try {
      const created = await this.session.request('signup:create', $state.snapshot(this.draft));
      this.kept = keepSignup(this.meetingId, created);
      this.justSent = this.kept.at(-1) ?? null;
      // Consent is given per sign-up: a next one starts unticked again.
      this.draft.consents = noConsents();
      this.open = false;
      return true;
    } catch (failure) {
      const code = failureCode(failure);
      const field = fieldOf(code, this.draft);
      if (field) this.errors = { [field]: code };
      else this.formError = code;
      return false;
    } finally {
      this.sending = false;
    }
  }

  /** Opens the form for one more werkgroep. */
  another(): void {
    this.errors = {};
    this.formError = null;
    this.draft.themeId = '';
    this.pickedThemeId = '';
    this.open = true;
  }

  /** The table's theme; failing, the person simply picks a werkgroep from the list. */
  protected async read(): Promise<void> {
    const group = await this.session.request('group:mine', {});
    this.tableThemeId = group?.themeId || null;
    this.pickDefault();
  }

  private pickDefault(): void {
    if (this.draft.themeId && this.draft.themeId !== this.pickedThemeId) return;
    this.pickedThemeId = this.tableThemeId ?? this.fallbackThemeId ?? '';
    this.draft.themeId = this.pickedThemeId;
  }
}
