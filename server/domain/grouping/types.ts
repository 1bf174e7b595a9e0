/** One attendee's wishes: theme ids; null means "maakt niet uit". */
export interface Preference {
  participantId: string;
  first: string | null;
  second: string | null;
}

export interface GroupingOptions {
  minSize: number;
  maxSize: number;
  seed: number;
}

export interface ProposedGroup {
  themeId: string;
  /** "A", "B", … when a theme has several tables, else "" */
  suffix: string;
  members: string[];
}

export interface GroupingResult {
  groups: ProposedGroup[];
  /** themes that got too few people and were folded into second choices */
  dropped: string[];
  firstChoiceShare: number;
}

export const DEFAULT_GROUPING: GroupingOptions = { minSize: 4, maxSize: 7, seed: 1 };

/** Fills in the defaults and rejects sizes that cannot describe a group. */
export function resolveOptions(options: Partial<GroupingOptions> = {}): GroupingOptions {
  const resolved = { ...DEFAULT_GROUPING, ...options };
  const { minSize, maxSize, seed } = resolved;
  if (!Number.isInteger(minSize) || minSize < 1) throw new RangeError('minSize must be >= 1');
  if (!Number.isInteger(maxSize) || maxSize < minSize) {
    throw new RangeError('maxSize must be an integer >= minSize');
  }
  if (!Number.isFinite(seed)) throw new RangeError('seed must be a finite number');
  return resolved;
}

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates in place with the given PRNG. */
export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/** Table labels: "A".."Z", then "AA", "AB", … */
export function suffixFor(index: number): string {
  let label = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    label = String.fromCharCode(65 + ((n - 1) % 26)) + label;
  }
  return label;
}
