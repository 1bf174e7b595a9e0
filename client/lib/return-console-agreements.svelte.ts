import type { Agreement, AgreementReview } from '../../shared/model.js';
import type { AgreementsView } from '../../shared/protocol.js';
import type { AgreementSavePayload } from '../../shared/schemas.js';
import type { ReturnConsole } from './return-console.svelte.js';
import { SyncedState } from './synced-state.svelte.js';

export type ReviewOutcome = AgreementReview['outcome'];

/** The codes the afspraak form shows at its own field rather than in the banner. */
export const FIELD_CODES = ['OWNER_REQUIRED', 'DUE_REQUIRED'] as const;

/**
 * The afspraken of a return meeting: those carried over from earlier meetings (reviewed in the
 * first item), those made here, and the reviews done here. Public to the room, so the server
 * broadcasts every change to all screens.
 */
export class ConsoleAgreements extends SyncedState {
  view = $state.raw<AgreementsView>({
    carriedOver: [],
    made: [],
    reviews: [],
    workingGroups: [],
  });
  /**
   * Every afspraak seen here, by id: one reviewed as gedaan or vervalt no longer carries over,
   * and its review still needs its text next to it.
   */
  private known = $state.raw<Record<string, Agreement>>({});

  constructor(private readonly console: ReturnConsole) {
    super();
    const session = console.session;
    this.follow(
      session,
      session.on('agreements:changed', ({ agreements }) => this.take(agreements)),
    );
  }

  /** The afspraken to review here: still carried over, or already reviewed at this meeting. */
  get toReview(): { agreement: Agreement; review: AgreementReview | null }[] {
    const { carriedOver, reviews } = this.view;
    const ids = [
      ...carriedOver.map((a) => a.id),
      ...reviews.map((r) => r.agreementId).filter((id) => !carriedOver.some((a) => a.id === id)),
    ];
    return ids
      .map((id) => ({
        agreement: this.known[id],
        review: reviews.findLast((r) => r.agreementId === id) ?? null,
      }))
      .filter((row) => row.agreement !== undefined);
  }

  protected async read(): Promise<boolean> {
    const session = this.console.session;
    const outcome = await this.console.feedback.run(() => session.request('agreement:list', {}));
    if (outcome.ok) this.take(outcome.data);
    return outcome.ok;
  }

  /** Saves an afspraak; a missing owner or date comes back for the form to show at the field. */
  save(input: AgreementSavePayload) {
    return this.console.run(async () => {
      const saved = await this.console.session.request('agreement:save', input);
      this.remember([saved]);
      const made = this.view.made.filter((a) => a.id !== saved.id);
      this.view = { ...this.view, made: [...made, saved] };
      return saved;
    }, [...FIELD_CODES]);
  }

  review(agreementId: string, outcome: ReviewOutcome, note: string) {
    return this.console.run(async () => {
      const session = this.console.session;
      const review = await session.request('agreement:review', { agreementId, outcome, note });
      const reviews = this.view.reviews.filter((r) => r.agreementId !== agreementId);
      this.view = { ...this.view, reviews: [...reviews, review] };
      return review;
    });
  }

  private take(view: AgreementsView): void {
    this.remember([...view.carriedOver, ...view.made]);
    this.view = view;
    this.loaded = true;
  }

  private remember(agreements: Agreement[]): void {
    const known = { ...this.known };
    for (const agreement of agreements) known[agreement.id] = agreement;
    this.known = known;
  }
}
