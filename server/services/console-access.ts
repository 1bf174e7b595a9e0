import type { Store } from '../store/store.js';
import type { Principal } from './meetings.js';

/** Who a console connection is: the meeting it runs, and the kopgroep member behind it. */
export interface ConsoleIdentity {
  meetingId: string;
  coreGroupMemberId?: string | null;
}

export interface ConsoleAccess {
  /**
   * The principal of a console opened for `meetingId` with `principal`'s link: the evening's
   * facilitator or one of its kopgroep members, for the evening itself or one of its return
   * meetings, runs it as its facilitator. Null for anyone or anything else.
   */
  resolve(principal: Principal, meetingId: string): Promise<Principal | null>;
  /**
   * Whether this console may send a command that changes the meeting: only the leader's. A
   * boolean when the leader is known (the common case, so the guard keeps packets in order).
   */
  mayLead(identity: ConsoleIdentity, event: string): boolean | Promise<boolean>;
  /** Called after the leader changed, so the next command is judged by the new leader. */
  leaderChanged(meetingId: string, leaderId: string | null): void;
}

/**
 * Lets a kopgroep member, or the evening's facilitator, run a terugkombijeenkomst from their
 * own link (no separate console link to hand around), and keeps one hand on the wheel: the
 * leader's. Leaders are cached per meeting, as every staff command asks; leader:set is the only
 * writer of that field and updates the cache (one node; several nodes would need a bus message).
 */
export function createConsoleAccess(deps: { store: Store }): ConsoleAccess {
  const { store } = deps;
  const leaders = new Map<string, string | null>();

  async function leaderOf(meetingId: string): Promise<string | null> {
    const leaderId = (await store.getMeeting(meetingId))?.leaderId ?? null;
    leaders.set(meetingId, leaderId);
    return leaderId;
  }

  function judge(identity: ConsoleIdentity, event: string, leaderId: string | null): boolean {
    if (identity.coreGroupMemberId) return leaderId === identity.coreGroupMemberId;
    // The facilitator leads while nobody else does, and may always take the lead back.
    return leaderId === null || event === 'leader:set';
  }

  return {
    async resolve(principal, meetingId) {
      const { role, coreGroupMemberId } = principal;
      if (role !== 'facilitator' && role !== 'coreGroupMember') return null;
      if (meetingId !== principal.meetingId) {
        const target = await store.getMeeting(meetingId);
        if (target?.kind !== 'return' || target.originMeetingId !== principal.meetingId) {
          return null;
        }
      } else if (role === 'facilitator') {
        return principal;
      }
      return {
        role: 'facilitator',
        meetingId,
        participantId: null,
        participantNumber: null,
        tableHostId: null,
        coreGroupMemberId: coreGroupMemberId ?? null,
        consoleOf: principal.meetingId,
      };
    },

    mayLead(identity, event) {
      const known = leaders.get(identity.meetingId);
      if (known !== undefined) return judge(identity, event, known);
      return leaderOf(identity.meetingId).then((leaderId) => judge(identity, event, leaderId));
    },

    leaderChanged(meetingId, leaderId) {
      leaders.set(meetingId, leaderId);
    },
  };
}
