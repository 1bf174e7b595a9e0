import type { GroupingOptions, Preference, ProposedGroup } from './types.js';
import { resolveOptions } from './types.js';

/**
 * A late arrival joins the group of their first (else second, else any) choice with room
 * (< maxSize), else the smallest group of that theme, else the smallest group. Pure: returns new
 * groups. Someone already in a group is not placed twice; with no groups at all, a new group of
 * their first (else second) choice is opened.
 */
export function placeLateArrival(
  groups: readonly ProposedGroup[],
  preference: Preference,
  options?: Partial<GroupingOptions>,
): ProposedGroup[] {
  const { maxSize } = resolveOptions(options);
  const copy = groups.map((group) => ({ ...group, members: [...group.members] }));
  if (copy.some((group) => group.members.includes(preference.participantId))) return copy;
  if (copy.length === 0) {
    const themeId = preference.first ?? preference.second ?? '';
    return [{ themeId, suffix: '', members: [preference.participantId] }];
  }
  const wished = [preference.first, preference.second].filter((id): id is string => id !== null);
  const smallest = (candidates: ProposedGroup[]) =>
    candidates.reduce<ProposedGroup | undefined>(
      (best, group) => (!best || group.members.length < best.members.length ? group : best),
      undefined,
    );
  const withRoom = copy.filter((group) => group.members.length < maxSize);
  const target =
    wished.map((id) => smallest(withRoom.filter((g) => g.themeId === id))).find(Boolean) ??
    smallest(withRoom) ??
    wished.map((id) => smallest(copy.filter((g) => g.themeId === id))).find(Boolean) ??
    smallest(copy)!;
  target.members.push(preference.participantId);
  return copy;
}
