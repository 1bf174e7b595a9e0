/**
 * The permission matrix of SECURITY.md, walked over the wire: the real server, a real
 * connection for every role, every event of the protocol from every one of them. Roles not
 * listed for an event get FORBIDDEN and nothing else; listed roles never do. A return meeting's
 * console that follows gets NOT_LEADER for every command that changes the meeting.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Role } from '../../shared/model.js';
import type { Ack, ClientToServerEvents } from '../../shared/protocol.js';
import { plannedConversation } from '../helpers/integration/conversation-setup.js';
import { COMMANDS, COMMAND_ROLES, changesMeeting } from '../../server/domain/permissions.js';
import { ORGANISER_TOKEN } from '../helpers/server.js';
import { cleanUp, connectSocket, refusedSocket, untyped } from '../helpers/integration/helpers.js';
import { ok } from '../helpers/integration/evening.js';
import { returnEvening, returnMeeting } from '../helpers/integration/return-room.js';
import { kopgroepMember } from '../helpers/integration/follow-up-setup.js';
import type { ReturnEvening } from '../helpers/integration/return-room.js';

afterEach(cleanUp);

/** A way to open a connection as one role, as its screen opens it. */
interface Seat {
  name: string;
  role: Role;
  token: string;
  meetingId?: string;
  /** For return-meeting consoles: whether it leads. */
  leads?: boolean;
  /** A tafelhulp names the resident it answers for; its reads ask about that person. */
  onBehalfOf?: string;
}

/** Events whose payload may name the person a tafelhulp answers for. */
const ON_BEHALF = new Set(['vote:mine', 'preference:mine']);

/** Below the guard's 60 commands per 10 s, so the limiter never answers in a role's place. */
const PER_CONNECTION = 50;

async function seatsOf(e: ReturnEvening): Promise<Seat[]> {
  const host = ok(await e.regie.emitWithAck('tablehost:create', { label: 'Tafel 5' }));
  const hostSocket = await connectSocket(e.server.url, host.token);
  const person = ok(await hostSocket.emitWithAck('assisted:add', {}));
  hostSocket.disconnect();
  const room = await returnMeeting(e);
  const ans = await kopgroepMember(e, 'Ans de Vries');
  const gesprek = await plannedConversation(e.regie);
  // The evening's Regie walks last: a staff command with an empty payload may be valid and change
  // what the others' links reach (a reissued Beamer link, say), which must not cut a seat short.
  return [
    { name: 'Beamer', role: 'projector', token: e.projectorToken },
    { name: 'phone', role: 'attendee', token: e.seats[5].key },
    { name: 'tafelhulp', role: 'tableHost', token: host.token, onBehalfOf: person.participantId },
    { name: 'kopgroep', role: 'coreGroupMember', token: e.henk.token },
    { name: 'werkgroep', role: 'workingGroupMember', token: e.volunteers.a1.token },
    { name: 'gespreksleider', role: 'conversationLeader', token: gesprek.token },
    // Henk created the return meeting, so his console leads it; the Regie's follows.
    {
      name: 'return leader',
      role: 'facilitator',
      token: e.henk.token,
      meetingId: room.meeting.id,
      leads: true,
    },
    {
      name: 'return follower (Regie)',
      role: 'facilitator',
      token: e.facilitatorToken,
      meetingId: room.meeting.id,
      leads: false,
    },
    {
      name: 'return follower (kopgroep)',
      role: 'facilitator',
      token: ans.token,
      meetingId: room.meeting.id,
      leads: false,
    },
    { name: 'Regie', role: 'facilitator', token: e.facilitatorToken },
  ];
}

/** Sends every event of the protocol as `seat` with an empty payload; answers by event. */
async function walk(e: ReturnEvening, seat: Seat): Promise<Map<string, Ack<unknown>>> {
  const answers = new Map<string, Ack<unknown>>();
  for (let start = 0; start < COMMANDS.length; start += PER_CONNECTION) {
    const socket = await connectSocket(
      e.server.url,
      seat.token,
      seat.meetingId ? { auth: { token: seat.token, meetingId: seat.meetingId } } : {},
    );
    const session = ok(await socket.emitWithAck('session:sync', {}));
    expect(session.role, seat.name).toBe(seat.role);
    if (seat.leads !== undefined) expect(session.leading, seat.name).toBe(seat.leads);
    for (const event of COMMANDS.slice(start, start + PER_CONNECTION)) {
      const payload =
        seat.onBehalfOf && ON_BEHALF.has(event) ? { onBehalfOf: seat.onBehalfOf } : {};
      answers.set(event, (await untyped(socket).emitWithAck(event, payload)) as Ack<unknown>);
    }
    socket.disconnect();
  }
  return answers;
}

describe('the permission matrix over the wire', () => {
  it('answers every role × every event as COMMAND_ROLES says: FORBIDDEN, never data', async () => {
    const e = await returnEvening();
    const seats = await seatsOf(e);
    const unexpected: string[] = [];
    for (const seat of seats) {
      const answers = await walk(e, seat);
      for (const event of COMMANDS) {
        const answer = answers.get(event)!;
        // A kopgroep member's console runs as the facilitator of its return meeting, but never
        // gets a Beamer token (it opens the Beamer with its own link): its service says no.
        const kopgroepConsole = seat.meetingId !== undefined && seat.token !== e.facilitatorToken;
        const allowed =
          (COMMAND_ROLES[event] as readonly Role[]).includes(seat.role) &&
          !(kopgroepConsole && event === 'beamer:reissue');
        const where = `${seat.name} ${event}: ${JSON.stringify(answer)}`;
        if (!allowed) {
          // Refused before any handler: the code, a message, and no data at all. A following
          // kopgroep console hears NOT_LEADER first for a Beamer link: no data either way.
          const refusedAs =
            kopgroepConsole && seat.leads === false ? ['FORBIDDEN', 'NOT_LEADER'] : ['FORBIDDEN'];
          if (answer.ok || !refusedAs.includes(answer.code) || 'data' in answer) {
            unexpected.push(where);
          }
          continue;
        }
        if (!answer.ok && answer.code === 'FORBIDDEN') unexpected.push(where);
        // Every listed event has a handler: the guard never calls it unknown.
        if (!answer.ok && answer.message.startsWith('Unknown event')) unexpected.push(where);
        const notLeader = !answer.ok && answer.code === 'NOT_LEADER';
        // The Regie may always take the lead back (services/console-access.ts); nothing else.
        const takesBack = event === 'leader:set' && seat.token === e.facilitatorToken;
        const mustFollow = seat.leads === false && changesMeeting(event) && !takesBack;
        if (seat.leads === false && mustFollow !== notLeader) unexpected.push(where);
        if (seat.leads !== false && notLeader) unexpected.push(where);
      }
    }
    expect(unexpected).toEqual([]);
  });

  it('opens no Socket.IO connection with the organiser token, nor with none', async () => {
    const e = await returnEvening();
    expect((await refusedSocket(e.server.url, ORGANISER_TOKEN)).message).toBe('UNAUTHORISED');
    expect((await refusedSocket(e.server.url, '')).message).toBe('UNAUTHORISED');
  });

  it('refuses an event outside the protocol to every role', async () => {
    const e = await returnEvening();
    for (const seat of await seatsOf(e)) {
      const socket = await connectSocket(
        e.server.url,
        seat.token,
        seat.meetingId ? { auth: { token: seat.token, meetingId: seat.meetingId } } : {},
      );
      for (const event of ['agreement:delete', 'toString', '__proto__']) {
        const answer = (await untyped(socket).emitWithAck(event, {})) as Ack<unknown>;
        expect(answer, `${seat.name} ${event}`).toMatchObject({ ok: false });
        expect('data' in answer, `${seat.name} ${event}`).toBe(false);
      }
    }
  });
});

/** Type check only: the matrix walks every event the protocol declares. */
const _everyEvent: readonly (keyof ClientToServerEvents)[] = COMMANDS;
void _everyEvent;
