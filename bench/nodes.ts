/**
 * `npm run bench:nodes`: one node on SQLite, one node on PostgreSQL + Redis, and two nodes on
 * PostgreSQL + Redis, under the same scenarios (issue 13's benchmark, scaled to a 2-core machine):
 *   a. join storm: N phones join over HTTP within a few seconds and connect Socket.IO;
 *   b. recognition burst: those phones each vote within one second;
 *   c. one board, one writer, many readers (light phones);
 *   d. reconnect storm (two nodes only): node 1 is killed under M phones connected through a
 *      round-robin proxy; time until they are all back on node 2, and notes lost;
 *   e. 30 table canvases (bench/canvas.ts's scenario): 6 members per table write on their own
 *      table's canvas at once, every table with members on every node (bench/nodes-canvas.ts).
 * In a–c phone i talks to node i mod n directly (no proxy in the path: the proxy would run in
 * this process, beside the phones, and its piping would be counted as delivery time).
 * Prints a table and writes bench/results/nodes-latest.json.
 *
 * Options: --phones N (a, b; default 300), --readers N (c; default 300, up to 1,000),
 * --notes N (c; default 100), --interval MS (between notes; default 50), --join-seconds S
 * (a; default 10), --storm-phones M (d; default 200), --tables N (e; default 30),
 * --setups 1,2,3 (which set-ups to run), --only a,b,c,d,e (which scenarios; a and b run together).
 */
import { positiveInt } from './regie-steps.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { oneBoardManyReaders } from './nodes-board.js';
import type { BoardResult } from './nodes-board.js';
import { printNodesTable } from './nodes-table.js';
import { reconnectStorm } from './nodes-reconnect.js';
import type { ReconnectResult } from './nodes-reconnect.js';
import { SETUPS, SharedPostgres, startSetup } from './nodes-setups.js';
import type { Setup, SetupName } from './nodes-setups.js';
import { joinStorm, recognitionBurst } from './nodes-socketio.js';
import type { JoinStormResult, RecognitionResult } from './nodes-socketio.js';
import { tableCanvases } from './nodes-canvas.js';
import type { TablesResult } from './nodes-canvas.js';
import { roundDeep } from './stats.js';
import { waitForQuietMachine } from './quiet-machine.js';

export interface SetupResults {
  setup: SetupName;
  /** Null when the scenario was not run (--only, or d on one node). */
  joinStorm: JoinStormResult | null;
  recognition: RecognitionResult | null;
  board: BoardResult | null;
  reconnect: ReconnectResult | null;
  tables: TablesResult | null;
  /** Warn and error lines the nodes printed (the first few), to explain odd figures. */
  serverProblems: string[];
}

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const startedAt = performance.now();
/** Per scenario: ten scenarios in all, so a busy machine cannot stretch a run past minutes. */
const QUIET_WAIT_MS = 30_000;

function log(line: string): void {
  process.stderr.write(
    `[bench:nodes ${((performance.now() - startedAt) / 1000).toFixed(1)}s] ${line}\n`,
  );
}

function readOptions() {
  const { values } = parseArgs({
    options: {
      phones: { type: 'string' },
      readers: { type: 'string' },
      notes: { type: 'string' },
      interval: { type: 'string' },
      'join-seconds': { type: 'string' },
      'storm-phones': { type: 'string' },
      tables: { type: 'string' },
      setups: { type: 'string' },
      only: { type: 'string' },
    },
  });
  const picked = (values.setups ?? '1,2,3').split(',').map((n) => positiveInt('setups', n, 1));
  return {
    phones: positiveInt('phones', values.phones ?? process.env.BENCH_PHONES, 300),
    readers: positiveInt('readers', values.readers, 300),
    notes: positiveInt('notes', values.notes, 100),
    intervalMs: positiveInt('interval', values.interval, 50),
    joinSpreadMs: positiveInt('join-seconds', values['join-seconds'], 10) * 1000,
    stormPhones: positiveInt('storm-phones', values['storm-phones'], 200),
    tables: positiveInt('tables', values.tables, 30),
    setups: SETUPS.filter((_, i) => picked.includes(i + 1)),
    scenarios: new Set((values.only ?? 'a,b,c,d,e').split(',')),
  };
}

/** Lines the nodes logged at warn or error level: a lost message usually shows there first. */
function problemsOf(output: string): string[] {
  return output
    .split('\n')
    .filter((line) => /"level":"(warn|error)"/.test(line))
    .slice(0, 5);
}

/**
 * Starts the set-up, runs `scenario` on it, and stops it again: each scenario gets fresh processes
 * and a fresh database, so one scenario's garbage and rooms do not weigh on the next's figures.
 */
async function onFreshSetup<T>(
  name: SetupName,
  postgres: SharedPostgres,
  problems: string[],
  scenario: (setup: Setup) => Promise<T>,
): Promise<T> {
  const setup = await startSetup(name, postgres);
  try {
    // Other sessions share this small machine; a bounded wait keeps most runs undisturbed, and
    // the "other CPU" column says when one was not.
    await waitForQuietMachine(log, QUIET_WAIT_MS);
    return await scenario(setup);
  } finally {
    problems.push(
      ...setup.nodes.flatMap((node) =>
        problemsOf(node.process.output()).map((line) => `${node.label}: ${line}`),
      ),
    );
    await setup.stop();
  }
}

async function runSetup(
  name: SetupName,
  postgres: SharedPostgres,
  options: ReturnType<typeof readOptions>,
): Promise<SetupResults> {
  const problems: string[] = [];
  const run = (scenario: string) => options.scenarios.has(scenario);
  let join: JoinStormResult | null = null;
  let recognition: RecognitionResult | null = null;
  if (run('a') || run('b')) {
    ({ joinStorm: join, recognition } = await onFreshSetup(
      name,
      postgres,
      problems,
      async (setup) => {
        log(
          `${name}: a. join storm, ${options.phones} phones over ${options.joinSpreadMs / 1000} s…`,
        );
        const { hall, result } = await joinStorm(setup, options.phones, options.joinSpreadMs);
        try {
          log(`${name}: b. recognition burst…`);
          return { joinStorm: result, recognition: await recognitionBurst(setup, hall, 1_000) };
        } finally {
          hall.close();
        }
      },
    ));
  }
  let board: BoardResult | null = null;
  if (run('c')) {
    log(`${name}: c. one writer, ${options.readers} readers, ${options.notes} notes…`);
    board = await onFreshSetup(name, postgres, problems, (setup) =>
      oneBoardManyReaders(setup, options),
    );
  }
  let reconnect: ReconnectResult | null = null;
  if (name.startsWith('2') && run('d')) {
    log(`${name}: d. reconnect storm, ${options.stormPhones} phones, node 1 killed…`);
    reconnect = await onFreshSetup(name, postgres, problems, (setup) =>
      reconnectStorm(setup, {
        phones: options.stormPhones,
        notesBefore: 20,
        notesAfter: 40,
        intervalMs: options.intervalMs,
      }),
    );
  }
  let tables: TablesResult | null = null;
  if (run('e')) {
    log(`${name}: e. ${options.tables} table canvases of 6…`);
    tables = await onFreshSetup(name, postgres, problems, (setup) =>
      tableCanvases(setup, { tables: options.tables, members: 6, seconds: 30, everyMs: 5000 }, log),
    );
  }
  const results = { joinStorm: join, recognition, board, reconnect, tables };
  return { setup: name, ...results, serverProblems: problems };
}

async function main(): Promise<void> {
  const options = readOptions();
  // Other work on this small machine disturbs every figure; say how busy it was when we began.
  const loadAtStart = loadavg()[0];
  // Every provider registers a process 'exit' listener; hundreds of them are expected here.
  process.setMaxListeners(Math.max(options.readers, options.stormPhones, options.tables * 6) + 50);
  const postgres = new SharedPostgres();
  const results: SetupResults[] = [];
  try {
    for (const name of options.setups) results.push(await runSetup(name, postgres, options));
  } finally {
    await postgres.stop();
  }
  const machine =
    `${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, ` +
    `load average ${loadAtStart.toFixed(2)} at start, ${loadavg()[0].toFixed(2)} at end`;
  printNodesTable(results, machine);
  const dir = path.join(root, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'nodes-latest.json');
  writeFileSync(
    file,
    `${JSON.stringify(roundDeep({ measuredAt: new Date().toISOString(), machine, options, results }), null, 2)}\n`,
  );
  log(`results written to ${path.relative(root, file)}`);
  const lost = results.reduce(
    (sum, r) =>
      sum +
      (r.recognition?.lostVotes ?? 0) +
      (r.board?.lost ?? 0) +
      (r.reconnect?.lost ?? 0) +
      (r.tables?.lost ?? 0),
    0,
  );
  if (lost > 0) {
    process.stderr.write(`LOST MESSAGES: ${lost} (must be 0)\n`);
    process.exitCode = 1;
  }
}

await main();
