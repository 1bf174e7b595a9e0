/**
 * `npx tsx scripts/style-diff.ts DIR_A DIR_B [--tolerance N]`: compares two folders of
 * scripts/style-snapshot.ts view by view and exits with 1 when any element, computed property or
 * pixel differs (a pixel by more than N levels in a channel; 2 unless told, see compare.ts).
 */
import { parseArgs } from 'node:util';
import { DEFAULT_TOLERANCE, SHOWN_PER_VIEW, compareFolders, isSame } from './style/compare.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { tolerance: { type: 'string', default: String(DEFAULT_TOLERANCE) } },
});
const [dirA, dirB] = positionals;
const tolerance = Number(values.tolerance);
if (!dirA || !dirB || !Number.isInteger(tolerance) || tolerance < 0) {
  process.stderr.write('usage: tsx scripts/style-diff.ts DIR_A DIR_B [--tolerance 0..255]\n');
  process.exit(2);
}

const diffs = compareFolders(dirA, dirB, tolerance);
const out: string[] = [];
for (const diff of diffs) {
  if (isSame(diff)) {
    const faint =
      diff.faint > 0 ? ` (${diff.faint} pixels within the tolerance of ${tolerance})` : '';
    out.push(`= ${diff.view}${faint}`);
    continue;
  }
  const pixels = typeof diff.pixels === 'number' ? `${diff.pixels} pixels differ` : diff.pixels;
  out.push(`≠ ${diff.view}: ${diff.elements.length} element differences, ${pixels}`);
  for (const line of diff.elements.slice(0, SHOWN_PER_VIEW)) out.push(`    ${line}`);
  if (diff.elements.length > SHOWN_PER_VIEW) {
    out.push(`    … and ${diff.elements.length - SHOWN_PER_VIEW} more`);
  }
}
const changed = diffs.filter((diff) => !isSame(diff)).length;
out.push(
  changed === 0
    ? `No visual change: ${diffs.length} views identical.`
    : `${changed} of ${diffs.length} views differ.`,
);
process.stdout.write(`${out.join('\n')}\n`);
process.exit(changed === 0 ? 0 : 1);
