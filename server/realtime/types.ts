import type { Server, Socket } from 'socket.io';
import type {
  ClientToServerEvents,
  InterServerEvents,
  ServerToClientEvents,
  SocketData,
} from '../../shared/protocol.js';

export type IoServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
  SocketData
>;
export type IoSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
  SocketData
>;

/** Socket.IO rooms per meeting; every screen of a meeting is in `meetingRoom`. */
export const meetingRoom = (meetingId: string) => `meeting:${meetingId}`;
/** Facilitators of a meeting: they see flags, tallies before reveal and the moderation queue. */
export const staffRoom = (meetingId: string) => `staff:${meetingId}`;
/** One participant's own connections (a phone may have reconnected, or be open twice). */
export const participantRoom = (participantId: string) => `participant:${participantId}`;
/** The hall's screens (projectors) of a meeting: they show the tables so people find their seat. */
export const screenRoom = (meetingId: string) => `screen:${meetingId}`;
