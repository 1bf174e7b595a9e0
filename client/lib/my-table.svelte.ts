import type { MyGroup } from '../../shared/model.js';
import type { MeetingSession } from './meeting-session.svelte.js';
import { CanvasState } from './canvas.svelte.js';
import { failureCode } from './error-message.js';
import type { FailureCode } from './error-message.js';
import { SyncedState } from './synced-state.svelte.js';

/**
 * This phone's table after the grouping: which table to go to, who else sits there, and the
 * table's canvas. Asked again after every reconnect and kept current by `group:assigned`, so a
 * member the facilitator moved lands at the new table. The canvas lives as long as the table
 * does, not as long as a screen shows it, so notes written offline still go out after the phase
 * moved on.
 */
export class MyTable extends SyncedState {
  group = $state<MyGroup | null>(null);
  /** True once the server said where this phone sits (or that it has no table yet). */
  known = $state(false);
  canvas = $state<CanvasState | null>(null);
  /**
   * The server refused the canvas this phone had open: `looking` while asking for the table
   * again, `final` when it is still this table (the person can ask the facilitator, or retry).
   */
  refusal = $state<'looking' | 'final' | null>(null);
  nameError = $state<FailureCode | null>(null);

  constructor(private readonly session: MeetingSession) {
    super();
    // Only once the grouping is confirmed: before that, no phone has a table to ask for.
    this.stopOnDestroy(
      session.on('group:assigned', ({ group }) => this.assign(group)),
      session.onSynced(() => {
        if (session.meeting?.groupingState === 'confirmed') void this.refresh();
      }),
    );
  }

  /**
   * Who a participant number is at this table, for "aangepast door …": this phone, or the name
   * that person chose here (empty when none, or when they no longer sit here).
   */
  person(number: number): { me: boolean; displayName: string } {
    if (number === this.session.participantNumber) return { me: true, displayName: '' };
    const member = this.group?.members.find((m) => m.number === number);
    return { me: false, displayName: member?.displayName ?? '' };
  }

  /** Asks the server for this phone's table. */
  protected async read(): Promise<boolean> {
    try {
      this.assign(await this.session.request('group:mine', {}));
      return true;
    } catch (failure) {
      const code = failureCode(failure);
      // Not confirmed (any more), or no table: both mean "no table for you now".
      if (code === 'GROUPING_STATE' || code === 'NO_GROUP') this.assign(null);
      // Otherwise (offline) the next reconnect asks again.
      return false;
    }
  }

  /** Shows a first name to the others at the table; '' removes it. Resolves whether it worked. */
  async setDisplayName(displayName: string): Promise<boolean> {
    this.nameError = null;
    try {
      this.assign(await this.session.request('group:display-name', { displayName }));
      return true;
    } catch (failure) {
      this.nameError = failureCode(failure);
      return false;
    }
  }

  override destroy(): void {
    super.destroy();
    this.canvas?.destroy();
  }

  /** Opens the canvas again after a refusal, when the person taps "try again". */
  retry(): void {
    this.open(this.group?.canvasDoc ?? null);
  }

  private assign(group: MyGroup | null): void {
    this.group = group;
    this.known = true;
    const docName = group?.canvasDoc ?? null;
    // The same table again (a new name, a reconnect): keep the canvas, and a refusal, as it is.
    if ((this.canvas?.name ?? null) !== docName) this.open(docName);
  }

  private open(docName: string | null): void {
    this.canvas?.destroy();
    this.refusal = null;
    this.canvas = docName
      ? new CanvasState(docName, this.session.token, () => void this.onRefused(docName), {
          number: this.session.participantNumber ?? 0,
          // The server's clock, so "a minute" is the same minute on every phone at the table.
          now: () => Date.now() + this.session.clockOffset,
        })
      : null;
  }

  private async onRefused(docName: string): Promise<void> {
    if (this.canvas?.name !== docName) return;
    this.refusal = 'looking';
    // A moved member gets a new table; a member without one hears so from the server.
    await this.refresh();
    if (this.canvas?.name === docName) this.refusal = 'final';
  }
}
