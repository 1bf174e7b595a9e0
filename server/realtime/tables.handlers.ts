import { emptySchema } from '../../shared/protocol.js';
import type { Services } from '../services/services.js';
import { publicTables } from '../services/public-tables.js';
import type { Logger } from '../logger.js';
import { commandsOf } from './handle.js';
import type { IoSocket } from './types.js';

/** The confirmed tables for the hall's screen ("Tafel 3 — Groen"); members are never in them. */
export function registerTableHandlers(socket: IoSocket, services: Services, logger: Logger): void {
  const { meetingId } = socket.data;
  const command = commandsOf(socket, logger);

  command('groups:tables', emptySchema, async () =>
    publicTables(await services.groups.view(meetingId)),
  );
}
