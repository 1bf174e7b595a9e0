/**
 * Small process and port utilities shared by the helpers that run servers of their own
 * (redis.ts, node-process.ts, round-robin-proxy.ts).
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/**
 * A port nothing listens on right now. The OS may hand it out again before the caller binds it;
 * the window is small, and a caller that must be sure retries on EADDRINUSE.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Whether a process still runs. A zombie counts as gone: a daemonised redis-server is re-parented
 * to PID 1, and on these machines PID 1 is not an init that reaps, so a killed daemon can stay a
 * zombie forever while `kill(pid, 0)` keeps succeeding.
 */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    // The state is the first field after the command name in parentheses, which may hold spaces.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** Resolves once `pid` is gone; rejects after `timeoutMs`. */
export async function waitForExit(pid: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (isRunning(pid)) {
    if (Date.now() > deadline) throw new Error(`process ${pid} still runs after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
