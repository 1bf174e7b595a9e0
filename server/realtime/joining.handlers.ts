import { emptySchema, joiningSetSchema } from '../../shared/protocol.js';
import type { Services } from '../services/services.js';
import type { Logger } from '../logger.js';
import { commandsOf } from './handle.js';
import type { IoSocket } from './types.js';

/** The Regie's joining panel: joins over time, and closing or reopening joining. */
export function registerJoiningHandlers(
  socket: IoSocket,
  services: Services,
  logger: Logger,
): void {
  const command = commandsOf(socket, logger);
  const { meetingId } = socket.data;
  command('joining:get', emptySchema, () => services.joining.stats(meetingId));
  command('joining:set', joiningSetSchema, ({ closed }) =>
    services.joining.setClosed(meetingId, closed),
  );
}
