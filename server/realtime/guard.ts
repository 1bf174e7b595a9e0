import type { Event } from 'socket.io';
import { LIMITS } from '../../shared/limits.js';
import type { Ack, ErrorCode } from '../../shared/protocol.js';
import type { Role } from '../../shared/model.js';
import { mayCommand } from '../domain/permissions.js';
import { WindowRateLimiter } from '../domain/rate-limiter.js';
import type { ConsoleAccess } from '../services/console-access.js';
import type { IoSocket } from './types.js';

function refuse(packet: Event, code: ErrorCode, message: string): void {
  const ack = packet[packet.length - 1];
  if (typeof ack === 'function') (ack as (a: Ack<never>) => void)({ ok: false, code, message });
}

const NOT_STAFF: readonly Role[] = ['attendee', 'projector', 'tableHost', 'coreGroupMember'];

/** Staff reads (`question:list`, `groups:get`, …): a console that follows still sees. */
const READ = /:(list|get|counts|activity)$/;

/** Commands only the facilitator may send change the meeting, so only its leader may. */
const leadingCommands = new Map<string, boolean>();
function isLeading(event: string): boolean {
  let leading = leadingCommands.get(event);
  if (leading === undefined) {
    leading =
      !READ.test(event) &&
      mayCommand('facilitator', event) &&
      !NOT_STAFF.some((role) => mayCommand(role, event));
    leadingCommands.set(event, leading);
  }
  return leading;
}

/**
 * Per-socket middleware that runs before any handler: unknown events, commands above the
 * connection's role and floods are answered with an error and go no further. A facilitator's
 * console that does not lead the meeting (a kopgroep member leads, or another one) follows it
 * read-only: its staff commands are answered NOT_LEADER.
 */
export function installGuard(socket: IoSocket, clock: () => number, access: ConsoleAccess): void {
  const limiter = new WindowRateLimiter(LIMITS.commandsPer10s, 10_000, clock);
  socket.use((packet, next) => {
    const event = String(packet[0]);
    // Only events with a registered handler are requests the server answers.
    if (socket.listeners(event as 'session:sync').length === 0) {
      return refuse(packet, 'INVALID_PAYLOAD', `Unknown event ${event}`);
    }
    if (!limiter.take(socket.id)) return refuse(packet, 'RATE_LIMITED', 'Too many requests');
    if (!mayCommand(socket.data.role, event)) {
      return refuse(packet, 'FORBIDDEN', `${socket.data.role} may not send ${event}`);
    }
    if (socket.data.role !== 'facilitator' || !isLeading(event)) return next();
    const notLeader = () => refuse(packet, 'NOT_LEADER', 'Someone else leads this meeting');
    const verdict = access.mayLead(socket.data, event);
    // Known leaders answer at once, so a console's commands keep their order.
    if (typeof verdict === 'boolean') return verdict ? next() : notLeader();
    verdict.then(
      (leads) => (leads ? next() : notLeader()),
      () => refuse(packet, 'INTERNAL', 'Could not check who leads'),
    );
  });
}
