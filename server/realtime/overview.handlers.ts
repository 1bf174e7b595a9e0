import { emptySchema, messageSendSchema } from '../../shared/protocol.js';
import type { Services } from '../services/services.js';
import type { Logger } from '../logger.js';
import { commandsOf } from './handle.js';
import type { IoSocket } from './types.js';

/** The facilitator's overview of the tables and the message to the room. Roles: the guard. */
export function registerOverviewHandlers(
  socket: IoSocket,
  services: Services,
  logger: Logger,
): void {
  const { groupActivity, roomMessage } = services;
  const { meetingId } = socket.data;
  const command = commandsOf(socket, logger);

  command('groups:activity', emptySchema, () => groupActivity.list(meetingId));
  command('message:send', messageSendSchema, ({ text }) => roomMessage.send(meetingId, text));
}
