/**
 * Whole percentages that add up to exactly 100 (largest-remainder method). Rounding each share
 * on its own can print 33 % + 33 % + 33 % above "Totaal 100 %", which a reader of the verslag
 * rightly doubts. Each share is rounded down, then the points still missing go to the shares
 * that lost the most; ties go to the earlier share, so the result is stable. All zeros stay zeros.
 */
export function wholePercentages(counts: readonly number[]): number[] {
  const total = counts.reduce((sum, n) => sum + n, 0);
  if (total <= 0) return counts.map(() => 0);
  const exact = counts.map((n) => (n / total) * 100);
  const result = exact.map(Math.floor);
  let missing = 100 - result.reduce((sum, n) => sum + n, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (missing <= 0) break;
    result[index] += 1;
    missing -= 1;
  }
  return result;
}
