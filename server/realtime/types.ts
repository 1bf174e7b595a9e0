import type { Server, Socket } from 'socket.io';
import type {
  ClientToServerEvents,
  InterServerEvents,
  ServerToClientEvents,
} from '../../shared/protocol.js';
import type { Principal } from '../domain/principal.js';

export type IoServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
  Principal
>;
export type IoSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
  Principal
>;

/** Socket.IO rooms per meeting; every screen of a meeting is in `meetingRoom`. */
export const meetingRoom = (meetingId: string) => `meeting:${meetingId}`;
/** Facilitators of a meeting: they see flags, tallies before reveal and the moderation queue. */
export const staffRoom = (meetingId: string) => `staff:${meetingId}`;
/** One participant's own connections (a phone may have reconnected, or be open twice). */
/** One tafelhulp's tablets: the only screens that learn where its residents sit. */
export const tableHostRoom = (tableHostId: string) => `tableHost:${tableHostId}`;
export const participantRoom = (participantId: string) => `participant:${participantId}`;
/** The hall's screens (projectors) of a meeting: they show the tables so people find their seat. */
export const screenRoom = (meetingId: string) => `screen:${meetingId}`;
/** The kopgroep members of a meeting: they follow the werkgroepen, not the evening. */
export const coreGroupRoom = (meetingId: string) => `coreGroup:${meetingId}`;
/** The members of one werkgroep, opened by their sign-up's personal link. */
export const workingGroupRoom = (workingGroupId: string) => `workingGroup:${workingGroupId}`;
/** The connections made with one personal link (kopgroep member or sign-up), to close them. */
export const personRoom = (personId: string) => `person:${personId}`;
/** Consoles opened with an evening's facilitator link for another meeting, to close them too. */
export const consoleRoom = (eveningId: string) => `console:${eveningId}`;
