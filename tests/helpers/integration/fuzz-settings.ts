/**
 * Settings shared by the fuzz files (fuzz-collab.test.ts, fuzz-socket.test.ts), all from the
 * environment so `npm test` runs a short, reproducible share and `npm run fuzz` a long one:
 *
 * - FUZZ_RUNS: cases in total over both files (default 6,000); each file takes half, split
 *   over its properties by weight.
 * - FUZZ_SEED: fast-check's seed (default fixed, so every run throws the same cases); a failure
 *   prints it with the path of the failing case, for `FUZZ_SEED=… FUZZ_PATH=…` to replay.
 * - FUZZ_PATH: replays one failing case (fast-check's `path`), together with its seed.
 * - FUZZ_MEMORY_MB: how far the test process's resident memory may grow over a run (150).
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import type { Parameters as FcParameters } from 'fast-check';

const DEFAULT_RUNS = 6_000;
const DEFAULT_SEED = 20261207;

function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new Error(`${name} must be a whole number, not ${raw}`);
  }
  return value;
}

/** Cases over both fuzz files. */
export const FUZZ_RUNS = positiveInteger('FUZZ_RUNS', DEFAULT_RUNS);
export const FUZZ_SEED = positiveInteger('FUZZ_SEED', DEFAULT_SEED) | 0;
export const FUZZ_MEMORY_MB = positiveInteger('FUZZ_MEMORY_MB', 150);

/** This file's share of the cases for a property of `weight` (the weights of a file sum to 1). */
export function runsFor(weight: number): number {
  return Math.max(10, Math.round((FUZZ_RUNS / 2) * weight));
}

/**
 * A test's time limit for `runs` cases: a minute to set up and check, and 100 ms a case, three
 * times what a case takes on this two-core machine when others are testing too. A single case
 * that hangs fails on its own, much sooner.
 */
export function timeoutFor(runs: number): number {
  return 60_000 + runs * 100;
}

/** fast-check's options: the fixed seed, the run count, and a replay path when given. */
export function fcOptions<T>(numRuns: number): FcParameters<T> {
  const path = process.env.FUZZ_PATH;
  return {
    numRuns,
    seed: FUZZ_SEED,
    ...(path ? { path } : {}),
  };
}

// A full garbage collection before each reading, so the bound is on memory still in use and
// not on garbage V8 has not collected yet.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

/** Resident memory of this process (the server runs in it), in MB, after a full collection. */
export function rssMb(): number {
  collectGarbage();
  return process.memoryUsage().rss / (1024 * 1024);
}

/**
 * Resident memory after letting the process settle: a few rounds of full collection with a pause
 * between them, the lowest reading. Resident memory on a loaded machine lags what is in use (the
 * allocator gives freed pages back late), so a reading over the bound is taken again before it
 * counts; memory still in use stays, whatever the wait.
 */
async function settledRssMb(rounds = 5, pauseMs = 200): Promise<number> {
  let lowest = rssMb();
  for (let round = 0; round < rounds; round++) {
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
    lowest = Math.min(lowest, rssMb());
  }
  return lowest;
}

/**
 * Fails when resident memory grew FUZZ_MEMORY_MB or more since `atStart` and stays there after
 * settling; returns the reading, for the peak in the report.
 */
export async function expectMemoryWithinBound(atStart: number): Promise<number> {
  const reading = rssMb();
  if (reading - atStart < FUZZ_MEMORY_MB) return reading;
  const settled = await settledRssMb();
  if (settled - atStart >= FUZZ_MEMORY_MB) {
    throw new Error(
      `resident memory grew from ${atStart.toFixed(0)} MB to ${settled.toFixed(0)} MB, ` +
        `${FUZZ_MEMORY_MB} MB or more, and stayed after settling (${memoryBreakdown()})`,
    );
  }
  return reading;
}

/** Where the memory is, for a failure message: V8's heap, buffers outside it, the rest. */
function memoryBreakdown(): string {
  collectGarbage();
  const usage = process.memoryUsage();
  const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(0)} MB`;
  return (
    `rss ${mb(usage.rss)}, heap total ${mb(usage.heapTotal)}, heap used ${mb(usage.heapUsed)}, ` +
    `external ${mb(usage.external)}, array buffers ${mb(usage.arrayBuffers)}`
  );
}

/** The JavaScript heap in use, in MB, after a full collection: for the report. */
export function heapMb(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed / (1024 * 1024);
}
