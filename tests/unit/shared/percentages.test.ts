import { describe, expect, it } from 'vitest';
import { wholePercentages } from '../../../shared/percentages.js';

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('whole percentages in the verslag', () => {
  it('adds up to 100 where rounding each share would print 99', () => {
    // 1, 1 and 1 of 3: rounding each gives 33 + 33 + 33.
    expect(wholePercentages([1, 1, 1])).toEqual([34, 33, 33]);
    expect(wholePercentages([5, 6, 8])).toEqual([26, 32, 42]);
    expect(sum(wholePercentages([5, 6, 8]))).toBe(100);
  });

  it('adds up to 100 where rounding each share would print 101', () => {
    // 1/8 + 3/8 + 4/8 = 12.5 + 37.5 + 50: rounding each gives 13 + 38 + 50 = 101.
    expect(wholePercentages([1, 3, 4])).toEqual([13, 37, 50]);
  });

  it('keeps exact shares and empty answers as they are', () => {
    expect(wholePercentages([2, 1, 1])).toEqual([50, 25, 25]);
    expect(wholePercentages([0, 4, 0])).toEqual([0, 100, 0]);
    expect(wholePercentages([0, 0, 0])).toEqual([0, 0, 0]);
  });

  it('always totals 100 for any hall of up to 120 people', () => {
    for (let a = 0; a <= 40; a++) {
      for (let b = 0; b <= 40; b++) {
        for (const c of [0, 1, 7, 40]) {
          if (a + b + c === 0) continue;
          const shares = wholePercentages([a, b, c]);
          expect(sum(shares)).toBe(100);
          // Never more than one point away from the exact share.
          [a, b, c].forEach((n, i) => {
            expect(Math.abs(shares[i] - (n / (a + b + c)) * 100)).toBeLessThan(1);
          });
        }
      }
    }
  });
});
