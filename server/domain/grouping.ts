/**
 * Splitting the room into small groups per theme after the break (issue 5). Pure: no I/O, no
 * clock, no Math.random — every tie is broken by a PRNG seeded from the options, so the same input
 * and seed always give the same proposal. O(n·T) for n attendees and T themes.
 *
 * 1. Everyone with a (known) first choice joins that theme; the rest are "flexible".
 * 2. While a theme has fewer than minSize people and the flexible people cannot top it up, the least
 *    popular such theme is dropped: its people move to their second choice, or become flexible when
 *    that is missing or dropped too. The theme with the most first choices is never dropped (it
 *    takes people from themes with a surplus instead), so the largest fan base always keeps its table.
 * 3. Flexible people top up short themes, then fill free seats, then open tables of their own.
 * 4. Each theme is split into ceil(n / maxSize) tables as evenly as possible ("A", "B", …).
 */
import type {
  GroupingOptions,
  GroupingResult,
  Preference,
  ProposedGroup,
} from './grouping/types.js';
import { mulberry32, resolveOptions, shuffle, suffixFor } from './grouping/types.js';

export type {
  GroupingOptions,
  GroupingResult,
  Preference,
  ProposedGroup,
} from './grouping/types.js';
export { placeLateArrival } from './grouping/late-arrival.js';

interface Person {
  index: number;
  id: string;
  first: number;
  second: number;
}

export function proposeGroups(
  preferences: readonly Preference[],
  themeIds: readonly string[],
  options?: Partial<GroupingOptions>,
): GroupingResult {
  const { minSize: min, maxSize: max, seed } = resolveOptions(options);
  const random = mulberry32(seed);
  const themes = [...new Set(themeIds)];
  const themeIndex = new Map(themes.map((id, i) => [id, i]));
  if (themes.length === 0) themes.push(''); // nobody can choose: one themeless pool
  const T = themes.length;
  const rank = shuffle([...themes.keys()], random); // seeded tie-break order
  const tie = new Array<number>(T);
  rank.forEach((t, position) => (tie[t] = position));

  const people: Person[] = [];
  const seen = new Set<string>();
  for (const pref of preferences) {
    if (seen.has(pref.participantId)) continue; // everyone is placed exactly once
    seen.add(pref.participantId);
    const first = pref.first === null ? -1 : (themeIndex.get(pref.first) ?? -1);
    let second = pref.second === null ? -1 : (themeIndex.get(pref.second) ?? -1);
    if (second === first) second = -1;
    people.push({ index: people.length, id: pref.participantId, first, second });
  }
  const n = people.length;
  const firstCount = new Array<number>(T).fill(0);
  const secondCount = new Array<number>(T).fill(0);
  for (const p of people) {
    if (p.first >= 0) firstCount[p.first]++;
    if (p.second >= 0) secondCount[p.second]++;
  }
  const byPopularity = (a: number, b: number) =>
    firstCount[b] - firstCount[a] || secondCount[b] - secondCount[a] || tie[a] - tie[b];
  const favourite =
    T > 0 && firstCount.some((c) => c > 0) ? [...themes.keys()].sort(byPopularity)[0] : -1;

  const members: Person[][] = themes.map(() => []);
  const flexible: Person[] = [];
  for (const p of people) (p.first >= 0 ? members[p.first] : flexible).push(p);
  const dropped = new Array<boolean>(T).fill(false);
  const size = (t: number) => members[t].length;

  if (n === 0) return { groups: [], dropped: [], firstChoiceShare: 1 };
  if (n < min) {
    const t = favourite >= 0 ? favourite : [...themes.keys()].sort(byPopularity)[0];
    const group = { themeId: themes[t] ?? '', suffix: '', members: people.map((p) => p.id) };
    return { groups: [group], dropped: [], firstChoiceShare: share(people, () => t) };
  }

  const drop = (t: number) => {
    dropped[t] = true;
    for (const p of members[t]) {
      const target = p.first === t && p.second >= 0 && !dropped[p.second] ? p.second : -1;
      (target >= 0 ? members[target] : flexible).push(p);
    }
    members[t] = [];
  };
  // Short themes, most-needed first; `saved` are those the flexible people can top up.
  const shortThemes = () => {
    const short = [...themes.keys()]
      .filter((t) => !dropped[t] && size(t) < min && (size(t) > 0 || t === favourite))
      .sort(
        (a, b) => +(b === favourite) - +(a === favourite) || size(b) - size(a) || tie[a] - tie[b],
      );
    let spare = flexible.length;
    const saved: number[] = [];
    const unsaved: number[] = [];
    for (const t of short) {
      if (min - size(t) <= spare) {
        spare -= min - size(t);
        saved.push(t);
      } else unsaved.push(t);
    }
    return { saved, unsaved };
  };
  for (;;) {
    const { unsaved } = shortThemes();
    const victims = unsaved.filter((t) => t !== favourite);
    if (victims.length > 0) {
      victims.sort((a, b) => size(a) - size(b) || firstCount[a] - firstCount[b] || tie[a] - tie[b]);
      drop(victims[0]);
      continue;
    }
    if (unsaved.length === 0) break;
    // The favourite is short: take someone from the theme with the largest surplus, preferring a
    // person who is not there for their first choice; without a surplus anywhere, drop a theme.
    const others = [...themes.keys()].filter((t) => t !== favourite && !dropped[t] && size(t) > 0);
    const donor = others
      .filter((t) => size(t) > min)
      .sort((a, b) => size(b) - size(a) || tie[a] - tie[b])[0];
    if (donor === undefined) {
      drop(others.sort((a, b) => size(a) - size(b) || tie[a] - tie[b])[0]);
      continue;
    }
    const list = members[donor];
    let pick = list.findIndex((p) => p.first !== donor);
    if (pick < 0) pick = list.length - 1;
    members[favourite].push(list[pick]);
    list.splice(pick, 1);
  }

  // Flexible people: top up short themes, then free seats, then tables of their own.
  for (const t of shortThemes().saved) while (size(t) < min) members[t].push(flexible.pop()!);
  const active = () => [...themes.keys()].filter((t) => !dropped[t] && size(t) > 0);
  const room = (t: number) => Math.ceil(size(t) / max) * max - size(t);
  let open = active().filter((t) => room(t) > 0);
  while (flexible.length > 0 && open.length > 0) {
    const t = open.reduce((best, c) =>
      room(c) > room(best) || (room(c) === room(best) && tie[c] < tie[best]) ? c : best,
    );
    members[t].push(flexible.pop()!);
    if (room(t) === 0) open = open.filter((c) => c !== t);
  }
  if (flexible.length >= min || (flexible.length > 0 && active().length === 0)) {
    const unused = [...themes.keys()]
      .filter((t) => !dropped[t] && size(t) === 0)
      .sort(byPopularity);
    const targets = [...unused, ...active().sort((a, b) => size(a) - size(b) || tie[a] - tie[b])];
    const tables = Math.ceil(flexible.length / max);
    const base = Math.floor(flexible.length / tables);
    const extra = flexible.length % tables;
    for (let i = 0; i < tables; i++) {
      const t = targets[i % targets.length];
      for (let k = 0; k < base + (i < extra ? 1 : 0); k++) members[t].push(flexible.pop()!);
    }
  }
  while (flexible.length > 0) {
    const t = active().sort((a, b) => size(a) - size(b) || tie[a] - tie[b])[0];
    members[t].push(flexible.pop()!);
  }

  const themeOf = new Array<number>(n);
  const groups: ProposedGroup[] = [];
  members.forEach((list, t) => {
    if (list.length === 0) return;
    for (const p of list) themeOf[p.index] = t;
    const tables = Math.ceil(list.length / max);
    const base = Math.floor(list.length / tables);
    const extra = list.length % tables;
    const order = shuffle([...list], random);
    let at = 0;
    for (let i = 0; i < tables; i++) {
      const chunk = order.slice(at, (at += base + (i < extra ? 1 : 0)));
      chunk.sort((a, b) => a.index - b.index);
      const suffix = tables > 1 ? suffixFor(i) : '';
      groups.push({ themeId: themes[t], suffix, members: chunk.map((p) => p.id) });
    }
  });
  return {
    groups,
    dropped: themes.filter((_, t) => dropped[t]),
    firstChoiceShare: share(people, (p) => themeOf[p.index]),
  };
}

/** Share of people with a first choice who got it; 1 when nobody stated one. */
function share(people: readonly Person[], themeOf: (p: Person) => number): number {
  const stated = people.filter((p) => p.first >= 0);
  if (stated.length === 0) return 1;
  return stated.filter((p) => themeOf(p) === p.first).length / stated.length;
}
