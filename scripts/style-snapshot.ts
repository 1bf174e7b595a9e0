/**
 * Style snapshot of every view the script can reach: `npx tsx scripts/style-snapshot.ts --out DIR`
 * (after `npx vite build`). Writes DIR/<view>.png (full page) and DIR/<view>.json (every visible
 * element: path, box, computed style). Two runs on the same code give identical folders, so
 * `scripts/style-diff.ts` between a run before and after a style refactor proves it changed no
 * pixel and no computed style (README, "Tests").
 */
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cleanUp } from '../tests/helpers/integration/helpers.js';
import { eveningViews } from './style/evening-views.js';
import { followUpViews } from './style/followup-views.js';
import { returnRunViews } from './style/return-run-views.js';
import { eveningStatesViews } from './style/evening-states-views.js';
import { startSnapshot } from './style/session.js';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    client: { type: 'string', default: 'dist/client' },
  },
});
if (!values.out) {
  process.stderr.write('usage: tsx scripts/style-snapshot.ts --out DIR [--client dist/client]\n');
  process.exit(2);
}
const outDir = path.resolve(values.out);
const clientDir = path.resolve(values.client);
if (!existsSync(path.join(clientDir, 'index.html'))) {
  process.stderr.write(`no built client in ${clientDir}: run \`npx vite build\` first\n`);
  process.exit(2);
}
// A fresh folder: a view that is no longer captured must not survive from an earlier run.
rmSync(outDir, { recursive: true, force: true });

const started = performance.now();
const snapshot = await startSnapshot(outDir, clientDir);
try {
  const evening = await eveningViews(snapshot);
  const followUp = await followUpViews(snapshot, evening);
  await returnRunViews(snapshot, followUp);
  await eveningStatesViews(snapshot);
} finally {
  await cleanUp();
  await snapshot.close();
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
process.stdout.write(
  `${snapshot.views.length} views in ${seconds} s → ${outDir}\n${snapshot.views.join('\n')}\n`,
);
// Socket.IO clients of the set-up may keep the event loop alive.
process.exit(0);
