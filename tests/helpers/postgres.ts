/**
 * A PostgreSQL cluster of a test's own: initdb in a temp folder, started on a free port, stopped
 * and removed after. Uses the server binaries of Debian's `postgresql` package (`.ci/run`
 * installs it where missing). initdb refuses to run as root, so as root the cluster runs as the
 * `postgres` user.
 */
import { execFile, execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { chown, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from './free-port.js';

const run = promisify(execFile);

export interface PostgresCluster {
  port: number;
  /** A new, empty database; resolves with its connection string. */
  createDatabase(): Promise<string>;
  /** pg_ctl stop (fast) and start again, same port and data: a database restart. */
  restart(): Promise<void>;
  /** pg_ctl stop (fast), data kept: the database is down until `resume()`. */
  pause(): Promise<void>;
  /** Starts the paused server again, same port and data. */
  resume(): Promise<void>;
  /** The data folder, for tests that read the files a copy of it would hold. */
  dataDir: string;
  stop(): Promise<void>;
}

/** The newest PostgreSQL installed under /usr/lib/postgresql. */
async function binDir(): Promise<string> {
  const versions = await readdir('/usr/lib/postgresql').catch(() => [] as string[]);
  const newest = versions
    .map(Number)
    .filter(Number.isFinite)
    .sort((a, b) => b - a)[0];
  if (newest === undefined) {
    throw new Error('PostgreSQL server binaries not found: apt-get install postgresql');
  }
  return `/usr/lib/postgresql/${newest}/bin`;
}

const asRoot = process.getuid?.() === 0;

/** Runs a PostgreSQL binary as the user that owns the cluster. */
function asOwner(binary: string, args: string[]) {
  return asRoot ? run('runuser', ['-u', 'postgres', '--', binary, ...args]) : run(binary, args);
}

async function ownerIds(): Promise<{ uid: number; gid: number }> {
  const [uid, gid] = await Promise.all(
    ['-u', '-g'].map(async (flag) => Number((await run('id', [flag, 'postgres'])).stdout.trim())),
  );
  return { uid, gid };
}

export async function startPostgres(): Promise<PostgresCluster> {
  const bin = await binDir();
  const dir = await mkdtemp(join(tmpdir(), 'buurtkracht-pg-'));
  if (asRoot) {
    const { uid, gid } = await ownerIds();
    await chown(dir, uid, gid);
  }
  const dataDir = join(dir, 'data');
  await asOwner(`${bin}/initdb`, [
    '-D',
    dataDir,
    '-A',
    'trust',
    '-U',
    'postgres',
    '-E',
    'UTF8',
    // A throwaway cluster: its files need not be flushed to disk.
    '--no-sync',
  ]);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const pgCtl = (...args: string[]) => asOwner(`${bin}/pg_ctl`, ['-D', dataDir, ...args]);
  const start = () => pgCtl('-o', options, '-l', join(dir, 'log'), '-w', 'start');
  const stopServer = () => pgCtl('-m', 'fast', '-w', 'stop');
  await start();
  // A test process that ends without its afterAll (a crash, a bail-out) must not leave a server
  // running: stop it on the way out, synchronously, as nothing async runs at exit.
  const stopAtExit = () => {
    const args = [`${bin}/pg_ctl`, '-D', dataDir, '-m', 'immediate', 'stop'];
    try {
      if (asRoot) execFileSync('runuser', ['-u', 'postgres', '--', ...args], { stdio: 'ignore' });
      else execFileSync(args[0], args.slice(1), { stdio: 'ignore' });
    } catch {
      // Already stopped.
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stopAtExit);

  const url = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  let databases = 0;
  return {
    port,
    dataDir,
    async createDatabase() {
      const name = `test_${process.pid}_${++databases}`;
      const admin = new pg.Client({ connectionString: url('postgres') });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${name}`);
      } finally {
        await admin.end();
      }
      return url(name);
    },
    async restart() {
      await stopServer();
      // The exit hook registered at the start still covers the restarted server.
      await start();
    },
    async pause() {
      await stopServer();
    },
    async resume() {
      await start();
    },
    async stop() {
      process.off('exit', stopAtExit);
      await stopServer().catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}
