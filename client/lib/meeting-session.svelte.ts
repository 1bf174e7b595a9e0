import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import type { MeetingView, Phase, RetentionMonths, Role, Timer } from '../../shared/model.js';
// Not from protocol.ts: its schemas would come along into the first chunk.
import { OUTDATED, PROTOCOL_VERSION } from '../../shared/protocol-version.js';
import type { HandshakeAuth } from '../../shared/protocol-version.js';
import type {
  Ack,
  ClientToServerEvents,
  ErrorCode,
  ServerToClientEvents,
  SessionInfo,
  TimerControlPayload,
} from '../../shared/protocol.js';
import { measureOffset } from './clock-offset.js';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** `outdated`: the server speaks another protocol version; only reloading the page helps. */
export type ConnectionStatus = 'connecting' | 'online' | 'offline' | 'refused' | 'outdated';

/** A request that failed, with the code the interface translates. */
export class RequestError extends Error {
  constructor(
    readonly code: ErrorCode | 'NETWORK',
    /** With RATE_LIMITED: the seconds the server asks to wait. */
    readonly retryAfterSeconds?: number,
  ) {
    super(code);
  }
}

const REQUEST_TIMEOUT_MS = 10_000;

/**
 * One screen's live connection to its meeting. Holds the authoritative state the server sends
 * and re-reads it after every reconnect, so a phone that slept lands where the room is.
 */
export class MeetingSession {
  status = $state<ConnectionStatus>('connecting');
  meeting = $state<MeetingView | null>(null);
  role = $state<Role | null>(null);
  participantNumber = $state<number | null>(null);
  documents = $state<SessionInfo['documents']>([]);
  joinUrl = $state<string | null>(null);
  /** Add to Date.now() to get the server's time. */
  clockOffset = $state(0);
  /** How long sign-ups are kept; null until the first sync. */
  signupRetentionMonths = $state<number | null>(null);
  /**
   * The Regie's Beamer token, only right after it asked for a new one: the server keeps it as
   * a hash and cannot show it again. Gone with a reload.
   */
  issuedProjectorToken = $state<string | null>(null);
  /** How long each kind of personal data is kept; null until the first sync. */
  retention = $state<RetentionMonths | null>(null);
  /** A return meeting's console: whether it leads now; null when the server does not say. */
  leading = $state<boolean | null>(null);

  private readonly socket: ClientSocket;
  // Callbacks, not state: nothing renders from this set, so it need not be reactive.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  private readonly syncedListeners = new Set<() => void>();

  /**
   * @param meetingId for a console of a return meeting: the meeting to run with this token (a
   *   kopgroep member's or the evening's facilitator's); absent: the token's own meeting.
   * @param screen 'projector': the return meeting's Beamer, opened with that same link.
   */
  constructor(
    readonly token: string,
    meetingId?: string,
    screen?: 'projector',
  ) {
    const auth: HandshakeAuth = {
      token,
      version: PROTOCOL_VERSION,
      ...(meetingId ? { meetingId, ...(screen ? { screen } : {}) } : {}),
    };
    this.socket = io({
      auth,
      reconnectionDelayMax: 5000,
      // WebSocket first: one connection instead of a polling handshake, polls and an upgrade,
      // which cost a phone on weak hall wifi several round trips. A network that blocks
      // WebSockets (some proxies do) still connects: tryAllTransports falls back to polling.
      transports: ['websocket', 'polling'],
      tryAllTransports: true,
    });
    this.socket.on('connect', () => void this.sync());
    this.socket.on('disconnect', (reason) => {
      // The server only hangs up on purpose when this link stopped working (it was replaced).
      this.status = reason === 'io server disconnect' ? 'refused' : 'offline';
    });
    this.socket.on('connect_error', (error) => {
      if (error.message === 'UNAUTHORISED' || error.message === OUTDATED) {
        this.status = error.message === OUTDATED ? 'outdated' : 'refused';
        this.socket.disconnect();
      } else {
        this.status = 'offline';
      }
    });
    this.socket.on('phase:changed', ({ phase }) => this.patch({ phase }));
    this.socket.on('timer:changed', ({ timer }) => this.patch({ timer }));
    this.socket.on('attendees:counted', ({ count }) => this.patch({ attendeeCount: count }));
    this.socket.on('joining:changed', ({ closed }) => this.patch({ joiningClosed: closed }));
    this.socket.on('focus:changed', ({ themeId }) => this.patch({ focusThemeId: themeId }));
  }

  get phase(): Phase | null {
    return this.meeting?.phase ?? null;
  }

  setPhase(phase: Phase): Promise<MeetingView> {
    return this.request('phase:set', { phase }).then((view) => {
      this.meeting = view;
      return view;
    });
  }

  controlTimer(command: TimerControlPayload): Promise<Timer> {
    return this.request('timer:control', command).then((timer) => {
      this.patch({ timer });
      return timer;
    });
  }

  /** A new Beamer link for the Regie: the old one stops working and its open screens close. */
  async reissueBeamer(): Promise<string> {
    const { projectorToken } = await this.request('beamer:reissue', {});
    this.issuedProjectorToken = projectorToken;
    return projectorToken;
  }

  close(): void {
    this.socket.disconnect();
  }

  private async sync(): Promise<void> {
    try {
      const info = await this.request('session:sync', {});
      this.meeting = info.meeting;
      this.role = info.role;
      this.participantNumber = info.participantNumber;
      this.documents = info.documents;
      this.joinUrl = info.joinUrl;
      this.signupRetentionMonths = info.signupRetentionMonths;
      this.retention = info.retention;
      this.leading = info.leading ?? null;
      this.status = 'online';
      for (const listener of this.syncedListeners) listener();
      this.clockOffset = await measureOffset(async () => {
        const { serverTime } = await this.request('clock:ping', {});
        return serverTime;
      });
    } catch {
      // The next reconnect tries again; until then the screen shows it is offline.
    }
  }

  private patch(change: Partial<MeetingView>): void {
    if (this.meeting) this.meeting = { ...this.meeting, ...change };
  }

  /**
   * Listens to a broadcast; returns the function that stops listening. State classes of other
   * areas (themes, additions) build on this rather than on the socket itself.
   */
  on<E extends keyof ServerToClientEvents>(
    event: E,
    listener: ServerToClientEvents[E],
  ): () => void {
    const socket = this.socket as unknown as {
      on(event: string, fn: unknown): void;
      off(event: string, fn: unknown): void;
    };
    socket.on(event, listener);
    return () => socket.off(event, listener);
  }

  /** Runs `listener` after every (re)connection, once the session is in sync again. */
  onSynced(listener: () => void): () => void {
    this.syncedListeners.add(listener);
    if (this.status === 'online') listener();
    return () => this.syncedListeners.delete(listener);
  }

  /** Sends a request and resolves with its data; rejects with a RequestError. */
  async request<E extends keyof ClientToServerEvents>(
    event: E,
    payload: Parameters<ClientToServerEvents[E]>[0],
  ): Promise<AckData<E>> {
    // Socket.IO would buffer a request made while offline and send it after reconnecting,
    // long after the caller was told it failed; fail at once instead and let callers resend.
    if (!this.socket.connected) throw new RequestError('NETWORK');
    let answer: Ack<AckData<E>>;
    try {
      const timed = this.socket.timeout(REQUEST_TIMEOUT_MS);
      // The typed emit cannot see through a generic event name; the event map keeps it honest.
      const emit = timed.emitWithAck as (event: E, payload: unknown) => Promise<Ack<AckData<E>>>;
      answer = await emit.call(timed, event, payload);
    } catch {
      throw new RequestError('NETWORK');
    }
    if (!answer.ok) throw new RequestError(answer.code, answer.retryAfterSeconds);
    return answer.data;
  }
}

type AckData<E extends keyof ClientToServerEvents> =
  Parameters<Parameters<ClientToServerEvents[E]>[1]>[0] extends Ack<infer T> ? T : never;
