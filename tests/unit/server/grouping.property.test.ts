import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { proposeGroups } from '../../../server/domain/grouping.js';
import type { Preference } from '../../../server/domain/grouping.js';

/** 200 by default; GROUPING_RUNS=20000 for a long soak. */
const NUM_RUNS = Number(process.env.GROUPING_RUNS ?? 200);
const TIMEOUT = Math.max(5_000, NUM_RUNS * 20);

/** 1–12 themes and 0–300 attendees whose choices are those themes or "maakt niet uit". */
const scenario = fc.integer({ min: 1, max: 12 }).chain((themeCount) => {
  const themeIds = Array.from({ length: themeCount }, (_, i) => `thema-${i}`);
  const choice = fc.option(fc.constantFrom(...themeIds), { freq: 4, nil: null });
  const preference = fc.record({ first: choice, second: choice });
  return fc.record({
    themeIds: fc.constant(themeIds),
    // Half small rooms (the hard cases: short themes), half up to 300. Without size: 'max'
    // fast-check keeps arrays at about 10 elements.
    preferences: fc
      .oneof(
        fc.array(preference, { maxLength: 24, size: 'max' }),
        fc.array(preference, { maxLength: 300, size: 'max' }),
      )
      .map((prefs) => prefs.map((p, i): Preference => ({ participantId: `d${i}`, ...p }))),
    seed: fc.integer(),
  });
});

/**
 * The greedy baseline the proposal must never fall below, in plain steps:
 * 1. everyone with a first choice goes to that theme; everyone without one goes to the theme with
 *    the most first choices (the first in the list on a tie);
 * 2. fewer than minSize people in total: everyone goes to that most-chosen theme;
 * 3. otherwise, while some non-empty theme has fewer than minSize people, all people of the smallest
 *    such theme move to the largest other theme (first in the list on ties) — no second choices;
 * 4. the share is the number of people in their first-choice theme over the number with a first
 *    choice (1 when nobody has one).
 */
function greedyBaseline(preferences: readonly Preference[], themeIds: string[], minSize: number) {
  const stated = preferences.filter((p) => p.first !== null);
  if (stated.length === 0) return 1;
  const first = new Map<string, number>(themeIds.map((t) => [t, 0]));
  for (const p of stated) first.set(p.first!, first.get(p.first!)! + 1);
  const favourite = themeIds.reduce((a, b) => (first.get(b)! > first.get(a)! ? b : a));
  const members = new Map<string, Preference[]>(themeIds.map((t) => [t, []]));
  for (const p of preferences) members.get(p.first ?? favourite)!.push(p);
  if (preferences.length < minSize) return first.get(favourite)! / stated.length;
  for (;;) {
    const nonEmpty = themeIds.filter((t) => members.get(t)!.length > 0);
    const short = nonEmpty.filter((t) => members.get(t)!.length < minSize);
    if (short.length === 0) break;
    const smallest = short.reduce((a, b) =>
      members.get(b)!.length < members.get(a)!.length ? b : a,
    );
    const others = nonEmpty.filter((t) => t !== smallest);
    const largest = others.reduce((a, b) =>
      members.get(b)!.length > members.get(a)!.length ? b : a,
    );
    members.get(largest)!.push(...members.get(smallest)!);
    members.set(smallest, []);
  }
  let happy = 0;
  for (const [theme, list] of members) happy += list.filter((p) => p.first === theme).length;
  return happy / stated.length;
}

describe('proposeGroups properties', { timeout: TIMEOUT }, () => {
  it('places every participant exactly once', () => {
    fc.assert(
      fc.property(scenario, ({ preferences, themeIds, seed }) => {
        const { groups } = proposeGroups(preferences, themeIds, { seed });
        const placed = groups.flatMap((g) => g.members).sort();
        expect(placed).toEqual(preferences.map((p) => p.participantId).sort());
        for (const g of groups) expect(themeIds).toContain(g.themeId);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('keeps every group within [minSize, maxSize] whenever the total allows it', () => {
    fc.assert(
      fc.property(scenario, ({ preferences, themeIds, seed }) => {
        const { groups } = proposeGroups(preferences, themeIds, { seed });
        if (preferences.length < 4) {
          expect(groups).toHaveLength(preferences.length === 0 ? 0 : 1);
          return;
        }
        for (const g of groups) {
          expect(g.members.length).toBeGreaterThanOrEqual(4);
          expect(g.members.length).toBeLessThanOrEqual(7);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('keeps sizes within bounds for other sizes where every total >= minSize can be split', () => {
    // With maxSize >= 2·minSize − 1 every total >= minSize splits into allowed sizes.
    const sizes = fc.integer({ min: 1, max: 6 }).chain((minSize) =>
      fc.record({
        minSize: fc.constant(minSize),
        maxSize: fc.integer({ min: 2 * minSize - 1, max: 14 }),
      }),
    );
    fc.assert(
      fc.property(scenario, sizes, ({ preferences, themeIds, seed }, { minSize, maxSize }) => {
        const { groups } = proposeGroups(preferences, themeIds, { seed, minSize, maxSize });
        if (preferences.length < minSize) return;
        for (const g of groups) {
          expect(g.members.length).toBeGreaterThanOrEqual(minSize);
          expect(g.members.length).toBeLessThanOrEqual(maxSize);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('never gives fewer people their first choice than the greedy baseline', () => {
    let better = 0;
    fc.assert(
      fc.property(scenario, ({ preferences, themeIds, seed }) => {
        const { firstChoiceShare } = proposeGroups(preferences, themeIds, { seed });
        const baseline = greedyBaseline(preferences, themeIds, 4);
        expect(firstChoiceShare).toBeGreaterThanOrEqual(baseline - 1e-9);
        if (firstChoiceShare > baseline + 1e-9) better++;
      }),
      { numRuns: NUM_RUNS },
    );
    console.log(`first-choice share above the greedy baseline in ${better} of ${NUM_RUNS} runs`);
  });

  it('gives the same result for the same seed', () => {
    fc.assert(
      fc.property(scenario, ({ preferences, themeIds, seed }) => {
        const a = proposeGroups(preferences, themeIds, { seed });
        const b = proposeGroups(structuredClone(preferences), [...themeIds], { seed });
        expect(b).toEqual(a);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
