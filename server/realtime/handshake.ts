import type { ExtendedError } from 'socket.io';
import { OUTDATED, PROTOCOL_VERSION } from '../../shared/protocol.js';
import type { Principal } from '../domain/principal.js';
import type { ConsoleAccess } from '../services/console-access.js';
import type { IoSocket } from './types.js';

/** Pages from before the handshake carried a version spoke the first one. */
const UNVERSIONED = 1;

/**
 * The connect_error a page of another protocol version gets. Its words are for a developer
 * reading the console; the page shows its own (room.pageOutdated) and stops reconnecting.
 */
function outdated(): ExtendedError {
  const error: ExtendedError = new Error(OUTDATED);
  error.data = {
    message: 'Deze pagina is verouderd. Ververs de pagina. / This page is out of date. Reload it.',
  };
  return error;
}

/**
 * Socket.IO's handshake check: the page's protocol version first (a page of another version is
 * refused before its token is even looked up), then the token, from which the server decides
 * the role. Sets the connection's Principal; refuses with OUTDATED or UNAUTHORISED.
 */
export function handshake(deps: {
  tokens: { resolveToken(token: string): Promise<Principal | null> };
  consoleAccess: Pick<ConsoleAccess, 'resolve' | 'resolveScreen'>;
}) {
  const { tokens, consoleAccess } = deps;
  return async (socket: IoSocket, next: (error?: ExtendedError) => void): Promise<void> => {
    const auth = (socket.handshake.auth ?? {}) as Record<string, unknown>;
    const { token, meetingId, screen, version = UNVERSIONED } = auth;
    if (version !== PROTOCOL_VERSION) return next(outdated());
    let principal = typeof token === 'string' ? await tokens.resolveToken(token) : null;
    // A console (or, with `screen: 'projector'`, the Beamer) for a meeting the link reaches: a
    // return meeting of the evening. A link that does not reach it is refused like a wrong
    // link, so nothing tells what exists.
    if (principal && typeof meetingId === 'string') {
      principal =
        screen === 'projector'
          ? await consoleAccess.resolveScreen(principal, meetingId)
          : await consoleAccess.resolve(principal, meetingId);
    } else if (screen !== undefined) {
      principal = null;
    }
    if (!principal) return next(new Error('UNAUTHORISED'));
    socket.data = { ...principal };
    next();
  };
}
