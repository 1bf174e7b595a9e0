import { Router } from 'express';
import type { Ack } from '../../shared/protocol.js';
import type { MeetingResults } from '../../shared/model.js';
import { DomainError } from '../domain/errors.js';
import type { MeetingService } from '../services/meetings.js';
import type { ResultsService } from '../services/results.js';
import type { Logger } from '../logger.js';
import { tokenPrincipal, tokenRouteErrors } from './token-route.js';

/**
 * `GET /api/meetings/:meetingId/results` for the printable report. The token travels in the
 * Authorization header, never in the address, so it stays out of logs and browser history. Only
 * the Regie's and the Beamer's tokens are accepted (a phone's key is not): the report is for the
 * facilitator to download, and the Beamer sees the same content in the results phase anyway.
 */
export function createResultsApi(deps: {
  meetings: MeetingService;
  results: ResultsService;
  logger: Logger;
}): Router {
  const { meetings, results, logger } = deps;
  const router = Router();

  router.get('/meetings/:meetingId/results', async (req, res) => {
    const principal = await tokenPrincipal(meetings, req);
    const staffScreen = principal.role === 'facilitator' || principal.role === 'projector';
    if (!staffScreen || principal.meetingId !== String(req.params.meetingId)) {
      throw new DomainError('FORBIDDEN', 'This token cannot read these results');
    }
    const body: Ack<MeetingResults> = {
      ok: true,
      data: await results.get(principal.meetingId, principal.role),
    };
    // Live data with counts that change until the end of the evening: never from a cache.
    res.set('Cache-Control', 'no-store').json(body);
  });

  router.use(tokenRouteErrors(logger, 'results request failed'));

  return router;
}
