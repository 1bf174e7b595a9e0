import { LIMITS } from '../../shared/limits.js';

/** Joins and refusals of one address (or of all addresses) per minute. */
interface Tally {
  joins: Map<number, number>;
  refused: Map<number, number>;
}

interface MeetingActivity {
  all: Tally;
  byAddress: Map<string, Tally>;
  /** The oldest minute kept at the last pruning; pruning runs once a minute at most. */
  prunedFrom: number;
}

export interface ActivitySummary {
  /** Joins per minute, oldest first; the last entry is the minute starting at `minuteStart`. */
  perMinute: number[];
  minuteStart: number;
  warning: { peakPerMinute: number; joins: number; refused: number } | null;
}

const MINUTE = 60_000;
const OTHERS = '(others)';

const newTally = (): Tally => ({ joins: new Map(), refused: new Map() });
const bump = (map: Map<number, number>, minute: number) =>
  map.set(minute, (map.get(minute) ?? 0) + 1);

/**
 * Joins per meeting, per minute and per address, kept in memory for the minutes the Regie shows
 * (a restart starts the picture afresh; the joins themselves are stored). Pure apart from the
 * clock. Memory stays bounded: old minutes are dropped, and addresses beyond
 * LIMITS.joinTrackedAddresses per meeting are counted together.
 */
export class JoinActivity {
  private readonly meetings = new Map<string, MeetingActivity>();
  private forgotAt = 0;

  constructor(private readonly now: () => number) {}

  joined(meetingId: string, address: string): void {
    this.count(meetingId, address, 'joins');
  }

  refused(meetingId: string, address: string): void {
    this.count(meetingId, address, 'refused');
  }

  summary(meetingId: string): ActivitySummary {
    const minuteStart = this.minute();
    const first = minuteStart - (LIMITS.joinHistoryMinutes - 1) * MINUTE;
    const activity = this.meetings.get(meetingId);
    if (activity) this.prune(activity, first);
    const perMinute = Array.from(
      { length: LIMITS.joinHistoryMinutes },
      (_, i) => activity?.all.joins.get(first + i * MINUTE) ?? 0,
    );
    let warning: ActivitySummary['warning'] = null;
    for (const [address, tally] of activity?.byAddress ?? []) {
      if (address === OTHERS) continue;
      const peakPerMinute = Math.max(0, ...tally.joins.values());
      const refused = sum(tally.refused);
      if (peakPerMinute <= LIMITS.joinWarnPerMinute && refused === 0) continue;
      const candidate = { peakPerMinute, joins: sum(tally.joins), refused };
      if (!warning || candidate.joins + candidate.refused > warning.joins + warning.refused) {
        warning = candidate;
      }
    }
    return { perMinute, minuteStart, warning };
  }

  private count(meetingId: string, address: string, kind: keyof Tally): void {
    const minute = this.minute();
    let activity = this.meetings.get(meetingId);
    if (!activity) {
      activity = { all: newTally(), byAddress: new Map(), prunedFrom: 0 };
      this.meetings.set(meetingId, activity);
    }
    this.prune(activity, minute - (LIMITS.joinHistoryMinutes - 1) * MINUTE);
    const key =
      activity.byAddress.has(address) || activity.byAddress.size < LIMITS.joinTrackedAddresses
        ? address
        : OTHERS;
    let tally = activity.byAddress.get(key);
    if (!tally) {
      tally = newTally();
      activity.byAddress.set(key, tally);
    }
    bump(tally[kind], minute);
    bump(activity.all[kind], minute);
    this.forgetQuietMeetings(minute);
  }

  private minute(): number {
    return Math.floor(this.now() / MINUTE) * MINUTE;
  }

  private prune(activity: MeetingActivity, first: number): void {
    if (activity.prunedFrom === first) return;
    activity.prunedFrom = first;
    const dropOld = (tally: Tally) => {
      for (const map of [tally.joins, tally.refused])
        for (const minute of map.keys()) if (minute < first) map.delete(minute);
    };
    dropOld(activity.all);
    for (const [address, tally] of activity.byAddress) {
      dropOld(tally);
      if (tally.joins.size === 0 && tally.refused.size === 0) activity.byAddress.delete(address);
    }
  }

  /** Meetings with nothing in the minutes shown are forgotten. */
  private forgetQuietMeetings(minute: number): void {
    if (this.forgotAt === minute) return;
    this.forgotAt = minute;
    const first = minute - (LIMITS.joinHistoryMinutes - 1) * MINUTE;
    for (const [meetingId, activity] of this.meetings) {
      const latest = Math.max(
        -Infinity,
        ...activity.all.joins.keys(),
        ...activity.all.refused.keys(),
      );
      if (latest < first) this.meetings.delete(meetingId);
    }
  }
}

function sum(map: Map<number, number>): number {
  let total = 0;
  for (const value of map.values()) total += value;
  return total;
}
