import { agreementReviewSchema, agreementSaveSchema, emptySchema } from '../../shared/protocol.js';
import type { Services } from '../services/services.js';
import type { Logger } from '../logger.js';
import { commandsOf } from './handle.js';
import type { IoSocket } from './types.js';

/**
 * Afspraken at a terugkombijeenkomst: the leader records and reviews them; every screen of the
 * meeting may list them, as they are made in front of the room anyway.
 */
export function registerAgreementHandlers(
  socket: IoSocket,
  services: Services,
  logger: Logger,
): void {
  const { agreements } = services;
  const { meetingId } = socket.data;
  const command = commandsOf(socket, logger);

  command('agreement:list', emptySchema, () => agreements.list(meetingId));
  command('agreement:save', agreementSaveSchema, (input) => agreements.save(meetingId, input));
  command('agreement:review', agreementReviewSchema, (input) =>
    agreements.review(meetingId, input),
  );
}
