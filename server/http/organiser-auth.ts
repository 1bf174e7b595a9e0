import { timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

/** Compares in constant time so the token cannot be found byte by byte from response times. */
function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Express middleware: lets a request through only with `Authorization: Bearer <organiser token>`. */
export function requireOrganiser(token: string, refuse: (res: Response) => void) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const header = req.get('authorization') ?? '';
    const given = header.startsWith('Bearer ') ? header.slice(7) : '';
    if (sameSecret(given, token)) return next();
    refuse(res);
  };
}
