import type { Conversation } from '../../shared/model-conversations.js';

/**
 * A small-group conversation as stored (step 2 of the method), with the hash of its
 * gespreksleider's current link. Part of `Store` (store.ts), which re-exports it.
 */
export interface StoredConversation extends Conversation {
  /** The current link's token hash; null when none was made or the last one was revoked. */
  tokenHash: string | null;
  /** When the last link was revoked without a new one; null otherwise. */
  revokedAt: number | null;
}

export interface ConversationStore {
  insertConversation(conversation: StoredConversation): Promise<void>;
  getConversation(id: string): Promise<StoredConversation | null>;
  /** The conversation whose current link has this hash; a replaced or revoked one has none. */
  findConversationByTokenHash(tokenHash: string): Promise<StoredConversation | null>;
  /** The meeting's conversations by day and time, then in the order they were planned. */
  listConversations(meetingId: string): Promise<StoredConversation[]>;
  countConversations(meetingId: string): Promise<number>;
  /** Replaces the plan and the link's state (same id); false when it no longer exists. */
  updateConversation(conversation: StoredConversation): Promise<boolean>;
}
