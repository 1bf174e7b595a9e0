import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../shared/i18n/locales.js';
import { spokenDuration } from '../../../shared/i18n/duration.js';

describe('the timer as a screen reader says it', () => {
  const nl = LOCALES.nl.minutesSeconds;
  const en = LOCALES.en.minutesSeconds;

  it('says one minute and one second in the singular', () => {
    expect(nl(1, 51)).toBe('1 minuut en 51 seconden');
    expect(nl(2, 1)).toBe('2 minuten en 1 seconde');
    expect(en(1, 1)).toBe('1 minute and 1 second');
    expect(en(14, 58)).toBe('14 minutes and 58 seconds');
  });

  it('leaves out a part that is zero', () => {
    expect(nl(15, 0)).toBe('15 minuten');
    expect(nl(0, 9)).toBe('9 seconden');
    expect(nl(0, 0)).toBe('0 seconden');
  });

  it('falls back to its own words where the browser has no unit formatting', () => {
    const original = Intl.NumberFormat;
    // An old phone: Intl.NumberFormat refuses style "unit".
    Intl.NumberFormat = function () {
      throw new RangeError('Invalid style');
    } as unknown as typeof Intl.NumberFormat;
    try {
      const words = {
        minute: ['minuut', 'minuten'],
        second: ['seconde', 'seconden'],
        and: 'en',
      } as const;
      expect(spokenDuration('nl', 1, 51, words)).toBe('1 minuut en 51 seconden');
      expect(spokenDuration('nl', 3, 1, words)).toBe('3 minuten en 1 seconde');
    } finally {
      Intl.NumberFormat = original;
    }
  });
});
