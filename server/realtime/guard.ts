import type { Event } from 'socket.io';
import { LIMITS } from '../../shared/limits.js';
import type { Ack, ErrorCode } from '../../shared/protocol.js';
import { mayCommand } from '../domain/permissions.js';
import { WindowRateLimiter } from '../domain/rate-limiter.js';
import type { IoSocket } from './types.js';

function refuse(packet: Event, code: ErrorCode, message: string): void {
  const ack = packet[packet.length - 1];
  if (typeof ack === 'function') (ack as (a: Ack<never>) => void)({ ok: false, code, message });
}

/**
 * Per-socket middleware that runs before any handler: unknown events, commands above the
 * connection's role and floods are answered with an error and go no further.
 */
export function installGuard(socket: IoSocket, clock: () => number): void {
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
    next();
  });
}
