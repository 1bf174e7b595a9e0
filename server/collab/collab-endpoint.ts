import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { RawData, WebSocket } from 'ws';
import { LIMITS } from '../../shared/limits.js';
import { COLLAB_CLOSE } from '../../shared/protocol.js';
import { parseDocName } from '../../shared/docs.js';
import { resolveAccess } from './doc-access.js';
import type { DocOwners } from './doc-access.js';
import type { Principal } from '../domain/principal.js';
import type { Logger } from '../logger.js';
import type { OriginPolicy } from '../http/origin.js';
import { createHash } from 'node:crypto';
import { localLimits } from '../domain/limits.js';
import type { Limits } from '../domain/limits.js';
import type { RoomConnection } from './room-types.js';
import type { RoomRegistry } from './room-registry.js';
import type { CollabSessions } from './collab-sessions.js';
import { RejectedUpdate } from './update-gate.js';
import { readTokenFrame } from './token-frame.js';
import { isSyncRequest } from './messages.js';
import { WindowRateLimiter } from '../domain/rate-limiter.js';

export const COLLAB_PATH = '/collab/';

/** Frames a client may send while its token is being checked; more is a misbehaving client. */
const MAX_FRAMES_BEFORE_AUTH = 32;
const PING_INTERVAL_MS = 30_000;

export interface CollabEndpoint {
  /** Takes an HTTP upgrade for a /collab/ path; returns false for other paths. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  readonly rooms: RoomRegistry;
  close(): Promise<void>;
}

/** Who a token belongs to; the meeting service answers it. */
export interface TokenResolver {
  resolveToken(token: string): Promise<Principal | null>;
}

/**
 * The y-websocket endpoint: `/collab/<meetingId>/<kind>`. No secret is in the URL: the first
 * frame carries the token (shared/collab-auth.ts). It is checked after the upgrade so a refusal
 * can carry a close code the client understands (4401, 4403); frames that arrive meanwhile wait
 * in a small, capped queue.
 */
export function createCollabEndpoint(
  deps: DocOwners & {
    tokens: TokenResolver;
    rooms: RoomRegistry;
    /** Where open connections are registered, so a withdrawn right can close them. */
    sessions: CollabSessions;
    logger: Logger;
    origins: OriginPolicy;
    /** Connections of one link closed for misbehaving per minute before it is refused a while. */
    strikesPerMinute?: number;
    /** Where strikes are counted: this process alone, or Redis for every node. */
    limits?: Limits;
  },
): CollabEndpoint {
  const { tokens, groups, plans, conversations, analysis, rooms, sessions, logger, origins } = deps;
  const wss = new WebSocketServer({ noServer: true, maxPayload: LIMITS.collabMessageBytes });
  // A writer that reconnects to send one hostile update after another costs the room a check
  // and a rebuild each time; after a few such closings its link waits out the minute.
  // Counted over every node: a balancer would otherwise give each node's allowance anew.
  const strikes = (deps.limits ?? localLimits(Date.now)).window(
    'collab-strikes',
    deps.strikesPerMinute ?? LIMITS.collabStrikesPerMinute,
    60_000,
  );
  // The link's hash, not the link: the count may live in Redis, which holds no secrets.
  const strikeKey = (token: string) => createHash('sha256').update(token).digest('base64url');
  const refusals = new RefusalHold();
  wss.on('error', (error) => logger.error('collab server error', { error: String(error) }));

  const alive = new WeakSet<WebSocket>();
  const pinger = setInterval(() => {
    for (const ws of wss.clients) {
      if (!alive.has(ws)) {
        ws.terminate();
        continue;
      }
      alive.delete(ws);
      ws.ping();
    }
  }, PING_INTERVAL_MS);
  pinger.unref();

  async function accept(ws: WebSocket, url: URL): Promise<void> {
    alive.add(ws);
    ws.on('pong', () => alive.add(ws));
    const pending: Uint8Array[] = [];
    let tokenArrived: ((frame: Uint8Array) => void) | null = null;
    let authTimer: NodeJS.Timeout | undefined;
    const firstFrame = new Promise<Uint8Array | null>((resolve) => {
      tokenArrived = resolve;
      authTimer = setTimeout(() => resolve(null), LIMITS.collabAuthTimeoutMs).unref();
    });
    let deliver = (frame: Uint8Array) => {
      if (pending.length === 0 && tokenArrived) {
        tokenArrived(frame);
        tokenArrived = null;
        return;
      }
      pending.push(frame);
      if (pending.length > MAX_FRAMES_BEFORE_AUTH)
        closeFirmly(ws, COLLAB_CLOSE.tooFast, 'too many frames');
    };
    let framesThisSecond = 0;
    let secondStart = Date.now();
    ws.on('message', (data: RawData, isBinary: boolean) => {
      if (!isBinary) return closeFirmly(ws, COLLAB_CLOSE.badMessage, 'binary frames only');
      const now = Date.now();
      if (now - secondStart >= 1000) {
        secondStart = now;
        framesThisSecond = 0;
      }
      if (++framesThisSecond > LIMITS.collabFramesPerSecond) {
        return closeFirmly(ws, COLLAB_CLOSE.tooFast, 'too many frames');
      }
      deliver(toBytes(data));
    });

    const name = decodeURIComponent(url.pathname.slice(COLLAB_PATH.length));
    const token = readTokenFrame(await firstFrame);
    clearTimeout(authTimer);
    // Checked before the token is looked up: a refused link's reconnections should cost little.
    if (token && (await strikes.isBlocked(strikeKey(token)))) return refusals.hold(ws);
    const principal = token ? await tokens.resolveToken(token) : null;
    if (!principal || !token) return ws.close(COLLAB_CLOSE.unauthorised, 'unknown token');
    const strike = () =>
      void strikes
        .take(strikeKey(token))
        .catch((error: unknown) =>
          logger.warn('could not count a strike', { error: String(error) }),
        );
    const ref = parseDocName(name);
    const access = await resolveAccess(principal, ref, { groups, plans, conversations, analysis });
    if (!ref || access === 'none') {
      return ws.close(COLLAB_CLOSE.forbidden, 'no access to this document');
    }
    if (ws.readyState !== ws.OPEN) return;
    // Registered before the document loads, so a table change meanwhile still closes it.
    const forget = sessions.add(principal, { ws, ref });
    ws.on('close', forget);

    const room = await rooms.acquire(name);
    const release = () =>
      rooms
        .release(name, room)
        .catch((error: unknown) =>
          logger.error('could not unload room', { doc: name, error: String(error) }),
        );
    // The client may have left while the document loaded; then it must not stay in the room.
    if (ws.readyState !== ws.OPEN) return void release();
    const connection: RoomConnection = {
      access,
      wantsStoredAck: url.searchParams.get('ack') === '1',
      author: principal.participantNumber ?? null,
      send: (frame) => {
        if (ws.readyState !== ws.OPEN) return;
        // A reader that stopped reading would hold every frame in memory; cut it off instead.
        // It reconnects and syncs afresh, which costs one state, not a growing queue.
        if (ws.bufferedAmount > LIMITS.collabSendBacklogBytes) {
          strike();
          return ws.terminate();
        }
        ws.send(frame, { binary: true });
      },
      close: (code, reason) => {
        // A change refused after a second look counts against the link like one refused at once.
        if (code === COLLAB_CLOSE.rejected) strike();
        closeFirmly(ws, code, reason);
      },
    };
    room.add(connection);
    ws.on('close', () => {
      room.remove(connection);
      void release();
    });
    // Each answer to a sync request is the document's state, an encoding the server pays for.
    const syncRequests = new WindowRateLimiter(LIMITS.collabSyncRequestsPer10s, 10_000, Date.now);
    deliver = (frame) => {
      if (isSyncRequest(frame) && !syncRequests.take('sync')) {
        strike();
        return closeFirmly(ws, COLLAB_CLOSE.tooFast, 'too many sync requests');
      }
      try {
        room.receive(connection, frame);
      } catch (error) {
        strike();
        if (error instanceof RejectedUpdate && error.readable) {
          logger.warn('collab update refused', { doc: name, reason: error.message });
          return closeFirmly(ws, COLLAB_CLOSE.rejected, 'change not allowed in this document');
        }
        logger.warn('bad collab frame', { doc: name, error: String(error) });
        closeFirmly(ws, COLLAB_CLOSE.badMessage, 'could not read message');
      }
    };
    for (const frame of pending.splice(0)) deliver(frame);
  }

  return {
    rooms,
    handleUpgrade(req, socket, head) {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (!url.pathname.startsWith(COLLAB_PATH)) return false;
      socket.on('error', (error) => logger.warn('collab socket error', { error: String(error) }));
      if (!origins.allows(req)) {
        logger.warn('collab origin refused', { origin: req.headers.origin });
        socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
        return true;
      }
      wss.handleUpgrade(req, socket, head, (ws) => {
        ws.on('error', (error) => logger.warn('collab connection error', { error: String(error) }));
        accept(ws, url).catch((error: unknown) => {
          logger.error('collab connection failed', { error: String(error) });
          ws.close(1011, 'server error');
        });
      });
      return true;
    },
    async close() {
      clearInterval(pinger);
      refusals.clear();
      for (const ws of wss.clients) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await rooms.closeAll();
    },
  };
}

/**
 * Holds the new connections of a link that is refused for a while: unread and unanswered, then
 * closed with 4429. A hostile client that reconnects the moment it is closed would otherwise
 * make the server do a handshake every few milliseconds for the rest of the minute.
 */
class RefusalHold {
  private readonly held = new Map<WebSocket, NodeJS.Timeout>();

  hold(ws: WebSocket): void {
    const refuse = () => {
      this.held.delete(ws);
      ws.resume();
      closeFirmly(ws, COLLAB_CLOSE.tooFast, 'too many refused messages; wait a minute');
    };
    if (this.held.size >= LIMITS.collabRefusalsHeld) return refuse();
    ws.pause();
    this.held.set(ws, setTimeout(refuse, LIMITS.collabRefusalHoldMs));
    ws.once('close', () => {
      clearTimeout(this.held.get(ws));
      this.held.delete(ws);
    });
  }

  clear(): void {
    for (const timer of this.held.values()) clearTimeout(timer);
    this.held.clear();
  }
}

/** How long a misbehaving client has to answer our close before its socket is dropped. */
const CLOSE_GRACE_MS = 2_000;

/**
 * Closes a misbehaving connection with a code its screen explains, and drops the socket if the
 * client does not complete the close: one that stopped reading would otherwise keep its room
 * and buffers for ws's 30-second close timeout.
 */
function closeFirmly(ws: WebSocket, code: number, reason: string): void {
  ws.close(code, reason);
  setTimeout(() => ws.terminate(), CLOSE_GRACE_MS).unref();
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
