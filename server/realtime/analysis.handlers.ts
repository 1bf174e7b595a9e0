import { emptySchema } from '../../shared/protocol.js';
import { analysisThemeSchema } from '../../shared/schemas-analysis.js';
import type { Services } from '../services/services.js';
import type { Logger } from '../logger.js';
import { commandsOf } from './handle.js';
import type { IoSocket } from './types.js';

/**
 * Step 3 of the method: the analysis board of the evening. The kopgroep and the evening's Regie
 * read the conversations' entries as cards and make themes from clusters; roles and the
 * meeting's kind are checked by the guard (a return meeting's console is refused).
 */
export function registerAnalysisHandlers(
  socket: IoSocket,
  services: Services,
  logger: Logger,
): void {
  const command = commandsOf(socket, logger);
  const { meetingId } = socket.data;
  command('analysis:cards', emptySchema, () => services.analysis.cards(meetingId));
  command('analysis:theme', analysisThemeSchema, ({ clusterId }) =>
    services.analysis.theme(meetingId, clusterId),
  );
}
