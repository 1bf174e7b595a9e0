import { canvasDocName } from '../../shared/docs.js';
import { localSerialise } from './keyed-queue.js';
import type { Serialise } from './keyed-queue.js';
import type {
  GroupMember,
  GroupingState,
  GroupingView,
  MyGroup,
  Participant,
  Subgroup,
} from '../../shared/model.js';
import { isPublic } from '../domain/themes.js';
import type { AssistedPerson, AssistedTable } from '../../shared/protocol.js';
import type { Broadcaster } from './broadcast.js';
import type {
  GroupingMeta,
  Store,
  StoredMembership,
  StoredPreference,
  StoredSubgroup,
} from '../store/store.js';

/**
 * Everything about one meeting's grouping, read from the store at once, so a view is built
 * from one consistent picture instead of a query per member.
 */
export interface GroupingSnapshot {
  meetingId: string;
  state: GroupingState;
  groups: StoredSubgroup[];
  memberships: StoredMembership[];
  /** By id. */
  participants: Map<string, Participant>;
  /** By participant id; people without one chose nothing ("maakt niet uit"). */
  preferences: Map<string, StoredPreference>;
  meta: GroupingMeta | null;
  /** Titles of the published, visible themes, by id, in their order. */
  themeTitles: Map<string, string>;
}

export async function loadGrouping(store: Store, meetingId: string): Promise<GroupingSnapshot> {
  const [meeting, groups, memberships, participants, preferences, meta, themes] = await Promise.all(
    [
      store.getMeeting(meetingId),
      store.listSubgroups(meetingId),
      store.listMemberships(meetingId),
      store.listParticipants(meetingId),
      store.listPreferences(meetingId),
      store.getGroupingMeta(meetingId),
      store.listThemes(meetingId),
    ],
  );
  return {
    meetingId,
    state: meeting?.groupingState ?? 'none',
    groups,
    memberships,
    participants: new Map(participants.map((p) => [p.id, p])),
    preferences: new Map(preferences.map((p) => [p.participantId, p])),
    meta,
    themeTitles: new Map(themes.filter(isPublic).map((t) => [t.id, t.title])),
  };
}

/** Participant ids per subgroup id, in participant-number order (as the store lists them). */
export function membersByGroup(snapshot: GroupingSnapshot): Map<string, StoredMembership[]> {
  const byGroup = new Map<string, StoredMembership[]>(snapshot.groups.map((g) => [g.id, []]));
  for (const membership of snapshot.memberships)
    byGroup.get(membership.subgroupId)?.push(membership);
  return byGroup;
}

function gotFor(preference: StoredPreference | undefined, themeId: string): GroupMember['got'] {
  // "Maakt niet uit" (or no answer at all): every table is what they asked for.
  if (!preference?.first) return 'any';
  if (preference?.first && preference.first === themeId) return 'first';
  if (preference?.second && preference.second === themeId) return 'second';
  return 'other';
}

function member(
  snapshot: GroupingSnapshot,
  participantId: string,
  displayName: string,
  themeId: string,
): GroupMember {
  return {
    participantId,
    number: snapshot.participants.get(participantId)?.number ?? 0,
    displayName,
    got: gotFor(snapshot.preferences.get(participantId), themeId),
  };
}

/** The Regie's view: every table with its members, and who has no table yet. */
export function groupingView(snapshot: GroupingSnapshot): GroupingView {
  const byGroup = membersByGroup(snapshot);
  const groups: Subgroup[] = snapshot.groups.map((group) => ({
    ...group,
    members: (byGroup.get(group.id) ?? []).map((m) =>
      member(snapshot, m.participantId, m.displayName, group.themeId),
    ),
  }));
  const placed = new Set(snapshot.memberships.map((m) => m.participantId));
  const unplaced =
    snapshot.state === 'none'
      ? []
      : [...snapshot.participants.values()]
          .filter((p) => !placed.has(p.id))
          .sort((a, b) => a.number - b.number)
          .map((p) => member(snapshot, p.id, '', ''));
  return {
    state: snapshot.state,
    groups,
    dropped: snapshot.meta?.dropped ?? [],
    firstChoiceShare: firstChoiceShare(snapshot),
    unplaced,
  };
}

/** Share of placed people with a first choice who sit at a table of it, after every move. */
function firstChoiceShare(snapshot: GroupingSnapshot): number {
  const themeOf = new Map(snapshot.groups.map((g) => [g.id, g.themeId]));
  let stated = 0;
  let got = 0;
  for (const m of snapshot.memberships) {
    const first = snapshot.preferences.get(m.participantId)?.first;
    if (!first) continue;
    stated++;
    if (themeOf.get(m.subgroupId) === first) got++;
  }
  return stated === 0 ? 1 : got / stated;
}

/** What one phone learns about its table; null before confirming or without a table. */
export function myGroup(snapshot: GroupingSnapshot, participantId: string): MyGroup | null {
  if (snapshot.state !== 'confirmed') return null;
  const mine = snapshot.memberships.find((m) => m.participantId === participantId);
  const group = mine && snapshot.groups.find((g) => g.id === mine.subgroupId);
  if (!mine || !group) return null;
  const others = (membersByGroup(snapshot).get(group.id) ?? []).filter(
    (m) => m.participantId !== participantId,
  );
  return {
    groupId: group.id,
    themeId: group.themeId,
    themeTitle: snapshot.themeTitles.get(group.themeId) ?? '',
    suffix: group.suffix,
    tableNumber: group.tableNumber,
    tableName: group.tableName,
    canvasDoc: canvasDocName(snapshot.meetingId, group.id),
    members: others.map((m) => ({
      number: snapshot.participants.get(m.participantId)?.number ?? 0,
      displayName: m.displayName,
    })),
    myDisplayName: mine.displayName,
  };
}

/** Where one person sits, as a tafelhulp reads it out; null before confirming or without a table. */
function assistedTable(snapshot: GroupingSnapshot, participantId: string): AssistedTable | null {
  const group = myGroup(snapshot, participantId);
  if (!group) return null;
  const { tableNumber, tableName, themeTitle, suffix } = group;
  return { tableNumber, tableName, themeTitle, suffix };
}

/** The residents one tafelhulp entered, in number order, each with their table. */
export function assistedPeople(snapshot: GroupingSnapshot, tableHostId: string): AssistedPerson[] {
  return [...snapshot.participants.values()]
    .filter((p) => p.hostId === tableHostId)
    .sort((a, b) => a.number - b.number)
    .map((p) => ({
      participantId: p.id,
      number: p.number,
      table: assistedTable(snapshot, p.id),
    }));
}

/** What both halves of the group service share: the store, telling screens, one change at a time. */
export interface GroupContext {
  store: Store;
  broadcast: Broadcaster;
  /** Closes canvas connections of one attendee, or of every attendee (null), in a meeting. */
  closeCanvas: (meetingId: string, participantId: string | null) => void;
  /** Runs changes to one meeting one at a time, so two never both take a table's last seat. */
  exclusive<T>(meetingId: string, fn: () => Promise<T>): Promise<T>;
  /** Tells staff the new view and, once confirmed, each affected phone its table. */
  changed(meetingId: string, affected?: Iterable<string>): Promise<GroupingView>;
}

export function groupContext(
  deps: Omit<GroupContext, 'exclusive' | 'changed'> & { serialise?: Serialise },
): GroupContext {
  const { store, broadcast } = deps;
  // Over every node when there are several: a late arrival on one node and a move on another.
  const oneAtATime = (deps.serialise ?? localSerialise)('groups');
  return {
    ...deps,
    exclusive: (meetingId, fn) => oneAtATime(meetingId, fn),
    async changed(meetingId, affected = []) {
      const snapshot = await loadGrouping(store, meetingId);
      const view = groupingView(snapshot);
      broadcast.groupsChanged(meetingId, view);
      // Residents without a phone hear their table from their tafelhulp: tell every tafelhulp
      // after any change (a handful per evening), so a move or a new table name reaches them too.
      const hosts = new Set<string>();
      for (const p of snapshot.participants.values()) if (p.hostId) hosts.add(p.hostId);
      for (const hostId of hosts)
        broadcast.assistedSeated(hostId, assistedPeople(snapshot, hostId));
      if (snapshot.state !== 'confirmed') return view;
      for (const participantId of new Set(affected)) {
        // People a table host entered have no phone to tell.
        if (snapshot.participants.get(participantId)?.hostId !== null) continue;
        broadcast.groupAssigned(participantId, myGroup(snapshot, participantId));
      }
      return view;
    },
  };
}

/** Participant ids of the members of these groups. */
export function membersOf(snapshot: GroupingSnapshot, groupIds: readonly string[]): string[] {
  return snapshot.memberships
    .filter((m) => groupIds.includes(m.subgroupId))
    .map((m) => m.participantId);
}
