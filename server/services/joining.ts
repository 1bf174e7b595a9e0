import type { JoinStats } from '../../shared/protocol.js';
import { hashToken } from './tokens.js';
import { LIMITS } from '../../shared/limits.js';
import type { Store } from '../store/store.js';
import { DomainError } from '../domain/errors.js';
import { addressKey } from '../domain/token-bucket.js';
import type { Limits } from '../domain/limits.js';
import { JoinActivity } from '../domain/join-activity.js';
import type { Broadcaster } from './broadcast.js';
import type { Joined, MeetingService } from './meetings.js';
import { mustGetMeeting } from './meeting-lookup.js';
import { coalesce } from './coalesce.js';

/** A join refused because its address spent its budget; says when to try again. */
export type JoinEvent = 'joined' | 'refused';

/** Joins and refusals told between nodes (the address is its budget key, a network). */
export interface SharedJoinActivity {
  tell(meetingId: string, address: string, what: JoinEvent): void;
  onHeard(handler: (meetingId: string, address: string, what: JoinEvent) => void): void;
}

export class JoinBudgetError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super('RATE_LIMITED', 'Too many new phones from this network; try again in a minute');
  }
}

export interface JoiningService {
  /**
   * Joins a phone from `address`: a phone that brings its key back is let in as itself and
   * costs nothing; a new phone spends one join of its address's budget for this meeting, and is
   * refused while the facilitator has closed joining.
   */
  join(code: string, key: string | undefined, address: string): Promise<Joined>;
  setClosed(meetingId: string, closed: boolean): Promise<JoinStats>;
  stats(meetingId: string): Promise<JoinStats>;
  close(): void;
}

export function createJoiningService(deps: {
  store: Store;
  meetings: MeetingService;
  broadcast: Broadcaster;
  clock: () => number;
  /** Joins one address may make at once per meeting (JOIN_BURST). */
  burst: number;
  limits: Limits;
  /** The joins on other nodes, so the Regie's picture covers them all. */
  shared?: SharedJoinActivity;
}): JoiningService {
  const { store, meetings, broadcast, clock } = deps;
  const budget = deps.limits.budget('joins', deps.burst, LIMITS.joinRefillPerMinute);
  const activity = new JoinActivity(clock);

  async function stats(meetingId: string): Promise<JoinStats> {
    const meeting = await mustGetMeeting(store, meetingId);
    return { closed: meeting.joiningClosed === true, ...activity.summary(meetingId) };
  }
  // A hall joining at once changes the picture many times a second; staff hear it twice a second.
  /** A join or refusal here or, told through `shared`, on another node. */
  function heard(meetingId: string, address: string, what: JoinEvent): void {
    if (what === 'joined') activity.joined(meetingId, address);
    else activity.refused(meetingId, address);
    counted.schedule(meetingId);
  }
  const record = (meetingId: string, address: string, what: JoinEvent) => {
    heard(meetingId, address, what);
    deps.shared?.tell(meetingId, address, what);
  };
  deps.shared?.onHeard(heard);
  const counted = coalesce(500, async (meetingId) =>
    broadcast.joiningCounted(meetingId, await stats(meetingId)),
  );

  return {
    async join(code, key, address) {
      if (key) {
        const back = await meetings.rejoin(code, key);
        if (back) return { ...back, key };
      }
      const who = addressKey(address);
      // The Regie's picture tells addresses apart, never shows them; other nodes get it too.
      const whose = hashToken(who).slice(0, 16);
      const bucket = `${code}|${who}`;
      const spent = await budget.spend(bucket);
      if (!spent.allowed) {
        const meeting = await store.findMeetingByJoinCode(code);
        if (meeting) {
          record(meeting.id, whose, 'refused');
        }
        throw new JoinBudgetError(spent.retryAfterSeconds);
      }
      try {
        const joined = await meetings.join(code, undefined);
        record(joined.participant.meetingId, whose, 'joined');
        return joined;
      } catch (error) {
        // A wrong code or a closed meeting is no join: it has its own limit, or none is needed.
        await budget.refund(bucket);
        throw error;
      }
    },

    async setClosed(meetingId, closed) {
      await mustGetMeeting(store, meetingId);
      await store.setJoiningClosed(meetingId, closed);
      broadcast.joiningChanged(meetingId, closed);
      const current = await stats(meetingId);
      broadcast.joiningCounted(meetingId, current);
      return current;
    },

    stats,

    close() {
      counted.close();
    },
  };
}
