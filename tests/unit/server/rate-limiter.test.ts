import { describe, expect, it } from 'vitest';
import { WindowRateLimiter } from '../../../server/domain/rate-limiter.js';

function fakeClock(start = 0): {
  now: () => number;
  advance: (ms: number) => void;
} {
  let time = start;
  return { now: () => time, advance: (ms) => (time += ms) };
}

function takeTimes(limiter: WindowRateLimiter, key: string, times: number): boolean[] {
  return Array.from({ length: times }, () => limiter.take(key));
}

describe('WindowRateLimiter', () => {
  it('allows up to the limit per window and refuses the rest', () => {
    const clock = fakeClock();
    const limiter = new WindowRateLimiter(3, 1000, clock.now);
    expect(takeTimes(limiter, 'a', 5)).toEqual([true, true, true, false, false]);
  });

  it('counts each key on its own', () => {
    const clock = fakeClock();
    const limiter = new WindowRateLimiter(2, 1000, clock.now);
    expect(takeTimes(limiter, 'a', 3)).toEqual([true, true, false]);
    expect(takeTimes(limiter, 'b', 2)).toEqual([true, true]);
    expect(limiter.take('b')).toBe(false);
    expect(limiter.take('c')).toBe(true);
  });

  it('starts counting afresh once the window has passed', () => {
    const clock = fakeClock();
    const limiter = new WindowRateLimiter(2, 1000, clock.now);
    expect(takeTimes(limiter, 'a', 3)).toEqual([true, true, false]);
    clock.advance(999);
    expect(limiter.take('a')).toBe(false);
    clock.advance(1);
    expect(takeTimes(limiter, 'a', 3)).toEqual([true, true, false]);
  });

  it('works with a clock that starts at a real epoch time', () => {
    const clock = fakeClock(1_700_000_000_000);
    const limiter = new WindowRateLimiter(1, 60_000, clock.now);
    expect(takeTimes(limiter, 'ip', 2)).toEqual([true, false]);
    clock.advance(30_000);
    expect(limiter.take('ip')).toBe(false);
    clock.advance(30_000);
    expect(limiter.take('ip')).toBe(true);
  });

  it('isBlocked reports a key at its limit without counting an event', () => {
    const clock = fakeClock();
    const limiter = new WindowRateLimiter(2, 1000, clock.now);
    expect(limiter.isBlocked('a')).toBe(false);
    for (let i = 0; i < 10; i++) limiter.isBlocked('a');
    expect(takeTimes(limiter, 'a', 2)).toEqual([true, true]);
    expect(limiter.isBlocked('a')).toBe(true);
    expect(limiter.isBlocked('b')).toBe(false);
  });

  it('isBlocked clears when the window rolls over', () => {
    const clock = fakeClock();
    const limiter = new WindowRateLimiter(1, 1000, clock.now);
    limiter.take('a');
    expect(limiter.isBlocked('a')).toBe(true);
    clock.advance(1000);
    expect(limiter.isBlocked('a')).toBe(false);
    expect(limiter.take('a')).toBe(true);
  });

  it('used as a failed-join guard: isBlocked before, take on failure, allows exactly the limit', () => {
    const clock = fakeClock();
    const limiter = new WindowRateLimiter(3, 60_000, clock.now);
    let failuresAccepted = 0;
    for (let attempt = 0; attempt < 10; attempt++) {
      if (limiter.isBlocked('ip')) continue;
      failuresAccepted++;
      limiter.take('ip');
    }
    expect(failuresAccepted).toBe(3);
  });
});

describe('the wait a refusal names (issue 11, item 11)', () => {
  it('is the time left in the window, so the message can say the real wait', () => {
    const clock = fakeClock(50_000);
    const limiter = new WindowRateLimiter(2, 10_000, clock.now);
    takeTimes(limiter, 'a', 3);
    clock.advance(2_600);
    expect(limiter.msUntilReset()).toBe(7_400);
    clock.advance(7_400);
    expect(limiter.msUntilReset()).toBe(0);
    expect(limiter.take('a')).toBe(true);
  });
});
