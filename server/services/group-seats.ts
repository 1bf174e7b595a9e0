import type { MyGroup } from '../../shared/model.js';
import { DomainError } from '../domain/errors.js';
import type { PreferenceService } from './preferences.js';
import { participantFor } from './voters.js';
import type { GroupContext } from './group-views.js';
import { loadGrouping, membersOf, myGroup } from './group-views.js';
import { preferenceOf, seatLate, tablesOf } from './group-placement.js';
import { newId } from './tokens.js';

/** The phone's side of the grouping: its own table, its name there, and late arrivals. */
export interface SeatCommands {
  mine(meetingId: string, participantId: string): Promise<MyGroup | null>;
  setDisplayName(meetingId: string, participantId: string, displayName: string): Promise<MyGroup>;
  /** Seats someone who came after the grouping was confirmed; does nothing otherwise. */
  placeLate(meetingId: string, participantId: string): Promise<void>;
  /** The table whose canvas an attendee may write: only once the grouping is confirmed. */
  confirmedGroupOf(meetingId: string, participantId: string): Promise<string | null>;
  hasGroup(meetingId: string, groupId: string): Promise<boolean>;
}

export function seatCommands(ctx: GroupContext): SeatCommands {
  const { store, exclusive, changed } = ctx;
  return {
    async mine(meetingId, participantId) {
      return myGroup(await loadGrouping(store, meetingId), participantId);
    },

    setDisplayName: (meetingId, participantId, displayName) =>
      exclusive(meetingId, async () => {
        const meeting = await store.getMeeting(meetingId);
        const current = await store.getMembership(meetingId, participantId);
        if (meeting?.groupingState !== 'confirmed' || !current) {
          throw new DomainError('NO_GROUP', 'You have no table yet');
        }
        await store.setMembership(meetingId, { ...current, displayName });
        const snapshot = await loadGrouping(store, meetingId);
        // The others at the table see the name; staff see it in the Regie.
        await changed(meetingId, membersOf(snapshot, [current.subgroupId]));
        return myGroup(snapshot, participantId)!;
      }),

    placeLate: (meetingId, participantId) =>
      exclusive(meetingId, async () => {
        const snapshot = await loadGrouping(store, meetingId);
        if (snapshot.state !== 'confirmed' || !snapshot.participants.has(participantId)) return;
        if (snapshot.memberships.some((m) => m.participantId === participantId)) return;
        const preference = preferenceOf(snapshot, participantId);
        const table = seatLate(tablesOf(snapshot), preference, snapshot.meta);
        if (table) {
          await store.setMembership(meetingId, {
            participantId,
            subgroupId: table.id,
            displayName: '',
          });
          await changed(meetingId, table.members);
          return;
        }
        // Confirmed without any table (nobody was there yet): the first arrival opens one.
        const group = {
          id: newId(),
          meetingId,
          themeId: preference.first ?? preference.second ?? '',
          suffix: '',
          tableNumber: 1,
          tableName: '',
        };
        await store.replaceSubgroups(
          meetingId,
          [group],
          [{ participantId, subgroupId: group.id, displayName: '' }],
        );
        await changed(meetingId, [participantId]);
      }),

    async confirmedGroupOf(meetingId, participantId) {
      const meeting = await store.getMeeting(meetingId);
      if (meeting?.groupingState !== 'confirmed') return null;
      return (await store.getMembership(meetingId, participantId))?.subgroupId ?? null;
    },

    async hasGroup(meetingId, groupId) {
      return (await store.getSubgroup(groupId))?.meetingId === meetingId;
    },
  };
}

/**
 * A late arrival who chooses a theme after the grouping was confirmed gets a seat by that
 * choice. Wraps the preference service rather than changing it: choosing stays its concern.
 */
export function placingLateArrivals(
  preferences: PreferenceService,
  seats: Pick<SeatCommands, 'placeLate'>,
  store: GroupContext['store'],
): PreferenceService {
  return {
    ...preferences,
    async set(who, choice, onBehalfOf) {
      const stored = await preferences.set(who, choice, onBehalfOf);
      const { participantId } = await participantFor(store, who, onBehalfOf);
      await seats.placeLate(who.meetingId, participantId);
      return stored;
    },
  };
}
