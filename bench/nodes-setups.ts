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
import { availableParallelism } from 'node:os';
import { sampleMachine } from './nodes-usage.js';
import type { Backing, MachineSample } from './nodes-usage.js';
import { readCpuMs, readRssKiB } from './server-process.js';

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

export async function startSetup(name: SetupName, postgres: SharedPostgres): Promise<Setup> {
  const nodeCount = name.startsWith('2') ? 2 : 1;
  let redis: RedisServer | null = null;
  const env: Record<string, string> = { JOIN_BURST };
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
    throw error;
  }
  return {
    name,
    organiserToken: ORGANISER_TOKEN,
    nodes,
    proxy,
    nodeFor: (i) => nodes[i % nodes.length],
    backing,
    async stop() {
      await proxy?.stop();
      await Promise.all(nodes.map((node) => node.process.stop()));
      await redis?.stop();
    },
  };
}

/** CPU time and RSS of every live node, and the machine's clocks, at one moment. */
export interface NodeSample {
  cpuMs: number;
  rssKiB: number;
}

export interface Sample {
  nodes: NodeSample[];
  machine: MachineSample;
}

export function sample(setup: Setup): Sample {
  return {
    nodes: setup.nodes.map((node) =>
      node.alive
        ? { cpuMs: readCpuMs(node.pid), rssKiB: readRssKiB(node.pid) }
        : { cpuMs: Number.NaN, rssKiB: Number.NaN },
    ),
    machine: sampleMachine(setup.backing),
  };
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
  /** (RSS after − RSS before) / connections; the connections are open at "after". */
  rssKiBPerConnection: number;
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
    const cpuMs = after.nodes[i].cpuMs - before.nodes[i].cpuMs;
    const count = connections(i);
    return {
      node: node.label,
      messages: messages(i),
      connections: count,
      cpuMs,
      cpuMsPerMessage: messages(i) > 0 ? cpuMs / messages(i) : Number.NaN,
      rssAfterKiB: after.nodes[i].rssKiB,
      rssKiBPerConnection:
        count > 0 ? (after.nodes[i].rssKiB - rssBaseline.nodes[i].rssKiB) / count : Number.NaN,
    };
  });
  const m0 = before.machine;
  const m1 = after.machine;
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
