import type { NextFunction, Request, Response } from 'express';
import type { Ack, ErrorCode } from '../../shared/protocol.js';
import { DomainError } from '../domain/errors.js';
import type { MeetingService } from '../services/meetings.js';
import type { Principal } from '../domain/principal.js';
import type { Logger } from '../logger.js';

/*
 * What the read-only routes behind a meeting token share (the printable report, the verslag and
 * the afspraken files): the token comes from the Authorization header, never from the address, so
 * it stays out of logs and browser history; refusals answer as an Ack with a fitting HTTP status.
 */

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

/** Who sent the request; UNAUTHORISED without a token or with an unknown (or revoked) one. */
export async function tokenPrincipal(meetings: MeetingService, req: Request): Promise<Principal> {
  const token = bearer(req);
  const principal = token ? await meetings.resolveToken(token) : null;
  if (!principal) throw new DomainError('UNAUTHORISED', 'Token missing or unknown');
  return principal;
}

/** The router's last handler: a DomainError as its Ack, anything else logged and INTERNAL. */
export function tokenRouteErrors(logger: Logger, failed: string) {
  return (error: unknown, _req: Request, res: Response, _next: NextFunction): void => {
    if (error instanceof DomainError) return fail(res, error.code, error.message);
    logger.error(failed, { error: String(error) });
    fail(res, 'INTERNAL', 'Something went wrong on the server');
  };
}
