import type { AgendaItem, AgendaState, CoreGroupMember } from '../../shared/model.js';
import type { AgendaSetPayload } from './return-console-agenda.js';
import { MeetingSession } from './meeting-session.svelte.js';
import { PageFeedback } from './feedback.svelte.js';
import type { Failure, Outcome } from './feedback.svelte.js';
import { WorkingGroups } from './working-groups.svelte.js';
import { CoreGroupThemes } from './core-group-themes.svelte.js';
import { ConsoleQuestions } from './return-console-questions.svelte.js';
import { ConsoleAgreements } from './return-console-agreements.svelte.js';

/**
 * The leader's console of a return meeting. Two connections with the same token: one to the
 * return meeting itself (handshake with its id: agenda, questions, afspraken, timer), and one to
 * the evening it follows, which owns the werkgroepen, the themes and the kopgroep.
 */
export class ReturnConsole {
  readonly session: MeetingSession;
  readonly evening: MeetingSession;
  readonly feedback = new PageFeedback();
  readonly groups: WorkingGroups;
  readonly themes: CoreGroupThemes;
  readonly questions: ConsoleQuestions;
  readonly agreements: ConsoleAgreements;
  agenda = $state.raw<AgendaState | null>(null);
  /** The kopgroep, for handing over the lead; only the evening's facilitator may list it. */
  members = $state.raw<CoreGroupMember[]>([]);
  /** Learnt from a NOT_LEADER refusal when the server does not say who leads in the session. */
  private refusedLead = $state(false);
  private readonly stops: (() => void)[];

  constructor(
    readonly meetingId: string,
    readonly token: string,
  ) {
    this.session = new MeetingSession(token, meetingId);
    this.evening = new MeetingSession(token);
    this.groups = new WorkingGroups(this.evening, this.feedback);
    this.themes = new CoreGroupThemes(this.evening, this.feedback);
    this.questions = new ConsoleQuestions(this);
    this.agreements = new ConsoleAgreements(this);
    this.stops = [
      this.session.on('agenda:changed', ({ agenda }) => (this.agenda = agenda)),
      this.session.on('leader:changed', ({ leaderName, leading }) => {
        if (this.session.meeting) this.session.meeting = { ...this.session.meeting, leaderName };
        this.refusedLead = false;
        // The server says whether this console leads now, in the same message: nothing to read
        // again, so handing the lead back and forth costs each console one message.
        if (leading !== undefined) this.session.leading = leading;
        // A passing notice about an earlier hand-over ("Henk leidt nu…") is no longer true.
        this.feedback.notice = null;
      }),
      this.session.onSynced(() => void this.loadAgenda()),
      this.evening.onSynced(() => void this.loadMembers()),
    ];
  }

  /** Whether this console runs the meeting; a console that does not only follows along. */
  get leads(): boolean {
    return this.session.leading ?? !this.refusedLead;
  }

  /** The evening's facilitator: may always take the lead back and hand it to the kopgroep. */
  get isFacilitator(): boolean {
    return this.evening.role === 'facilitator';
  }

  get currentItem(): AgendaItem | null {
    const agenda = this.agenda;
    return agenda?.items.find((item) => item.id === agenda.currentItemId) ?? null;
  }

  /** The werkgroep presenting now, if any. */
  get presentingGroupId(): string | null {
    const item = this.currentItem;
    return item?.kind === 'presentation' ? item.workingGroupId : null;
  }

  groupTitle(workingGroupId: string): string {
    return this.groups.list.find((g) => g.id === workingGroupId)?.title ?? '…';
  }

  /** Runs a command; a NOT_LEADER answer turns this console read-only. */
  async run<T>(action: () => Promise<T>, handled: Failure[] = []): Promise<Outcome<T>> {
    const outcome = await this.feedback.run(action, handled);
    if (!outcome.ok && outcome.code === 'NOT_LEADER') this.refusedLead = true;
    return outcome;
  }

  saveAgenda(items: AgendaSetPayload['items']) {
    return this.run(async () => {
      this.agenda = await this.session.request('agenda:set', { items });
      return this.agenda;
    });
  }

  /** Starts an item (its timer runs, a plan is snapshotted); null closes the meeting. */
  start(itemId: string | null) {
    return this.run(async () => {
      this.agenda = await this.session.request('agenda:start', { itemId });
      return this.agenda;
    });
  }

  /**
   * Hands the lead to a kopgroep member, or takes it back (null). A member whose link was revoked
   * since the list was read is refused NOT_FOUND: the list is read again, and the caller says why.
   */
  async setLeader(coreGroupMemberId: string | null) {
    const outcome = await this.run(async () => {
      const view = await this.session.request('leader:set', { coreGroupMemberId });
      // Whether this console leads now came with leader:changed, before this answer.
      this.session.meeting = view;
      this.refusedLead = false;
      return view;
    }, ['NOT_FOUND']);
    if (!outcome.ok && outcome.code === 'NOT_FOUND') await this.loadMembers();
    return outcome;
  }

  destroy(): void {
    for (const stop of this.stops) stop();
    this.questions.destroy();
    this.agreements.destroy();
    this.groups.destroy();
    this.themes.destroy();
    this.feedback.destroy();
    this.session.close();
    this.evening.close();
  }

  private async loadAgenda(): Promise<void> {
    const outcome = await this.feedback.run(() => this.session.request('agenda:get', {}));
    if (outcome.ok) this.agenda = outcome.data;
  }

  private async loadMembers(): Promise<void> {
    if (!this.isFacilitator) return;
    const outcome = await this.feedback.run(() => this.evening.request('coreGroup:list', {}));
    if (outcome.ok) this.members = outcome.data.filter((member) => member.revokedAt === null);
  }
}
