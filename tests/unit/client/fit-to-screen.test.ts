import { describe, expect, it } from 'vitest';
import { largestFit } from '../../../client/lib/fit-to-screen.js';

/** Content that fits up to `limit`, counting how often it was laid out. */
function content(limit: number) {
  const tried: number[] = [];
  const fits = (scale: number) => {
    tried.push(scale);
    return scale <= limit + 1e-9;
  };
  return { fits, tried };
}

describe('largestFit', () => {
  it('keeps the full size when everything fits and growing is not asked', () => {
    expect(largestFit(0.55, 1, content(5).fits)).toBe(1);
  });

  it('shrinks a long text to the largest step that fits', () => {
    expect(largestFit(0.55, 1, content(0.73).fits)).toBe(0.7);
  });

  it('never goes below the smallest scale, even when that does not fit either', () => {
    expect(largestFit(0.55, 1, content(0.2).fits)).toBe(0.55);
  });

  it('grows little content up to the largest step that still fits', () => {
    expect(largestFit(0.55, 2, content(1.62).fits)).toBe(1.6);
    expect(largestFit(0.55, 2, content(9).fits)).toBe(2);
  });

  it('lays the page out only a few times, at whole steps of 0.05', () => {
    const { fits, tried } = content(1.3);
    largestFit(0.55, 2, fits);
    expect(tried.length).toBeLessThanOrEqual(5);
    for (const scale of tried) expect(String(scale)).toMatch(/^\d(\.\d[05]?)?$/);
  });
});
