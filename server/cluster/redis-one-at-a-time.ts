import { randomUUID } from 'node:crypto';
import { keyedQueue } from '../services/keyed-queue.js';
import type { Serialise } from '../services/keyed-queue.js';
import type { Logger } from '../logger.js';
import type { RedisClient } from './redis-link.js';

/** Longer than any command holds it; a node that dies holding it frees it after this. */
const LOCK_MS = 10_000;
const RETRY_MS = 20;

/** Deletes the lock only if it is still ours: after expiry another node may hold it. */
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end
return 0`;

/**
 * Tasks of one key one at a time over every node: in this process by the keyed queue (no round
 * trip for two clicks on one node), across nodes by a lock in Redis (SET NX PX, released only by
 * its holder). While Redis is away each node still serialises its own tasks and says so in the
 * log: the return meeting's commands come from its one leading console, so two nodes meeting on
 * one key then is rare, and refusing every command would be worse.
 */
export function redisOneAtATime(client: RedisClient, logger: Logger): Serialise {
  return (scope) => {
    const local = keyedQueue();
    return (key, run) =>
      local(key, async () => {
        const lock = `buurtkracht:lock:${scope}:${key}`;
        const holder = randomUUID();
        const taken = await take(client, lock, holder).catch((error: unknown) => {
          logger.warn('no lock across nodes; this node only', { lock, error: String(error) });
          return false;
        });
        try {
          return await run();
        } finally {
          if (taken) {
            await client
              .eval(RELEASE, { keys: [lock], arguments: [holder] })
              .catch(() => undefined);
          }
        }
      });
  };
}

/** Waits for the lock up to its own lifetime; true once held. */
async function take(client: RedisClient, lock: string, holder: string): Promise<boolean> {
  // Commands to a Redis that is away would wait in node-redis's queue until it is back.
  if (!client.isReady) throw new Error('redis is not connected');
  const deadline = Date.now() + LOCK_MS;
  for (;;) {
    const answer = await client.set(lock, holder, {
      condition: 'NX',
      expiration: { type: 'PX', value: LOCK_MS },
    });
    if (answer === 'OK') return true;
    if (Date.now() > deadline) throw new Error('lock held too long');
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
}
