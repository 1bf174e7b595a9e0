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
