import {
  addCluster,
  analysisCardsOf,
  analysisClustersOf,
  chooseCard,
  readCards,
  readClusters,
  removeCluster,
  sortCard,
  updateCluster,
} from '../../shared/analysis-doc.js';
import type { AnalysisCard, AnalysisCluster } from '../../shared/analysis-doc.js';
import type { AnalysisCardText } from '../../shared/protocol-analysis.js';
import { LIMITS } from '../../shared/limits.js';
import type { MeetingSession } from './meeting-session.svelte.js';
import type { Feedback } from './feedback.svelte.js';
import { CollabState, newNoteId } from './collab-client.svelte.js';

/**
 * The evening's analysis board (step 3 of the method) on a kopgroep member's or the Regie's
 * screen: the clusters and where each card lies come live from `<meetingId>/analysis`; the
 * cards' texts come from 'analysis:cards', asked again when a conversation changes or on request.
 *
 * Known gap (left as is): a card that nobody touched yet has no map in the document; two people
 * who touch the same such card at the very same moment each make one, and one of the two
 * edits can be lost. Whoever looks sees the result and can simply do it again.
 */
export class AnalysisBoard extends CollabState {
  clusters = $state.raw<AnalysisCluster[]>([]);
  placed = $state.raw<AnalysisCard[]>([]);
  texts = $state.raw<AnalysisCardText[]>([]);
  textsLoaded = $state(false);
  private readonly stopListening: () => void;

  constructor(
    name: string,
    private readonly session: MeetingSession,
    private readonly feedback: Feedback,
  ) {
    super(name, session.token, { keep: true });
    analysisClustersOf(this.doc).observeDeep(() => this.refresh());
    analysisCardsOf(this.doc).observeDeep(() => this.refresh());
    this.refresh();
    // A gespreksleider recorded, changed or removed an entry (the server tells it a moment
    // later, once for a burst): the texts are asked again, so new cards appear by themselves.
    this.stopListening = session.on('conversations:changed', () => void this.loadTexts());
  }

  override destroy(): void {
    this.stopListening();
    super.destroy();
  }

  get unsent(): boolean {
    return this.collab.unsent;
  }

  async loadTexts(): Promise<void> {
    const outcome = await this.feedback.run(() => this.session.request('analysis:cards', {}));
    if (outcome.ok) this.texts = outcome.data;
    this.textsLoaded = true;
  }

  /** Makes a named cluster; its id, or null when the board is full or the name too long. */
  addCluster(name: string): string | null {
    const id = newNoteId();
    const n = this.clusters.length;
    const added = addCluster(this.doc, {
      id,
      name: name.trim(),
      x: ((n % 6) + 0.5) / 6,
      y: 0.5,
      createdAt: Date.now(),
    });
    return added ? id : null;
  }

  rename(id: string, name: string): void {
    updateCluster(this.doc, id, { name: name.trim() });
  }

  remove(id: string): void {
    removeCluster(this.doc, id);
  }

  sort(key: string, cluster: string | null): void {
    sortCard(this.doc, key, cluster);
  }

  /** False when the cluster already has its most chosen quotes. */
  choose(key: string, chosen: boolean, chosenInCluster: number): boolean {
    if (chosen && chosenInCluster >= LIMITS.quotesPerTheme) return false;
    return chooseCard(this.doc, key, chosen);
  }

  makeTheme(clusterId: string) {
    return this.feedback.run(() => this.session.request('analysis:theme', { clusterId }));
  }

  private refresh(): void {
    this.clusters = readClusters(this.doc);
    this.placed = readCards(this.doc);
  }
}
