import { emptySchema, questionModerateSchema, questionSendSchema } from '../../shared/protocol.js';
import type { Services } from '../services/services.js';
import type { Logger } from '../logger.js';
import { commandsOf } from './handle.js';
import type { IoSocket } from './types.js';

/**
 * Questions from the room at a terugkombijeenkomst: phones ask, the leader moderates. Roles are
 * checked by the guard (and who leads by its leader rule); the asker follows from the socket.
 */
export function registerRoomQuestionHandlers(
  socket: IoSocket,
  services: Services,
  logger: Logger,
): void {
  const { questions } = services;
  const { meetingId, role } = socket.data;
  const command = commandsOf(socket, logger);

  // A screen that (re)connects mid-meeting — a reloaded Beamer, a late phone — shows the
  // question that is on the screen now instead of waiting for the next one.
  const inTheRoom = role !== 'coreGroupMember' && role !== 'workingGroupMember';
  if (inTheRoom && role !== 'conversationLeader') {
    void questions
      .shown(meetingId)
      .then((question) => question && socket.emit('question:shown', { question }))
      .catch((error: unknown) =>
        logger.warn('shown question lookup failed', { error: String(error) }),
      );
  }

  command('question:send', questionSendSchema, (input) => questions.send(socket.data, input));
  command('question:list', emptySchema, () => questions.list(meetingId));
  command('question:moderate', questionModerateSchema, (input) =>
    questions.moderate(meetingId, input),
  );
}
