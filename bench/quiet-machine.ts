/**
 * Other work on this 2-core machine swamps a benchmark's figures: before measuring, wait (a
 * bounded time) until the machine is nearly idle. Shared by bench/run.ts, canvas.ts and nodes.ts.
 */
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { readMachineBusyMs } from './server-process.js';

/** Below this share of all cores in use, the machine counts as quiet. */
const QUIET_SHARE = 0.15;

/** Share of the machine's CPU (0..1) used by all processes over `ms`. */
export async function machineLoad(ms: number): Promise<number> {
  const before = readMachineBusyMs();
  await new Promise((resolve) => setTimeout(resolve, ms));
  return (readMachineBusyMs() - before) / (ms * availableParallelism());
}

/**
 * Waits up to `maxWaitMs` for a quiet machine; logs when it has to wait and when it gives up.
 * Resolves with the last share measured.
 */
export async function waitForQuietMachine(
  log: (line: string) => void,
  maxWaitMs = 60_000,
): Promise<number> {
  const deadline = performance.now() + maxWaitMs;
  let load = await machineLoad(1000);
  if (load <= QUIET_SHARE) return load;
  log(
    `machine busy (${(load * 100).toFixed(0)}% CPU in use); waiting up to ${maxWaitMs / 1000} s…`,
  );
  while (load > QUIET_SHARE && performance.now() < deadline) load = await machineLoad(2000);
  if (load > QUIET_SHARE)
    log(`still ${(load * 100).toFixed(0)}% busy; measuring anyway, expect disturbed figures`);
  return load;
}
