import type { SignupStore } from '../store/store.js';
import type { Logger } from '../logger.js';

/** Often enough that nothing outlives its date by more than an hour; cheap (one indexed delete). */
const RETENTION_INTERVAL_MS = 60 * 60 * 1000;

export interface RetentionJob {
  /** Deletes what has expired by the clock's time now; resolves with how many sign-ups. */
  runNow(): Promise<number>;
  stop(): void;
}

/**
 * Deletes sign-ups whose retention date has passed: at start (the server may have been off when
 * they expired) and every hour after. Logs how many, never whose.
 */
export function startRetentionJob(deps: {
  store: Pick<SignupStore, 'deleteExpiredSignups'>;
  /** Epoch ms; tests pass their own to run the job at a chosen time. */
  clock: () => number;
  logger: Logger;
  intervalMs?: number;
  /** Told after sign-ups were deleted, so links that lapsed with them can be cut off. */
  onDeleted?: () => Promise<void>;
}): RetentionJob {
  const { store, clock, logger, intervalMs = RETENTION_INTERVAL_MS, onDeleted } = deps;

  async function runNow(): Promise<number> {
    const count = await store.deleteExpiredSignups(clock());
    if (count > 0) {
      logger.info('expired sign-ups deleted', { count });
      await onDeleted?.();
    }
    return count;
  }

  const run = () =>
    void runNow().catch((error: unknown) =>
      logger.error('retention job failed', { error: String(error) }),
    );
  run();
  // unref: a pending run must not keep the process (or a test run) alive.
  const interval = setInterval(run, intervalMs);
  interval.unref();

  return {
    runNow,
    stop: () => clearInterval(interval),
  };
}
