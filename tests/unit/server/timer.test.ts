import { describe, expect, it } from 'vitest';
import type { Timer } from '../../../shared/model.js';
import { LIMITS } from '../../../shared/limits.js';
import { DomainError } from '../../../server/domain/errors.js';
import { controlTimer, remainingMs } from '../../../server/domain/timer.js';

const NOW = 1_700_000_000_000;
const MINUTE = 60_000;

const idle: Timer = { state: 'idle' };
const running = (endsAt: number, durationMs = 10 * MINUTE): Timer => ({
  state: 'running',
  endsAt,
  durationMs,
});
const paused = (left: number, durationMs = 10 * MINUTE): Timer => ({
  state: 'paused',
  remainingMs: left,
  durationMs,
});

function expectTimerStateError(fn: () => unknown): void {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(DomainError);
  expect((thrown as DomainError).code).toBe('TIMER_STATE');
}

describe('controlTimer start', () => {
  it('starts an idle timer that ends the duration after now', () => {
    expect(controlTimer(idle, { action: 'start', durationMs: 5 * MINUTE }, NOW)).toEqual({
      state: 'running',
      endsAt: NOW + 5 * MINUTE,
      durationMs: 5 * MINUTE,
    });
  });

  it('restarts a running or paused timer from scratch', () => {
    const command = { action: 'start', durationMs: 3 * MINUTE } as const;
    const expected = {
      state: 'running',
      endsAt: NOW + 3 * MINUTE,
      durationMs: 3 * MINUTE,
    };
    expect(controlTimer(running(NOW + MINUTE), command, NOW)).toEqual(expected);
    expect(controlTimer(paused(MINUTE), command, NOW)).toEqual(expected);
  });

  it('does not change the timer it was given', () => {
    const timer = running(NOW + MINUTE);
    const copy = structuredClone(timer);
    controlTimer(timer, { action: 'pause' }, NOW);
    controlTimer(timer, { action: 'extend', byMs: MINUTE }, NOW);
    expect(timer).toEqual(copy);
  });
});

describe('controlTimer pause and resume', () => {
  it('pausing keeps what was left at that moment', () => {
    const started = controlTimer(idle, { action: 'start', durationMs: 10 * MINUTE }, NOW);
    const result = controlTimer(started, { action: 'pause' }, NOW + 4 * MINUTE);
    expect(result).toEqual({
      state: 'paused',
      remainingMs: 6 * MINUTE,
      durationMs: 10 * MINUTE,
    });
  });

  it('pausing an already expired timer keeps zero, not a negative rest', () => {
    expect(controlTimer(running(NOW - 5000), { action: 'pause' }, NOW)).toEqual({
      state: 'paused',
      remainingMs: 0,
      durationMs: 10 * MINUTE,
    });
  });

  it('resuming runs the rest from now, however long the pause was', () => {
    const result = controlTimer(paused(6 * MINUTE), { action: 'resume' }, NOW + 60 * MINUTE);
    expect(result).toEqual({
      state: 'running',
      endsAt: NOW + 60 * MINUTE + 6 * MINUTE,
      durationMs: 10 * MINUTE,
    });
  });

  it('pause then resume loses no time', () => {
    let timer = controlTimer(idle, { action: 'start', durationMs: 10 * MINUTE }, NOW);
    timer = controlTimer(timer, { action: 'pause' }, NOW + 2 * MINUTE);
    timer = controlTimer(timer, { action: 'resume' }, NOW + 7 * MINUTE);
    expect(remainingMs(timer, NOW + 7 * MINUTE)).toBe(8 * MINUTE);
    expect(timer).toMatchObject({
      state: 'running',
      endsAt: NOW + 15 * MINUTE,
    });
  });

  it('refuses to pause an idle timer with TIMER_STATE', () => {
    expectTimerStateError(() => controlTimer(idle, { action: 'pause' }, NOW));
  });

  it('refuses to pause a paused timer with TIMER_STATE', () => {
    expectTimerStateError(() => controlTimer(paused(MINUTE), { action: 'pause' }, NOW));
  });

  it('refuses to resume a running timer with TIMER_STATE', () => {
    expectTimerStateError(() => controlTimer(running(NOW + MINUTE), { action: 'resume' }, NOW));
  });

  it('refuses to resume an idle timer with TIMER_STATE', () => {
    expectTimerStateError(() => controlTimer(idle, { action: 'resume' }, NOW));
  });
});

describe('controlTimer extend', () => {
  it('adds time to a running timer and to its duration', () => {
    expect(
      controlTimer(running(NOW + 2 * MINUTE), { action: 'extend', byMs: MINUTE }, NOW),
    ).toEqual({
      state: 'running',
      endsAt: NOW + 3 * MINUTE,
      durationMs: 11 * MINUTE,
    });
  });

  it('adds time to a paused timer without starting it', () => {
    expect(controlTimer(paused(2 * MINUTE), { action: 'extend', byMs: MINUTE }, NOW)).toEqual({
      state: 'paused',
      remainingMs: 3 * MINUTE,
      durationMs: 11 * MINUTE,
    });
  });

  it('extending an expired running timer counts from now, not from the past end', () => {
    const result = controlTimer(running(NOW - 30_000), { action: 'extend', byMs: MINUTE }, NOW);
    expect(result).toMatchObject({ state: 'running', endsAt: NOW + MINUTE });
    expect(remainingMs(result, NOW)).toBe(MINUTE);
  });

  it('shortening by more than is left stops at zero, never below', () => {
    const runningResult = controlTimer(
      running(NOW + MINUTE),
      { action: 'extend', byMs: -5 * MINUTE },
      NOW,
    );
    expect(runningResult).toMatchObject({ state: 'running', endsAt: NOW });
    expect(remainingMs(runningResult, NOW)).toBe(0);

    const pausedResult = controlTimer(paused(MINUTE), { action: 'extend', byMs: -5 * MINUTE }, NOW);
    expect(pausedResult).toMatchObject({ state: 'paused', remainingMs: 0 });
  });

  it('shortening keeps the shown duration at least one second', () => {
    const result = controlTimer(
      paused(MINUTE, 2 * MINUTE),
      { action: 'extend', byMs: -10 * MINUTE },
      NOW,
    );
    expect(result).toMatchObject({ durationMs: 1000 });
  });

  it('cannot extend past the longest allowed timer', () => {
    const nearMax = LIMITS.timerMaxMs - MINUTE;
    const runningResult = controlTimer(
      running(NOW + nearMax, nearMax),
      { action: 'extend', byMs: 10 * MINUTE },
      NOW,
    );
    expect(runningResult).toEqual({
      state: 'running',
      endsAt: NOW + LIMITS.timerMaxMs,
      durationMs: LIMITS.timerMaxMs,
    });

    const pausedResult = controlTimer(
      paused(nearMax, nearMax),
      { action: 'extend', byMs: LIMITS.timerMaxMs },
      NOW,
    );
    expect(pausedResult).toEqual({
      state: 'paused',
      remainingMs: LIMITS.timerMaxMs,
      durationMs: LIMITS.timerMaxMs,
    });
  });

  it('refuses to extend an idle timer with TIMER_STATE', () => {
    expectTimerStateError(() => controlTimer(idle, { action: 'extend', byMs: MINUTE }, NOW));
  });
});

describe('controlTimer stop', () => {
  it('makes any timer idle', () => {
    for (const timer of [idle, running(NOW + MINUTE), paused(MINUTE)]) {
      expect(controlTimer(timer, { action: 'stop' }, NOW)).toEqual({
        state: 'idle',
      });
    }
  });
});

describe('remainingMs', () => {
  it('counts down a running timer', () => {
    const timer = running(NOW + 90_000);
    expect(remainingMs(timer, NOW)).toBe(90_000);
    expect(remainingMs(timer, NOW + 30_000)).toBe(60_000);
    expect(remainingMs(timer, NOW + 90_000)).toBe(0);
  });

  it('is zero, not negative, after a running timer has ended', () => {
    expect(remainingMs(running(NOW - 10_000), NOW)).toBe(0);
  });

  it('stands still while paused', () => {
    const timer = paused(42_000);
    expect(remainingMs(timer, NOW)).toBe(42_000);
    expect(remainingMs(timer, NOW + 10 * MINUTE)).toBe(42_000);
  });

  it('is zero for an idle timer', () => {
    expect(remainingMs(idle, NOW)).toBe(0);
  });
});
