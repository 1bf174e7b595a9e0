/**
 * The wire contract of step 3 of the method: the kopgroep and the adviser (the evening's Regie)
 * sort the conversations' stories and quotes on the analysis board, `<meetingId>/analysis`
 * (shared/analysis-doc.ts), and make themes from its clusters. shared/protocol.ts folds these
 * into its maps. The board itself travels over y-websocket; these two commands read what the
 * board does not hold (the cards' texts) and turn a cluster into a theme.
 */
import type { z } from 'zod';
import type { Ack } from './codes.js';
import type { StaffTheme } from './model.js';
import type { ConversationEntryKind } from './model-conversations.js';
import type { analysisThemeSchema } from './schemas-analysis.js';

type AckFn<T> = (answer: Ack<T>) => void;

/** One story, quote or offer of one conversation, as a card on the analysis board. */
export interface AnalysisCardText {
  /** `<conversationId>.<entryId>`: the card's key in the document's `cards`. */
  key: string;
  conversationId: string;
  /** The conversation's group label: "ouderen De Linde". */
  group: string;
  /** The day the conversation was held, YYYY-MM-DD. */
  date: string;
  kind: ConversationEntryKind;
  /** "bewoner 3" is speaker 3. */
  speaker: number;
  text: string;
}

export interface AnalysisClientEvents {
  /**
   * Every entry of every conversation of the evening, conversation by conversation (as
   * 'conversation:list' orders them: by day and time), each conversation's entries in the order
   * they were recorded. An offer's consented name is not part of a card.
   */
  'analysis:cards': (payload: Record<string, never>, ack: AckFn<AnalysisCardText[]>) => void;
  /**
   * "Maak thema": makes an unpublished theme of the evening from a cluster: its name as the
   * title, its chosen cards' texts as the quotes (in the order of 'analysis:cards'). The theme
   * carries the anonymiser's flags and waits in the Regie for review and publication like any
   * other; the cluster's `themeId` then names it. Made twice, it makes two themes. Refused with NOT_FOUND
   * (no such cluster), TEXT_EMPTY (the cluster has no name), NO_CHOSEN_QUOTE, TEXT_TOO_LONG (a
   * chosen quote is longer than a theme's quote may be) or LIMIT_REACHED (too many chosen
   * quotes for one theme, or the evening has its most themes).
   */
  'analysis:theme': (payload: z.input<typeof analysisThemeSchema>, ack: AckFn<StaffTheme>) => void;
}
