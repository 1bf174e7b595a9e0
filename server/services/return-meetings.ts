import type { Meeting, MeetingView, ReturnMeetingSummary } from '../../shared/model.js';
import type { CreateMeetingPayload } from '../../shared/protocol.js';
import type { Store } from '../store/store.js';
import { mustGetMeeting } from './meeting-lookup.js';
import { DomainError } from '../domain/errors.js';
import type { Broadcaster } from './broadcast.js';
import type { ConsoleAccess } from './console-access.js';
import type { MeetingService } from './meetings.js';

/** The connection asking: the meeting it is in, and the kopgroep member behind it if any. */
export interface Asker {
  meetingId: string;
  coreGroupMemberId?: string | null;
}

export interface ReturnMeetingService {
  /**
   * A new terugkombijeenkomst of the asker's evening, with its own join code and Beamer link.
   * A kopgroep member who creates one leads it; the facilitator's starts without a leader.
   */
  create(asker: Asker, input: CreateMeetingPayload): Promise<ReturnMeetingSummary>;
  /** The return meetings of the asker's evening, by date. */
  list(asker: Asker): Promise<ReturnMeetingSummary[]>;
  /** Hands the lead to an active kopgroep member of the evening, or back to the facilitator. */
  setLeader(meetingId: string, leaderId: string | null): Promise<MeetingView>;
  /** A revoked kopgroep member leads nothing: their return meetings go back to the facilitator. */
  endLeadsOf(eveningId: string, memberId: string): Promise<void>;
}

/**
 * Terugkombijeenkomsten are ordinary meetings of kind `return` (phones join by code, the Beamer
 * by its token), tied to the evening they follow. Whoever asks from one of its return meetings
 * is asking about the same evening.
 */
export function createReturnMeetingService(deps: {
  store: Store;
  meetings: MeetingService;
  access: ConsoleAccess;
  broadcast: Broadcaster;
}): ReturnMeetingService {
  const { store, meetings, access, broadcast } = deps;

  const mustGet = (meetingId: string) => mustGetMeeting(store, meetingId);

  /** The neighbourhood evening a meeting belongs to: the one it follows, or itself. */
  async function eveningOf(meetingId: string): Promise<string> {
    return (await mustGet(meetingId)).originMeetingId ?? meetingId;
  }

  async function summarise(meeting: Meeting): Promise<ReturnMeetingSummary> {
    const [leader, agenda] = await Promise.all([
      meeting.leaderId ? store.getCoreGroupMember(meeting.leaderId) : null,
      store.getAgenda(meeting.id),
    ]);
    return {
      id: meeting.id,
      name: meeting.name,
      date: meeting.date,
      place: meeting.place,
      joinCode: meeting.joinCode,
      leaderName: leader?.name ?? null,
      itemCount: agenda?.items.length ?? 0,
    };
  }

  async function handOver(meetingId: string, leaderId: string | null): Promise<MeetingView> {
    await store.setLeader(meetingId, leaderId);
    access.leaderChanged(meetingId, leaderId);
    const view = await meetings.view(meetingId);
    broadcast.leaderChanged(meetingId, view.leaderName, leaderId);
    return view;
  }

  return {
    async create(asker, input) {
      const originMeetingId = await eveningOf(asker.meetingId);
      const leaderId = asker.coreGroupMemberId ?? null;
      const created = await meetings.create(input, { originMeetingId, leaderId });
      access.leaderChanged(created.meeting.id, leaderId);
      const meeting = await mustGet(created.meeting.id);
      return summarise(meeting);
    },

    async list(asker) {
      const returns = await store.listReturnMeetings(await eveningOf(asker.meetingId));
      return Promise.all(returns.map(summarise));
    },

    async setLeader(meetingId, leaderId) {
      const originId = await eveningOf(meetingId);
      if (leaderId !== null) {
        const member = await store.getCoreGroupMember(leaderId);
        // A revoked link, or another evening's member, cannot be handed the lead.
        if (!member || member.meetingId !== originId || member.revokedAt !== null) {
          throw new DomainError('NOT_FOUND', 'No such kopgroep member');
        }
      }
      return handOver(meetingId, leaderId);
    },

    async endLeadsOf(eveningId, memberId) {
      const led = (await store.listReturnMeetings(eveningId)).filter(
        (meeting) => meeting.leaderId === memberId,
      );
      for (const meeting of led) await handOver(meeting.id, null);
    },
  };
}
