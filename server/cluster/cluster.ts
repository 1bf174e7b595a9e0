import { createAdapter } from '@socket.io/redis-streams-adapter';
import type { DocFanOut } from '../collab/doc-fan-out.js';
import type { Logger } from '../logger.js';
import { connectRedis } from './redis-link.js';
import { redisFanOut } from './redis-fan-out.js';
import { redisControlBus } from './control-bus.js';
import type { ControlBus } from './control-bus.js';
import { redisLimits } from './redis-limits.js';
import { redisOneAtATime } from './redis-one-at-a-time.js';
import type { Serialise } from '../services/keyed-queue.js';
import type { SharedJoinActivity } from '../services/joining.js';
import type { Limits } from '../domain/limits.js';

/**
 * What running on several nodes adds to one node, all over one Redis (REDIS_URL): documents'
 * changes and presence between rooms, orders between nodes, Socket.IO's rooms across nodes, and
 * who runs the hourly retention pass. PostgreSQL (DATABASE_URL) keeps what was acknowledged;
 * Redis keeps nothing that matters after an outage.
 */
export interface Cluster {
  readonly nodeId: string;
  readonly fanOut: DocFanOut;
  readonly bus: ControlBus;
  /** Rate limits and join budgets in Redis, counted over every node. */
  readonly limits: Limits;
  /**
   * Socket.IO's adapter: the Redis streams adapter, which resumes without loss after a short
   * Redis outage (pub/sub would drop what was sent meanwhile).
   */
  readonly socketAdapter: ReturnType<typeof createAdapter>;
  /** Joins and refusals on every node, for the Regie's joins per minute. */
  readonly joins: SharedJoinActivity;
  /** Commands on one thing (a return meeting's agenda) one at a time over every node. */
  readonly serialise: Serialise;
  /** Whether this node runs the retention pass now; one node a period takes it. */
  claimRetentionRun(periodMs: number): Promise<boolean>;
  close(): Promise<void>;
}

export async function connectCluster(redisUrl: string, logger: Logger): Promise<Cluster> {
  const link = await connectRedis(redisUrl, logger);
  const bus = await redisControlBus(link, logger);
  return {
    nodeId: link.nodeId,
    fanOut: redisFanOut(link, logger),
    bus,
    limits: redisLimits(link.publisher),
    joins: {
      tell: (meetingId, address, what) =>
        bus.publish({ kind: 'joinActivity', meetingId, address, what }),
      onHeard: (handler) =>
        bus.onMessage((message) => {
          if (message.kind === 'joinActivity') {
            handler(message.meetingId, message.address, message.what);
          }
        }),
    },
    serialise: redisOneAtATime(link.publisher, logger),
    socketAdapter: createAdapter(link.adapterClient, { streamName: 'buurtkracht:socket.io' }),
    async claimRetentionRun(periodMs) {
      // Taken for a little less than the period, so the next period's pass is free to take.
      const taken = await link.publisher.set('buurtkracht:retention-run', link.nodeId, {
        condition: 'NX',
        expiration: { type: 'PX', value: Math.max(1_000, periodMs - 5_000) },
      });
      return taken === 'OK';
    },
    async close() {
      await bus.close();
      await link.close();
    },
  };
}
