/**
 * Shared set-up for the terugkombijeenkomst tests of questions, afspraken and exports (issue 6,
 * part B): an evening with two werkgroepen and a kopgroep member, then return meetings of it with
 * their console, Beamer and phones, all over the real server.
 */
import { ORGANISER_TOKEN, joinMeeting } from '../server.js';
import type { Ack, CreatedMeeting } from '../../../shared/protocol.js';
import type { ReturnMeetingSummary, WorkingGroupSummary } from '../../../shared/model.js';
import { connectSocket, flush } from './helpers.js';
import type { ClientSocket } from './helpers.js';
import { ok } from './evening.js';
import {
  followUpEvening,
  kopgroepMember,
  openPlan,
  startWorkingGroup,
  writeParagraph,
} from './follow-up-setup.js';
import type { FollowUpEvening } from './follow-up-setup.js';

export interface ReturnEvening extends FollowUpEvening {
  groupA: WorkingGroupSummary;
  groupB: WorkingGroupSummary;
  /** A kopgroep member with their personal link, connected to the evening's kopgroep page. */
  henk: Awaited<ReturnType<typeof kopgroepMember>>;
}

/** The evening with werkgroepen for themes A and B and one kopgroep member. */
export async function returnEvening(
  options: { clock?: () => number } = {},
): Promise<ReturnEvening> {
  const e = await followUpEvening(options);
  const groupA = await startWorkingGroup(e, e.themeA.id);
  const groupB = await startWorkingGroup(e, e.themeB.id);
  return { ...e, groupA, groupB, henk: await kopgroepMember(e) };
}

export interface ReturnMeetingRoom {
  meeting: ReturnMeetingSummary;
  /** The leader's console (`/leiden/<id>#<token>`). */
  console: ClientSocket;
  /** The Beamer the leader opened with their own link (`/b/<id>#<token>`). */
  beamer: ClientSocket;
  /** The handshake of that Beamer, to open it again. */
  beamerAuth: { token: string; meetingId: string; screen: 'projector' };
  /** A Beamer link of the meeting's own, as the organiser's new links give one. */
  projectorToken: string;
}

/**
 * A return meeting created from the kopgroep page by Henk, who therefore leads it, with his
 * console and his Beamer connected.
 */
export async function returnMeeting(
  e: ReturnEvening,
  input = { name: 'Terugkombijeenkomst', date: '2027-02-10', place: 'Dorpshuis De Schakel' },
): Promise<ReturnMeetingRoom> {
  const meeting = ok(await e.henk.socket.emitWithAck('returnMeeting:create', input));
  const console = await consoleOf(e, e.henk.token, meeting.id);
  const beamer = await beamerOf(e, e.henk.token, meeting.id);
  const beamerAuth = { token: e.henk.token, meetingId: meeting.id, screen: 'projector' as const };
  const { projectorToken } = await organiserLinks(e, meeting.id);
  return { meeting, console, beamer, beamerAuth, projectorToken };
}

/** A console for `meetingId` opened with a kopgroep link or the evening's Regie token. */
export function consoleOf(e: ReturnEvening, token: string, meetingId: string) {
  return connectSocket(e.server.url, token, { auth: { token, meetingId } });
}

/** The Beamer of return meeting `meetingId`, opened with its leader's own link. */
export function beamerOf(e: ReturnEvening, token: string, meetingId: string) {
  return connectSocket(e.server.url, token, { auth: { token, meetingId, screen: 'projector' } });
}

/** New Regie and Beamer links of a meeting, from the organiser (`POST /api/meetings/:id/links`). */
export async function organiserLinks(e: { server: { url: string } }, meetingId: string) {
  const res = await fetch(`${e.server.url}/api/meetings/${meetingId}/links`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ORGANISER_TOKEN}` },
  });
  return ok((await res.json()) as Ack<CreatedMeeting>);
}

/** A phone that joins the return meeting by its code, as the attendee page does. */
export async function returnPhone(e: ReturnEvening, room: ReturnMeetingRoom) {
  const joined = await joinMeeting(e.server.url, room.meeting.joinCode);
  return { key: joined.key, socket: await connectSocket(e.server.url, joined.key) };
}

/** An agenda with a presentation by A and by B; resolves with the stored items. */
export async function presentations(e: ReturnEvening, room: ReturnMeetingRoom) {
  const agenda = ok(
    await room.console.emitWithAck('agenda:set', {
      items: [
        { kind: 'presentation', workingGroupId: e.groupA.id, minutes: 10 },
        { kind: 'presentation', workingGroupId: e.groupB.id, minutes: 10 },
      ],
    }),
  );
  const slot = (workingGroupId: string) =>
    agenda.items.find(
      (item) => item.kind === 'presentation' && item.workingGroupId === workingGroupId,
    )!;
  return { agenda, slotA: slot(e.groupA.id), slotB: slot(e.groupB.id) };
}

/** A question id as a phone makes one. */
export const questionId = (n: number) => `question-${String(n).padStart(8, '0')}`;

/** An afspraak a spreadsheet would run as a formula if the export let it. */
export const FORMULA = '=HYPERLINK("http://example.com","klik")';

/** The first return meeting, run to its end: two slots, questions, three afspraken. */
export async function firstMeeting(
  e: ReturnEvening,
): Promise<ReturnMeetingRoom & { phoneKey: string }> {
  const plan = await openPlan(e, e.volunteers.a1.token, e.groupA.id);
  writeParagraph(plan, 'goal', 'Veilig naar school over de Dorpsstraat');
  await flush(plan.provider);
  const room = await returnMeeting(e, {
    name: 'Eerste terugkombijeenkomst',
    date: '2027-02-10',
    place: 'Dorpshuis De Schakel',
  });
  const { slotA, slotB } = await presentations(e, room);
  ok(await room.console.emitWithAck('agenda:start', { itemId: slotA.id }));
  const phone = await returnPhone(e, room);
  const ask = async (n: number, text: string) =>
    ok(await phone.socket.emitWithAck('question:send', { id: questionId(n), text }));
  await ask(1, 'Sterk dat u de school meeneemt. Wie kan er helpen?');
  await ask(2, 'Nog niet behandeld');
  await ask(3, 'Afgewezen vraag');
  const moderate = async (n: number, action: 'show' | 'answered' | 'reject') =>
    ok(await room.console.emitWithAck('question:moderate', { id: questionId(n), action }));
  await moderate(1, 'show');
  await moderate(1, 'answered');
  await moderate(3, 'reject');
  ok(await room.console.emitWithAck('agenda:start', { itemId: slotB.id }));
  const save = (what: string, owner: { kind: 'person'; name: string }, due: string) =>
    room.console.emitWithAck('agreement:save', {
      what,
      owner,
      due,
      themeIds: [e.themeA.id],
      workingGroupIds: [e.groupA.id],
    });
  ok(await save('Borden plaatsen', { kind: 'person', name: 'Gerrit Zonnebloem' }, '2027-03-01'));
  ok(await save(FORMULA, { kind: 'person', name: '@Kees' }, '2027-12-31'));
  ok(
    await room.console.emitWithAck('agreement:save', {
      what: 'Subsidie aanvragen',
      owner: { kind: 'workingGroup', workingGroupId: e.groupB.id },
      due: '2027-04-15',
      themeIds: [],
      workingGroupIds: [],
    }),
  );
  ok(await room.console.emitWithAck('agenda:start', { itemId: null }));
  return { ...room, phoneKey: phone.key };
}
