/**
 * Debian's HAProxy in front of a test's nodes, with the configuration the README ships
 * (deploy/haproxy.cfg), so the test proves that file works. `.ci/run` installs `haproxy` where it
 * is missing.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { freePort, waitForExit } from './free-port.js';

const CONFIG = path.resolve(import.meta.dirname, '../../deploy/haproxy.cfg');
/** Debian installs it in /usr/sbin, which a non-root PATH may lack. */
const HAPROXY = existsSync('/usr/sbin/haproxy') ? '/usr/sbin/haproxy' : 'haproxy';

export interface HaProxy {
  port: number;
  url: string;
  stop(): Promise<void>;
}

/** A port for HAProxy, known before the nodes start: they must accept its host name. */
export const haProxyPort = freePort;

/** Starts HAProxy on `port` in front of two nodes; resolves once it answers. */
export async function startHaProxy(port: number, nodes: [number, number]): Promise<HaProxy> {
  const [nodeA, nodeB] = nodes;
  const child = spawn(HAPROXY, ['-db', '-f', CONFIG], {
    env: {
      ...process.env,
      BK_LISTEN: `127.0.0.1:${port}`,
      BK_NODE_A: `127.0.0.1:${nodeA}`,
      BK_NODE_B: `127.0.0.1:${nodeB}`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const pid = child.pid!;
  const killAtExit = () => child.kill('SIGKILL');
  process.once('exit', killAtExit);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    const answered = await fetch(`${url}/api/health`).then(
      (res) => res.ok,
      () => false,
    );
    if (answered) break;
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      // Its last words may still be on their way through the pipe.
      await new Promise((resolve) => setTimeout(resolve, 200));
      throw new Error(`haproxy did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    port,
    url,
    async stop() {
      process.off('exit', killAtExit);
      child.kill('SIGTERM');
      await waitForExit(pid, 5_000);
    },
  };
}
