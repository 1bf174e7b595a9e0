/**
 * CPU time of the parts behind the nodes (this set-up's PostgreSQL and redis-server) and of the
 * machine as a whole, read from /proc. On several nodes part of the work moves out of the Node
 * process into PostgreSQL and Redis; a per-message figure of the node alone would hide it. And on
 * a 2-core machine shared with other work, "other processes" says how far to trust a run.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readCpuMs, readMachineBusyMs } from './server-process.js';

/** utime + stime + cutime + cstime (fields 14–17): reaped children count, as PostgreSQL's do. */
function cpuWithChildrenMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = fields.slice(11, 15).reduce((sum, value) => sum + Number(value), 0);
    // readCpuMs knows the clock rate; scale by the ratio of its ticks to ours.
    const ownTicks = Number(fields[11]) + Number(fields[12]);
    return ownTicks === 0 ? 0 : (readCpuMs(pid) * ticks) / ownTicks;
  } catch {
    return 0; // The process ended between listing and reading.
  }
}

function parentOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return -1;
  }
}

function livePids(): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number);
}

/** The postmaster (first line of postmaster.pid) and every backend it started. */
function postgresPids(dataDir: string, pids: readonly number[]): number[] {
  let postmaster: number;
  try {
    postmaster = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return [];
  }
  return [postmaster, ...pids.filter((pid) => parentOf(pid) === postmaster)];
}

/** redis-server names its process "redis-server 127.0.0.1:PORT". */
function redisPid(port: number, pids: readonly number[]): number[] {
  return pids.filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').startsWith(
        `redis-server 127.0.0.1:${port}`,
      );
    } catch {
      return false;
    }
  });
}

export interface Backing {
  /** Data folder of this set-up's PostgreSQL cluster; null on SQLite. */
  postgresDataDir: string | null;
  redisPort: number | null;
}

/** CPU milliseconds PostgreSQL (postmaster and backends) and redis-server have used so far. */
export function backingCpuMs(backing: Backing): number {
  if (!backing.postgresDataDir && !backing.redisPort) return 0;
  const pids = livePids();
  const mine = [
    ...(backing.postgresDataDir ? postgresPids(backing.postgresDataDir, pids) : []),
    ...(backing.redisPort ? redisPid(backing.redisPort, pids) : []),
  ];
  return mine.reduce((sum, pid) => sum + cpuWithChildrenMs(pid), 0);
}

export interface MachineSample {
  machineBusyMs: number;
  benchCpuMs: number;
  backingCpuMs: number;
  at: number;
}

export function sampleMachine(backing: Backing): MachineSample {
  const own = process.cpuUsage();
  return {
    machineBusyMs: readMachineBusyMs(),
    benchCpuMs: (own.user + own.system) / 1000,
    backingCpuMs: backingCpuMs(backing),
    at: performance.now(),
  };
}
