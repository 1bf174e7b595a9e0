import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { Limits } from '../domain/limits.js';
import type { RedisClient } from './redis-link.js';
import { hashToken } from '../services/tokens.js';

/**
 * Limits kept in Redis with rate-limiter-flexible, shared by every node. While Redis is away
 * each node counts on its own in memory (the library's insurance limiter): limits stay, a little
 * looser, rather than refusing everyone or letting everything through.
 *
 * A budget (a token bucket alone) becomes a fixed window of `capacity` per the time the bucket
 * takes to refill: the same burst and the same rate over time.
 */
export function redisLimits(client: RedisClient): Limits {
  const limiter = (name: string, points: number, durationSeconds: number) =>
    new RateLimiterRedis({
      storeClient: client,
      useRedisPackage: true,
      keyPrefix: `buurtkracht:limit:${name}`,
      points,
      duration: Math.max(1, Math.ceil(durationSeconds)),
      insuranceLimiter: new RateLimiterMemory({ points, duration: Math.max(1, durationSeconds) }),
      // Redis away: count here at once, rather than wait for it.
      rejectIfRedisNotReady: true,
    });
  const refused = (error: unknown): RateLimiterRes => {
    // The library rejects with its answer when over the limit, with an Error when it failed.
    if (error instanceof RateLimiterRes) return error;
    throw error;
  };
  const waitOf = (answer: RateLimiterRes) => Math.max(1, Math.ceil(answer.msBeforeNext / 1000));
  // Keys name participants and network addresses: Redis gets their hashes only.
  const hidden = (key: string) => hashToken(key);

  return {
    window(name, limit, windowMs) {
      const counter = limiter(name, limit, windowMs / 1000);
      return {
        take: (key) =>
          counter.consume(hidden(key)).then(
            () => true,
            (error: unknown) => (refused(error), false),
          ),
        isBlocked: async (key) => ((await counter.get(hidden(key)))?.consumedPoints ?? 0) >= limit,
      };
    },
    budget(name, capacity, refillPerMinute) {
      const budget = limiter(name, capacity, (capacity * 60) / refillPerMinute);
      return {
        spend: (key) =>
          budget.consume(hidden(key)).then(
            () => ({ allowed: true }) as const,
            (error: unknown) => ({ allowed: false, retryAfterSeconds: waitOf(refused(error)) }),
          ),
        refund: async (key) => void (await budget.reward(hidden(key), 1)),
        async retryAfterSeconds(key) {
          const answer = await budget.get(hidden(key));
          return answer && answer.consumedPoints >= capacity ? waitOf(answer) : 0;
        },
      };
    },
  };
}
