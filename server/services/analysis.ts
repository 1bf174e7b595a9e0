import type { StaffTheme } from '../../shared/model.js';
import type { AnalysisCardText } from '../../shared/protocol.js';
import { analysisDocName, conversationDocName } from '../../shared/docs.js';
import { readEntries } from '../../shared/conversation-doc.js';
import {
  analysisClustersOf,
  cardKey,
  parseCardKey,
  readCards,
  readCluster,
} from '../../shared/analysis-doc.js';
import { LIMITS } from '../../shared/limits.js';
import { cleanText } from '../../shared/schema-fields.js';
import type { Store } from '../store/store.js';
import type { DocReader, DocWriter } from './ports.js';
import type { ThemeService } from './themes.js';
import { DomainError } from '../domain/errors.js';

export interface AnalysisService {
  /** Every entry of every conversation of the evening, as cards for the analysis board. */
  cards(meetingId: string): Promise<AnalysisCardText[]>;
  /** "Maak thema": an unpublished theme from a cluster's name and chosen quotes. */
  theme(meetingId: string, clusterId: string): Promise<StaffTheme>;
  /** Whether `meetingId` is an evening (not a return meeting): only an evening has a board. */
  hasBoard(meetingId: string): Promise<boolean>;
}

/**
 * Step 3 of the method: the analysis board of an evening, `<meetingId>/analysis`. The board holds
 * only clusters and where cards lie; the texts stay in the conversations' documents, read here
 * through the DocReader without opening their rooms. A theme made from a cluster goes through
 * the Regie's own path (ThemeService.create): unpublished, flagged by the anonymiser, and
 * published only by the Regie.
 */
export function createAnalysisService(deps: {
  store: Store;
  reader: DocReader;
  docs: DocWriter;
  themes: ThemeService;
}): AnalysisService {
  const { store, reader, docs, themes } = deps;

  /** The evening's cards, of only the conversations in `only` when given (one read each). */
  async function cards(meetingId: string, only?: Set<string>): Promise<AnalysisCardText[]> {
    const conversations = (await store.listConversations(meetingId)).filter(
      (conversation) => !only || only.has(conversation.id),
    );
    const perConversation = await Promise.all(
      conversations.map(async (conversation) => {
        const entries = await reader.read(
          conversationDocName(meetingId, conversation.id),
          readEntries,
        );
        return entries.map((entry): AnalysisCardText => ({
          key: cardKey(conversation.id, entry.id),
          conversationId: conversation.id,
          group: conversation.group,
          date: conversation.date,
          kind: entry.kind,
          speaker: entry.speaker,
          text: entry.text,
        }));
      }),
    );
    return perConversation.flat();
  }

  /** The cluster's name and the keys of its chosen cards, as the board says now. */
  async function readBoard(meetingId: string, clusterId: string) {
    return reader.read(analysisDocName(meetingId), (doc) => {
      const cluster = readCluster(clusterId, analysisClustersOf(doc).get(clusterId));
      const chosen = readCards(doc)
        .filter((card) => card.cluster === clusterId && card.chosen)
        .map((card) => card.key);
      return { cluster, chosen: new Set(chosen) };
    });
  }

  async function theme(meetingId: string, clusterId: string): Promise<StaffTheme> {
    const { cluster, chosen } = await readBoard(meetingId, clusterId);
    if (!cluster) throw new DomainError('NOT_FOUND', 'No such cluster on the analysis board');
    const title = cleanText(cluster.name);
    if (!title) throw new DomainError('TEXT_EMPTY', 'The cluster has no name');
    const conversationIds = new Set(
      [...chosen].map((key) => parseCardKey(key)?.conversationId ?? ''),
    );
    // In the order of the evening's cards; a chosen card whose entry is gone carries no quote.
    const quotes = (await cards(meetingId, conversationIds))
      .filter((card) => chosen.has(card.key))
      .map((card) => cleanText(card.text))
      .filter((text) => text !== '');
    if (quotes.length === 0) {
      throw new DomainError('NO_CHOSEN_QUOTE', 'No quote of this cluster is chosen');
    }
    if (quotes.length > LIMITS.quotesPerTheme) {
      throw new DomainError(
        'LIMIT_REACHED',
        `A theme carries at most ${LIMITS.quotesPerTheme} quotes; ${quotes.length} are chosen`,
      );
    }
    if (quotes.some((text) => text.length > LIMITS.quoteLength)) {
      throw new DomainError(
        'TEXT_TOO_LONG',
        `A chosen quote is longer than a theme's ${LIMITS.quoteLength} characters`,
      );
    }
    const created = await themes.create(meetingId, {
      title,
      description: '',
      quotes: quotes.map((text) => ({ text })),
    });
    // The board shows "thema gemaakt"; the cluster may have been removed meanwhile.
    await docs.write(analysisDocName(meetingId), (doc) => {
      analysisClustersOf(doc).get(clusterId)?.set('themeId', created.id);
    });
    return created;
  }

  return {
    cards: (meetingId) => cards(meetingId),
    theme,
    async hasBoard(meetingId) {
      return (await store.getMeeting(meetingId))?.kind === 'neighbourhood';
    },
  };
}
