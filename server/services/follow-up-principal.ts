import type { Store } from '../store/store.js';
import type { Principal } from '../domain/principal.js';

/**
 * The people reached around the evening by a personal link: a kopgroep member (not revoked),
 * someone who signed up for a werkgroep (their sign-up's own link), or a conversation's
 * gespreksleider. Asked after the evening's keys, with the token's hash; null when the hash
 * belongs to none of them.
 */
export async function resolveFollowUpToken(store: Store, hash: string): Promise<Principal | null> {
  const member = await store.findCoreGroupMemberByTokenHash(hash);
  if (member) {
    if (member.revokedAt !== null) return null;
    return {
      role: 'coreGroupMember',
      meetingId: member.meetingId,
      participantId: null,
      participantNumber: null,
      tableHostId: null,
      coreGroupMemberId: member.id,
    };
  }
  const signup = await store.findSignupByTokenHash(hash);
  if (!signup) return resolveConversationToken(store, hash);
  return {
    role: 'workingGroupMember',
    meetingId: signup.meetingId,
    participantId: null,
    participantNumber: null,
    tableHostId: null,
    signupId: signup.id,
  };
}

/**
 * A gespreksleider's link: only the conversation's current one resolves (a replaced or revoked
 * link's hash is no longer stored), to the one conversation it records and nothing else.
 */
async function resolveConversationToken(store: Store, hash: string): Promise<Principal | null> {
  const conversation = await store.findConversationByTokenHash(hash);
  if (!conversation || conversation.revokedAt !== null) return null;
  return {
    role: 'conversationLeader',
    meetingId: conversation.meetingId,
    participantId: null,
    participantNumber: null,
    tableHostId: null,
    conversationId: conversation.id,
  };
}
