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
  /** Publishes, counts and locks; fails at once while Redis is away. */
  readonly publisher: RedisClient;
  /** Listens; a subscription asked for while Redis is away is made when it is back. */
  readonly subscriber: RedisClient;
  /** Socket.IO's adapter's own, which waits for Redis: a broadcast then arrives late, not never. */
  readonly adapterClient: RedisClient;
  /** Calls `handler` whenever the listening connection is back after an outage. */
  onResync(handler: () => void): () => void;
  close(): Promise<void>;
}

/** Waits longer between attempts as an outage lasts, up to two seconds. */
const reconnectStrategy = (retries: number) => Math.min(50 * 2 ** retries, 2_000);

function newClient(url: string, queueWhileAway = true) {
  return createClient({
    url,
    socket: { reconnectStrategy },
    // Commands sent while Redis is away fail at once instead of waiting in memory for it: a
    // limit falls back to counting here, a lock to this node, a lost message to the catch-up.
    disableOfflineQueue: !queueWhileAway,
  });
}

/** Inferred: node-redis's declared client type does not accept its own createClient's result. */
export type RedisClient = ReturnType<typeof newClient>;

export async function connectRedis(url: string, logger: Logger): Promise<RedisLink> {
  const publisher = newClient(url, false);
  const subscriber = newClient(url);
  const adapterClient = newClient(url);
  const resyncHandlers = new Set<() => void>();
  // Without a listener node-redis throws its connection errors at the process.
  const report = (client: string) => (error: unknown) =>
    logger.warn('redis connection problem', { client, error: String(error) });
  publisher.on('error', report('publisher'));
  subscriber.on('error', report('subscriber'));
  adapterClient.on('error', report('adapter'));
  let lost = false;
  subscriber.on('end', () => (lost = true));
  subscriber.on('reconnecting', () => (lost = true));
  subscriber.on('ready', () => {
    if (!lost) return;
    lost = false;
    logger.info('redis is back; catching up from the store');
    for (const handler of resyncHandlers) handler();
  });
  await Promise.all([publisher.connect(), subscriber.connect(), adapterClient.connect()]);
  return {
    nodeId: randomBytes(8).toString('hex'),
    publisher,
    subscriber,
    adapterClient,
    onResync(handler) {
      resyncHandlers.add(handler);
      return () => resyncHandlers.delete(handler);
    },
    async close() {
      resyncHandlers.clear();
      // Gracefully when Redis answers; a node shutting down during an outage must not hang.
      const clients = [publisher, subscriber, adapterClient];
      const closing = Promise.allSettled(clients.map((client) => client.close()));
      const late = new Promise((resolve) => setTimeout(resolve, 2_000).unref());
      await Promise.race([closing, late]);
      for (const client of clients) if (client.isOpen) client.destroy();
    },
  };
}
