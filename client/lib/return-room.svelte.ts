import type {
  AgendaItem,
  AgendaState,
  Agreement,
  PlanSnapshot,
  Question,
} from '../../shared/model.js';
import type { AgreementsView } from '../../shared/protocol.js';
import type { MeetingSession } from './meeting-session.svelte.js';
import type { ShownQuestion } from './shown-question.svelte.js';
import { SyncedState } from './synced-state.svelte.js';

/**
 * What the room (projector and phones) sees of a terugkombijeenkomst: the agenda and the item
 * running now, the plan as presented in it, the question on the screen, and the afspraken.
 * Re-read after every reconnect; kept current by broadcasts.
 */
export class ReturnRoom extends SyncedState {
  agenda = $state.raw<AgendaState | null>(null);
  /** Plans as presented here, by werkgroep; fetched when their slot starts. */
  snapshots = $state.raw<Record<string, PlanSnapshot>>({});
  agreements = $state.raw<AgreementsView | null>(null);
  leaderName = $state<string | null>(null);

  readonly current: AgendaItem | null = $derived(
    this.agenda?.items.find((item) => item.id === this.agenda?.currentItemId) ?? null,
  );
  readonly presenting: string | null = $derived(
    this.current?.kind === 'presentation' ? this.current.workingGroupId : null,
  );
  readonly snapshot: PlanSnapshot | null = $derived(
    this.presenting ? (this.snapshots[this.presenting] ?? null) : null,
  );
  /** Only a question for whoever presents now: one from an earlier slot does not linger. */
  readonly shown: Question | null = $derived.by(() => {
    const question = this.shownQuestion.value;
    return question?.workingGroupId === this.presenting ? question : null;
  });
  readonly made: Agreement[] = $derived(this.agreements?.made ?? []);

  /** `shownQuestion` listens from the moment the session was made (see ShownQuestion). */
  constructor(
    private readonly session: MeetingSession,
    private readonly shownQuestion: ShownQuestion,
  ) {
    super();
    this.leaderName = session.meeting?.leaderName ?? null;
    this.follow(
      session,
      session.on('agenda:changed', ({ agenda }) => this.setAgenda(agenda)),
      session.on('agreements:changed', ({ agreements }) => (this.agreements = agreements)),
      session.on('leader:changed', ({ leaderName }) => (this.leaderName = leaderName)),
    );
  }

  /** A werkgroep's title: the server lists the evening's werkgroepen with the afspraken. */
  titleOf(workingGroupId: string): string | null {
    const listed = this.agreements?.workingGroups.find((group) => group.id === workingGroupId);
    return listed?.title ?? this.snapshots[workingGroupId]?.title ?? null;
  }

  /** Who carries an afspraak out: a person's name, a werkgroep's title, or null if unknown here. */
  ownerName(agreement: Agreement): { kind: 'person' | 'workingGroup'; name: string | null } {
    const owner = agreement.owner;
    return owner.kind === 'person'
      ? { kind: 'person', name: owner.name }
      : { kind: 'workingGroup', name: this.titleOf(owner.workingGroupId) };
  }

  /** The afspraken reviewed in the first item; one reviewed here stays listed (the server's rule). */
  readonly carriedOver: Agreement[] = $derived(this.agreements?.carriedOver ?? []);

  /** What the leader noted with the review here ('' when nothing, or not reviewed yet). */
  reviewNoteOf(agreement: Agreement): string {
    return this.agreements?.reviews.find((r) => r.agreementId === agreement.id)?.note ?? '';
  }

  /** The outcome recorded here for a carried-over afspraak; 'open' until it is reviewed. */
  outcomeOf(agreement: Agreement): Agreement['status'] {
    const review = this.agreements?.reviews.find((r) => r.agreementId === agreement.id);
    return review?.outcome ?? 'open';
  }

  protected async read(): Promise<void> {
    const [agenda, agreements] = await Promise.all([
      this.session.request('agenda:get', {}),
      this.session.request('agreement:list', {}),
    ]);
    this.agreements = agreements;
    this.leaderName = this.session.meeting?.leaderName ?? this.leaderName;
    this.setAgenda(agenda);
    // Earlier slots too: their titles name the owners of afspraken.
    for (const item of agenda.items) {
      if (item.kind === 'presentation') void this.loadSnapshot(item.workingGroupId);
    }
  }

  private setAgenda(agenda: AgendaState): void {
    this.agenda = agenda;
    // A slot that starts (again) is snapshotted anew, so it is always fetched fresh.
    if (this.presenting) void this.loadSnapshot(this.presenting);
  }

  private async loadSnapshot(workingGroupId: string): Promise<void> {
    try {
      const snapshot = await this.session.request('snapshot:get', { workingGroupId });
      if (snapshot) this.snapshots = { ...this.snapshots, [workingGroupId]: snapshot };
    } catch {
      // Shown as "loading" until the next change or reconnect.
    }
  }
}
