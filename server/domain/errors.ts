import type { ErrorCode } from '../../shared/protocol.js';

/** A rule of the domain was broken; the handler turns it into a typed acknowledgement. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
