import express, { Router } from 'express';
import type { NextFunction, Request, Response } from 'express';
import QRCode from 'qrcode';
import { createMeetingSchema, joinSchema } from '../../shared/protocol.js';
import type { Ack, CreatedMeeting, ErrorCode, JoinResult } from '../../shared/protocol.js';
import { LIMITS } from '../../shared/limits.js';
import { DomainError } from '../domain/errors.js';
import type { Limits } from '../domain/limits.js';
import type { Joined, MeetingService } from '../services/meetings.js';
import type { SignupService } from '../services/signups.js';
import { JoinBudgetError } from '../services/joining.js';
import type { JoiningService } from '../services/joining.js';
import type { Participant } from '../../shared/model.js';
import type { Logger } from '../logger.js';
import { requireOrganiser } from './organiser-auth.js';
import { joinUrl } from './links.js';
import { createSignupApi } from './signup-api.js';

const STATUS: Record<ErrorCode, number> = {
  INVALID_PAYLOAD: 400,
  UNAUTHORISED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  UNKNOWN_JOIN_CODE: 404,
  TIMER_STATE: 409,
  TEXT_EMPTY: 400,
  TEXT_TOO_LONG: 400,
  RECOGNITION_CLOSED: 409,
  UNRESOLVED_FLAGS: 409,
  NOT_PUBLISHED: 409,
  IMPORT_UNREADABLE: 400,
  LIMIT_REACHED: 409,
  GROUPING_STATE: 409,
  NO_GROUP: 403,
  CONSENT_REQUIRED: 400,
  CONTACT_REQUIRED: 400,
  PHONE_INVALID: 400,
  NOT_LEADER: 403,
  OWNER_REQUIRED: 400,
  DUE_REQUIRED: 400,
  AGENDA_EMPTY: 400,
  WRONG_PHASE: 409,
  NO_CHOSEN_QUOTE: 409,
  RATE_LIMITED: 429,
  JOINING_CLOSED: 403,
  INTERNAL: 500,
};

function fail(res: Response, code: ErrorCode, message: string): void {
  const body: Ack<never> = { ok: false, code, message };
  res.status(STATUS[code]).json(body);
}

function succeed<T>(res: Response, data: T, status = 200): void {
  const body: Ack<T> = { ok: true, data };
  res.status(status).json(body);
}

/** The HTTP API: creating meetings (organiser), joining (phones), QR codes, sign-ups. */
export function createApiRouter(deps: {
  meetings: MeetingService;
  signups: SignupService;
  joining: JoiningService;
  organiserToken: string;
  publicUrl: () => string;
  /** Failed joins and wrong organiser links, counted over every node. */
  limits: Limits;
  logger: Logger;
  /** Runs after a successful join, e.g. to seat a late arrival once the groups are confirmed. */
  onJoined?: (participant: Participant) => Promise<void>;
}): Router {
  const { meetings, signups, joining, organiserToken, publicUrl, logger } = deps;
  const onJoined = deps.onJoined ?? (async () => undefined);
  const router = Router();
  // Bodies are parsed inside this router, not app-wide: a body that is not JSON or too large
  // then reaches the error handler below and gets a JSON answer, not Express's HTML error page.
  router.use(express.json({ limit: LIMITS.socketMessageBytes }));
  // Only failed attempts count, so a hall full of phones behind one IP is never locked out.
  const failedJoins = deps.limits.window('failed-joins', LIMITS.failedJoinsPerMinutePerIp, 60_000);
  const organiser = requireOrganiser(organiserToken, deps.limits, {
    wrong: (res) => fail(res, 'UNAUTHORISED', 'Organiser token missing or wrong'),
    throttled: (res, retryAfterSeconds) => {
      res.set('Retry-After', String(retryAfterSeconds));
      fail(
        res,
        'RATE_LIMITED',
        `Too many wrong organiser links from this address; try again in ${retryAfterSeconds} s`,
      );
    },
  });

  router.get('/health', (_req, res) => succeed(res, { status: 'ok' }));

  router.get('/organiser', organiser, (_req, res) => succeed(res, { organiser: true }));

  router.get('/meetings', organiser, async (_req, res) => succeed(res, await meetings.list()));

  router.post('/meetings', organiser, async (req, res) => {
    const parsed = createMeetingSchema.safeParse(req.body);
    if (!parsed.success) return fail(res, 'INVALID_PAYLOAD', parsed.error.issues[0]?.message ?? '');
    succeed<CreatedMeeting>(res, await meetings.create(parsed.data), 201);
  });

  router.post('/meetings/:id/links', organiser, async (req, res) => {
    succeed<CreatedMeeting>(res, await meetings.reissueLinks(String(req.params.id)));
  });

  router.post('/join', async (req, res) => {
    const ip = req.ip ?? 'unknown';
    const parsed = joinSchema.safeParse(req.body);
    const answer = ({ participant, meeting }: Omit<Joined, 'key'>, key: string) =>
      succeed<JoinResult>(res, {
        meetingId: participant.meetingId,
        key,
        participantNumber: participant.number,
        meeting,
      });
    if (await failedJoins.isBlocked(ip)) {
      // A phone that already belongs to the meeting (it holds a valid key for this very code)
      // is let back in even while its shared IP is blocked: a 128-bit key guesses nothing.
      const back =
        parsed.success && parsed.data.key
          ? await meetings.rejoin(parsed.data.code, parsed.data.key)
          : null;
      return back
        ? answer(back, parsed.data!.key!)
        : fail(res, 'RATE_LIMITED', 'Too many wrong codes');
    }
    if (!parsed.success) {
      await failedJoins.take(ip);
      return fail(res, 'UNKNOWN_JOIN_CODE', 'This is not a valid code');
    }
    try {
      // A phone that brings its key back is no new join; a new one spends its address's budget.
      const joined = await joining.join(parsed.data.code, parsed.data.key, ip);
      // A failure here must not cost the phone its place in the meeting; the Regie can still
      // seat someone by hand.
      await onJoined(joined.participant).catch((error: unknown) =>
        logger.error('after-join step failed', { error: String(error) }),
      );
      answer(joined, joined.key);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'UNKNOWN_JOIN_CODE') {
        await failedJoins.take(ip);
      }
      if (error instanceof JoinBudgetError) {
        res.set('Retry-After', String(error.retryAfterSeconds));
      }
      throw error;
    }
  });

  router.get('/qr/:code.svg', async (req, res) => {
    const code = String(req.params.code);
    if (!/^[A-Z0-9]{6}$/.test(code)) return fail(res, 'INVALID_PAYLOAD', 'Bad code');
    const svg = await QRCode.toString(joinUrl(publicUrl(), code), {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 2,
    });
    res.type('image/svg+xml').set('Cache-Control', 'public, max-age=3600').send(svg);
  });

  router.use(createSignupApi({ signups, meetings }));

  router.use((_req: Request, res: Response) => fail(res, 'NOT_FOUND', 'No such API route'));

  router.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    if (error instanceof DomainError) return fail(res, error.code, error.message);
    if (error instanceof SyntaxError || (error as { type?: string }).type === 'entity.too.large') {
      return fail(res, 'INVALID_PAYLOAD', 'Request body unreadable or too large');
    }
    logger.error('request failed', { error: String(error) });
    fail(res, 'INTERNAL', 'Something went wrong on the server');
  });

  return router;
}
