/**
 * Preloaded into each node by bench/nodes.ts (NODE_OPTIONS=--import): on SIGUSR2 it runs a full
 * garbage collection and writes process.memoryUsage() to $BENCH_GC_DIR/<pid>.json. Memory per
 * connection then compares live memory, not whatever garbage happened to be collected (or not)
 * between two readings; without it the figure swung from 0 to 130 KiB between runs.
 * Plain JavaScript: it loads before tsx does.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
/** A fresh context sees the flag; this process's own global was made before it was set. */
const gc = runInNewContext('gc');
const dir = process.env.BENCH_GC_DIR;
let sequence = 0;

if (dir) {
  process.on('SIGUSR2', () => {
    gc();
    gc();
    const file = `${dir}/${process.pid}.json`;
    // Written aside and renamed, so the bench never reads half a file.
    writeFileSync(
      `${file}.tmp`,
      JSON.stringify({ sequence: ++sequence, ...process.memoryUsage() }),
    );
    renameSync(`${file}.tmp`, file);
  });
}
