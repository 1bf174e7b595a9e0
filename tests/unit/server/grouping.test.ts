import { describe, expect, it } from 'vitest';
import { placeLateArrival, proposeGroups } from '../../../server/domain/grouping.js';
import type { Preference, ProposedGroup } from '../../../server/domain/grouping.js';

const THEMES = ['groen', 'verkeer', 'jongeren', 'veiligheid', 'ouderen'];

let counter = 0;
function people(count: number, first: string | null, second: string | null = null): Preference[] {
  return Array.from({ length: count }, () => ({
    participantId: `p${++counter}`,
    first,
    second,
  }));
}

const sizes = (groups: ProposedGroup[]) => groups.map((g) => g.members.length);
const allMembers = (groups: ProposedGroup[]) => groups.flatMap((g) => g.members);
const groupOf = (groups: ProposedGroup[], id: string) =>
  groups.find((g) => g.members.includes(id))!;

describe('proposeGroups', () => {
  it('splits a popular theme into evenly sized tables A..E', () => {
    const prefs = people(31, 'verkeer', 'groen');
    const { groups, dropped, firstChoiceShare } = proposeGroups(prefs, THEMES);
    expect(groups.map((g) => `${g.themeId} ${g.suffix}`)).toEqual([
      'verkeer A',
      'verkeer B',
      'verkeer C',
      'verkeer D',
      'verkeer E',
    ]);
    expect(sizes(groups).sort()).toEqual([6, 6, 6, 6, 7]);
    expect(dropped).toEqual([]);
    expect(firstChoiceShare).toBe(1);
  });

  it('gives a theme with one table no suffix', () => {
    const { groups } = proposeGroups([...people(6, 'groen'), ...people(5, 'verkeer')], THEMES);
    expect(groups.map((g) => [g.themeId, g.suffix, g.members.length])).toEqual([
      ['groen', '', 6],
      ['verkeer', '', 5],
    ]);
  });

  it('moves the people of a theme with too few fans to their second choices', () => {
    const jongeren = [...people(1, 'jongeren', 'groen'), ...people(2, 'jongeren', 'verkeer')];
    const prefs = [...people(8, 'groen'), ...people(6, 'verkeer'), ...jongeren];
    const { groups, dropped, firstChoiceShare } = proposeGroups(prefs, THEMES);
    expect(dropped).toEqual(['jongeren']);
    expect(groups.some((g) => g.themeId === 'jongeren')).toBe(false);
    expect(groupOf(groups, jongeren[0].participantId).themeId).toBe('groen');
    expect(groupOf(groups, jongeren[1].participantId).themeId).toBe('verkeer');
    expect(groupOf(groups, jongeren[2].participantId).themeId).toBe('verkeer');
    expect(firstChoiceShare).toBeCloseTo(14 / 17);
    for (const size of sizes(groups)) expect(size).toBeGreaterThanOrEqual(4);
  });

  it('tops up a short theme with "maakt niet uit" people instead of dropping it', () => {
    const prefs = [...people(8, 'groen'), ...people(3, 'jongeren', 'groen'), ...people(2, null)];
    const { groups, dropped, firstChoiceShare } = proposeGroups(prefs, THEMES);
    expect(dropped).toEqual([]);
    expect(groups.find((g) => g.themeId === 'jongeren')!.members).toHaveLength(4);
    expect(firstChoiceShare).toBe(1);
  });

  it('spreads a room of "maakt niet uit" people over tables of allowed size', () => {
    const prefs = people(20, null);
    const { groups, dropped, firstChoiceShare } = proposeGroups(prefs, THEMES);
    expect(dropped).toEqual([]);
    expect(firstChoiceShare).toBe(1);
    expect(allMembers(groups).sort()).toEqual(prefs.map((p) => p.participantId).sort());
    expect(groups.length).toBe(3);
    for (const size of sizes(groups)) expect(size).toBeGreaterThanOrEqual(4);
    for (const size of sizes(groups)) expect(size).toBeLessThanOrEqual(7);
    // Three tables on three different themes.
    expect(new Set(groups.map((g) => g.themeId)).size).toBe(3);
  });

  it('puts fewer than minSize people in one group, at the most wanted theme', () => {
    const prefs = [...people(1, 'groen'), ...people(2, 'ouderen')];
    const { groups } = proposeGroups(prefs, THEMES);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ themeId: 'ouderen', suffix: '' });
    expect(groups[0].members).toHaveLength(3);
  });

  it('returns no groups for nobody', () => {
    expect(proposeGroups([], THEMES)).toEqual({ groups: [], dropped: [], firstChoiceShare: 1 });
  });

  it('treats unknown themes as "maakt niet uit" and places a repeated id once', () => {
    const prefs = [...people(5, 'groen'), ...people(1, 'onbekend', 'ook-onbekend')];
    const twice = [...prefs, prefs[0]];
    const { groups } = proposeGroups(twice, THEMES);
    expect(allMembers(groups).sort()).toEqual(prefs.map((p) => p.participantId).sort());
  });

  it('honours custom sizes and rejects impossible ones', () => {
    const { groups } = proposeGroups(people(12, 'groen'), THEMES, { minSize: 2, maxSize: 3 });
    expect(sizes(groups)).toEqual([3, 3, 3, 3]);
    expect(() => proposeGroups([], THEMES, { minSize: 5, maxSize: 4 })).toThrow(RangeError);
    expect(() => proposeGroups([], THEMES, { minSize: 0 })).toThrow(RangeError);
  });

  it('is deterministic for a seed', () => {
    const prefs = [
      ...people(23, 'groen', 'verkeer'),
      ...people(9, 'verkeer', null),
      ...people(3, 'ouderen', 'jongeren'),
      ...people(7, null, null),
    ];
    const a = proposeGroups(prefs, THEMES, { seed: 42 });
    expect(proposeGroups(prefs, THEMES, { seed: 42 })).toEqual(a);
    const others = [1, 2, 3, 4, 5].map((seed) => proposeGroups(prefs, THEMES, { seed }));
    expect(others.some((r) => JSON.stringify(r) !== JSON.stringify(a))).toBe(true);
  });

  it('groups 500 attendees over 12 themes quickly', () => {
    const themes = Array.from({ length: 12 }, (_, i) => `t${i}`);
    const prefs = Array.from({ length: 500 }, (_, i) => ({
      participantId: `a${i}`,
      first: i % 10 === 0 ? null : themes[(i * 7) % 12 === 0 ? 11 : (i * i) % 12],
      second: themes[(i * 5) % 12],
    }));
    proposeGroups(prefs, themes); // warm-up
    const start = performance.now();
    const result = proposeGroups(prefs, themes, { seed: 7 });
    const ms = performance.now() - start;
    console.log(`grouping 500 attendees over 12 themes: ${ms.toFixed(2)} ms`);
    expect(allMembers(result.groups)).toHaveLength(500);
  });
});

describe('placeLateArrival', () => {
  const groups: ProposedGroup[] = [
    { themeId: 'groen', suffix: 'A', members: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] },
    { themeId: 'groen', suffix: 'B', members: ['h', 'i', 'j', 'k', 'l', 'm', 'n'] },
    { themeId: 'verkeer', suffix: '', members: ['o', 'p', 'q', 'r', 's'] },
    { themeId: 'ouderen', suffix: '', members: ['t', 'u', 'v', 'w'] },
  ];
  const late = (first: string | null, second: string | null = null) => ({
    participantId: 'late',
    first,
    second,
  });

  it('joins the first choice when it has room', () => {
    expect(groupOf(placeLateArrival(groups, late('verkeer')), 'late').themeId).toBe('verkeer');
  });

  it('joins the second choice when the first is full', () => {
    const result = placeLateArrival(groups, late('groen', 'ouderen'));
    expect(groupOf(result, 'late').themeId).toBe('ouderen');
  });

  it('joins the smallest group with room when both choices are full or absent', () => {
    expect(groupOf(placeLateArrival(groups, late('groen')), 'late').themeId).toBe('ouderen');
    expect(groupOf(placeLateArrival(groups, late(null)), 'late').themeId).toBe('ouderen');
  });

  it('joins the smallest group of the theme when every group is full', () => {
    const seven = (prefix: string) => Array.from({ length: 7 }, (_, i) => `${prefix}${i}`);
    const full: ProposedGroup[] = [
      { themeId: 'groen', suffix: 'A', members: [...seven('ga'), 'extra'] },
      { themeId: 'groen', suffix: 'B', members: seven('gb') },
      { themeId: 'verkeer', suffix: '', members: seven('v') },
    ];
    const result = placeLateArrival(full, late('groen'));
    expect(groupOf(result, 'late')).toMatchObject({ themeId: 'groen', suffix: 'B' });
    // No group of the theme at all: the smallest group overall (the first of equals).
    expect(groupOf(placeLateArrival(full, late('jongeren')), 'late')).toMatchObject({
      themeId: 'groen',
      suffix: 'B',
    });
  });

  it('is pure, places nobody twice and opens a group when there is none', () => {
    const before = JSON.stringify(groups);
    const result = placeLateArrival(groups, late('verkeer'));
    expect(JSON.stringify(groups)).toBe(before);
    expect(placeLateArrival(result, late('groen'))).toEqual(result);
    expect(placeLateArrival([], late(null, 'groen'))).toEqual([
      { themeId: 'groen', suffix: '', members: ['late'] },
    ]);
  });
});
