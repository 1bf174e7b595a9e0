/**
 * Token buckets per key: each key may spend up to `capacity` at once, and gets `refillPerMinute`
 * back over time. Pure apart from the clock it is given, so tests can drive it. A bucket that has
 * filled up again is forgotten, so memory stays bounded by the keys that spent recently.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private lastSweep = 0;

  constructor(
    private readonly capacity: number,
    private readonly refillPerMinute: number,
    private readonly now: () => number,
  ) {}

  /** Spends one token of `key`; false (nothing spent) when its bucket is empty. */
  take(key: string): boolean {
    const bucket = this.current(key);
    if (bucket.tokens < 1) return false;
    this.buckets.set(key, { tokens: bucket.tokens - 1, at: bucket.at });
    return true;
  }

  /** Gives back a token taken for something that did not happen after all. */
  refund(key: string): void {
    const bucket = this.current(key);
    this.buckets.set(key, { tokens: Math.min(this.capacity, bucket.tokens + 1), at: bucket.at });
  }

  /** Seconds until `key` has a whole token again; 0 when it has one now. */
  retryAfterSeconds(key: string): number {
    const missing = 1 - this.current(key).tokens;
    if (missing <= 0) return 0;
    return Math.max(1, Math.ceil((missing * 60) / this.refillPerMinute));
  }

  private current(key: string): { tokens: number; at: number } {
    const now = this.now();
    this.sweep(now);
    const stored = this.buckets.get(key);
    if (!stored) return { tokens: this.capacity, at: now };
    const refilled = ((now - stored.at) / 60_000) * this.refillPerMinute;
    return { tokens: Math.min(this.capacity, stored.tokens + refilled), at: now };
  }

  /** Forgets buckets that are full again; runs at most once a minute. */
  private sweep(now: number): void {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [key, bucket] of this.buckets) {
      const refilled = ((now - bucket.at) / 60_000) * this.refillPerMinute;
      if (bucket.tokens + refilled >= this.capacity) this.buckets.delete(key);
    }
  }
}

/**
 * The key an address is budgeted under. IPv4 (also written as ::ffff:a.b.c.d) as is; IPv6 by
 * its /64, since one household or one attacker gets a whole /64 and can pick any address in it.
 */
export function addressKey(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1];
  if (!ip.includes(':')) return ip;
  const [head, tail = ''] = ip.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = [
    ...left,
    ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'),
    ...right,
  ];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
