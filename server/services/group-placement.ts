import { LIMITS } from '../../shared/limits.js';
import { placeLateArrival } from '../domain/grouping.js';
import type { GroupingResult, Preference } from '../domain/grouping.js';
import { DEFAULT_GROUPING } from '../domain/grouping/types.js';
import { DomainError } from '../domain/errors.js';
import type { GroupingMeta, StoredMembership, StoredSubgroup } from '../store/store.js';
import type { GroupingSnapshot } from './group-views.js';
import { membersByGroup } from './group-views.js';

/** A table while seats are being handed out: its stored id and who sits there. */
export interface Table {
  id: string;
  themeId: string;
  suffix: string;
  members: string[];
}

/**
 * Turns the pure proposal into stored rows. Tables are numbered 1..n in the order of the themes
 * (as the facilitator arranged them), then by suffix, so "Groen A" sits next to "Groen B"; a
 * themeless table (nobody could choose) comes last.
 */
export function storedProposal(
  meetingId: string,
  result: GroupingResult,
  themeOrder: readonly string[],
  newId: () => string,
): { groups: StoredSubgroup[]; members: StoredMembership[] } {
  if (result.groups.length > LIMITS.subgroupsPerMeeting) {
    throw new DomainError('LIMIT_REACHED', 'Too many tables; choose a larger table size');
  }
  const position = (themeId: string) => {
    const index = themeOrder.indexOf(themeId);
    return index < 0 ? themeOrder.length : index;
  };
  const ordered = [...result.groups].sort(
    (a, b) =>
      position(a.themeId) - position(b.themeId) ||
      a.suffix.length - b.suffix.length ||
      a.suffix.localeCompare(b.suffix),
  );
  const groups: StoredSubgroup[] = [];
  const members: StoredMembership[] = [];
  ordered.forEach((proposed, index) => {
    const id = newId();
    groups.push({
      id,
      meetingId,
      themeId: proposed.themeId,
      suffix: proposed.suffix,
      tableNumber: index + 1,
      tableName: '',
    });
    for (const participantId of proposed.members) {
      members.push({ participantId, subgroupId: id, displayName: '' });
    }
  });
  return { groups, members };
}

/** The tables of a snapshot with their members, for handing out seats in memory. */
export function tablesOf(snapshot: GroupingSnapshot): Table[] {
  const byGroup = membersByGroup(snapshot);
  return snapshot.groups.map((group) => ({
    id: group.id,
    themeId: group.themeId,
    suffix: group.suffix,
    members: (byGroup.get(group.id) ?? []).map((m) => m.participantId),
  }));
}

/** The latest arrival's wishes; without a stored choice they have none ("maakt niet uit"). */
export function preferenceOf(snapshot: GroupingSnapshot, participantId: string): Preference {
  const stored = snapshot.preferences.get(participantId);
  return { participantId, first: stored?.first ?? null, second: stored?.second ?? null };
}

/**
 * Seats a late arrival at a table with room, by their choice if they made one (see
 * placeLateArrival), and records it in `tables`. A table the Regie emptied on purpose is not
 * refilled one person at a time unless every table is empty. Returns null when there are no
 * tables at all; the caller then opens one.
 */
export function seatLate(
  tables: Table[],
  preference: Preference,
  meta: GroupingMeta | null,
): Table | null {
  if (tables.length === 0) return null;
  const occupied = tables.filter((table) => table.members.length > 0);
  const candidates = occupied.length > 0 ? occupied : tables;
  const { minSize, maxSize } = meta ?? DEFAULT_GROUPING;
  const placed = placeLateArrival(candidates, preference, { minSize, maxSize });
  const index = placed.findIndex((group) => group.members.includes(preference.participantId));
  const table = candidates[index];
  if (!table.members.includes(preference.participantId))
    table.members.push(preference.participantId);
  return table;
}
