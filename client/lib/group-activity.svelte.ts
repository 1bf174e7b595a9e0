import { CANVAS_SECTIONS } from '../../shared/model.js';
import type { GroupActivity } from '../../shared/model.js';
import type { MeetingSession } from './meeting-session.svelte.js';
import { SyncedState } from './synced-state.svelte.js';

/**
 * A table where nothing was written for this long is marked on the overview, so the facilitator
 * can walk over. Five minutes: a group that is talking well still writes something that often.
 */
export const STUCK_AFTER_MS = 5 * 60_000;
/** "2 min geleden" needs no finer clock than this. */
const TICK_MS = 15_000;

/**
 * The overview of the tables while the room works on the canvases: one line per subgroup, read
 * after every reconnect and kept current from `group:active`. `now` ticks so "2 min geleden" and
 * "stil sinds" move on by themselves.
 */
export class GroupActivityState extends SyncedState {
  activity = $state.raw<Record<string, GroupActivity>>({});
  now = $state(Date.now());
  /**
   * When this overview started watching. A table without any note counts as stuck from
   * STUCK_AFTER_MS after this; the server does not say when the tables sat down.
   */
  readonly since = Date.now();

  constructor(private readonly session: MeetingSession) {
    super();
    const ticker = setInterval(() => (this.now = Date.now()), TICK_MS);
    this.stopOnDestroy(() => clearInterval(ticker));
    this.follow(
      session,
      session.on('group:active', ({ activity }) => this.upsert(activity)),
    );
  }

  /** `now` on the server's clock, which `lastActivityAt` is measured on. */
  get serverNow(): number {
    return this.now + this.session.clockOffset;
  }

  get serverSince(): number {
    return this.since + this.session.clockOffset;
  }

  of(groupId: string): GroupActivity {
    return (
      this.activity[groupId] ?? {
        groupId,
        connected: 0,
        notes: { how: 0, needs: 0, helpers: 0 },
        lastActivityAt: 0,
      }
    );
  }

  private upsert(activity: GroupActivity): void {
    this.activity = { ...this.activity, [activity.groupId]: activity };
    this.now = Date.now();
  }

  protected async read(): Promise<void> {
    const lines = await this.session.request('groups:activity', {});
    this.activity = Object.fromEntries(lines.map((line) => [line.groupId, line]));
    this.now = Date.now();
  }
}

/** Whether a table needs a look: quiet for a while, or nothing written at all. */
export type Stuck = { kind: 'quiet'; minutes: number } | { kind: 'empty' } | null;

/**
 * @example stuck({ lastActivityAt: 0, notes: { how: 0, needs: 0, helpers: 0 } }, 6 * 60_000, 0)
 *   → { kind: 'empty' }
 */
export function stuck(
  activity: Pick<GroupActivity, 'lastActivityAt' | 'notes'>,
  now: number,
  since: number,
): Stuck {
  const total = totalNotes(activity);
  if (total === 0) return now - since >= STUCK_AFTER_MS ? { kind: 'empty' } : null;
  const quiet = now - activity.lastActivityAt;
  return quiet >= STUCK_AFTER_MS ? { kind: 'quiet', minutes: Math.floor(quiet / 60_000) } : null;
}

export function totalNotes(activity: Pick<GroupActivity, 'notes'>): number {
  return CANVAS_SECTIONS.reduce((sum, section) => sum + activity.notes[section], 0);
}

/** "2 minuten geleden" / "2 minutes ago" in the interface's language; "nu" under a minute. */
export function relativeTime(locale: string, at: number, now: number): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'long' });
  const seconds = Math.round((at - now) / 1000);
  if (Math.abs(seconds) < 60) return format.format(0, 'second');
  const minutes = Math.round(seconds / 60);
  if (Math.abs(minutes) < 60) return format.format(minutes, 'minute');
  return format.format(Math.round(minutes / 60), 'hour');
}
