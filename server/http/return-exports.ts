import { Router } from 'express';
import type { NextFunction, Request, Response } from 'express';
import type { Ack, ErrorCode } from '../../shared/protocol.js';
import type { ReturnReport } from '../../shared/model.js';
import { DomainError } from '../domain/errors.js';
import type { MeetingService, Principal } from '../services/meetings.js';
import type { ReturnReportService } from '../services/return-report.js';
import type { Logger } from '../logger.js';
import { agreementsCsv, agreementsIcs } from './agreement-files.js';

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

/** The organisers of an evening: its facilitator and its kopgroep (a revoked link is unknown). */
const organises = (principal: Principal, eveningId: string) =>
  (principal.role === 'facilitator' || principal.role === 'coreGroupMember') &&
  principal.meetingId === eveningId;

/**
 * What a terugkombijeenkomst leaves behind, over HTTP with the token in the Authorization header:
 * - `GET /api/meetings/:meetingId/return-report`: the verslag's data, for the evening's
 *   facilitator and kopgroep, and for the return meeting's own Regie and Beamer;
 * - `GET /api/meetings/:originId/agreements.csv` and `.ics`: every afspraak of the evening, for
 *   its facilitator and kopgroep only. A phone's key opens none of them.
 */
export function createReturnExportsApi(deps: {
  meetings: MeetingService;
  reports: ReturnReportService;
  logger: Logger;
}): Router {
  const { meetings, reports, logger } = deps;
  const router = Router();

  async function principalOf(req: Request): Promise<Principal> {
    const token = bearer(req);
    const principal = token ? await meetings.resolveToken(token) : null;
    if (!principal) throw new DomainError('UNAUTHORISED', 'Token missing or unknown');
    return principal;
  }

  router.get('/meetings/:meetingId/return-report', async (req, res) => {
    const principal = await principalOf(req);
    const meetingId = String(req.params.meetingId);
    const ownScreen =
      (principal.role === 'facilitator' || principal.role === 'projector') &&
      principal.meetingId === meetingId;
    // An unknown id answers like someone else's meeting, so ids cannot be probed with a token.
    const origin = (await meetings.view(meetingId).catch(() => null))?.originMeetingId;
    if (!ownScreen && !(origin && organises(principal, origin))) {
      throw new DomainError('FORBIDDEN', 'This token cannot read this verslag');
    }
    const body: Ack<ReturnReport> = { ok: true, data: await reports.report(meetingId) };
    res.set('Cache-Control', 'no-store').json(body);
  });

  async function eveningRows(req: Request) {
    const principal = await principalOf(req);
    const originId = String(req.params.originId);
    if (!organises(principal, originId)) {
      throw new DomainError('FORBIDDEN', 'Only the facilitator or kopgroep may export');
    }
    return reports.agreementRows(originId);
  }

  router.get('/meetings/:originId/agreements.csv', async (req, res) => {
    const { evening, rows } = await eveningRows(req);
    res
      .set({
        'Cache-Control': 'no-store',
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="afspraken-${evening.date}.csv"`,
      })
      .send(agreementsCsv(rows));
  });

  router.get('/meetings/:originId/agreements.ics', async (req, res) => {
    const { evening, rows } = await eveningRows(req);
    res
      .set({
        'Cache-Control': 'no-store',
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': `attachment; filename="afspraken-${evening.date}.ics"`,
      })
      .send(agreementsIcs(evening, rows));
  });

  router.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    if (error instanceof DomainError) return fail(res, error.code, error.message);
    logger.error('return export failed', { error: String(error) });
    fail(res, 'INTERNAL', 'Something went wrong on the server');
  });

  return router;
}
