/**
 * Runs the real server (server/main.ts under tsx) as a child process on an ephemeral port with a
 * throw-away data directory, and reads its memory and CPU time from /proc. Can run the unmodified
 * y-websocket server the same way, for a comparison under the same harness.
 */
import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer as createNetServer } from 'node:net';
import { createInterface } from 'node:readline';

export interface ServerProcess {
  /** Buurtkracht's server, or the unmodified y-websocket server for comparison. */
  kind: 'buurtkracht' | 'reference';
  pid: number;
  port: number;
  httpUrl: string;
  /** Base URL for WebsocketProvider: the room name is appended as `/<meetingId>/<kind>`. */
  collabUrl: string;
  organiserToken: string;
  /** Warn and error log lines the server printed, as they came. */
  readonly problems: string[];
  /** Resident memory of the server process, in KiB (VmRSS). */
  rssKiB(): number;
  /** CPU time (user + system) the server process has used so far, in milliseconds. */
  cpuMs(): number;
  /**
   * Has the server write a heap snapshot (only when started with `heapSnapshotDir`) and resolves
   * with its path once it is complete.
   */
  heapSnapshot(): Promise<string>;
  /** Why the server is gone, when it stopped without being asked to; otherwise null. */
  unexpectedExit(): string | null;
  /** SIGTERM (graceful: the server compacts and closes), SIGKILL after a grace period. */
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 30_000;
const STOP_GRACE_MS = 10_000;

let clockTicks: number | null = null;
function clockTicksPerSecond(): number {
  if (clockTicks === null) {
    try {
      clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      clockTicks = 100;
    }
  }
  return clockTicks;
}

export function readRssKiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  if (!match) throw new Error(`No VmRSS in /proc/${pid}/status`);
  return Number(match[1]);
}

export function readCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may contain spaces; everything after its ')' is space-separated,
  // starting at field 3. utime and stime are fields 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / clockTicksPerSecond();
}

/** CPU time all processes on this machine have used since boot (all cores), in milliseconds. */
export function readMachineBusyMs(): number {
  const total = readFileSync('/proc/stat', 'utf8').split('\n')[0];
  // cpu user nice system idle iowait irq softirq steal …
  const ticks = total.trim().split(/\s+/).slice(1, 9).map(Number);
  const busy = ticks.reduce((sum, value) => sum + value, 0) - ticks[3] - ticks[4];
  return (busy * 1000) / clockTicksPerSecond();
}

/** Exit tracking, kill-on-exit and a graceful stop for one server child process. */
function supervise(child: ChildProcess, cleanup: () => void) {
  let stopping = false;
  let exitInfo: string | null = null;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exitInfo = `server exited (code ${code}, signal ${signal})`;
      resolve();
    });
  });
  const running = () => child.exitCode === null && child.signalCode === null;
  // Never leave a server behind, whatever way this process ends.
  const killOnExit = () => {
    if (running()) child.kill('SIGKILL');
  };
  process.on('exit', killOnExit);
  return {
    exited,
    exitInfo: () => exitInfo,
    unexpectedExit: () => (stopping ? null : exitInfo),
    /** Kills at once; for a server that never came up. */
    async abort() {
      stopping = true;
      killOnExit();
      await exited;
      process.off('exit', killOnExit);
      cleanup();
    },
    /** SIGTERM (graceful: the server compacts and closes), SIGKILL after a grace period. */
    async stop() {
      stopping = true;
      if (running()) {
        child.kill('SIGTERM');
        let timer: NodeJS.Timeout | undefined;
        const grace = new Promise<'late'>(
          (resolve) => (timer = setTimeout(resolve, STOP_GRACE_MS, 'late')),
        );
        const outcome = await Promise.race([exited, grace]);
        clearTimeout(timer);
        if (outcome === 'late') {
          child.kill('SIGKILL');
          await exited;
        }
      }
      process.off('exit', killOnExit);
      cleanup();
    },
  };
}

function waitForHeapSnapshot(child: ChildProcess, dir: string | undefined, port: number) {
  return async (): Promise<string> => {
    if (!dir) throw new Error('server was started without heapSnapshotDir');
    const known = new Set(readdirSync(dir));
    child.kill('SIGUSR2');
    const deadline = Date.now() + 60_000;
    for (;;) {
      const file = readdirSync(dir).find(
        (name) => !known.has(name) && name.endsWith('.heapsnapshot'),
      );
      // The snapshot is written on the server's main thread, so once the file exists any HTTP
      // answer means it is complete.
      if (file) {
        await fetch(`http://127.0.0.1:${port}/api/health`);
        return path.join(dir, file);
      }
      if (Date.now() > deadline) throw new Error('no heap snapshot appeared within 60 s');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
}

interface ServerOptions {
  /** When set, the server is run with --cpu-prof and writes its profile into this folder. */
  cpuProfDir?: string;
  /** When set, the server writes a heap snapshot into this folder on SIGUSR2. */
  heapSnapshotDir?: string;
  /** More node options for the server, e.g. --trace-gc when investigating. */
  nodeArgs?: readonly string[];
}

function nodeOptions(options: ServerOptions): string[] {
  const args: string[] = [];
  if (options.cpuProfDir) args.push('--cpu-prof', `--cpu-prof-dir=${options.cpuProfDir}`);
  if (options.heapSnapshotDir) {
    args.push('--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${options.heapSnapshotDir}`);
  }
  return [...args, ...(options.nodeArgs ?? [])];
}

/** Buurtkracht's own server: `node --import tsx server/main.ts`. */
export async function startServer(
  options: ServerOptions & { root: string },
): Promise<ServerProcess> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'buurtkracht-bench-'));
  const organiserToken = randomBytes(24).toString('base64url');
  // node itself, not npx: then the child's pid is the server's, and /proc shows its memory.
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', ...nodeOptions(options), 'server/main.ts'],
    {
      cwd: options.root,
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        ORGANISER_TOKEN: organiserToken,
        LOG_LEVEL: 'info',
        CLIENT_DIR: path.join(dataDir, 'no-client'),
        NODE_ENV: 'production',
        // Every simulated phone joins from this one address; a real hall's budget would
        // refuse a bench run with --phones above it.
        JOIN_BURST: '5000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const supervisor = supervise(child, () => rmSync(dataDir, { recursive: true, force: true }));

  const problems: string[] = [];
  const otherLines: string[] = [];
  // The banner on stdout is for people; drain it so the pipe never fills up.
  child.stdout?.resume();
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`server did not report "listening" within ${START_TIMEOUT_MS} ms`));
    }, START_TIMEOUT_MS);
    void supervisor.exited.then(() =>
      reject(
        new Error(
          `${supervisor.exitInfo()} before listening:\n${otherLines.slice(-20).join('\n')}`,
        ),
      ),
    );
    // One JSON object per line on stderr; anything else (warnings, stack traces) is kept aside.
    createInterface({ input: child.stderr! }).on('line', (line) => {
      let entry: unknown;
      try {
        entry = JSON.parse(line);
      } catch {
        otherLines.push(line);
        return;
      }
      if (entry === null || typeof entry !== 'object') return;
      const { level, msg, port: reported } = entry as Record<string, unknown>;
      if (msg === 'listening' && typeof reported === 'number') {
        clearTimeout(timer);
        resolve(reported);
      } else if (level === 'warn' || level === 'error') {
        problems.push(line);
      }
    });
  }).catch(async (error: unknown) => {
    await supervisor.abort();
    throw error;
  });

  const pid = child.pid!;
  return {
    kind: 'buurtkracht',
    pid,
    port,
    httpUrl: `http://127.0.0.1:${port}`,
    collabUrl: `ws://127.0.0.1:${port}/collab`,
    organiserToken,
    problems,
    rssKiB: () => readRssKiB(pid),
    cpuMs: () => readCpuMs(pid),
    heapSnapshot: waitForHeapSnapshot(child, options.heapSnapshotDir, port),
    unexpectedExit: supervisor.unexpectedExit,
    stop: supervisor.stop,
  };
}

/**
 * The unmodified y-websocket server, for a comparison under the same harness: `script` is its
 * entry, e.g. node_modules/@y/websocket-server/src/server.js (y-websocket 1.x: bin/server.js).
 * It takes PORT and HOST, prints "running at …", keeps documents in memory only and ignores tokens.
 */
export async function startReferenceServer(
  script: string,
  options: ServerOptions = {},
): Promise<ServerProcess> {
  const port = await new Promise<number>((resolve, reject) => {
    const probe = createNetServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
  const child = spawn(process.execPath, [...nodeOptions(options), path.resolve(script)], {
    cwd: path.dirname(path.resolve(script)),
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const supervisor = supervise(child, () => undefined);
  const problems: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (line) => problems.push(line));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`reference server silent for ${START_TIMEOUT_MS} ms`)),
      START_TIMEOUT_MS,
    );
    void supervisor.exited.then(() =>
      reject(new Error(`${supervisor.exitInfo()}: ${problems.join('\n')}`)),
    );
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!line.includes('running at')) return;
      clearTimeout(timer);
      resolve();
    });
  }).catch(async (error: unknown) => {
    await supervisor.abort();
    throw error;
  });
  const pid = child.pid!;
  return {
    kind: 'reference',
    pid,
    port,
    httpUrl: `http://127.0.0.1:${port}`,
    collabUrl: `ws://127.0.0.1:${port}`,
    organiserToken: '',
    problems,
    rssKiB: () => readRssKiB(pid),
    cpuMs: () => readCpuMs(pid),
    heapSnapshot: waitForHeapSnapshot(child, options.heapSnapshotDir, port),
    unexpectedExit: supervisor.unexpectedExit,
    stop: supervisor.stop,
  };
}
