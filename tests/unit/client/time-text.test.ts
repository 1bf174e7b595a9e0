import { describe, expect, it } from 'vitest';
import { normaliseTime } from '../../../client/lib/time-text.js';

describe('a time typed in the plan form', () => {
  it('takes the ways people write a time', () => {
    expect(normaliseTime('14:00')).toBe('14:00');
    expect(normaliseTime('14.00')).toBe('14:00');
    expect(normaliseTime('1400')).toBe('14:00');
    expect(normaliseTime('9:30')).toBe('09:30');
    expect(normaliseTime('9u30')).toBe('09:30');
    expect(normaliseTime('20')).toBe('20:00');
    expect(normaliseTime('  ')).toBe('');
  });

  it('refuses what is no time of day', () => {
    expect(normaliseTime('24:00')).toBeNull();
    expect(normaliseTime('12:60')).toBeNull();
    expect(normaliseTime('middag')).toBeNull();
    expect(normaliseTime('1:2')).toBeNull();
  });
});
