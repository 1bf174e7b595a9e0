import { Router } from 'express';
import type { NextFunction, Request, Response } from 'express';
import type { Ack, ErrorCode } from '../../shared/protocol.js';
import type { MeetingResults } from '../../shared/model.js';
import { DomainError } from '../domain/errors.js';
import type { MeetingService } from '../services/meetings.js';
import type { ResultsService } from '../services/results.js';
import type { Logger } from '../logger.js';

const STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHORISED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
};

function fail(res: Response, code: ErrorCode, message: string): void {
  const body: Ack<never> = { ok: false, code, message };
  res.status(STATUS[code] ?? 500).json(body);
}

/** The bearer token of a request, or null. */
function bearer(req: Request): string | null {
  const match = /^Bearer (\S+)$/.exec(req.get('authorization') ?? '');
  return match ? match[1] : null;
}

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
    const token = bearer(req);
    const principal = token ? await meetings.resolveToken(token) : null;
    if (!principal) return fail(res, 'UNAUTHORISED', 'Token missing or unknown');
    const staffScreen = principal.role === 'facilitator' || principal.role === 'projector';
    if (!staffScreen || principal.meetingId !== String(req.params.meetingId)) {
      return fail(res, 'FORBIDDEN', 'This token cannot read these results');
    }
    const body: Ack<MeetingResults> = {
      ok: true,
      data: await results.get(principal.meetingId, principal.role),
    };
    // Live data with counts that change until the end of the evening: never from a cache.
    res.set('Cache-Control', 'no-store').json(body);
  });

  router.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    if (error instanceof DomainError) return fail(res, error.code, error.message);
    logger.error('results request failed', { error: String(error) });
    fail(res, 'INTERNAL', 'Something went wrong on the server');
  });

  return router;
}
