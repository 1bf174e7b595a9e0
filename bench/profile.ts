/** Reads a V8 .cpuprofile (from --cpu-prof) and lists where the time went, by self time. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  hitCount?: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

export interface HotFunction {
  name: string;
  where: string;
  selfPercent: number;
}

/**
 * The main-thread profile of process `pid` in `dir`, or null. Files are named
 * CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile; under tsx the loader thread writes one too.
 */
export function mainThreadProfile(dir: string, pid: number): string | null {
  const name = readdirSync(dir).find((file) => file.includes(`.${pid}.0.`) && file.endsWith('.cpuprofile'));
  return name ? path.join(dir, name) : null;
}

export function hotFunctions(file: string, root: string, top = 20): HotFunction[] {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[] };
  const byFunction = new Map<string, HotFunction & { hits: number }>();
  let total = 0;
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    total += hits;
    const { functionName, url, lineNumber } = node.callFrame;
    const shortUrl = url.replace(`file://${root}/`, '').replace(/^.*node_modules\//, '');
    const where = url ? `${shortUrl}:${lineNumber + 1}` : '';
    const key = `${functionName}@${where}`;
    const entry = byFunction.get(key) ?? { name: functionName || '(anonymous)', where, selfPercent: 0, hits: 0 };
    entry.hits += hits;
    byFunction.set(key, entry);
  }
  return [...byFunction.values()]
    .sort((a, b) => b.hits - a.hits)
    .slice(0, top)
    .map(({ name, where, hits }) => ({ name, where, selfPercent: total > 0 ? (100 * hits) / total : 0 }));
}
