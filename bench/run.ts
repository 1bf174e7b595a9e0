/**
 * `npm run bench`: starts the real server as a child process and measures the collaboration
 * endpoint the way a meeting uses it — N phones reading the welcome board while the facilitator
 * writes — plus the join time of a full board. Prints a table and writes bench/results/latest.json.
 *
 * Options: --phones N (or BENCH_PHONES), --notes N (or BENCH_NOTES), --warmup N (unmeasured notes
 * first), --interval MS, --load-notes N, --load-runs N, --skip-load, --skip-attack (no "under
 * attack" run: a hostile writer and a stalled reader beside the hall), --cpu-prof (profile the
 * server; its top functions are printed and the profile kept in bench/results/profiles/), --heap
 * (heap snapshots of the server before and after the phones connect, for its live JS heap per
 * connection; the snapshots disturb the RSS figure), --reference FILE (run the same scenario
 * against the unmodified y-websocket server instead, FILE being its entry such as
 * node_modules/@y/websocket-server/src/server.js; it has no tokens and no storage, so no cold join).
 *
 * All phones live in this one process, next to the server on the same machine; the "harness
 * floor" line says how much of a note's delivery time is this process's own work.
 */
import { positiveInt } from './regie-steps.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startReferenceServer, startServer } from './server-process.js';
import { waitForQuietMachine } from './quiet-machine.js';
import type { ServerProcess } from './server-process.js';
import { createMeeting, joinPhones } from './clients.js';
import { runHall } from './collab-latency.js';
import type { LatencyResult, MemoryResult } from './collab-latency.js';
import { runLoad } from './load-time.js';
import type { JoinBreakdown, LoadResult } from './load-time.js';
import { hotFunctions, mainThreadProfile } from './diagnostics.js';
import type { HotFunction } from './diagnostics.js';
import { roundDeep } from './stats.js';
import { LIMITS } from '../shared/limits.js';
import type { AttackResult } from './collab-latency.js';

/**
 * The unmodified y-websocket server (@y/websocket-server 0.1.1, `--reference`) on this 2-core
 * machine at N=300, with the same light phones (bench/light-phone.ts).
 */
const REFERENCE = {
  allReceivedP50Ms: 7,
  allReceivedP99Ms: 10,
  perConnectionKiB: 24,
  /** Measured with 3,000 notes, before a board was capped at 1,000. */
  join3000NotesMs: 17,
} as const;

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const resultsDir = path.join(root, 'bench', 'results');
const startedAt = performance.now();

function log(line: string): void {
  process.stderr.write(`[bench ${((performance.now() - startedAt) / 1000).toFixed(1)}s] ${line}\n`);
}

function readOptions() {
  const { values } = parseArgs({
    options: {
      phones: { type: 'string' },
      notes: { type: 'string' },
      warmup: { type: 'string' },
      interval: { type: 'string' },
      'load-notes': { type: 'string' },
      'load-runs': { type: 'string' },
      'skip-load': { type: 'boolean', default: false },
      'skip-attack': { type: 'boolean', default: false },
      'cpu-prof': { type: 'boolean', default: false },
      heap: { type: 'boolean', default: false },
      reference: { type: 'string' },
    },
  });
  return {
    phones: positiveInt('phones', values.phones ?? process.env.BENCH_PHONES, 300),
    notes: positiveInt('notes', values.notes ?? process.env.BENCH_NOTES, 100),
    warmUpNotes: values.warmup === '0' ? 0 : positiveInt('warmup', values.warmup, 20),
    intervalMs: positiveInt('interval', values.interval, 50),
    loadNotes: positiveInt('load-notes', values['load-notes'], LIMITS.notesPerBoard),
    loadRuns: positiveInt('load-runs', values['load-runs'], 5),
    skipLoad: values['skip-load'],
    skipAttack: values['skip-attack'],
    cpuProf: values['cpu-prof'],
    heap: values.heap,
    reference: values.reference ?? null,
  };
}
type Options = ReturnType<typeof readOptions>;

interface Results {
  memory: MemoryResult;
  latency: LatencyResult;
  attack: AttackResult | null;
  load: LoadResult | null;
}

/** Meetings and tokens: from the HTTP API, or made up for the reference server (it takes any). */
async function setUp(server: ServerProcess, options: Options) {
  if (server.kind === 'reference') {
    const phoneKeys = Array.from({ length: options.phones }, (_, i) => `phone-${i}`);
    return {
      hall: { meetingId: 'reference-hall', facilitatorToken: 'facilitator', phoneKeys },
      board: async () => ({
        meetingId: 'reference-board',
        facilitatorToken: 'facilitator',
        readerToken: 'beamer',
      }),
    };
  }
  const hall = await createMeeting(server.httpUrl, server.organiserToken, 'Bench: zaal');
  log(`joining ${options.phones} phones over HTTP…`);
  const phoneKeys = await joinPhones(server.httpUrl, hall.meeting.joinCode, options.phones);
  return {
    hall: { meetingId: hall.meeting.id, facilitatorToken: hall.facilitatorToken, phoneKeys },
    board: async () => {
      const board = await createMeeting(server.httpUrl, server.organiserToken, 'Bench: vol bord');
      return {
        meetingId: board.meeting.id,
        facilitatorToken: board.facilitatorToken,
        readerToken: board.projectorToken,
      };
    },
  };
}

async function measure(server: ServerProcess, options: Options): Promise<Results> {
  const { hall, board } = await setUp(server, options);
  const { memory, latency, attack } = await runHall({
    server,
    ...hall,
    notes: options.notes,
    warmUpNotes: options.warmUpNotes,
    intervalMs: options.intervalMs,
    log,
    ...(options.heap ? { heapSnapshot: () => server.heapSnapshot() } : {}),
    underAttack: !options.skipAttack && server.kind === 'buurtkracht',
  });
  assertServerAlive(server);

  let load: LoadResult | null = null;
  if (!options.skipLoad) {
    load = await runLoad({
      server,
      ...(await board()),
      notes: options.loadNotes,
      runs: options.loadRuns,
      cold: server.kind === 'buurtkracht',
      log,
    });
    assertServerAlive(server);
  }
  return { memory, latency, attack, load };
}

function assertServerAlive(server: ServerProcess): void {
  const exit = server.unexpectedExit();
  if (exit) throw new Error(exit);
}

function ms(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(1)} ms` : '–';
}

function breakdown(parts: JoinBreakdown): string {
  return `${parts.open.toFixed(1)} + ${parts.serverReply.toFixed(1)} + ${parts.clientApply.toFixed(1)} ms`;
}

function printTable(results: Results, server: ServerProcess): void {
  const { memory, latency, attack, load } = results;
  const problems = server.problems;
  const rows: [string, string, string][] = [
    [
      'Note reaches ALL phones, p50',
      ms(latency.allReceivedMs.p50),
      `${REFERENCE.allReceivedP50Ms} ms`,
    ],
    [
      'Note reaches ALL phones, p99',
      ms(latency.allReceivedMs.p99),
      `${REFERENCE.allReceivedP99Ms} ms`,
    ],
    ['Per-phone delivery, p50', ms(latency.perPhoneMs.p50), ''],
    ['Per-phone delivery, p99', ms(latency.perPhoneMs.p99), ''],
    ['First phone has it, p50', ms(latency.firstReceivedMs.p50), ''],
    ['Harness floor (no server), p50', ms(latency.harnessFloorMs.p50), ''],
    ['Harness floor (no server), p99', ms(latency.harnessFloorMs.p99), ''],
    [
      'Server memory per connection',
      `${memory.perConnectionKiB.toFixed(1)} KiB`,
      `${REFERENCE.perConnectionKiB} KiB`,
    ],
  ];
  if (load) {
    const label = `${load.notes.toLocaleString('en')}-note join`;
    if (load.coldRunsMs.length > 0) {
      rows.push([
        `${label}, cold (median of ${load.coldRunsMs.length})`,
        ms(load.coldMedianMs),
        `${REFERENCE.join3000NotesMs} ms`,
      ]);
    }
    rows.push([
      `${label}, warm (median of ${load.warmRunsMs.length})`,
      ms(load.warmMedianMs),
      `${REFERENCE.join3000NotesMs} ms`,
    ]);
  }
  const widths = [0, 1, 2].map((i) =>
    Math.max(...[['Metric', 'Measured', 'Reference*'], ...rows].map((row) => row[i].length)),
  );
  const line = (row: string[]) =>
    `  ${row[0].padEnd(widths[0])}  ${row[1].padStart(widths[1])}  ${row[2].padStart(widths[2])}`;

  const out: string[] = [
    '',
    `${server.kind === 'reference' ? 'REFERENCE y-websocket server' : 'Buurtkracht'} collab bench: ${memory.phones} phones, ${latency.notes} notes every ${latency.intervalMs} ms` +
      ` after ${latency.warmUpNotes} warm-up notes (Node ${process.version}, ${cpus().length} CPUs)`,
    '',
    line(['Metric', 'Measured', 'Reference*']),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    '  * unmodified y-websocket server, this 2-core machine, N=300',
    '  Harness floor: the same note frame read by as many phones inside this process, no server;',
    '  all phones share this process, so no note can reach the last phone much sooner than that.',
    '',
    `  all-received: min ${ms(latency.allReceivedMs.min)}, p90 ${ms(latency.allReceivedMs.p90)}, ` +
      `max ${ms(latency.allReceivedMs.max)}; incomplete notes: ${latency.incompleteNotes}; drops: ${latency.drops}`,
    `  CPU per note: server ${latency.serverCpuMsPerNote.toFixed(2)} ms, ` +
      `bench process (all phones) ${latency.benchCpuMsPerNote.toFixed(2)} ms; ` +
      `bench event loop ${(latency.benchLoopUtilisation * 100).toFixed(0)}% busy; ` +
      `other processes used ${(latency.backgroundCpuShare * 100).toFixed(0)}% of the machine`,
    `  RSS ${memory.rssBeforeKiB} KiB → ${memory.rssAfterKiB} KiB; ` +
      `${memory.phones} phones connected and synced in ${ms(memory.connectAllMs)}`,
  ];
  if (attack) {
    const quiet = latency.allReceivedMs.p99;
    const attacked = attack.latency.allReceivedMs.p99;
    out.push(
      `  UNDER ATTACK (a writer sending ${attack.stats.hostileUpdatesSent} hostile updates over ` +
        `${attack.stats.writerConnections} connections, a stalled reader cut off ` +
        `${attack.stats.stalledReaderCutOff} times):`,
      `    note reaches ALL phones p50 ${ms(attack.latency.allReceivedMs.p50)}, p99 ${ms(attacked)} ` +
        `(${(attacked / quiet).toFixed(2)}× the quiet p99; target ≤ 1.5×); ` +
        `incomplete notes: ${attack.latency.incompleteNotes}`,
      `    server RSS ${attack.rssBeforeKiB} KiB → peak ${attack.rssPeakKiB} KiB → ${attack.rssAfterKiB} KiB; ` +
        `at each quarter of the run ${attack.rssQuartersKiB.join(' → ')} KiB`,
    );
  }
  if (load) {
    out.push(
      `  board: ${load.docBytes} bytes, filled in ${ms(load.fillMs)}; ` +
        `client-side apply alone ${ms(load.clientApplyMedianMs)}`,
      `  cold runs: ${load.coldRunsMs.map((v) => v.toFixed(1)).join(', ') || '–'} ms; ` +
        `warm runs: ${load.warmRunsMs.map((v) => v.toFixed(1)).join(', ')} ms`,
      `  join breakdown (median, open + server reply + client apply): ` +
        (load.coldRunsMs.length > 0 ? `cold ${breakdown(load.coldBreakdownMs)}; ` : '') +
        `warm ${breakdown(load.warmBreakdownMs)}`,
    );
  }
  if (memory.heap) {
    out.push(
      `  live JS heap per connection (snapshots after full GC): ${(memory.heap.perConnectionBytes / 1024).toFixed(1)} KiB` +
        ` (plus ${(memory.heap.codeBytes / 1024).toFixed(0)} KiB compiled code in all);` +
        ' the RSS figure above is disturbed by the snapshots. Largest kinds per connection:',
      ...memory.heap.top
        .slice(0, 8)
        .map(
          (k) =>
            `    ${k.bytes.toFixed(0).padStart(6)} B  ${k.objects.toFixed(1).padStart(5)} objects  ${k.kind}`,
        ),
    );
  }
  if (latency.backgroundCpuShare > 0.1) {
    out.push(
      '  WARNING: other processes kept the machine busy during the run; the figures are disturbed.',
    );
  }
  if (problems.length > 0) {
    out.push(`  server logged ${problems.length} warning(s)/error(s), first: ${problems[0]}`);
  }
  process.stdout.write(`${out.join('\n')}\n\n`);
}

function printProfile(hot: HotFunction[], file: string): void {
  const out = [`Server CPU profile (${path.relative(root, file)}), top functions by self time:`];
  for (const fn of hot)
    out.push(`  ${fn.selfPercent.toFixed(1).padStart(5)}%  ${fn.name}  ${fn.where}`);
  process.stdout.write(`${out.join('\n')}\n\n`);
}

async function main(): Promise<void> {
  const options = readOptions();
  await waitForQuietMachine(log);
  // Every provider registers a process 'exit' listener; hundreds of them are expected here.
  process.setMaxListeners(options.phones + 50);
  mkdirSync(resultsDir, { recursive: true });
  const profileDir = path.join(resultsDir, 'profiles');
  if (options.cpuProf) mkdirSync(profileDir, { recursive: true });

  log('starting server…');
  const heapDir = path.join(resultsDir, 'heap');
  if (options.heap) mkdirSync(heapDir, { recursive: true });
  const serverOptions = {
    ...(options.cpuProf ? { cpuProfDir: profileDir } : {}),
    ...(options.heap ? { heapSnapshotDir: heapDir } : {}),
  };
  const server = options.reference
    ? await startReferenceServer(options.reference, serverOptions)
    : await startServer({ root, ...serverOptions });
  log(`server pid ${server.pid} listening on port ${server.port}`);
  const stopOnSignal = () => {
    void server.stop().finally(() => process.exit(130));
  };
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);

  let results: Results;
  try {
    results = await measure(server, options);
  } finally {
    log('stopping server…');
    await server.stop();
    process.off('SIGINT', stopOnSignal);
    process.off('SIGTERM', stopOnSignal);
  }

  printTable(results, server);
  let hot: HotFunction[] | null = null;
  const profile = options.cpuProf ? mainThreadProfile(profileDir, server.pid) : null;
  if (profile) {
    hot = hotFunctions(profile, root);
    printProfile(hot, profile);
  }

  const file = path.join(
    resultsDir,
    server.kind === 'reference' ? 'reference.json' : 'latest.json',
  );
  const json = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    server: server.kind,
    options,
    results,
    reference: { ...REFERENCE, note: 'unmodified y-websocket server, this 2-core machine, N=300' },
    serverProblems: server.problems,
    ...(hot && profile ? { profile: { file: path.relative(root, profile), hot } } : {}),
  };
  writeFileSync(file, `${JSON.stringify(roundDeep(json), null, 2)}\n`);
  log(`results written to ${path.relative(root, file)}`);
}

main().then(
  () => {
    // Everything is closed by now; if some handle still holds the loop, say which and leave.
    setTimeout(() => {
      log(`still open after 5 s: ${process.getActiveResourcesInfo().join(', ')}`);
      process.exit(0);
    }, 5000).unref();
  },
  (error: unknown) => {
    log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
