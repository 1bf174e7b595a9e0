/**
 * A redis-server of a test's own: daemonised on a free port, bound to 127.0.0.1, its pid, log and
 * (when persistent) its append-only file in a temp folder that is removed after. Redis must be on
 * PATH (`apt-get install -y redis-server`, see /work/shared/STACK.md).
 */
import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort, isRunning, waitForExit } from './free-port.js';

const run = promisify(execFile);

export interface RedisServer {
  port: number;
  /** `redis://127.0.0.1:PORT`, as REDIS_URL takes it. */
  url: string;
  /** Stops the server (SIGTERM, so the AOF is flushed) and starts it again: same port, same data. */
  restart(): Promise<void>;
  /** Stops the server for good and removes its folder. */
  stop(): Promise<void>;
  /**
   * SIGKILL, as a crash: the server is down until `restart()`. With `persistent`, writes of the
   * last second may be lost (appendfsync everysec), as in production.
   */
  kill(): Promise<void>;
}

/** Sends PING on a raw socket; true once the server answers +PONG (not -LOADING while it reads the AOF). */
function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let reply = '';
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk: Buffer) => {
      reply += chunk.toString();
      if (reply.includes('\r\n')) done(reply.startsWith('+PONG'));
    });
  });
}

async function waitForPong(port: number, log: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ping(port))) {
    if (Date.now() > deadline) {
      const lines = await readFile(log, 'utf8').catch(() => '(no log)');
      throw new Error(`redis-server on port ${port} did not answer PING:\n${lines}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export async function startRedis(options: { persistent?: boolean } = {}): Promise<RedisServer> {
  const dir = await mkdtemp(join(tmpdir(), 'buurtkracht-redis-'));
  const pidFile = join(dir, 'redis.pid');
  const logFile = join(dir, 'redis.log');
  const port = await freePort();
  const persistence = options.persistent
    ? ['--appendonly', 'yes', '--appendfsync', 'everysec']
    : ['--appendonly', 'no'];
  const args = [
    ...['--port', String(port), '--bind', '127.0.0.1', '--save', ''],
    ...persistence,
    // The folder holds the AOF; pid file and log go there too so nothing lands in the work tree,
    // and the log explains a server that does not come up (a daemon's stderr goes nowhere).
    ...['--dir', dir, '--daemonize', 'yes', '--pidfile', pidFile, '--logfile', logFile],
  ];

  // The daemon writes its pid file after it has bound the port, so it is there once PING answers.
  const readPid = () => Number(readFileSync(pidFile, 'utf8').trim());
  let pid = 0;
  const start = async () => {
    await run('redis-server', args);
    await waitForPong(port, logFile);
    pid = readPid();
  };
  const stopServer = async (signal: NodeJS.Signals) => {
    if (!pid || !isRunning(pid)) return;
    process.kill(pid, signal);
    await waitForExit(pid, 10_000);
  };

  await start();
  // A test process that ends without its afterAll must not leave a daemon running: kill it on the
  // way out, synchronously, as nothing async runs at exit. Registered once; it reads `pid`, so
  // it also covers the server a restart started.
  const killAtExit = () => {
    try {
      if (pid && isRunning(pid)) process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', killAtExit);

  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    async restart() {
      await stopServer('SIGTERM');
      await start();
    },
    async kill() {
      await stopServer('SIGKILL');
    },
    async stop() {
      process.off('exit', killAtExit);
      await stopServer('SIGTERM').catch(() => stopServer('SIGKILL'));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
