/**
 * Counts events per key in fixed windows. Pure apart from the clock it is given, so tests
 * can drive it. Old windows are dropped as time moves on, so memory stays bounded by the
 * number of keys active in one window.
 */
export class WindowRateLimiter {
  private windowStart = 0;
  private counts = new Map<string, number>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {}

  /** Records one event for `key`; false when the key is over its limit in this window. */
  take(key: string): boolean {
    this.roll();
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    return count <= this.limit;
  }

  /** Whether `key` is already over its limit, without counting an event. */
  isBlocked(key: string): boolean {
    this.roll();
    return (this.counts.get(key) ?? 0) >= this.limit;
  }

  /** Milliseconds until the current window ends and every key may send again. */
  msUntilReset(): number {
    return Math.max(0, this.windowStart + this.windowMs - this.now());
  }

  private roll(): void {
    const now = this.now();
    if (now - this.windowStart >= this.windowMs) {
      this.windowStart = now;
      this.counts.clear();
    }
  }
}
