import type { ErrorCode } from '../../shared/codes.js';
import type { Messages } from '../../shared/i18n/index.js';

/** A failure as the interface knows it: a server code, or NETWORK when nothing came back. */
export type FailureCode = ErrorCode | 'NETWORK';

/** The code of a failed API call or request; anything unexpected counts as a network problem. */
export function failureCode(failure: unknown): FailureCode {
  const code = (failure as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? (code as FailureCode) : 'NETWORK';
}

/**
 * What to tell the person, in their language, about a failure; with the wait the server asked
 * for, a refusal for too many attempts says exactly how long.
 */
export function failureMessage(m: Messages, code: FailureCode, retryAfterSeconds?: number): string {
  if (code === 'RATE_LIMITED' && retryAfterSeconds !== undefined) {
    return m.rateLimitedWait(retryAfterSeconds);
  }
  return code === 'NETWORK' ? m.networkError : m.errors[code];
}
