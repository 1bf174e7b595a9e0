import { randomBytes } from 'node:crypto';
import type { CreateMeetingPayload, CreatedMeeting, JoinResult } from '../../shared/protocol.js';
import { generateJoinCode } from '../../shared/join-code.js';
import type { Meeting, MeetingView, Participant, Phase, Role, Timer } from '../../shared/model.js';
import type { TimerControlPayload } from '../../shared/protocol.js';
import type { Store } from '../store/store.js';
import { mustGetMeeting } from './meeting-lookup.js';
import { DomainError } from '../domain/errors.js';
import { controlTimer } from '../domain/timer.js';
import { acceptsNewAttendees } from '../domain/phases.js';
import { hashToken, newId, newToken } from './tokens.js';
import type { Broadcaster } from './broadcast.js';
import { resolveFollowUpToken } from './follow-up-principal.js';
import type { Principal } from '../domain/principal.js';

/** What makes a meeting a terugkombijeenkomst; absent for a neighbourhood evening. */
export interface ReturnMeetingOrigin {
  originMeetingId: string;
  /** The kopgroep member who leads it; null while the facilitator does. */
  leaderId: string | null;
}

/** A phone let into a meeting, with what its first screen shows of it (the join's answer). */
export interface Joined {
  participant: Participant;
  key: string;
  meeting: JoinResult['meeting'];
}

const firstScreenOf = ({ name, kind, phase }: Meeting): JoinResult['meeting'] => ({
  name,
  kind,
  phase,
});

export interface MeetingService {
  create(input: CreateMeetingPayload, returnOf?: ReturnMeetingOrigin): Promise<CreatedMeeting>;
  list(): Promise<MeetingView[]>;
  /** Issues new facilitator and projector links; the old ones stop working. */
  reissueLinks(meetingId: string): Promise<CreatedMeeting>;
  join(code: string, key: string | undefined): Promise<Joined>;
  /** The participant `key` belongs to, if it belongs to the meeting with `code`; else null. */
  rejoin(code: string, key: string): Promise<Omit<Joined, 'key'> | null>;
  resolveToken(token: string): Promise<Principal | null>;
  view(meetingId: string): Promise<MeetingView>;
  /**
   * A new Beamer link for the Regie to show (the token is kept only as its hash, so the old one
   * cannot be shown again): the old link stops working and screens open with it close.
   */
  reissueProjector(meetingId: string): Promise<{ projectorToken: string }>;
  /** Kind and phase only: what a phase rule asks for every ruled command (one lookup). */
  state(meetingId: string): Promise<Pick<Meeting, 'kind' | 'phase'>>;
  setPhase(meetingId: string, phase: Phase): Promise<MeetingView>;
  controlTimer(meetingId: string, command: TimerControlPayload): Promise<Timer>;
}

export function createMeetingService(deps: {
  store: Store;
  clock: () => number;
  broadcast: Broadcaster;
  /**
   * Cuts off the open connections of these roles made with the meeting's own links, once those
   * links no longer work (screens opened with someone's personal link stay: their link still works).
   */
  revokeSessions: (meetingId: string, roles: readonly Role[]) => void;
}): MeetingService {
  const { store, clock, broadcast, revokeSessions } = deps;

  const mustGet = (meetingId: string) => mustGetMeeting(store, meetingId);

  async function toView(meeting: Meeting): Promise<MeetingView> {
    return {
      id: meeting.id,
      name: meeting.name,
      date: meeting.date,
      place: meeting.place,
      joinCode: meeting.joinCode,
      phase: meeting.phase,
      timer: meeting.timer,
      focusThemeId: meeting.focusThemeId,
      message: meeting.message,
      groupingState: meeting.groupingState,
      kind: meeting.kind,
      originMeetingId: meeting.originMeetingId,
      leaderName: meeting.leaderId
        ? ((await store.getCoreGroupMember(meeting.leaderId))?.name ?? null)
        : null,
      attendeeCount: await store.countParticipants(meeting.id),
      joiningClosed: meeting.joiningClosed === true,
    };
  }

  async function uniqueJoinCode(): Promise<string> {
    // 27^6 ≈ 387 million codes; a collision is rare, a handful of tries always suffices.
    for (let attempt = 0; attempt < 20; attempt++) {
      const code = generateJoinCode((n) => randomBytes(n));
      if (!(await store.findMeetingByJoinCode(code))) return code;
    }
    throw new DomainError('INTERNAL', 'Could not find a free join code');
  }

  return {
    async create(input, returnOf) {
      const facilitatorToken = newToken();
      const projectorToken = newToken();
      const meeting: Meeting = {
        id: newId(),
        name: input.name,
        date: input.date,
        place: input.place,
        joinCode: await uniqueJoinCode(),
        phase: 'lobby',
        timer: { state: 'idle' },
        focusThemeId: null,
        message: null,
        groupingState: 'none',
        kind: returnOf ? 'return' : 'neighbourhood',
        originMeetingId: returnOf?.originMeetingId ?? null,
        leaderId: returnOf?.leaderId ?? null,
        facilitatorTokenHash: hashToken(facilitatorToken),
        projectorTokenHash: hashToken(projectorToken),
        createdAt: clock(),
      };
      await store.insertMeeting(meeting);
      return { meeting: await toView(meeting), facilitatorToken, projectorToken };
    },

    async list() {
      // The organiser lists evenings; their return meetings are reached from the evening.
      const evenings = (await store.listMeetings()).filter((m) => m.kind === 'neighbourhood');
      return Promise.all(evenings.map(toView));
    },

    async reissueLinks(meetingId) {
      const meeting = await mustGet(meetingId);
      const facilitatorToken = newToken();
      const projectorToken = newToken();
      await store.setTokens(meetingId, hashToken(facilitatorToken), hashToken(projectorToken));
      revokeSessions(meetingId, ['facilitator', 'projector']);
      return { meeting: await toView(meeting), facilitatorToken, projectorToken };
    },

    async join(code, key) {
      const meeting = await store.findMeetingByJoinCode(code);
      if (!meeting) throw new DomainError('UNKNOWN_JOIN_CODE', 'No meeting with this code');
      if (key) {
        const known = await store.findParticipantByKeyHash(hashToken(key));
        if (known && known.meetingId === meeting.id) {
          return { participant: known, key, meeting: firstScreenOf(meeting) };
        }
      }
      if (!acceptsNewAttendees(meeting.phase)) {
        throw new DomainError('FORBIDDEN', 'This meeting is closed');
      }
      if (meeting.joiningClosed) {
        throw new DomainError('JOINING_CLOSED', 'The facilitator closed joining for now');
      }
      const newKey = newToken();
      const participant = await store.insertParticipant({
        id: newId(),
        meetingId: meeting.id,
        keyHash: hashToken(newKey),
        joinedAt: clock(),
        hostId: null,
      });
      broadcast.attendeesCounted(meeting.id, await store.countParticipants(meeting.id));
      return { participant, key: newKey, meeting: firstScreenOf(meeting) };
    },

    async rejoin(code, key) {
      const participant = await store.findParticipantByKeyHash(hashToken(key));
      if (!participant) return null;
      const meeting = await store.getMeeting(participant.meetingId);
      return meeting?.joinCode === code ? { participant, meeting: firstScreenOf(meeting) } : null;
    },

    async resolveToken(token) {
      const hash = hashToken(token);
      const staff = await store.findMeetingByTokenHash(hash);
      if (staff) {
        return {
          role: staff.role,
          meetingId: staff.meeting.id,
          participantId: null,
          participantNumber: null,
          tableHostId: null,
        };
      }
      const host = await store.findTableHostByTokenHash(hash);
      if (host) {
        return {
          role: 'tableHost',
          meetingId: host.meetingId,
          participantId: null,
          participantNumber: null,
          tableHostId: host.id,
        };
      }
      const participant = await store.findParticipantByKeyHash(hash);
      if (!participant) return resolveFollowUpToken(store, hash);
      return {
        role: 'attendee',
        meetingId: participant.meetingId,
        participantId: participant.id,
        participantNumber: participant.number,
        tableHostId: null,
      };
    },

    async view(meetingId) {
      return toView(await mustGet(meetingId));
    },

    async reissueProjector(meetingId) {
      await mustGet(meetingId);
      const projectorToken = newToken();
      await store.setProjectorTokenHash(meetingId, hashToken(projectorToken));
      revokeSessions(meetingId, ['projector']);
      return { projectorToken };
    },

    async state(meetingId) {
      const { kind, phase } = await mustGet(meetingId);
      return { kind, phase };
    },

    async setPhase(meetingId, phase) {
      const meeting = await mustGet(meetingId);
      if (meeting.phase === phase) return toView(meeting);
      // A timer belongs to the phase it was started in: the break's "0:00 De tijd is om" must not
      // greet the hall in the next phase, nor the group-work clock tick on during the results.
      // Stopping it here, on the server, makes every screen (and every reconnecting one) follow.
      const timer: Timer = { state: 'idle' };
      if (meeting.timer.state !== 'idle') {
        await store.setTimer(meetingId, timer);
        broadcast.timerChanged(meetingId, timer);
      }
      // Entering a phase starts from its overview ("Wat we vanavond hebben gedaan" in the
      // results), not on the theme last shown in another phase; the Regie picks a theme from there.
      if (meeting.focusThemeId !== null) {
        await store.setFocus(meetingId, null);
        broadcast.focusChanged(meetingId, null);
      }
      await store.setPhase(meetingId, phase);
      broadcast.phaseChanged(meetingId, phase);
      return toView({ ...meeting, phase, timer, focusThemeId: null });
    },

    async controlTimer(meetingId, command) {
      const meeting = await mustGet(meetingId);
      const timer = controlTimer(meeting.timer, command, clock());
      await store.setTimer(meetingId, timer);
      broadcast.timerChanged(meetingId, timer);
      return timer;
    },
  };
}
