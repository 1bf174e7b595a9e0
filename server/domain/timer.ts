import type { Timer } from '../../shared/model.js';
import { LIMITS } from '../../shared/limits.js';
import { DomainError } from './errors.js';
import type { TimerControlPayload } from '../../shared/protocol.js';

/**
 * Applies a facilitator's timer command. Pure: the time is passed in, the result is a new value.
 * A running timer is an end time, so any node (and any reconnecting phone) computes the same rest.
 */
export function controlTimer(timer: Timer, command: TimerControlPayload, now: number): Timer {
  switch (command.action) {
    case 'start':
      return { state: 'running', endsAt: now + command.durationMs, durationMs: command.durationMs };
    case 'pause':
      if (timer.state !== 'running') throw notInState('pause', 'running');
      return {
        state: 'paused',
        remainingMs: Math.max(0, timer.endsAt - now),
        durationMs: timer.durationMs,
      };
    case 'resume':
      if (timer.state !== 'paused') throw notInState('resume', 'paused');
      return { state: 'running', endsAt: now + timer.remainingMs, durationMs: timer.durationMs };
    case 'extend':
      return extend(timer, command.byMs, now);
    case 'stop':
      return { state: 'idle' };
  }
}

function extend(timer: Timer, byMs: number, now: number): Timer {
  if (timer.state === 'idle') throw notInState('extend', 'running or paused');
  const remaining = timer.state === 'running' ? timer.endsAt - now : timer.remainingMs;
  const next = clamp(Math.max(0, remaining) + byMs, 0, LIMITS.timerMaxMs);
  const durationMs = clamp(timer.durationMs + byMs, 1000, LIMITS.timerMaxMs);
  return timer.state === 'running'
    ? { state: 'running', endsAt: now + next, durationMs }
    : { state: 'paused', remainingMs: next, durationMs };
}

/** Milliseconds left at `now` (server clock); 0 when expired or idle. */
export function remainingMs(timer: Timer, now: number): number {
  if (timer.state === 'running') return Math.max(0, timer.endsAt - now);
  if (timer.state === 'paused') return timer.remainingMs;
  return 0;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function notInState(action: string, expected: string): DomainError {
  return new DomainError('TIMER_STATE', `Cannot ${action} a timer that is not ${expected}`);
}
