/**
 * The real server entry point, `server/main.ts`, as a process of its own: what one node of a
 * several-node set-up is. Unlike `startServer` (server.ts), which runs the app inside the test,
 * this can be killed with SIGKILL like a crashed machine.
 */
import { spawn } from 'node:child_process';
import type { ChildProcessByStdio } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { freePort } from './free-port.js';
import { ORGANISER_TOKEN } from './organiser-token.js';

export { ORGANISER_TOKEN };

const ROOT = path.resolve(import.meta.dirname, '../..');
/** Enough of a node's output to explain a failure, without growing through a long test. */
const OUTPUT_LIMIT = 200_000;
const START_TIMEOUT_MS = 20_000;

type Child = ChildProcessByStdio<null, Readable, Readable>;

export interface NodeProcess {
  port: number;
  /** `http://127.0.0.1:PORT` */
  url: string;
  pid: number;
  /** The DATA_DIR the node runs with: a fresh temp folder unless the env named one. */
  dataDir: string;
  /** SIGKILL, as a crash; resolves once the process is gone. Its temp folder stays until stop(). */
  kill9(): Promise<void>;
  /**
   * SIGTERM (the server closes cleanly), SIGKILL if it has not exited after 5 s; then removes the
   * temp folder this helper made. Also the clean-up after kill9().
   */
  stop(): Promise<void>;
  /** What the process wrote on stdout and stderr, interleaved as it arrived. */
  output(): string;
}

const exited = (child: Child) => child.exitCode !== null || child.signalCode !== null;

function waitForExit(child: Child): Promise<void> {
  return exited(child) ? Promise.resolve() : new Promise((r) => child.once('exit', () => r()));
}

/**
 * Polls GET /api/health until it answers 200. Rejects when the process exits first or the time
 * runs out, with what the process printed, which is where a start-up error is.
 */
async function waitUntilHealthy(url: string, child: Child, output: () => string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited(child)) {
      throw new Error(`node exited (${child.exitCode ?? child.signalCode}):\n${output()}`);
    }
    const healthy = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(1_000) }).then(
      (res) => res.ok,
      () => false,
    );
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`node did not answer ${url}/api/health in ${START_TIMEOUT_MS} ms:\n${output()}`);
}

/**
 * Starts `node --import tsx server/main.ts` with a fresh DATA_DIR, a free PORT on 127.0.0.1, the
 * tests' ORGANISER_TOKEN and LOG_LEVEL=warn; `env` adds to or overrides these (DATABASE_URL,
 * REDIS_URL, DATA_DIR to reuse a crashed node's folder, …). Resolves once /api/health answers.
 */
export async function startNode(env: Record<string, string> = {}): Promise<NodeProcess> {
  const ownDir = env.DATA_DIR ? null : await mkdtemp(path.join(tmpdir(), 'buurtkracht-node-'));
  const dataDir = env.DATA_DIR ?? ownDir!;
  // A free port can be taken between our check and the server's listen; with the port ours to
  // choose, try a few before calling it a failure.
  const attempts = env.PORT ? 1 : 3;
  for (let attempt = 1; ; attempt++) {
    try {
      return await spawnNode(env, dataDir, ownDir);
    } catch (error) {
      const portTaken = String(error).includes('EADDRINUSE');
      if (!portTaken || attempt >= attempts) {
        if (ownDir) await rm(ownDir, { recursive: true, force: true });
        throw error;
      }
    }
  }
}

async function spawnNode(
  env: Record<string, string>,
  dataDir: string,
  ownDir: string | null,
): Promise<NodeProcess> {
  const port = env.PORT ? Number(env.PORT) : await freePort();
  // The test's own several-node settings must not leak into a node that was not given them.
  const { DATABASE_URL: _database, REDIS_URL: _redis, ...inherited } = process.env;
  // Node loads tsx itself rather than through the `npx tsx` wrapper: no npx start-up, and the
  // signals sent go to the server, not to a wrapper process.
  const child: Child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: {
      ...inherited,
      PORT: String(port),
      HOST: '127.0.0.1',
      ORGANISER_TOKEN,
      LOG_LEVEL: 'warn',
      ...env,
      DATA_DIR: dataDir,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const capture = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-OUTPUT_LIMIT);
  };
  child.stdout.on('data', capture);
  child.stderr.on('data', capture);

  // A test process that ends without its afterAll must not leave a server running: SIGKILL it
  // on the way out (synchronous, as nothing async runs at exit) and remove the folder we made.
  const killAtExit = () => {
    if (!exited(child)) child.kill('SIGKILL');
    if (ownDir) rmSync(ownDir, { recursive: true, force: true });
  };
  process.once('exit', killAtExit);

  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilHealthy(url, child, () => output);
  } catch (error) {
    process.off('exit', killAtExit);
    child.kill('SIGKILL');
    await waitForExit(child);
    throw error;
  }

  return {
    port,
    url,
    pid: child.pid!,
    dataDir,
    output: () => output,
    async kill9() {
      if (!exited(child)) child.kill('SIGKILL');
      await waitForExit(child);
    },
    async stop() {
      process.off('exit', killAtExit);
      if (!exited(child)) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await waitForExit(child);
        clearTimeout(timer);
      }
      if (ownDir) await rm(ownDir, { recursive: true, force: true });
    },
  };
}
