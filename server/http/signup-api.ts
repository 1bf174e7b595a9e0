import { Router } from 'express';
import type { Request, Response } from 'express';
import type { Ack, OwnSignup } from '../../shared/protocol.js';
import { DomainError } from '../domain/errors.js';
import type { MeetingService } from '../services/meetings.js';
import type { SignupService } from '../services/signups.js';
import { signupsCsv } from './csv.js';

/** The token of `Authorization: Bearer <token>`; UNAUTHORISED without one. */
function bearer(req: Request): string {
  const header = req.get('authorization') ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
  if (!token) throw new DomainError('UNAUTHORISED', 'Authorization: Bearer <token> missing');
  return token;
}

/** Answers with personal data must not linger in a browser's or a proxy's cache. */
const personal = (res: Response) => res.set('Cache-Control', 'no-store');

/**
 * Sign-ups over HTTP: the person's own link (see and withdraw) and the CSV export for the
 * facilitator and the kopgroep.
 * Mounted inside the API router, whose error handler turns a DomainError into the JSON answer.
 */
export function createSignupApi(deps: {
  signups: SignupService;
  meetings: MeetingService;
}): Router {
  const { signups, meetings } = deps;
  const router = Router();

  // The personal link's token identifies the sign-up; it travels in the header, never the URL.
  router.get('/signup', async (req, res) => {
    const own = await signups.own(bearer(req));
    const body: Ack<OwnSignup> = { ok: true, data: own };
    personal(res).json(body);
  });

  // Withdrawing deletes the sign-up outright: the person's right to erasure.
  router.delete('/signup', async (req, res) => {
    await signups.withdraw(bearer(req));
    personal(res).status(204).end();
  });

  router.get('/meetings/:meetingId/signups.csv', async (req, res) => {
    const meetingId = String(req.params.meetingId);
    const principal = await meetings.resolveToken(bearer(req));
    if (!principal) throw new DomainError('UNAUTHORISED', 'Unknown token');
    // The facilitator and the kopgroep of this meeting; a revoked kopgroep link resolved to null.
    const mayExport = principal.role === 'facilitator' || principal.role === 'coreGroupMember';
    if (!mayExport || principal.meetingId !== meetingId) {
      throw new DomainError('FORBIDDEN', 'Only the facilitator or kopgroep may export');
    }
    const meeting = await meetings.view(meetingId);
    // The export follows the list: the kopgroep gets only what its page shows.
    const csv = signupsCsv(await signups.werkgroepen(meetingId, principal.role));
    personal(res)
      .set({
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="aanmeldingen-${meeting.date}.csv"`,
      })
      .send(csv);
  });

  return router;
}
