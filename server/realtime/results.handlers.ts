import { emptySchema } from '../../shared/protocol.js';
import type { Services } from '../services/services.js';
import type { Logger } from '../logger.js';
import { commandsOf } from './handle.js';
import type { IoSocket } from './types.js';

/**
 * The evening's results. The guard admits facilitator, projector and attendee; the service
 * decides by phase (the room sees them from phase `results` on), never by what a client claims.
 */
export function registerResultsHandlers(
  socket: IoSocket,
  services: Services,
  logger: Logger,
): void {
  const { meetingId, role } = socket.data;
  const command = commandsOf(socket, logger);

  command('results:get', emptySchema, () => services.results.get(meetingId, role));
}
