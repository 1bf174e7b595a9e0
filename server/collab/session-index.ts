import type { Role } from '../../shared/model.js';
import type { Principal } from '../domain/principal.js';

interface Entry<T> {
  meetingId: string;
  role: Role;
  /** For attendees, so one phone's sessions can be closed when its table changes. */
  participantId: string | null;
  /** For the follow-up roles: the kopgroep member, sign-up or conversation whose link it is. */
  personId: string | null;
  handle: T;
}

/**
 * Open connections by meeting and role, so a replaced or revoked link can be cut off at once
 * instead of staying usable until the connection happens to drop.
 */
export class SessionIndex<T> {
  private readonly byMeeting = new Map<string, Set<Entry<T>>>();

  add(principal: Principal, handle: T): Entry<T> {
    const entry = {
      meetingId: principal.meetingId,
      role: principal.role,
      participantId: principal.participantId,
      personId:
        principal.coreGroupMemberId ?? principal.signupId ?? principal.conversationId ?? null,
      handle,
    };
    let entries = this.byMeeting.get(entry.meetingId);
    if (!entries) {
      entries = new Set();
      this.byMeeting.set(entry.meetingId, entries);
    }
    entries.add(entry);
    return entry;
  }

  remove(entry: Entry<T>): void {
    const entries = this.byMeeting.get(entry.meetingId);
    entries?.delete(entry);
    if (entries?.size === 0) this.byMeeting.delete(entry.meetingId);
  }

  find(meetingId: string, roles: readonly Role[]): T[] {
    return [...(this.byMeeting.get(meetingId) ?? [])]
      .filter((entry) => roles.includes(entry.role))
      .map((entry) => entry.handle);
  }

  /** The open connections of one participant of a meeting. */
  findParticipant(meetingId: string, participantId: string): T[] {
    return [...(this.byMeeting.get(meetingId) ?? [])]
      .filter((entry) => entry.participantId === participantId)
      .map((entry) => entry.handle);
  }

  /** The open connections of one kopgroep member or sign-up, by their id. */
  findPerson(meetingId: string, personId: string): T[] {
    return [...(this.byMeeting.get(meetingId) ?? [])]
      .filter((entry) => entry.personId === personId)
      .map((entry) => entry.handle);
  }

  /** Every open connection of these roles, in any meeting, with whose link it is. */
  people(roles: readonly Role[]): { meetingId: string; personId: string }[] {
    return [...this.byMeeting.values()].flatMap((entries) =>
      [...entries].flatMap(({ meetingId, role, personId }) =>
        personId && roles.includes(role) ? [{ meetingId, personId }] : [],
      ),
    );
  }
}
