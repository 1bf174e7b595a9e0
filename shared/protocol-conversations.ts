/**
 * The wire contract of step 2 of the method: the kopgroep and the adviser (the evening's Regie)
 * plan small-group conversations and hand each one's gespreksleider a personal link; the
 * gespreksleider's screen asks what it records. shared/protocol.ts folds these into its maps.
 * What is said in a conversation never travels here: it lives in the conversation's document.
 */
import type { z } from 'zod';
import type { Ack } from './codes.js';
import type {
  Conversation,
  ConversationForLeader,
  ConversationSummary,
} from './model-conversations.js';
import type {
  conversationCreateSchema,
  conversationRefSchema,
  conversationUpdateSchema,
} from './schemas-conversations.js';

type AckFn<T> = (answer: Ack<T>) => void;

export interface ConversationClientEvents {
  /** The evening's conversations, with each one's count of residents and entries so far. */
  'conversation:list': (payload: Record<string, never>, ack: AckFn<ConversationSummary[]>) => void;
  'conversation:create': (
    payload: z.input<typeof conversationCreateSchema>,
    ack: AckFn<Conversation>,
  ) => void;
  'conversation:update': (
    payload: z.input<typeof conversationUpdateSchema>,
    ack: AckFn<Conversation>,
  ) => void;
  /**
   * Makes the gespreksleider's link, shown once. A link made before stops working: its open
   * connections close, and what its device still holds goes through once the new link is opened
   * on it (the document is the same).
   */
  'conversation:link': (
    payload: z.input<typeof conversationRefSchema>,
    ack: AckFn<IssuedConversationLink>,
  ) => void;
  /** Stops the current link without making a new one. */
  'conversation:revoke': (
    payload: z.input<typeof conversationRefSchema>,
    ack: AckFn<Conversation>,
  ) => void;
  /** The gespreksleider's own conversation: what their screen shows above the record. */
  'conversation:mine': (payload: Record<string, never>, ack: AckFn<ConversationForLeader>) => void;
}

export interface ConversationServerEvents {
  /** To the Regie and the kopgroep of the evening: a conversation was planned or changed. */
  'conversations:changed': (payload: { conversations: ConversationSummary[] }) => void;
}

/** A gespreksleider's personal link, shown once to whoever made it. */
export interface IssuedConversationLink {
  conversation: Conversation;
  /** `<public url>/gesprek#<token>` */
  link: string;
}
