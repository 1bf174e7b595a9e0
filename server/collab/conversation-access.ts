import type { DocRef } from '../../shared/docs.js';
import { docAccess } from '../domain/permissions.js';
import type { DocAccess } from '../domain/permissions.js';
import type { Principal } from '../domain/principal.js';

/** What the endpoint needs to know about conversations; the conversation service answers it. */
export interface ConversationPlans {
  /** Whether the conversation exists in this meeting. */
  hasConversation(meetingId: string, conversationId: string): Promise<boolean>;
}

/**
 * A connection's right on a conversation's record. A conversation that does not exist in the
 * document's meeting is refused to everyone, so nobody can make the server keep documents nobody
 * owns; otherwise docAccess decides (the gespreksleider writes only their own conversation).
 */
export async function resolveConversationAccess(
  principal: Principal,
  ref: Extract<DocRef, { kind: 'conversation' }>,
  conversations: ConversationPlans,
): Promise<DocAccess> {
  if (ref.meetingId !== principal.meetingId) return 'none';
  if (!(await conversations.hasConversation(ref.meetingId, ref.conversationId))) return 'none';
  return docAccess(principal, ref);
}
