import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { LIMITS } from '../../shared/limits.js';
import type { Services } from '../services/services.js';
import type { Logger } from '../logger.js';
import type { OriginPolicy } from '../http/origin.js';
import { installGuard } from './guard.js';
import { handshake } from './handshake.js';
import { registerMeetingHandlers } from './meeting.handlers.js';
import {
  consoleRoom,
  coreGroupRoom,
  meetingRoom,
  participantRoom,
  personRoom,
  screenRoom,
  staffRoom,
  tableHostRoom,
  workingGroupRoom,
} from './types.js';
import { registerThemeHandlers } from './theme.handlers.js';
import { registerAnswerHandlers } from './answer.handlers.js';
import { registerSignupHandlers } from './signup.handlers.js';
import { registerResultsHandlers } from './results.handlers.js';
import { registerOverviewHandlers } from './overview.handlers.js';
import { registerGroupHandlers } from './group.handlers.js';
import { registerTableHandlers } from './tables.handlers.js';
import { registerFollowUpHandlers } from './follow-up.handlers.js';
import { registerReturnHandlers } from './return.handlers.js';
import { registerRoomQuestionHandlers } from './room-questions.handlers.js';
import { registerAgreementHandlers } from './agreements.handlers.js';
import { registerJoiningHandlers } from './joining.handlers.js';
import { registerConversationHandlers } from './conversation.handlers.js';
import type { IoServer, IoSocket } from './types.js';
import type { RetentionMonths } from '../../shared/model.js';

/**
 * The Socket.IO server on the app's HTTP server, without handlers yet: the services broadcast
 * through it (app.ts builds them with it), then serveSockets gives it its handlers.
 */
export function createIoServer(httpServer: HttpServer, origins: OriginPolicy): IoServer {
  return new Server(httpServer, {
    maxHttpBufferSize: LIMITS.socketMessageBytes,
    serveClient: false,
    allowRequest: (req, callback) => callback(null, origins.allows(req)),
    // The app's upgrade handler owns every non-Socket.IO path (the collab endpoint among them).
    destroyUpgrade: false,
  });
}

/**
 * Socket.IO for commands and authoritative state. A connection authenticates with the token
 * in its handshake; the server decides the role from it and puts the socket in its meeting room.
 */
export function serveSockets(
  io: IoServer,
  deps: {
    services: Services;
    clock: () => number;
    logger: Logger;
    publicUrl: () => string;
    /**
     * Told to every screen: the sign-up form shows its period before anyone sends their
     * details, the Regie shows them all.
     */
    retention: RetentionMonths;
  },
): void {
  const { services, clock, logger, publicUrl, retention } = deps;
  const { meetings, consoleAccess } = services;
  io.use(handshake({ tokens: meetings, consoleAccess }));

  /** A console or Beamer opened for another meeting closes with the link that opened it. */
  function joinConsoleRooms(socket: IoSocket): void {
    const { consoleOf, coreGroupMemberId } = socket.data;
    if (coreGroupMemberId) socket.join(personRoom(coreGroupMemberId));
    else if (consoleOf) socket.join(consoleRoom(consoleOf));
  }

  /**
   * People reached by a personal link after the evening are kept out of the evening's rooms:
   * the kopgroep hears the werkgroepen, a werkgroep member only their own werkgroep (joined now
   * when it exists, or when it is started later). Their own room lets a revocation find them.
   */
  function joinFollowUpRooms(socket: IoSocket): void {
    const { role, meetingId, coreGroupMemberId, signupId } = socket.data;
    if (role === 'coreGroupMember' && coreGroupMemberId) {
      socket.join([coreGroupRoom(meetingId), personRoom(coreGroupMemberId)]);
    }
    if (role === 'workingGroupMember' && signupId) {
      socket.join(personRoom(signupId));
      void services.workingGroups
        .workingGroupOfSignup(signupId)
        .then((workingGroupId) => {
          if (workingGroupId) socket.join(workingGroupRoom(workingGroupId));
        })
        .catch((error: unknown) =>
          logger.warn('werkgroep lookup failed', { error: String(error) }),
        );
    }
  }

  io.on('connection', (socket) => {
    const { role, conversationId } = socket.data;
    const followUp = role === 'coreGroupMember' || role === 'workingGroupMember';
    if (followUp) {
      joinFollowUpRooms(socket);
    } else if (role === 'conversationLeader') {
      // A gespreksleider hears nothing of the evening; their own room lets a new link close them.
      if (conversationId) socket.join(personRoom(conversationId));
    } else {
      socket.join(meetingRoom(socket.data.meetingId));
    }
    if (socket.data.role === 'facilitator') socket.join(staffRoom(socket.data.meetingId));
    if (socket.data.consoleOf) joinConsoleRooms(socket);
    // Only this phone is told its table.
    if (socket.data.participantId) socket.join(participantRoom(socket.data.participantId));
    if (socket.data.role === 'projector') socket.join(screenRoom(socket.data.meetingId));
    if (socket.data.role === 'tableHost' && socket.data.tableHostId) {
      socket.join(tableHostRoom(socket.data.tableHostId));
    }
    installGuard(socket, clock, consoleAccess, (id) => meetings.state(id));
    registerMeetingHandlers(socket, {
      meetings,
      consoleAccess,
      clock,
      logger,
      publicUrl,
      retention,
    });
    registerThemeHandlers(socket, services, logger);
    registerAnswerHandlers(socket, services, logger);
    registerSignupHandlers(socket, { services, logger, publicUrl });
    registerResultsHandlers(socket, services, logger);
    registerOverviewHandlers(socket, services, logger);
    registerGroupHandlers(socket, services, logger);
    registerTableHandlers(socket, services, logger);
    registerFollowUpHandlers(socket, { services, logger, publicUrl });
    registerReturnHandlers(socket, services, logger);
    registerRoomQuestionHandlers(socket, services, logger);
    registerAgreementHandlers(socket, services, logger);
    registerJoiningHandlers(socket, services, logger);
    registerConversationHandlers(socket, { services, logger, publicUrl });
    socket.on('error', (error) => logger.warn('socket error', { error: String(error) }));
  });
}
