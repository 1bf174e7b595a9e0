import type { GroupingView } from '../../shared/model.js';
import type { Serialise } from './keyed-queue.js';
import { proposeGroups } from '../domain/grouping.js';
import { DEFAULT_GROUPING } from '../domain/grouping/types.js';
import { DomainError } from '../domain/errors.js';
import type { Store, StoredSubgroup } from '../store/store.js';
import { mustGetMeeting } from './meeting-lookup.js';
import type { Broadcaster } from './broadcast.js';
import { groupContext, groupingView, loadGrouping, membersOf } from './group-views.js';
import { preferenceOf, seatLate, storedProposal, tablesOf } from './group-placement.js';
import { seatCommands } from './group-seats.js';
import type { SeatCommands } from './group-seats.js';
import { newId } from './tokens.js';

export interface ProposeOptions {
  minSize?: number;
  maxSize?: number;
  seed?: number;
  /** Needed to propose again once confirmed: phones lose their table until the next confirm. */
  reopen?: boolean;
}

export interface GroupService extends SeatCommands {
  propose(meetingId: string, options: ProposeOptions): Promise<GroupingView>;
  view(meetingId: string): Promise<GroupingView>;
  move(meetingId: string, participantId: string, groupId: string): Promise<GroupingView>;
  rename(
    meetingId: string,
    groupId: string,
    change: { tableNumber?: number; tableName?: string },
  ): Promise<GroupingView>;
  merge(meetingId: string, groupId: string, intoGroupId: string): Promise<GroupingView>;
  confirm(meetingId: string): Promise<GroupingView>;
}

/**
 * The subgroups after the break: the Regie proposes from the preferences, adjusts and confirms;
 * each phone then learns its table. Changes to one meeting run one at a time, so a move and a
 * late arrival never both take the last seat at a table.
 */
export function createGroupService(deps: {
  store: Store;
  broadcast: Broadcaster;
  /** Closes canvas connections of one attendee, or of every attendee (null), in a meeting. */
  closeCanvas: (meetingId: string, participantId: string | null) => void;
  /** Runs changes to one meeting one at a time; across nodes when there are several. */
  serialise?: Serialise;
}): GroupService {
  const ctx = groupContext(deps);
  const { store, broadcast, closeCanvas, exclusive, changed } = ctx;

  async function groupIn(meetingId: string, groupId: string): Promise<StoredSubgroup> {
    const group = await store.getSubgroup(groupId);
    if (!group || group.meetingId !== meetingId) {
      throw new DomainError('NOT_FOUND', 'No such group');
    }
    return group;
  }

  async function mustHaveGrouping(meetingId: string): Promise<void> {
    const meeting = await mustGetMeeting(store, meetingId);
    if (meeting.groupingState === 'none') {
      throw new DomainError('GROUPING_STATE', 'There is no grouping yet');
    }
  }

  return {
    ...seatCommands(ctx),

    propose: (meetingId, options) =>
      exclusive(meetingId, async () => {
        const before = await loadGrouping(store, meetingId);
        if (before.state === 'confirmed' && !options.reopen) {
          throw new DomainError('GROUPING_STATE', 'The groups are confirmed; reopen to propose');
        }
        const minSize = options.minSize ?? DEFAULT_GROUPING.minSize;
        const maxSize = options.maxSize ?? DEFAULT_GROUPING.maxSize;
        if (maxSize < minSize) {
          throw new DomainError('INVALID_PAYLOAD', 'maxSize must be at least minSize');
        }
        const themeOrder = [...before.themeTitles.keys()];
        const everyone = [...before.participants.keys()].map((id) => preferenceOf(before, id));
        const result = proposeGroups(everyone, themeOrder, {
          minSize,
          maxSize,
          seed: options.seed ?? DEFAULT_GROUPING.seed,
        });
        const { groups, members } = storedProposal(meetingId, result, themeOrder, newId);
        await store.setGroupingMeta(meetingId, { dropped: result.dropped, minSize, maxSize });
        await store.replaceSubgroups(meetingId, groups, members);
        await store.setGroupingState(meetingId, 'proposed');
        if (before.state === 'confirmed') {
          // Reopened: nobody has a table (or a canvas) until the next confirm.
          closeCanvas(meetingId, null);
          for (const m of before.memberships) broadcast.groupAssigned(m.participantId, null);
        }
        return changed(meetingId);
      }),

    async view(meetingId) {
      return groupingView(await loadGrouping(store, meetingId));
    },

    move: (meetingId, participantId, groupId) =>
      exclusive(meetingId, async () => {
        await mustHaveGrouping(meetingId);
        const person = await store.getParticipant(participantId);
        if (!person || person.meetingId !== meetingId) {
          throw new DomainError('NOT_FOUND', 'No such participant');
        }
        await groupIn(meetingId, groupId);
        const current = await store.getMembership(meetingId, participantId);
        if (current?.subgroupId === groupId) return changed(meetingId);
        const before = await loadGrouping(store, meetingId);
        const oldMates = current ? membersOf(before, [current.subgroupId]) : [];
        await store.setMembership(meetingId, {
          participantId,
          subgroupId: groupId,
          displayName: current?.displayName ?? '',
        });
        // The old table's canvas is no longer theirs; its open connection must not stay writable.
        if (current && before.state === 'confirmed') closeCanvas(meetingId, participantId);
        const newMates = membersOf(before, [groupId]);
        return changed(meetingId, [participantId, ...oldMates, ...newMates]);
      }),

    rename: (meetingId, groupId, change) =>
      exclusive(meetingId, async () => {
        const group = await groupIn(meetingId, groupId);
        await store.updateSubgroup({
          ...group,
          tableNumber: change.tableNumber ?? group.tableNumber,
          tableName: change.tableName ?? group.tableName,
        });
        return changed(meetingId, membersOf(await loadGrouping(store, meetingId), [groupId]));
      }),

    merge: (meetingId, groupId, intoGroupId) =>
      exclusive(meetingId, async () => {
        if (groupId === intoGroupId) {
          throw new DomainError('INVALID_PAYLOAD', 'A group cannot be merged into itself');
        }
        await groupIn(meetingId, groupId);
        await groupIn(meetingId, intoGroupId);
        const before = await loadGrouping(store, meetingId);
        const moving = before.memberships.filter((m) => m.subgroupId === groupId);
        for (const m of moving) {
          await store.setMembership(meetingId, { ...m, subgroupId: intoGroupId });
          if (before.state === 'confirmed') closeCanvas(meetingId, m.participantId);
        }
        await store.deleteSubgroup(groupId);
        return changed(meetingId, membersOf(before, [groupId, intoGroupId]));
      }),

    confirm: (meetingId) =>
      exclusive(meetingId, async () => {
        await mustHaveGrouping(meetingId);
        const snapshot = await loadGrouping(store, meetingId);
        // People who joined after the proposal get a seat now, the way a late arrival would.
        const tables = tablesOf(snapshot);
        const placed = new Set(snapshot.memberships.map((m) => m.participantId));
        for (const participantId of snapshot.participants.keys()) {
          if (placed.has(participantId)) continue;
          const table = seatLate(tables, preferenceOf(snapshot, participantId), snapshot.meta);
          if (table) {
            await store.setMembership(meetingId, {
              participantId,
              subgroupId: table.id,
              displayName: '',
            });
          }
        }
        await store.setGroupingState(meetingId, 'confirmed');
        const after = await loadGrouping(store, meetingId);
        return changed(
          meetingId,
          after.memberships.map((m) => m.participantId),
        );
      }),
  };
}
