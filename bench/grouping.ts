/**
 * `npm run bench:grouping`: how long proposing the tables takes for a big hall — 500 attendees
 * over 12 themes, with realistic skew (a few popular themes, some "maakt niet uit", some second
 * choices) — over many seeds. The goal is "well under 100 ms".
 *
 * Options: --attendees N, --themes N, --runs N.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { proposeGroups } from '../server/domain/grouping.js';
import type { Preference } from '../server/domain/grouping.js';
import { mulberry32 } from '../server/domain/grouping/types.js';
import { round1, summarise } from './stats.js';

const { values } = parseArgs({
  options: {
    attendees: { type: 'string' },
    themes: { type: 'string' },
    runs: { type: 'string' },
  },
});
const attendees = Number(values.attendees ?? 500);
const themeCount = Number(values.themes ?? 12);
const runs = Number(values.runs ?? 200);

/** Popularity falls off like in a real hall: the first themes draw most people. */
function hall(seed: number): { preferences: Preference[]; themeIds: string[] } {
  const random = mulberry32(seed);
  const themeIds = Array.from({ length: themeCount }, (_, i) => `theme-${i}`);
  const weights = themeIds.map((_, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const pick = (): string => {
    let r = random() * total;
    for (let i = 0; i < weights.length; i++) if ((r -= weights[i]) <= 0) return themeIds[i];
    return themeIds[0];
  };
  const preferences = Array.from({ length: attendees }, (_, i): Preference => {
    if (random() < 0.08) return { participantId: `p${i}`, first: null, second: null };
    const first = pick();
    let second: string | null = pick();
    if (second === first || random() < 0.15) second = null;
    return { participantId: `p${i}`, first, second };
  });
  return { preferences, themeIds };
}

const timings: number[] = [];
let tables = 0;
let firstShare = 0;
for (let run = 0; run < runs; run++) {
  const { preferences, themeIds } = hall(run + 1);
  const started = performance.now();
  const result = proposeGroups(preferences, themeIds, { seed: run + 1 });
  timings.push(performance.now() - started);
  tables += result.groups.length;
  firstShare += result.firstChoiceShare;
}
const s = summarise(timings.slice(Math.min(10, runs - 1))); // the first runs warm the JIT up
console.log(`grouping: ${attendees} attendees over ${themeCount} themes, ${runs} seeds`);
console.log(`  tables per proposal (mean)   ${round1(tables / runs)}`);
console.log(`  first choice share (mean)    ${round1((100 * firstShare) / runs)} %`);
console.log(`  time per proposal p50        ${round1(s.p50)} ms`);
console.log(`  time per proposal p99        ${round1(s.p99)} ms   (goal: well under 100 ms)`);
console.log(`  time per proposal max        ${round1(s.max)} ms`);
