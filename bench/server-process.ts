/**
 * Runs the real server (server/main.ts under tsx) as a child process on an ephemeral port with a
 * throw-away data directory, and reads its memory and CPU time from /proc.
 */
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

export interface ServerProcess {
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

export async function startServer(options: {
  root: string;
  /** When set, the server is run with --cpu-prof and writes its profile into this folder. */
  cpuProfDir?: string;
  /** When set, the server writes a heap snapshot into this folder on SIGUSR2. */
  heapSnapshotDir?: string;
  /** More node options for the server, e.g. --trace-gc when investigating. */
  nodeArgs?: readonly string[];
}): Promise<ServerProcess> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'buurtkracht-bench-'));
  const organiserToken = randomBytes(24).toString('base64url');
  const nodeArgs = ['--import', 'tsx'];
  if (options.cpuProfDir) nodeArgs.push('--cpu-prof', `--cpu-prof-dir=${options.cpuProfDir}`);
  const { heapSnapshotDir } = options;
  if (heapSnapshotDir) {
    nodeArgs.push('--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${heapSnapshotDir}`);
  }
  nodeArgs.push(...(options.nodeArgs ?? []));
  // node itself, not npx: then the child's pid is the server's, and /proc shows its memory.
  const child = spawn(process.execPath, [...nodeArgs, 'server/main.ts'], {
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
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  let stopping = false;
  let exitInfo: string | null = null;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exitInfo = `server exited (code ${code}, signal ${signal})`;
      resolve();
    });
  });
  const killOnExit = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  process.on('exit', killOnExit);

  const problems: string[] = [];
  const otherLines: string[] = [];
  // The banner on stdout is for people; drain it so the pipe never fills up.
  child.stdout.resume();
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`server did not report "listening" within ${START_TIMEOUT_MS} ms`));
    }, START_TIMEOUT_MS);
    void exited.then(() =>
      reject(new Error(`${exitInfo} before listening:\n${otherLines.slice(-20).join('\n')}`)),
    );
    createInterface({ input: child.stderr }).on('line', (line) => {
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
    killOnExit();
    await exited;
    process.off('exit', killOnExit);
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  });

  const pid = child.pid;
  if (pid === undefined) throw new Error('server has no pid');
  return {
    pid,
    port,
    httpUrl: `http://127.0.0.1:${port}`,
    collabUrl: `ws://127.0.0.1:${port}/collab`,
    organiserToken,
    problems,
    rssKiB: () => readRssKiB(pid),
    cpuMs: () => readCpuMs(pid),
    unexpectedExit: () => (stopping ? null : exitInfo),
    async heapSnapshot() {
      if (!heapSnapshotDir) throw new Error('server was started without heapSnapshotDir');
      const known = new Set(readdirSync(heapSnapshotDir));
      child.kill('SIGUSR2');
      const deadline = Date.now() + 60_000;
      for (;;) {
        const file = readdirSync(heapSnapshotDir).find((name) => !known.has(name) && name.endsWith('.heapsnapshot'));
        // The snapshot is written on the server's main thread, so once the file exists an HTTP
        // answer means it is complete.
        if (file) {
          await fetch(`http://127.0.0.1:${port}/api/health`);
          return path.join(heapSnapshotDir, file);
        }
        if (Date.now() > deadline) throw new Error('no heap snapshot appeared within 60 s');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async stop() {
      stopping = true;
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const grace = new Promise<'late'>((resolve) => setTimeout(resolve, STOP_GRACE_MS, 'late').unref());
        if ((await Promise.race([exited, grace])) === 'late') {
          child.kill('SIGKILL');
          await exited;
        }
      }
      process.off('exit', killOnExit);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
