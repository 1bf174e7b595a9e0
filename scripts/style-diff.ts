/**
 * `npx tsx scripts/style-diff.ts DIR_A DIR_B`: compares two folders of scripts/style-snapshot.ts
 * view by view and exits with 1 when any element, computed property or pixel differs.
 */
import { SHOWN_PER_VIEW, compareFolders, isSame } from './style/compare.js';

const [dirA, dirB] = process.argv.slice(2);
if (!dirA || !dirB) {
  process.stderr.write('usage: tsx scripts/style-diff.ts DIR_A DIR_B\n');
  process.exit(2);
}

const diffs = compareFolders(dirA, dirB);
const out: string[] = [];
for (const diff of diffs) {
  if (isSame(diff)) {
    out.push(`= ${diff.view}`);
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
