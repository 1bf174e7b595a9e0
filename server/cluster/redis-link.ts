import { randomBytes } from 'node:crypto';
import { createClient } from 'redis';
import type { Logger } from '../logger.js';

/**
 * This node's connections to Redis: one to publish and run commands, one that only listens
 * (a subscribed Redis connection takes no other commands). node-redis reconnects by itself and
 * subscribes again; what was published while it was away is lost, so whoever depends on it is
 * told to catch up (`onResync`) each time the listener is back.
 */
export interface RedisLink {
  /** Tells this node's own messages from the others' on a shared channel. */
  readonly nodeId: string;
  readonly publisher: RedisClient;
  readonly subscriber: RedisClient;
  /** Calls `handler` whenever the listening connection is back after an outage. */
  onResync(handler: () => void): () => void;
  close(): Promise<void>;
}

/** Waits longer between attempts as an outage lasts, up to two seconds. */
const reconnectStrategy = (retries: number) => Math.min(50 * 2 ** retries, 2_000);

function newClient(url: string) {
  return createClient({ url, socket: { reconnectStrategy } });
}

/** Inferred: node-redis's declared client type does not accept its own createClient's result. */
export type RedisClient = ReturnType<typeof newClient>;

export async function connectRedis(url: string, logger: Logger): Promise<RedisLink> {
  const publisher = newClient(url);
  const subscriber = publisher.duplicate();
  const resyncHandlers = new Set<() => void>();
  // Without a listener node-redis throws its connection errors at the process.
  const report = (client: string) => (error: unknown) =>
    logger.warn('redis connection problem', { client, error: String(error) });
  publisher.on('error', report('publisher'));
  subscriber.on('error', report('subscriber'));
  let lost = false;
  subscriber.on('end', () => (lost = true));
  subscriber.on('reconnecting', () => (lost = true));
  subscriber.on('ready', () => {
    if (!lost) return;
    lost = false;
    logger.info('redis is back; catching up from the store');
    for (const handler of resyncHandlers) handler();
  });
  await Promise.all([publisher.connect(), subscriber.connect()]);
  return {
    nodeId: randomBytes(8).toString('hex'),
    publisher,
    subscriber,
    onResync(handler) {
      resyncHandlers.add(handler);
      return () => resyncHandlers.delete(handler);
    },
    async close() {
      resyncHandlers.clear();
      // Gracefully when Redis answers; a node shutting down during an outage must not hang.
      const closing = Promise.allSettled([publisher.close(), subscriber.close()]);
      const late = new Promise((resolve) => setTimeout(resolve, 2_000).unref());
      await Promise.race([closing, late]);
      publisher.destroy();
      subscriber.destroy();
    },
  };
}
