import type { Event } from 'socket.io';
import { LIMITS } from '../../shared/limits.js';
import type { Ack, ErrorCode } from '../../shared/protocol.js';
import type { MeetingKind, Phase } from '../../shared/model.js';
import { changesMeeting, mayCommand } from '../domain/permissions.js';
import { fitsPhase, guardChecksPhase } from '../domain/phase-rules.js';
import { WindowRateLimiter } from '../domain/rate-limiter.js';
import type { ConsoleAccess } from '../services/console-access.js';
import type { IoSocket } from './types.js';

function refuse(packet: Event, code: ErrorCode, message: string, retryAfterSeconds?: number): void {
  const ack = packet[packet.length - 1];
  const answer: Ack<never> = { ok: false, code, message };
  if (retryAfterSeconds !== undefined) answer.retryAfterSeconds = retryAfterSeconds;
  if (typeof ack === 'function') (ack as (a: Ack<never>) => void)(answer);
}

/** Clock pings measure the connection, they change nothing: they have their own budget. */
const CLOCK_PING = 'clock:ping';

/** The meeting as far as phase rules go. */
export type MeetingState = (meetingId: string) => Promise<{ kind: MeetingKind; phase: Phase }>;

/** Let through, or refuse with this code. */
type Verdict = true | { code: ErrorCode; message: string };

/**
 * Per-socket middleware that runs before any handler: unknown events, commands above the
 * connection's role and floods are answered with an error and go no further. A facilitator's
 * console that does not lead the meeting (a kopgroep member leads, or another one) follows it
 * read-only: its staff commands are answered NOT_LEADER. A command with a phase rule
 * (shared/phase-rules.ts) that does not fit the meeting's kind and phase now is answered
 * WRONG_PHASE. Packets that pass keep their order, also when a check had to wait for the store.
 */
export function installGuard(
  socket: IoSocket,
  clock: () => number,
  access: ConsoleAccess,
  meetingState: MeetingState,
): void {
  const limiter = new WindowRateLimiter(LIMITS.commandsPer10s, 10_000, clock);
  const pings = new WindowRateLimiter(LIMITS.clockPingsPer10s, 10_000, clock);

  /** Takes one from the event's budget; the whole seconds to wait when it is used up. */
  function overBudget(event: string): number | null {
    const budget = event === CLOCK_PING ? pings : limiter;
    if (budget.take(socket.id)) return null;
    return Math.max(1, Math.ceil(budget.msUntilReset() / 1000));
  }

  function leads(event: string): Verdict | Promise<Verdict> {
    if (socket.data.role !== 'facilitator' || !changesMeeting(event)) return true;
    const notLeader: Verdict = { code: 'NOT_LEADER', message: 'Someone else leads this meeting' };
    const verdict = access.mayLead(socket.data, event);
    // Known leaders answer at once, so a console's commands keep their order.
    if (typeof verdict === 'boolean') return verdict || notLeader;
    return verdict.then((yes) => yes || notLeader);
  }

  async function inPhase(event: string): Promise<Verdict> {
    const meeting = await meetingState(socket.data.meetingId);
    if (fitsPhase(event, socket.data.role, meeting)) return true;
    return { code: 'WRONG_PHASE', message: `${event} is not taken in phase ${meeting.phase}` };
  }

  function verdictOf(event: string): Verdict | Promise<Verdict> {
    const leading = leads(event);
    if (!guardChecksPhase(event)) return leading;
    if (leading === true) return inPhase(event);
    if (!(leading instanceof Promise)) return leading;
    return leading.then((verdict) => (verdict === true ? inPhase(event) : verdict));
  }

  /** The last verdict still being awaited; later packets wait behind it to keep their order. */
  let tail: Promise<void> | null = null;

  socket.use((packet, next) => {
    const event = String(packet[0]);
    // Only events with a registered handler are requests the server answers.
    if (socket.listeners(event as 'session:sync').length === 0) {
      return refuse(packet, 'INVALID_PAYLOAD', `Unknown event ${event}`);
    }
    const wait = overBudget(event);
    if (wait !== null) {
      return refuse(packet, 'RATE_LIMITED', `Too many requests; retry in ${wait} s`, wait);
    }
    if (!mayCommand(socket.data.role, event)) {
      return refuse(packet, 'FORBIDDEN', `${socket.data.role} may not send ${event}`);
    }
    const apply = (verdict: Verdict) =>
      verdict === true ? next() : refuse(packet, verdict.code, verdict.message);
    const verdict = verdictOf(event);
    if (tail === null && !(verdict instanceof Promise)) return apply(verdict);
    const run: Promise<void> = (tail ?? Promise.resolve())
      .then(() => verdict)
      .then(apply, () => refuse(packet, 'INTERNAL', 'Could not check this command'))
      .finally(() => {
        if (tail === run) tail = null;
      });
    tail = run;
  });
}
