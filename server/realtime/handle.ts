import type { z } from 'zod';
import type { Ack, ClientToServerEvents, ErrorCode } from '../../shared/protocol.js';
import type { IoSocket } from './types.js';
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
  return async (...args: unknown[]): Promise<void> => {
    // Socket.IO passes the acknowledgement last, whatever came before it: a request without a
    // payload has it first, one with extra arguments further on. Either way it is answered.
    const ack = typeof args.at(-1) === 'function' ? args.pop() : undefined;
    const reply = typeof ack === 'function' ? (ack as (answer: Ack<T>) => void) : () => {};
    if (args.length > 1) {
      reply({ ok: false, code: 'INVALID_PAYLOAD', message: 'A request carries one payload' });
      return;
    }
    const payload = args[0];
    const parsed = schema.safeParse(payload ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      reply({ ok: false, code: codeForIssue(issue), message: describeIssue(issue) });
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

/** Empty and too-long texts get their own codes, so a person is told exactly what to fix. */
function codeForIssue(issue: z.core.$ZodIssue | undefined): ErrorCode {
  if (issue?.code === 'too_small' && issue.origin === 'string') return 'TEXT_EMPTY';
  if (issue?.code === 'too_big' && issue.origin === 'string') return 'TEXT_TOO_LONG';
  return 'INVALID_PAYLOAD';
}

function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  return issue ? `${issue.path.join('.') || 'payload'}: ${issue.message}` : 'Invalid payload';
}

/**
 * Returns `command(event, schema, fn)`, which registers a handled command on this socket.
 * Event names are checked against the protocol's event map.
 */
export function commandsOf(socket: IoSocket, logger: Logger) {
  const on = socket.on.bind(socket) as (
    event: string,
    listener: (...args: never[]) => void,
  ) => void;
  return <S extends z.ZodType, T>(
    event: keyof ClientToServerEvents,
    schema: S,
    fn: (payload: z.output<S>) => Promise<T>,
  ): void => on(event, handle(event, schema, fn, logger));
}
