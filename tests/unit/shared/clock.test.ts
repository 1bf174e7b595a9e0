import { describe, expect, it } from 'vitest';
import { estimateOffset, offsetOf, roundTripOf, secondsLeft } from '../../../shared/clock.js';
import type { ClockSample } from '../../../shared/clock.js';

/** A ping to a server whose clock is `offset` ahead, with the given one-way delays. */
function sample(sentAt: number, offset: number, upMs: number, downMs: number): ClockSample {
  const serverTime = sentAt + upMs + offset;
  return { sentAt, serverTime, receivedAt: sentAt + upMs + downMs };
}

describe('offsetOf', () => {
  it('finds the exact offset when the delay is the same both ways', () => {
    expect(offsetOf(sample(1_000_000, 120_000, 40, 40))).toBe(120_000);
    expect(offsetOf(sample(1_000_000, -90_000, 250, 250))).toBe(-90_000);
    expect(offsetOf(sample(1_000_000, 0, 0, 0))).toBe(0);
  });

  it('is off by half the difference when the delay is not symmetric', () => {
    expect(offsetOf(sample(1_000_000, 5000, 100, 20))).toBe(5000 + 40);
  });
});

describe('roundTripOf', () => {
  it('is the time between sending and receiving', () => {
    expect(roundTripOf({ sentAt: 100, serverTime: 9999, receivedAt: 180 })).toBe(80);
  });
});

describe('estimateOffset', () => {
  it('is 0 without samples', () => {
    expect(estimateOffset([])).toBe(0);
  });

  it('trusts the sample with the shortest round trip', () => {
    const samples = [
      sample(1000, 60_000, 400, 50), // slow, asymmetric: offset estimate 60_175
      sample(3000, 60_000, 10, 10), // fastest: exact
      sample(5000, 60_000, 30, 200), // offset estimate 59_915
    ];
    expect(estimateOffset(samples)).toBe(60_000);
    expect(estimateOffset([...samples].reverse())).toBe(60_000);
  });

  it('ignores samples with a negative round trip (the client clock jumped back)', () => {
    const jumped: ClockSample = {
      sentAt: 10_000,
      serverTime: 999_999,
      receivedAt: 9_000,
    };
    expect(estimateOffset([jumped, sample(20_000, 3000, 50, 50)])).toBe(3000);
  });

  it('is 0 when every sample has a negative round trip', () => {
    expect(estimateOffset([{ sentAt: 10_000, serverTime: 500_000, receivedAt: 9_999 }])).toBe(0);
  });
});

describe('secondsLeft', () => {
  it('counts whole seconds on the server clock', () => {
    const offset = 120_000; // server 2 minutes ahead of this phone
    const endsAt = 1_000_000 + offset + 30_000;
    expect(secondsLeft(endsAt, 1_000_000, offset)).toBe(30);
  });

  it('rounds up, so 0 shows only when time is really up', () => {
    expect(secondsLeft(10_001, 0, 0)).toBe(11);
    expect(secondsLeft(10_999, 0, 0)).toBe(11);
    expect(secondsLeft(1, 0, 0)).toBe(1);
    expect(secondsLeft(0, 0, 0)).toBe(0);
  });

  it('never goes negative after the end', () => {
    expect(secondsLeft(10_000, 15_000, 0)).toBe(0);
    expect(secondsLeft(10_000, 10_500, 0)).toBe(0);
    expect(Object.is(secondsLeft(10_000, 10_500, 0), -0)).toBe(false);
  });

  it('corrects a phone whose clock is behind or ahead', () => {
    // Server end time 100 s; phone is 50 s behind (offset +50 s) and reads 20 s.
    expect(secondsLeft(100_000, 20_000, 50_000)).toBe(30);
    // Phone 50 s ahead (offset −50 s) reads 120 s.
    expect(secondsLeft(100_000, 120_000, -50_000)).toBe(30);
  });
});
