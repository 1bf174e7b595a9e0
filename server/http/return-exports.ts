import { Router } from 'express';
import type { Request, Response } from 'express';
import type { Ack } from '../../shared/protocol.js';
import type { ReturnReport } from '../../shared/model.js';
import { DomainError } from '../domain/errors.js';
import type { MeetingService } from '../services/meetings.js';
import type { Principal } from '../domain/principal.js';
import type { ReturnReportService } from '../services/return-report.js';
import type { Logger } from '../logger.js';
import { agreementsCsv, agreementsIcs } from './agreement-files.js';
import { tokenPrincipal, tokenRouteErrors } from './token-route.js';

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

  router.get('/meetings/:meetingId/return-report', async (req, res) => {
    const principal = await tokenPrincipal(meetings, req);
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
    const principal = await tokenPrincipal(meetings, req);
    const originId = String(req.params.originId);
    if (!organises(principal, originId)) {
      throw new DomainError('FORBIDDEN', 'Only the facilitator or kopgroep may export');
    }
    return reports.agreementRows(originId);
  }

  /** Sends a file to save, never from a cache, named after the evening's date. */
  function download(res: Response, date: string, ext: 'csv' | 'ics', type: string, body: string) {
    res
      .set({
        'Cache-Control': 'no-store',
        'Content-Type': `${type}; charset=utf-8`,
        'Content-Disposition': `attachment; filename="afspraken-${date}.${ext}"`,
      })
      .send(body);
  }

  router.get('/meetings/:originId/agreements.csv', async (req, res) => {
    const { evening, rows } = await eveningRows(req);
    download(res, evening.date, 'csv', 'text/csv', agreementsCsv(rows));
  });

  router.get('/meetings/:originId/agreements.ics', async (req, res) => {
    const { evening, rows } = await eveningRows(req);
    download(res, evening.date, 'ics', 'text/calendar', agreementsIcs(evening, rows));
  });

  router.use(tokenRouteErrors(logger, 'return export failed'));

  return router;
}
