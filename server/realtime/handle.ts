import type { z } from 'zod';
import type { Ack } from '../../shared/protocol.js';
import { DomainError } from '../domain/errors.js';
import type { Logger } from '../logger.js';

/**
 * Wraps a command handler: parses the payload with its schema, runs the handler, and answers
 * through the acknowledgement — with data, or with a typed error. Nothing a client sends can
 * make a handler throw past this boundary.
 */
export function handle<S extends z.ZodType, T>(
  event: string,
  schema: S,
  fn: (payload: z.output<S>) => Promise<T>,
  logger: Logger,
) {
  return async (payload: unknown, ack?: unknown): Promise<void> => {
    // Socket.IO passes the acknowledgement last, so a request sent without a payload has it
    // first; without this swap such a request would never be answered.
    if (ack === undefined && typeof payload === 'function') [payload, ack] = [undefined, payload];
    const reply = typeof ack === 'function' ? (ack as (answer: Ack<T>) => void) : () => {};
    const parsed = schema.safeParse(payload ?? {});
    if (!parsed.success) {
      reply({ ok: false, code: 'INVALID_PAYLOAD', message: parsed.error.issues[0]?.message ?? '' });
      return;
    }
    try {
      reply({ ok: true, data: await fn(parsed.data) });
    } catch (error) {
      if (error instanceof DomainError) {
        reply({ ok: false, code: error.code, message: error.message });
        return;
      }
      logger.error('command failed', { event, error: String(error) });
      reply({ ok: false, code: 'INTERNAL', message: 'Something went wrong on the server' });
    }
  };
}
