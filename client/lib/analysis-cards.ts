import type { AnalysisCard, AnalysisCluster } from '../../shared/analysis-doc.js';
import type { AnalysisCardText } from '../../shared/protocol-analysis.js';

/** One card as the board shows it: its text from the server, its place from the document. */
export interface BoardCard extends AnalysisCardText {
  cluster: string | null;
  chosen: boolean;
}

/** The cards of one cluster, and the conversations they come from. */
export interface ClusterCards {
  cards: BoardCard[];
  /** How many different conversations its cards come from. */
  conversations: number;
  /** Those conversations' group labels, each once, in the order of the cards. */
  groups: string[];
  chosen: number;
}

/**
 * Joins the texts (in the order of 'analysis:cards') with where each card lies: unsorted, or in
 * a cluster that exists. A card sorted into a removed cluster counts as unsorted.
 */
export function arrangeCards(
  texts: readonly AnalysisCardText[],
  placed: readonly AnalysisCard[],
  clusters: readonly AnalysisCluster[],
): { unsorted: BoardCard[]; byCluster: Map<string, ClusterCards> } {
  const where = new Map(placed.map((card) => [card.key, card]));
  const byCluster = new Map<string, ClusterCards>(
    clusters.map((c) => [c.id, { cards: [], conversations: 0, groups: [], chosen: 0 }]),
  );
  const unsorted: BoardCard[] = [];
  for (const text of texts) {
    const card = where.get(text.key);
    const home = card?.cluster ? byCluster.get(card.cluster) : undefined;
    if (!home) {
      unsorted.push({ ...text, cluster: null, chosen: false });
      continue;
    }
    home.cards.push({ ...text, cluster: card?.cluster ?? null, chosen: card?.chosen ?? false });
  }
  for (const entry of byCluster.values()) {
    entry.conversations = new Set(entry.cards.map((c) => c.conversationId)).size;
    entry.groups = [...new Set(entry.cards.map((c) => c.group))];
    entry.chosen = entry.cards.filter((c) => c.chosen).length;
  }
  return { unsorted, byCluster };
}
