/**
 * Reading what the server leaves behind when asked: V8 CPU profiles (--cpu-prof) and heap
 * snapshots (--heapsnapshot-signal), summarised for the report.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

// ---------- CPU profiles ----------

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
  const name = readdirSync(dir).find(
    (file) => file.includes(`.${pid}.0.`) && file.endsWith('.cpuprofile'),
  );
  return name ? path.join(dir, name) : null;
}

/** Functions by self time, as a share of all samples (idle included, so busy shares add up). */
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
    const entry = byFunction.get(key) ?? {
      name: functionName || '(anonymous)',
      where,
      selfPercent: 0,
      hits: 0,
    };
    entry.hits += hits;
    byFunction.set(key, entry);
  }
  return [...byFunction.values()]
    .sort((a, b) => b.hits - a.hits)
    .slice(0, top)
    .map(({ name, where, hits }) => ({
      name,
      where,
      selfPercent: total > 0 ? (100 * hits) / total : 0,
    }));
}

// ---------- heap snapshots ----------

interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

/** Live heap of a snapshot (taken after a full GC), in bytes, by kind of object. */
export interface HeapSummary {
  totalBytes: number;
  byKind: Map<string, { count: number; bytes: number }>;
}

export function summariseHeap(file: string): HeapSummary {
  const heap = JSON.parse(readFileSync(file, 'utf8')) as HeapSnapshot;
  const fields = heap.snapshot.meta.node_fields;
  const types = heap.snapshot.meta.node_types[0];
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const byKind = new Map<string, { count: number; bytes: number }>();
  let totalBytes = 0;
  for (let i = 0; i < heap.nodes.length; i += width) {
    const bytes = heap.nodes[i + sizeAt];
    totalBytes += bytes;
    const type = types[heap.nodes[i + typeAt]];
    const named = type === 'object' || type === 'closure' || type === 'native';
    const kind = named
      ? `${type} ${heap.strings[heap.nodes[i + nameAt]] || '(anonymous)'}`
      : `(${type})`;
    const entry = byKind.get(kind) ?? { count: 0, bytes: 0 };
    entry.count++;
    entry.bytes += bytes;
    byKind.set(kind, entry);
  }
  return { totalBytes, byKind };
}

export interface HeapGrowth {
  /** Growth of the live heap per connection, not counting compiled code (JIT warm-up). */
  perConnectionBytes: number;
  codeBytes: number;
  /** The kinds that grew most, per connection. */
  top: { kind: string; objects: number; bytes: number }[];
}

export function heapGrowth(
  before: HeapSummary,
  after: HeapSummary,
  connections: number,
  top = 12,
): HeapGrowth {
  const kinds = [...after.byKind].map(([kind, { count, bytes }]) => ({
    kind,
    objects: (count - (before.byKind.get(kind)?.count ?? 0)) / connections,
    bytes: (bytes - (before.byKind.get(kind)?.bytes ?? 0)) / connections,
  }));
  const code = kinds.find((kind) => kind.kind === '(code)')?.bytes ?? 0;
  return {
    perConnectionBytes: (after.totalBytes - before.totalBytes) / connections - code,
    codeBytes: code * connections,
    top: kinds
      .filter((kind) => kind.kind !== '(code)')
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, top),
  };
}
