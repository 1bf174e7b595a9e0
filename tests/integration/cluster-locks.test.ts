/**
 * Commands on one thing run one at a time over every node (server/cluster/redis-one-at-a-time.ts):
 * two nodes, each with its own connection to a redis-server the test started.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedis } from '../helpers/redis.js';
import type { RedisServer } from '../helpers/redis.js';
import { connectRedis } from '../../server/cluster/redis-link.js';
import type { RedisLink } from '../../server/cluster/redis-link.js';
import { redisOneAtATime } from '../../server/cluster/redis-one-at-a-time.js';
import { createLogger } from '../../server/logger.js';
import { connectCluster } from '../../server/cluster/cluster.js';

let redis: RedisServer;
let nodes: RedisLink[];
const logger = createLogger('silent');

beforeAll(async () => {
  redis = await startRedis();
  nodes = [await connectRedis(redis.url, logger), await connectRedis(redis.url, logger)];
}, 30_000);
afterAll(async () => {
  await Promise.all(nodes.map((node) => node.close()));
  await redis?.stop();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `count` tasks on `key`, alternating between the nodes; records overlaps. */
async function race(key: (i: number) => string, count: number) {
  const queues = nodes.map((node) => redisOneAtATime(node.publisher, logger)('agenda'));
  const running = new Map<string, number>();
  let overlaps = 0;
  let done = 0;
  let together = 0;
  let mostTogether = 0;
  await Promise.all(
    Array.from({ length: count }, (_, i) =>
      queues[i % 2](key(i), async () => {
        const now = (running.get(key(i)) ?? 0) + 1;
        running.set(key(i), now);
        if (now > 1) overlaps++;
        mostTogether = Math.max(mostTogether, ++together);
        // Read, think, write: the window two commands must not share.
        await pause(15);
        running.set(key(i), (running.get(key(i)) ?? 1) - 1);
        together--;
        done++;
      }),
    ),
  );
  return { overlaps, done, mostTogether };
}

describe('one at a time over two nodes', () => {
  it('never runs two commands on the same return meeting at once, whichever node takes them', async () => {
    expect(await race(() => 'meeting-1', 12)).toEqual({ overlaps: 0, done: 12, mostTogether: 1 });
  });

  it('runs commands on different meetings side by side', async () => {
    const result = await race((i) => `meeting-${i}`, 12);
    expect(result).toMatchObject({ overlaps: 0, done: 12 });
    expect(result.mostTogether).toBeGreaterThan(1);
  });

  it('still runs commands (this node one at a time) while Redis is away', async () => {
    await redis.kill();
    try {
      const queue = redisOneAtATime(nodes[0].publisher, logger)('agenda');
      const order: number[] = [];
      await Promise.all(
        [1, 2, 3].map((n) =>
          queue('meeting-1', async () => {
            await pause(5);
            order.push(n);
          }),
        ),
      );
      expect(order).toEqual([1, 2, 3]);
    } finally {
      await redis.restart();
    }
  });

  it('gives the hourly retention pass to one node of two, and to one again the next hour', async () => {
    const clusters = [
      await connectCluster(redis.url, logger),
      await connectCluster(redis.url, logger),
    ];
    try {
      const hour = 1_500;
      const claims = await Promise.all(clusters.map((c) => c.claimRetentionRun(hour + 5_000)));
      expect(claims.filter(Boolean)).toHaveLength(1);
      // The claim lasts a little less than the period, so next period one node takes it again.
      await pause(hour + 200);
      const next = await Promise.all(clusters.map((c) => c.claimRetentionRun(hour + 5_000)));
      expect(next.filter(Boolean)).toHaveLength(1);
    } finally {
      await Promise.all(clusters.map((c) => c.close()));
    }
  });
});
