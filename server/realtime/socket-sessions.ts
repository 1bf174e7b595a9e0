import type { Role } from '../../shared/model.js';
import type { SessionCloser } from '../services/ports.js';
import { consoleRoom, meetingRoom, personRoom } from './types.js';
import type { IoServer } from './types.js';

/**
 * Closes Socket.IO connections whose right is gone. A client disconnected by the server does
 * not reconnect by itself; its screen says the link no longer works. This node's connections
 * only (`io.local`): with several nodes each node closes its own on an order over the bus
 * (cluster-sessions.ts), which does not wait on a node that is gone.
 */
export function socketSessions(server: IoServer): SessionCloser {
  const io = server.local;
  return {
    closeRoles(meetingId, roles) {
      // The evening's facilitator link also opened consoles of its return meetings.
      if (roles.includes('facilitator')) io.in(consoleRoom(meetingId)).disconnectSockets(true);
      void io
        .in(meetingRoom(meetingId))
        .fetchSockets()
        .then((sockets) => {
          // Consoles and Beamers opened with another link (consoleOf) close with that link.
          for (const socket of sockets)
            if (roles.includes(socket.data.role) && !socket.data.consoleOf) socket.disconnect(true);
        });
    },
    // Socket.IO carries no canvas: a phone learns its new table by `group:assigned`.
    closeCanvas: () => undefined,
    closePerson(_meetingId, personId) {
      io.in(personRoom(personId)).disconnectSockets(true);
    },
    async openLinks(role: Role) {
      return (await io.fetchSockets()).flatMap(({ data }) => {
        const personId = data.coreGroupMemberId ?? data.signupId ?? data.conversationId;
        return data.role === role && personId ? [{ meetingId: data.meetingId, personId }] : [];
      });
    },
  };
}
