/**
 * Shared set-up for the terugkombijeenkomst tests (issue 6, part B): the evening with its
 * werkgroepen, a return meeting created from it, and consoles opened with `auth.meetingId`.
 */
import { joinMeeting } from '../server.js';
import { connectSocket } from './helpers.js';
import type { ClientSocket } from './helpers.js';
import { ok } from './evening.js';
import { followUpEvening, startWorkingGroup } from './follow-up-setup.js';
import type { FollowUpEvening } from './follow-up-setup.js';
import type { ReturnMeetingSummary, WorkingGroupSummary } from '../../../shared/model.js';

export const RETURN_INPUT = {
  name: 'Terugkombijeenkomst voorjaar',
  date: '2027-03-10',
  place: 'Dorpshuis De Schakel',
};

export interface ReturnEvening extends FollowUpEvening {
  groupA: WorkingGroupSummary;
  groupB: WorkingGroupSummary;
}

/** The evening with the werkgroepen of its first two themes started. */
export async function returnEvening(): Promise<ReturnEvening> {
  const e = await followUpEvening();
  const groupA = await startWorkingGroup(e, e.themeA.id);
  const groupB = await startWorkingGroup(e, e.themeB.id);
  return { ...e, groupA, groupB };
}

/** Creates a return meeting from `socket` (the Regie, or a kopgroep member's page). */
export async function createReturnMeeting(
  socket: ClientSocket,
  input = RETURN_INPUT,
): Promise<ReturnMeetingSummary> {
  return ok(await socket.emitWithAck('returnMeeting:create', input));
}

/** A console of `meetingId`, opened with an evening's facilitator or kopgroep token. */
export function openConsole(e: FollowUpEvening, token: string, meetingId: string) {
  return connectSocket(e.server.url, token, { auth: { token, meetingId } });
}

/** A phone that joins the return meeting with its code. */
export async function returnPhone(e: FollowUpEvening, joinCode: string) {
  const joined = await joinMeeting(e.server.url, joinCode);
  return { ...joined, socket: await connectSocket(e.server.url, joined.key) };
}
