import type { Store } from '../store/store.js';
import type { Principal } from '../domain/principal.js';

/**
 * The people reached after the evening by a personal link: a kopgroep member (not revoked) or
 * someone who signed up for a werkgroep (their sign-up's own link). Asked after the evening's
 * keys, with the token's hash; null when the hash belongs to neither.
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
  if (!signup) return null;
  return {
    role: 'workingGroupMember',
    meetingId: signup.meetingId,
    participantId: null,
    participantNumber: null,
    tableHostId: null,
    signupId: signup.id,
  };
}
