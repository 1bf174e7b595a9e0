/**
 * Runs the attackers of bench/attackers.ts in a process of their own, as an attacker's own
 * machine would: their work then does not slow the phones the bench measures, only the server.
 * Started by `startAttackProcess`; it stops and reports its figures when told so over IPC.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startAttack } from './attackers.js';
import type { AttackStats } from './attackers.js';

interface AttackOptions {
  collabUrl: string;
  room: string;
  writerToken: string;
  readerToken: string;
}

/**
 * Starts the attack in a child process and resolves once it runs; `stop` ends it and returns
 * what it did. Waiting for the start matters on a small machine: starting a Node process under
 * tsx takes a second or two of CPU, which is the bench's cost, not the attack's.
 */
export async function startAttackProcess(
  options: AttackOptions,
): Promise<{ stop(): Promise<AttackStats> }> {
  const child = fork(fileURLToPath(import.meta.url), [JSON.stringify(options)], {
    execArgv: ['--import', 'tsx'],
    stdio: 'inherit',
  });
  await new Promise<void>((resolve, reject) => {
    child.once('message', (message) =>
      message === 'started'
        ? resolve()
        : reject(new Error(`attack process said ${String(message)}`)),
    );
    child.once('exit', (code) =>
      reject(new Error(`attack process ended (${code}) before it started`)),
    );
  });
  let stopped: Promise<AttackStats> | null = null;
  return {
    stop() {
      stopped ??= new Promise<AttackStats>((resolve, reject) => {
        child.once('message', (stats) => {
          resolve(stats as AttackStats);
          child.kill();
        });
        child.once('exit', (code) => reject(new Error(`attack process ended (${code})`)));
        child.send('stop');
      });
      return stopped;
    },
  };
}

// In the child: attack until told to stop, then report.
if (process.send && process.argv[2]) {
  const attack = startAttack(JSON.parse(process.argv[2]) as AttackOptions);
  process.send('started');
  process.on('message', (message) => {
    if (message !== 'stop') return;
    void attack.stop().then((stats) => process.send!(stats));
  });
}
