/**
 * The helpers for several-node tests work with what runs today: a redis-server of the test's own
 * that a node-redis client survives a restart of, and real server processes behind a round-robin
 * TCP proxy that spreads connections, carries WebSockets, and routes around a node that died.
 */
import { createClient } from 'redis';
import WebSocket from 'ws';
import { afterAll, describe, expect, it } from 'vitest';
import { startNode } from '../helpers/node-process.js';
import type { NodeProcess } from '../helpers/node-process.js';
import { startRedis } from '../helpers/redis.js';
import type { RedisServer } from '../helpers/redis.js';
import { startRoundRobinProxy } from '../helpers/round-robin-proxy.js';
import type { RoundRobinProxy } from '../helpers/round-robin-proxy.js';

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
});

/**
 * One request on a connection of its own: `fetch` keeps connections alive, and a proxy that
 * balances connections would then see all requests as one.
 */
async function health(url: string): Promise<number> {
  const res = await fetch(`${url}/api/health`, { headers: { connection: 'close' } });
  await res.arrayBuffer();
  return res.status;
}

/** The server's run id: a new one on every start, so a test can tell a restart happened. */
async function runId(client: Awaited<ReturnType<typeof connectClient>>): Promise<string> {
  return /run_id:(\w+)/.exec(await client.info('server'))![1];
}

/** A client of `redis` whose lost connections are noted, not thrown. */
async function connectClient(redis: RedisServer) {
  const client = createClient({ url: redis.url });
  // node-redis emits 'error' on every lost connection; without a listener that would throw.
  client.on('error', () => {});
  await client.connect();
  cleanups.push(() => client.close());
  return client;
}

describe('redis helper', () => {
  it('serves a node-redis client that reconnects after a restart and finds its data back', async () => {
    const redis = await startRedis({ persistent: true });
    cleanups.push(() => redis.stop());
    expect(redis.url).toBe(`redis://127.0.0.1:${redis.port}`);
    const client = await connectClient(redis);

    await client.set('buurt', 'kracht');
    expect(await client.get('buurt')).toBe('kracht');
    const firstRun = await runId(client);

    await redis.restart();
    // The client reconnects by itself; the command waits in its offline queue until it has.
    expect(await client.get('buurt')).toBe('kracht');
    expect(await runId(client)).not.toBe(firstRun);
  });

  it('forgets everything on a restart unless persistent, as Redis holds nothing that must last', async () => {
    const redis = await startRedis();
    cleanups.push(() => redis.stop());
    const client = await connectClient(redis);
    await client.set('buurt', 'kracht');

    await redis.restart();
    expect(await client.get('buurt')).toBeNull();
  });
});

describe('node processes behind the round-robin proxy', () => {
  it('spreads connections over both nodes and skips one that was killed', async () => {
    const nodes: NodeProcess[] = [];
    // The proxy comes first: its address is the nodes' PUBLIC_URL, as a balancer's would be, or
    // the nodes refuse requests addressed to it (Host check against DNS rebinding).
    const proxy: RoundRobinProxy = await startRoundRobinProxy(() => nodes.map((n) => n.port));
    cleanups.push(() => proxy.stop());
    const started = await Promise.all([1, 2].map(() => startNode({ PUBLIC_URL: proxy.url })));
    nodes.push(...started);
    for (const node of nodes) cleanups.push(() => node.stop());
    const [first, second] = nodes;

    for (let i = 0; i < 6; i++) expect(await health(proxy.url)).toBe(200);
    expect(proxy.connectionsTo(first.port)).toBe(3);
    expect(proxy.connectionsTo(second.port)).toBe(3);

    // A WebSocket through the proxy (engine.io's upgrade, answered before any auth) lands on one
    // node; when that node dies, the client sees its socket close.
    const before = proxy.connectionsTo(first.port);
    const socket = new WebSocket(
      `${proxy.url.replace('http', 'ws')}/socket.io/?EIO=4&transport=websocket`,
    );
    const opened = await new Promise<string>((resolve, reject) => {
      socket.once('message', (data: Buffer) => resolve(data.toString()));
      socket.once('error', reject);
    });
    expect(opened.startsWith('0')).toBe(true); // engine.io's "open" packet
    const host = proxy.connectionsTo(first.port) > before ? first : second;
    const survivor = host === first ? second : first;
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    await host.kill9();
    await closed;

    const survivorBefore = proxy.connectionsTo(survivor.port);
    for (let i = 0; i < 4; i++) expect(await health(proxy.url)).toBe(200);
    expect(proxy.connectionsTo(survivor.port)).toBe(survivorBefore + 4);

    // With only the dead node left, the proxy closes the connection, as a balancer with every
    // node down does.
    proxy.setTargets([host.port]);
    await expect(health(proxy.url)).rejects.toThrow();
  });
});
