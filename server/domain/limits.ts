import { WindowRateLimiter } from './rate-limiter.js';
import { TokenBuckets } from './token-bucket.js';

/**
 * Limits on what one key (a participant, an address) may do, shared by every node: alone they
 * live in this process, on several nodes in Redis (server/cluster/redis-limits.ts), so a phone
 * the balancer sends to another node gets no fresh allowance there.
 */
export interface Limits {
  /** At most `limit` events per key in each window of `windowMs`. */
  window(name: string, limit: number, windowMs: number): WindowLimit;
  /** Up to `capacity` at once per key, refilled by `refillPerMinute`. */
  budget(name: string, capacity: number, refillPerMinute: number): Budget;
}

export interface WindowLimit {
  /** Counts one event of `key`; false when that puts it over the limit. */
  take(key: string): Promise<boolean>;
  /** Whether `key` is over its limit already, counting nothing. */
  isBlocked(key: string): Promise<boolean>;
}

export type Spent = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface Budget {
  /** Spends one of `key`'s budget; nothing is spent when it is empty, and the wait is told. */
  spend(key: string): Promise<Spent>;
  /** Gives back what was spent for something that did not happen after all. */
  refund(key: string): Promise<void>;
  /** Seconds until `key` may spend again; 0 when it may now. */
  retryAfterSeconds(key: string): Promise<number>;
}

/** The limits of a process that is the only one, on the clock it is given (tests drive it). */
export function localLimits(clock: () => number): Limits {
  return {
    window(_name, limit, windowMs) {
      const limiter = new WindowRateLimiter(limit, windowMs, clock);
      return {
        take: async (key) => limiter.take(key),
        isBlocked: async (key) => limiter.isBlocked(key),
      };
    },
    budget(_name, capacity, refillPerMinute) {
      const buckets = new TokenBuckets(capacity, refillPerMinute, clock);
      return {
        async spend(key) {
          if (buckets.take(key)) return { allowed: true };
          return { allowed: false, retryAfterSeconds: buckets.retryAfterSeconds(key) };
        },
        refund: async (key) => buckets.refund(key),
        retryAfterSeconds: async (key) => buckets.retryAfterSeconds(key),
      };
    },
  };
}
