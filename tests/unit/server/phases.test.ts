import { describe, expect, it } from 'vitest';
import { PHASES } from '../../../shared/model.js';
import type { Phase } from '../../../shared/model.js';
import { acceptsNewAttendees, nextPhase, previousPhase } from '../../../server/domain/phases.js';

describe('nextPhase', () => {
  it('follows the evening in PHASES order', () => {
    expect(nextPhase('lobby')).toBe('themes');
    expect(nextPhase('recognition')).toBe('break');
    expect(nextPhase('signup')).toBe('results');
    expect(nextPhase('results')).toBe('closed');
  });

  it('gives every phase but the last its successor in PHASES', () => {
    for (let i = 0; i < PHASES.length - 1; i++) {
      expect(nextPhase(PHASES[i])).toBe(PHASES[i + 1]);
    }
  });

  it('has nothing after the closed meeting', () => {
    expect(nextPhase('closed')).toBeNull();
  });
});

describe('previousPhase', () => {
  it('steps back one phase', () => {
    expect(previousPhase('themes')).toBe('lobby');
    expect(previousPhase('choose')).toBe('break');
    expect(previousPhase('closed')).toBe('results');
  });

  it('has nothing before the lobby', () => {
    expect(previousPhase('lobby')).toBeNull();
  });

  it('undoes nextPhase for every phase that has a successor', () => {
    for (const phase of PHASES) {
      const next = nextPhase(phase);
      if (next) expect(previousPhase(next)).toBe(phase);
    }
  });

  it('walks the whole evening back from closed to lobby', () => {
    const walked: Phase[] = [];
    let phase: Phase | null = 'closed';
    while (phase) {
      walked.push(phase);
      phase = previousPhase(phase);
    }
    expect(walked).toEqual([...PHASES].reverse());
  });
});

describe('acceptsNewAttendees', () => {
  it('refuses newcomers once the meeting is closed', () => {
    expect(acceptsNewAttendees('closed')).toBe(false);
  });

  it('lets people join in every other phase, also late in the evening', () => {
    for (const phase of PHASES.filter((p) => p !== 'closed')) {
      expect(acceptsNewAttendees(phase), phase).toBe(true);
    }
  });
});
