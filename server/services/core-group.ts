import type { CoreGroupMember } from '../../shared/model.js';
import type { Store, StoredCoreGroupMember } from '../store/store.js';
import { DomainError } from '../domain/errors.js';
import { hashToken, newId, newToken } from './tokens.js';

/** A member with the token of their new link; the token exists only in this answer. */
export interface IssuedMember {
  member: CoreGroupMember;
  token: string;
}

export interface CoreGroupService {
  invite(meetingId: string, name: string): Promise<IssuedMember>;
  list(meetingId: string): Promise<CoreGroupMember[]>;
  /**
   * The link stops working and every open connection made with it is closed at once; a return
   * meeting the member leads goes back to the facilitator.
   */
  revoke(meetingId: string, memberId: string): Promise<CoreGroupMember>;
  /** A new link replaces the old one (whose connections close), also after a revocation. */
  reissue(meetingId: string, memberId: string): Promise<IssuedMember>;
}

const withoutToken = ({ tokenHash: _hidden, ...member }: StoredCoreGroupMember): CoreGroupMember =>
  member;

/**
 * The kopgroep: residents the facilitator invites by personal link. No accounts: a link is a
 * 128-bit token kept only as its hash, so the facilitator can revoke it and issue a new one.
 */
export function createCoreGroupService(deps: {
  store: Store;
  clock: () => number;
  /** Closes the open Socket.IO and collab connections of one kopgroep member. */
  closeSessions: (meetingId: string, memberId: string) => void;
  /** Hands every return meeting this member leads back to the facilitator. */
  endLeads: (meetingId: string, memberId: string) => Promise<void>;
}): CoreGroupService {
  const { store, clock, closeSessions, endLeads } = deps;

  async function mustGet(meetingId: string, memberId: string): Promise<StoredCoreGroupMember> {
    const member = await store.getCoreGroupMember(memberId);
    // Another meeting's member is as unknown here as one that never existed.
    if (!member || member.meetingId !== meetingId) {
      throw new DomainError('NOT_FOUND', 'No such kopgroep member');
    }
    return member;
  }

  return {
    async invite(meetingId, name) {
      const token = newToken();
      const member: StoredCoreGroupMember = {
        id: newId(),
        meetingId,
        name,
        createdAt: clock(),
        revokedAt: null,
        tokenHash: hashToken(token),
      };
      await store.insertCoreGroupMember(member);
      return { member: withoutToken(member), token };
    },

    async list(meetingId) {
      return (await store.listCoreGroupMembers(meetingId)).map(withoutToken);
    },

    async revoke(meetingId, memberId) {
      const member = await mustGet(meetingId, memberId);
      const revoked = { ...member, revokedAt: member.revokedAt ?? clock() };
      await store.updateCoreGroupMember(revoked);
      // Their consoles close first, so the lead's return is heard by the consoles that remain
      // and the revoked page says only that its link stopped working.
      closeSessions(meetingId, memberId);
      await endLeads(meetingId, memberId);
      return withoutToken(revoked);
    },

    async reissue(meetingId, memberId) {
      const member = await mustGet(meetingId, memberId);
      const token = newToken();
      const reissued = { ...member, tokenHash: hashToken(token), revokedAt: null };
      await store.updateCoreGroupMember(reissued);
      closeSessions(meetingId, memberId);
      return { member: withoutToken(reissued), token };
    },
  };
}
