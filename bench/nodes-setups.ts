/**
 * The three set-ups bench/nodes.ts compares, each made of real `server/main.ts` processes (the
 * tests' startNode, so a node can be killed with SIGKILL like a crashed machine): one node on
 * SQLite, one node on PostgreSQL + Redis, two nodes on PostgreSQL + Redis. Every set-up gets a
 * fresh database and a fresh redis-server, so nothing one set-up left behind helps the next.
 */
import { startNode } from '../tests/helpers/node-process.js';
import type { NodeProcess } from '../tests/helpers/node-process.js';
import { ORGANISER_TOKEN } from '../tests/helpers/organiser-token.js';
import { startPostgres } from '../tests/helpers/postgres.js';
import type { PostgresCluster } from '../tests/helpers/postgres.js';
import { startRedis } from '../tests/helpers/redis.js';
import type { RedisServer } from '../tests/helpers/redis.js';
import { startRoundRobinProxy } from '../tests/helpers/round-robin-proxy.js';
import type { RoundRobinProxy } from '../tests/helpers/round-robin-proxy.js';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sampleMachine } from './nodes-usage.js';
import type { Backing, MachineSample } from './nodes-usage.js';
import { readCpuMs } from './server-process.js';

export type SetupName =
  '1 node, SQLite' | '1 node, PostgreSQL + Redis' | '2 nodes, PostgreSQL + Redis';
export const SETUPS: readonly SetupName[] = [
  '1 node, SQLite',
  '1 node, PostgreSQL + Redis',
  '2 nodes, PostgreSQL + Redis',
];

export interface BenchNode {
  /** `node 1`, `node 2`: the order phones are spread in. */
  label: string;
  url: string;
  /** `ws://127.0.0.1:PORT/collab`, the base a room name is appended to. */
  collabUrl: string;
  port: number;
  pid: number;
  process: NodeProcess;
  /** Whether the process is still there (false after kill9). */
  alive: boolean;
}

export interface Setup {
  name: SetupName;
  organiserToken: string;
  nodes: BenchNode[];
  /**
   * A round-robin TCP proxy in front of the nodes (only with two nodes): the reconnect storm goes
   * through it so a phone whose node died lands on the other one, as behind a real balancer.
   */
  proxy: RoundRobinProxy | null;
  /** The node phone `i` talks to directly in scenarios a–c: node i mod n, alternating. */
  nodeFor(i: number): BenchNode;
  /** Where this set-up's PostgreSQL and Redis run, to read their CPU time. */
  backing: Backing;
  /** Where the nodes' GC preload writes their memory after a full collection. */
  gcDir: string;
  stop(): Promise<void>;
}

/** Shared across set-ups: one PostgreSQL cluster is slow to start (initdb), a database is not. */
export class SharedPostgres {
  private postgres: PostgresCluster | null = null;

  async database(): Promise<{ url: string; dataDir: string }> {
    this.postgres ??= await startPostgres();
    return { url: await this.postgres.createDatabase(), dataDir: this.postgres.dataDir };
  }

  async stop(): Promise<void> {
    await this.postgres?.stop();
    this.postgres = null;
  }
}

/**
 * Joins for hundreds of phones from one address (127.0.0.1) must not hit the per-address join
 * budget meant for a hall's router; the bench measures the join path, not the refusal.
 */
const JOIN_BURST = '5000';
/** Runs a full GC in a node on SIGUSR2 and reports its memory (see the file). */
const GC_PRELOAD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'gc-on-signal.mjs');

export async function startSetup(name: SetupName, postgres: SharedPostgres): Promise<Setup> {
  const nodeCount = name.startsWith('2') ? 2 : 1;
  let redis: RedisServer | null = null;
  const gcDir = mkdtempSync(path.join(tmpdir(), 'buurtkracht-bench-gc-'));
  const env: Record<string, string> = {
    JOIN_BURST,
    NODE_OPTIONS: `--import ${GC_PRELOAD}`,
    BENCH_GC_DIR: gcDir,
  };
  const backing: Backing = { postgresDataDir: null, redisPort: null };
  if (name !== '1 node, SQLite') {
    const database = await postgres.database();
    env.DATABASE_URL = database.url;
    backing.postgresDataDir = database.dataDir;
    redis = await startRedis();
    env.REDIS_URL = redis.url;
    backing.redisPort = redis.port;
  }
  const ports: number[] = [];
  // The proxy comes first: each node must know its address to accept requests addressed to it.
  const proxy = nodeCount > 1 ? await startRoundRobinProxy(() => ports) : null;
  if (proxy) env.ALLOWED_HOSTS = `127.0.0.1:${proxy.port}`;

  const nodes: BenchNode[] = [];
  try {
    // One after the other: the first node runs the PostgreSQL migrations alone.
    for (let i = 0; i < nodeCount; i++) {
      const node = await startNode(env);
      ports.push(node.port);
      nodes.push({
        label: `node ${i + 1}`,
        url: node.url,
        collabUrl: `ws://127.0.0.1:${node.port}/collab`,
        port: node.port,
        pid: node.pid,
        process: node,
        alive: true,
      });
    }
  } catch (error) {
    await Promise.all(nodes.map((node) => node.process.stop()));
    await proxy?.stop();
    await redis?.stop();
    rmSync(gcDir, { recursive: true, force: true });
    throw error;
  }
  return {
    name,
    organiserToken: ORGANISER_TOKEN,
    nodes,
    proxy,
    nodeFor: (i) => nodes[i % nodes.length],
    backing,
    gcDir,
    async stop() {
      await proxy?.stop();
      await Promise.all(nodes.map((node) => node.process.stop()));
      await redis?.stop();
      rmSync(gcDir, { recursive: true, force: true });
    },
  };
}

/** CPU time and memory (after a full GC) of every live node, and the machine's clocks. */
export interface NodeSample {
  /** CPU time before the sample's own GC: where a scenario that ends here stops counting. */
  cpuMsBeforeGc: number;
  /** CPU time after it: where a scenario that starts here begins, so no GC is counted. */
  cpuMs: number;
  rssKiB: number;
  heapUsedKiB: number;
}

export interface Sample {
  nodes: NodeSample[];
  /** The machine's clocks after the sample's GCs (a window starting here) and before them. */
  machine: MachineSample;
  machineBeforeGc: MachineSample;
}

const GC_REPORT_TIMEOUT_MS = 10_000;

/** Signals the node's GC preload and waits for the memory report that follows the collection. */
async function memoryAfterGc(
  gcDir: string,
  pid: number,
): Promise<{ rss: number; heapUsed: number }> {
  const file = path.join(gcDir, `${pid}.json`);
  type Report = { sequence: number; rss: number; heapUsed: number };
  const read = (): Report | null =>
    existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Report) : null;
  const previous = read()?.sequence ?? 0;
  process.kill(pid, 'SIGUSR2');
  const deadline = performance.now() + GC_REPORT_TIMEOUT_MS;
  for (;;) {
    const report = read();
    if (report && report.sequence > previous) return report;
    if (performance.now() > deadline)
      throw new Error(`node ${pid}: no memory report after SIGUSR2`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export async function sample(setup: Setup): Promise<Sample> {
  const machineBeforeGc = sampleMachine(setup.backing);
  const nodes = await Promise.all(
    setup.nodes.map(async (node): Promise<NodeSample> => {
      if (!node.alive) {
        return { cpuMsBeforeGc: NaN, cpuMs: NaN, rssKiB: NaN, heapUsedKiB: NaN };
      }
      const cpuMsBeforeGc = readCpuMs(node.pid);
      const memory = await memoryAfterGc(setup.gcDir, node.pid);
      return {
        cpuMsBeforeGc,
        cpuMs: readCpuMs(node.pid),
        rssKiB: memory.rss / 1024,
        heapUsedKiB: memory.heapUsed / 1024,
      };
    }),
  );
  return { nodes, machine: sampleMachine(setup.backing), machineBeforeGc };
}

/** What one node did during a scenario: CPU per message it handled, RSS per connection it holds. */
export interface PerNode {
  node: string;
  /** Messages this node delivered or answered (see each scenario for what counts). */
  messages: number;
  connections: number;
  cpuMs: number;
  cpuMsPerMessage: number;
  rssAfterKiB: number;
  /** (RSS after − RSS before) / connections, both after a full GC; connections open at "after". */
  rssKiBPerConnection: number;
  /** The same for the V8 heap in use: steadier, as freed pages need not go back to the system. */
  heapKiBPerConnection: number;
}

/** What the whole set-up used during a scenario, beyond the nodes' own processes. */
export interface SharedUsage {
  /** PostgreSQL + redis-server CPU, in all and per message (all nodes' messages together). */
  backingCpuMs: number;
  backingCpuMsPerMessage: number;
  /** Share of the machine (0..1) other processes used meanwhile: high means disturbed figures. */
  otherCpuShare: number;
}

export function usage(
  setup: Setup,
  before: Sample,
  after: Sample,
  messages: (index: number) => number,
  connections: (index: number) => number,
  /** RSS baseline, when the connections were opened before `before` was taken. */
  rssBaseline: Sample = before,
): { perNode: PerNode[]; shared: SharedUsage } {
  const perNode = setup.nodes.map((node, i) => {
    const cpuMs = after.nodes[i].cpuMsBeforeGc - before.nodes[i].cpuMs;
    const count = connections(i);
    const perConnection = (grown: number) => (count > 0 ? grown / count : Number.NaN);
    return {
      node: node.label,
      messages: messages(i),
      connections: count,
      cpuMs,
      cpuMsPerMessage: messages(i) > 0 ? cpuMs / messages(i) : Number.NaN,
      rssAfterKiB: after.nodes[i].rssKiB,
      rssKiBPerConnection: perConnection(after.nodes[i].rssKiB - rssBaseline.nodes[i].rssKiB),
      heapKiBPerConnection: perConnection(
        after.nodes[i].heapUsedKiB - rssBaseline.nodes[i].heapUsedKiB,
      ),
    };
  });
  const m0 = before.machine;
  const m1 = after.machineBeforeGc;
  const backingCpuMs = m1.backingCpuMs - m0.backingCpuMs;
  // A node killed during the scenario has no "after"; its CPU is then unknown and left out.
  const nodesCpuMs = perNode.reduce(
    (sum, node) => sum + (Number.isFinite(node.cpuMs) ? node.cpuMs : 0),
    0,
  );
  const allMessages = perNode.reduce((sum, node) => sum + node.messages, 0);
  const otherMs =
    m1.machineBusyMs -
    m0.machineBusyMs -
    (m1.benchCpuMs - m0.benchCpuMs) -
    nodesCpuMs -
    backingCpuMs;
  return {
    perNode,
    shared: {
      backingCpuMs,
      backingCpuMsPerMessage: allMessages > 0 ? backingCpuMs / allMessages : Number.NaN,
      otherCpuShare: Math.max(0, otherMs / ((m1.at - m0.at) * availableParallelism())),
    },
  };
}
