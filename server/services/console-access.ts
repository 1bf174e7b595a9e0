import type { Store } from '../store/store.js';
import type { Principal } from '../domain/principal.js';

/** Who a console connection is: the meeting it runs, and the kopgroep member behind it. */
export type ConsoleIdentity = Pick<Principal, 'meetingId' | 'coreGroupMemberId'>;

export interface ConsoleAccess {
  /**
   * The principal of a console opened for `meetingId` with `principal`'s link: the evening's
   * facilitator for the evening itself, and the evening's facilitator or one of its kopgroep
   * members for one of its return meetings, which they run as its facilitator. Null for anyone
   * or anything else: a kopgroep or werkgroep link never opens the evening's own console.
   */
  resolve(principal: Principal, meetingId: string): Promise<Principal | null>;
  /**
   * The principal of a Beamer opened for return meeting `meetingId` with the link of whoever
   * may run it (the evening's facilitator or one of its kopgroep members): that meeting's
   * projector, tied to the link, so it closes when the link is revoked or replaced. There is no
   * separate Beamer token to hand around. Null for the evening itself and anything else.
   */
  resolveScreen(principal: Principal, meetingId: string): Promise<Principal | null>;
  /**
   * Whether this console may send a command that changes the meeting: only the leader's. A
   * boolean when the leader is known (the common case, so the guard keeps packets in order).
   */
  mayLead(identity: ConsoleIdentity, event: string): boolean | Promise<boolean>;
  /** Called after the leader changed, so the next command is judged by the new leader. */
  leaderChanged(meetingId: string, leaderId: string | null): void;
}

/** Whether a console runs its meeting while `leaderId` leads (null: the facilitator leads). */
export function leadsWith(identity: ConsoleIdentity, leaderId: string | null): boolean {
  if (identity.coreGroupMemberId) return leaderId === identity.coreGroupMemberId;
  return leaderId === null;
}

/**
 * Lets a kopgroep member, or the evening's facilitator, run a terugkombijeenkomst from their
 * own link (no separate console link to hand around), and keeps one hand on the wheel: the
 * leader's. Alone, leaders are cached per meeting, as every staff command asks; leader:set is
 * the only writer of that field and updates the cache. On several nodes another node may have
 * changed it, so each command reads it from the store (one lookup by key).
 */
export function createConsoleAccess(deps: { store: Store; cacheLeaders: boolean }): ConsoleAccess {
  const { store, cacheLeaders } = deps;
  const leaders = new Map<string, string | null>();

  async function leaderOf(meetingId: string): Promise<string | null> {
    const leaderId = (await store.getMeeting(meetingId))?.leaderId ?? null;
    if (cacheLeaders) leaders.set(meetingId, leaderId);
    return leaderId;
  }

  function judge(identity: ConsoleIdentity, event: string, leaderId: string | null): boolean {
    // The facilitator may always take the lead back.
    return leadsWith(identity, leaderId) || (!identity.coreGroupMemberId && event === 'leader:set');
  }

  /** Whether `meetingId` is a return meeting of the evening `principal`'s link belongs to. */
  async function isReturnOf(principal: Principal, meetingId: string): Promise<boolean> {
    const { role } = principal;
    // A console opened inside another console (consoleOf) does not reach any further.
    if (principal.consoleOf) return false;
    if (role !== 'facilitator' && role !== 'coreGroupMember') return false;
    if (meetingId === principal.meetingId) return false;
    const target = await store.getMeeting(meetingId);
    return target?.kind === 'return' && target.originMeetingId === principal.meetingId;
  }

  /** A principal for `meetingId` that remembers the link that opened it, to close with it. */
  const opened = (principal: Principal, meetingId: string, role: Principal['role']) => ({
    role,
    meetingId,
    participantId: null,
    participantNumber: null,
    tableHostId: null,
    coreGroupMemberId: principal.coreGroupMemberId ?? null,
    consoleOf: principal.meetingId,
  });

  return {
    async resolve(principal, meetingId) {
      // The evening's own console is the facilitator's alone: the follow-up roles (kopgroep,
      // werkgroep) never get its staff view (unpublished themes, additions, tallies, groups).
      if (meetingId === principal.meetingId) {
        return principal.role === 'facilitator' && !principal.consoleOf ? principal : null;
      }
      return (await isReturnOf(principal, meetingId))
        ? opened(principal, meetingId, 'facilitator')
        : null;
    },

    async resolveScreen(principal, meetingId) {
      return (await isReturnOf(principal, meetingId))
        ? opened(principal, meetingId, 'projector')
        : null;
    },

    mayLead(identity, event) {
      const known = leaders.get(identity.meetingId);
      if (known !== undefined) return judge(identity, event, known);
      return leaderOf(identity.meetingId).then((leaderId) => judge(identity, event, leaderId));
    },

    leaderChanged(meetingId, leaderId) {
      if (cacheLeaders) leaders.set(meetingId, leaderId);
    },
  };
}
