import type { RetentionKind, RetentionMonths } from '../../shared/model.js';
import { docName } from '../../shared/docs.js';
import type { Store } from '../store/store.js';
import type { Logger } from '../logger.js';
import type { FlagFinder } from '../domain/themes.js';
import { redact } from '../domain/redact.js';
import {
  NAME_REMOVED,
  redactCanvasNotes,
  redactConversation,
  redactPlanSnapshot,
  retentionCutoff,
  retentionEndOfMeeting,
  rewritePlenaryTexts,
} from '../domain/retention.js';
import type { DocRewriter } from './ports.js';

/** Often enough that nothing outlives its date by more than an hour; cheap (indexed queries). */
const RETENTION_INTERVAL_MS = 60 * 60 * 1000;

/** How many records of each kind one run removed or anonymised. */
export type RetentionReport = Record<RetentionKind, number>;

export interface RetentionJob {
  /** Applies every retention period by the clock's time now; resolves with how many sign-ups. */
  runNow(): Promise<number>;
  /** The same run, with the count of every kind. */
  runAll(): Promise<RetentionReport>;
  stop(): void;
}

type MeetingKind = Exclude<RetentionKind, 'signups' | 'coreGroup' | 'agreementOwners'>;

/**
 * Removes personal data whose retention has ended: at start (the server may have been off when
 * it ended) and every hour after. What the reports need stays, anonymised: canvas notes and
 * approved additions pass the anonymiser, plan snapshots too (with the "who" of actions
 * replaced); what nobody needs any more is deleted (sign-ups, unapproved additions, revoked
 * kopgroep members) or emptied (names at a table, the person named on a settled afspraak).
 * Logs how many, never whose.
 */
export function startRetentionJob(deps: {
  store: Store;
  /** Epoch ms; tests pass their own to run the job at a chosen time. */
  clock: () => number;
  logger: Logger;
  /** Months per kind; the sign-up period is applied when each sign-up is made. */
  months: RetentionMonths;
  findFlags: FlagFinder;
  docs: DocRewriter;
  intervalMs?: number;
  /** Told after sign-ups were deleted, so links that lapsed with them can be cut off. */
  onDeleted?: () => Promise<void>;
  /**
   * Whether this node runs the hourly pass now. With several nodes one of them takes each pass
   * (a Redis lock); alone, always. `runNow` and `runAll` do not ask.
   */
  claimRun?: (periodMs: number) => Promise<boolean>;
}): RetentionJob {
  const { store, clock, logger, months, findFlags, docs, onDeleted } = deps;
  const intervalMs = deps.intervalMs ?? RETENTION_INTERVAL_MS;
  const scrub = (text: string) => redact(text, findFlags);

  /**
   * Questions from the room that never reached the Beamer are deleted; the ones shown there are
   * kept, anonymised, as additions are.
   */
  async function questions(meetingId: string): Promise<number> {
    let changed = await store.deleteUnshownQuestions(meetingId);
    for (const question of await store.listQuestions(meetingId)) {
      const text = scrub(question.text);
      if (text === question.text) continue;
      await store.updateQuestion({ ...question, text });
      changed++;
    }
    return changed;
  }

  /** Per meeting, once its date is `months` past. */
  const perMeeting: Record<
    MeetingKind,
    (meetingId: string, kind: 'neighbourhood' | 'return') => Promise<number>
  > = {
    async notes(meetingId) {
      let changed = 0;
      for (const name of await store.listDocNames(`${meetingId}/canvas/`)) {
        await docs.rewrite(name, (doc) => (changed += redactCanvasNotes(doc, findFlags)));
      }
      return changed;
    },
    /** Additions of an evening; at a return meeting, the questions from the room. */
    async additions(meetingId, kind) {
      if (kind === 'return') return questions(meetingId);
      let changed = await store.deleteUnapprovedAdditions(meetingId);
      const texts = new Map<string, string>();
      for (const addition of await store.listAdditions(meetingId)) {
        const text = scrub(addition.text);
        texts.set(addition.id, text);
        if (text === addition.text) continue;
        const flags = findFlags(text).map((flag) => ({ field: 'text', ...flag }));
        await store.updateAddition({ ...addition, text, flags });
        changed++;
      }
      // Also drops, with the compaction, additions once shown and taken off the board again.
      const plenary = docName(meetingId, 'plenary');
      if ((await store.listDocNames(plenary)).includes(plenary)) {
        await docs.rewrite(plenary, (doc) => void rewritePlenaryTexts(doc, texts));
      }
      return changed;
    },
    displayNames: (meetingId) => store.clearDisplayNames(meetingId),
    async conversations(meetingId) {
      let changed = 0;
      for (const name of await store.listDocNames(`${meetingId}/conversation/`)) {
        await docs.rewrite(name, (doc) => (changed += redactConversation(doc, findFlags)));
      }
      return changed;
    },
    async planSnapshots(meetingId) {
      let changed = 0;
      for (const snapshot of await store.listPlanSnapshots(meetingId)) {
        await store.putPlanSnapshot(redactPlanSnapshot(snapshot, findFlags));
        changed++;
      }
      return changed;
    },
  };

  async function applyPerMeeting(kind: MeetingKind, now: number): Promise<number> {
    let changed = 0;
    for (const meeting of await store.listMeetingsAwaitingRetention(kind)) {
      if (retentionEndOfMeeting(meeting.date, months[kind]) > now) continue;
      // Canvases, conversations and names at a table belong to an evening, plan snapshots to a
      // return meeting; additions to an evening and questions from the room to a return meeting.
      const applies =
        kind === 'additions' ||
        (kind === 'planSnapshots' ? meeting.kind === 'return' : meeting.kind !== 'return');
      if (applies) changed += await perMeeting[kind](meeting.id, meeting.kind);
      await store.markRetentionApplied(meeting.id, kind, now);
    }
    return changed;
  }

  async function runAll(): Promise<RetentionReport> {
    const now = clock();
    const report: RetentionReport = {
      signups: await store.deleteExpiredSignups(now),
      notes: await applyPerMeeting('notes', now),
      additions: await applyPerMeeting('additions', now),
      displayNames: await applyPerMeeting('displayNames', now),
      coreGroup: await store.deleteRevokedCoreGroupMembers(retentionCutoff(now, months.coreGroup)),
      agreementOwners: await store.replaceAgreementOwnerNames(
        retentionCutoff(now, months.agreementOwners),
        NAME_REMOVED,
      ),
      planSnapshots: await applyPerMeeting('planSnapshots', now),
      conversations: await applyPerMeeting('conversations', now),
    };
    const { signups: _counted, ...others } = report;
    // Every run: a rewritten document may have dropped old rows even where no count shows it
    // (notes residents deleted on the evening), and a checkpoint once an hour costs little.
    await store.purgeErased();
    if (Object.values(others).some((n) => n > 0)) {
      logger.info('personal data past its retention removed or anonymised', others);
    }
    if (report.signups > 0) {
      logger.info('expired sign-ups deleted', { count: report.signups });
      await onDeleted?.();
    }
    return report;
  }

  /** Runs never overlap: a slow run (many canvases) and the next hour's must not interleave. */
  let running: Promise<RetentionReport> | null = null;
  function runOnce(): Promise<RetentionReport> {
    // Started at once when idle: the run takes the clock's time now, not a moment later.
    const run = running ? running.then(runAll, runAll) : runAll();
    running = run;
    void run
      .finally(() => {
        if (running === run) running = null;
      })
      .catch(() => undefined);
    return run;
  }

  const claimRun = deps.claimRun ?? (async () => true);
  const run = () =>
    void claimRun(intervalMs)
      .then((mine) => (mine ? runOnce() : undefined))
      .catch((error: unknown) => logger.error('retention job failed', { error: String(error) }));
  run();
  // unref: a pending run must not keep the process (or a test run) alive.
  const interval = setInterval(run, intervalMs);
  interval.unref();

  return {
    runNow: async () => (await runOnce()).signups,
    runAll: runOnce,
    stop: () => clearInterval(interval),
  };
}
