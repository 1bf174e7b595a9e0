/**
 * `npm run bench:canvas`: the subgroups after the break. The real server runs as a child process;
 * T tables of M members each (180 phones by default) are grouped with the real commands, every
 * member opens their own table's canvas over the collaboration endpoint with their own key, and
 * the facilitator's Regie watches the overview (`group:active`). Each member adds a note every
 * ~5 s (jittered) for ~30 s. Reports p50/p99 of a note reaching the other members of its table,
 * and of the overview showing the new count; target p99 under 100 ms.
 *
 * Options: --tables N, --members N, --seconds N, --every MS (or BENCH_TABLES, BENCH_MEMBERS),
 * --cpu-prof (profile the server; its top functions are printed).
 *
 * Overview latency: `group:active` carries counts, not note ids, so the k-th note written at a
 * table counts as shown once the table's total reaches k.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Socket } from 'socket.io-client';
import { readMachineBusyMs, startServer } from './server-process.js';
import { closeAll, sleep } from './clients.js';
import { waitForQuietMachine } from './quiet-machine.js';
import { seatTables, writeNotes } from './canvas-tables.js';
import type { CollabClient } from './clients.js';
import { summarise } from './stats.js';
import { hotFunctions, mainThreadProfile } from './diagnostics.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { values } = parseArgs({
  options: {
    tables: { type: 'string' },
    members: { type: 'string' },
    seconds: { type: 'string' },
    every: { type: 'string' },
    'cpu-prof': { type: 'boolean', default: false },
  },
});
const tableCount = Number(values.tables ?? process.env.BENCH_TABLES ?? 30);
const memberCount = Number(values.members ?? process.env.BENCH_MEMBERS ?? 6);
const seconds = Number(values.seconds ?? 30);
const everyMs = Number(values.every ?? 5000);
const options = { tables: tableCount, members: memberCount, seconds, everyMs };
const resultsDir = path.join(root, 'bench', 'results');
const startedAt = performance.now();

function log(line: string): void {
  process.stderr.write(`[bench ${((performance.now() - startedAt) / 1000).toFixed(1)}s] ${line}\n`);
}

await waitForQuietMachine(log);
// Every provider registers a process 'exit' listener; one per member is expected here.
process.setMaxListeners(tableCount * memberCount + 50);
const profileDir = path.join(resultsDir, 'profiles');
if (values['cpu-prof']) mkdirSync(profileDir, { recursive: true });
const server = await startServer({
  root,
  ...(values['cpu-prof'] ? { cpuProfDir: profileDir } : {}),
});
const sockets: Socket[] = [];
const canvases: CollabClient[] = [];
try {
  const { regie, members, connectAllMs } = await seatTables({
    server,
    tableCount,
    memberCount,
    open: { sockets, canvases },
    log,
  });
  await sleep(1000);

  // ---- measuring ----
  log(`each member writes a note every ~${everyMs / 1000} s for ${seconds} s…`);
  const machineStart = readMachineBusyMs();
  const serverCpuStart = server.cpuMs();
  const benchCpuStart = process.cpuUsage();
  const loopStart = performance.eventLoopUtilization();
  const runStart = performance.now();
  const written = await writeNotes(regie, members, { memberCount, seconds, everyMs });
  const { memberMs, tableMs, overviewMs, finished } = written;
  const expectedDeliveries = written.notes * (memberCount - 1);
  const elapsedMs = performance.now() - runStart;
  const loop = performance.eventLoopUtilization(loopStart);
  const benchCpu = process.cpuUsage(benchCpuStart);
  const benchCpuMs = (benchCpu.user + benchCpu.system) / 1000;
  const serverCpuMs = server.cpuMs() - serverCpuStart;
  const backgroundMs = readMachineBusyMs() - machineStart - serverCpuMs - benchCpuMs;
  const backgroundShare = Math.max(0, backgroundMs / (elapsedMs * availableParallelism()));

  const member = summarise(memberMs);
  const table = summarise(tableMs);
  const overview = summarise(overviewMs);
  const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : '–');
  const rows: [string, string, string][] = [
    ['Note reaches a table member, p50', ms(member.p50), ''],
    ['Note reaches a table member, p99', ms(member.p99), 'target < 100 ms'],
    ['Note reaches the whole table, p50', ms(table.p50), ''],
    ['Note reaches the whole table, p99', ms(table.p99), 'target < 100 ms'],
    ['Overview shows the new count, p50', ms(overview.p50), ''],
    ['Overview shows the new count, p99', ms(overview.p99), 'target < 100 ms'],
  ];
  const width = Math.max(...rows.map((row) => row[0].length));
  const out = [
    '',
    `Canvas bench: ${tableCount} tables × ${memberCount} members, a note per member every ` +
      `~${everyMs / 1000} s for ${seconds} s, Regie overview open (Node ${process.version}, ${cpus().length} CPUs)`,
    '',
    ...rows.map(([name, value, note]) => `  ${name.padEnd(width)}  ${value.padStart(9)}  ${note}`),
    '',
    `  notes: ${written.notes}; deliveries to members: ${memberMs.length} of ${expectedDeliveries}; ` +
      `shown on the overview: ${overviewMs.length} of ${written.notes}${finished ? '' : ' (gave up waiting)'}`,
    `  p90/max: member ${ms(member.p90)}/${ms(member.max)}, table ${ms(table.p90)}/${ms(table.max)}, ` +
      `overview ${ms(overview.p90)}/${ms(overview.max)}; ` +
      `${members.length} canvases connected and synced in ${ms(connectAllMs)}`,
    `  CPU per note: server ${(serverCpuMs / written.notes).toFixed(2)} ms, bench process ` +
      `${(benchCpuMs / written.notes).toFixed(2)} ms; bench event loop ${(loop.utilization * 100).toFixed(0)}% busy; ` +
      `other processes used ${(backgroundShare * 100).toFixed(0)}% of the machine`,
    `  drops: ${canvases.reduce((sum, c) => sum + c.drops, 0)}; server warnings: ${server.problems.length}` +
      (server.problems.length > 0 ? `, first: ${server.problems[0]}` : ''),
  ];
  if (backgroundShare > 0.1) {
    out.push(
      '  WARNING: other processes kept the machine busy during the run; the figures are disturbed.',
    );
  }
  process.stdout.write(`${out.join('\n')}\n\n`);
  mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, 'canvas.json');
  const results = { member, table, overview, notes: written.notes, connectAllMs, backgroundShare };
  const json = { date: new Date().toISOString(), node: process.version, cpus: cpus().length };
  writeFileSync(file, `${JSON.stringify({ ...json, options, results }, null, 2)}\n`);
  log(`results written to ${path.relative(root, file)}`);
  if (!finished) process.exitCode = 1;
} finally {
  await closeAll(canvases);
  for (const socket of sockets) socket.close();
  await server.stop();
}
const profile = values['cpu-prof'] ? mainThreadProfile(profileDir, server.pid) : null;
if (profile) {
  const hot = hotFunctions(profile, root, 15);
  process.stdout.write(`Server CPU profile (${path.relative(root, profile)}), by self time:\n`);
  for (const fn of hot)
    process.stdout.write(`  ${fn.selfPercent.toFixed(1).padStart(5)}%  ${fn.name}  ${fn.where}\n`);
}
