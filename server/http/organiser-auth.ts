import { timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { LIMITS } from '../../shared/limits.js';
import { addressKey } from '../domain/token-bucket.js';
import type { Limits } from '../domain/limits.js';

/** Compares in constant time so the token cannot be found byte by byte from response times. */
function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Express middleware: lets a request through only with `Authorization: Bearer <organiser token>`.
 * Wrong tokens are throttled per address (LIMITS.organiserFailuresBurst, then one a minute):
 * once an address has used them up, every request from it is answered `throttled` — also one
 * with the right token, or a guesser could still tell a hit from a miss.
 */
export function requireOrganiser(
  token: string,
  limits: Limits,
  answer: {
    wrong: (res: Response) => void;
    throttled: (res: Response, retryAfterSeconds: number) => void;
  },
) {
  const failures = limits.budget(
    'organiser-failures',
    LIMITS.organiserFailuresBurst,
    LIMITS.organiserFailuresRefillPerMinute,
  );
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const who = addressKey(req.ip ?? 'unknown');
    const wait = await failures.retryAfterSeconds(who);
    if (wait > 0) return answer.throttled(res, wait);
    const header = req.get('authorization') ?? '';
    const given = header.startsWith('Bearer ') ? header.slice(7) : '';
    if (sameSecret(given, token)) return next();
    await failures.spend(who);
    answer.wrong(res);
  };
}
