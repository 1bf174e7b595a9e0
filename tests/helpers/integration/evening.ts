/**
 * Shared set-up for the "before the break" integration tests (issue 4): a meeting with its Regie
 * and Beamer connected, phones that join over HTTP, and small helpers for acknowledgements.
 * Everything opened here is registered for teardown through helpers.ts.
 */
import { randomBytes } from 'node:crypto';
import { WebsocketProvider } from 'y-websocket';
import { withToken } from '../../../shared/collab-auth.js';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { createMeeting, joinMeeting } from '../server.js';
import type { ServerOptions, TestServer } from '../server.js';
import { collabUrl, connectSocket, onCleanup, useServer, waitFor } from './helpers.js';
import type { ClientSocket } from './helpers.js';
import type { Ack, ThemeInput } from '../../../shared/protocol.js';
import type { Phase, StaffTheme } from '../../../shared/model.js';
import type { DocKind } from '../../../shared/docs.js';

/** The data of a successful acknowledgement; fails the test with the code otherwise. */
export function ok<T>(answer: Ack<T>): T {
  if (!answer.ok) throw new Error(`request refused: ${answer.code} (${answer.message})`);
  return answer.data;
}

/** The error code of a refused request; fails the test when it was accepted. */
export function refusal(answer: Ack<unknown>): string {
  if (answer.ok) throw new Error(`request was accepted: ${JSON.stringify(answer.data)}`);
  return answer.code;
}

export interface Evening {
  server: TestServer;
  meetingId: string;
  joinCode: string;
  facilitatorToken: string;
  projectorToken: string;
  /** The facilitator's Regie. */
  regie: ClientSocket;
  /** The hall's screen. */
  beamer: ClientSocket;
}

/** A fresh server and meeting with the Regie and the Beamer connected; `clock` for the server. */
export async function evening(options: ServerOptions = {}): Promise<Evening> {
  const server = await useServer(options);
  const created = await createMeeting(server.url);
  const regie = await connectSocket(server.url, created.facilitatorToken);
  const beamer = await connectSocket(server.url, created.projectorToken);
  return {
    server,
    meetingId: created.meeting.id,
    joinCode: created.meeting.joinCode,
    facilitatorToken: created.facilitatorToken,
    projectorToken: created.projectorToken,
    regie,
    beamer,
  };
}

export interface Phone {
  key: string;
  participantNumber: number;
  socket: ClientSocket;
}

/** The Regie moves the evening to `phase`, where the server's phase rules take its commands. */
export async function toPhase(e: Pick<Evening, 'regie'>, phase: Phase): Promise<void> {
  ok(await e.regie.emitWithAck('phase:set', { phase }));
}

/** A phone that joins with the code and connects, as the attendee page does. */
export async function phone(e: Pick<Evening, 'server' | 'joinCode'>): Promise<Phone> {
  const joined = await joinMeeting(e.server.url, e.joinCode);
  const socket = await connectSocket(e.server.url, joined.key);
  return { key: joined.key, participantNumber: joined.participantNumber, socket };
}

/** The participant id behind a phone's key, as the server resolves it (the phone never sees it). */
export async function participantIdOf(server: TestServer, key: string): Promise<string> {
  const principal = await server.app.services.meetings.resolveToken(key);
  if (!principal?.participantId) throw new Error('key does not resolve to a participant');
  return principal.participantId;
}

/** Theme input with plain quotes. */
export function themeInput(title: string, quotes: string[] = [], description = ''): ThemeInput {
  return { title, description, quotes: quotes.map((text) => ({ text })) };
}

/** Creates a theme without anonymiser findings and publishes it. */
export async function publishedTheme(regie: ClientSocket, input: ThemeInput): Promise<StaffTheme> {
  const created = ok(await regie.emitWithAck('theme:create', input));
  if (created.flags.length > 0) {
    throw new Error(`test theme unexpectedly flagged: ${JSON.stringify(created.flags)}`);
  }
  return ok(await regie.emitWithAck('theme:publish', { themeId: created.id, published: true }));
}

/** An addition id as a phone makes one: random, URL-safe, 22 characters. */
export const additionId = () => randomBytes(16).toString('base64url');

/**
 * Round trip on a Socket.IO connection. Events and acknowledgements travel in order on one
 * connection, so afterwards this client has received everything the server sent it before.
 */
export async function roundTrip(socket: ClientSocket): Promise<void> {
  ok(await socket.emitWithAck('clock:ping', {}));
}

export interface RecordingDoc {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Every frame the server sent this connection, as raw bytes. */
  frames: Buffer[];
}

/**
 * Opens a collaborative document with the real y-websocket provider and records every frame
 * the server sends on it (sync answers, updates, awareness), to search them for what must
 * never reach this screen.
 */
export async function openRecordingDoc(
  url: string,
  meetingId: string,
  token: string,
  kind: DocKind,
): Promise<RecordingDoc> {
  return openRecordingPath(url, meetingId, token, kind);
}

/**
 * The same for any document path below the meeting (`welcome`, `plenary` or
 * `canvas/<groupId>`): records every frame the server sends on the connection.
 */
export async function openRecordingPath(
  url: string,
  meetingId: string,
  token: string,
  docPath: string,
): Promise<RecordingDoc> {
  const frames: Buffer[] = [];
  class RecordingWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols);
      this.on('message', (data: Buffer) => frames.push(Buffer.from(data)));
    }
  }
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(collabUrl(url), `${meetingId}/${docPath}`, doc, {
    WebSocketPolyfill: withToken(
      RecordingWebSocket,
      token,
    ) as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  onCleanup(() => {
    provider.destroy();
    doc.destroy();
  });
  await waitFor(() => {
    if (!provider.synced) throw new Error('provider not synced yet');
  });
  return { doc, provider, frames };
}

/** Records every event a Socket.IO client receives, with its name, in arrival order. */
export function recordAll(socket: ClientSocket): { event: string; args: unknown[] }[] {
  const seen: { event: string; args: unknown[] }[] = [];
  socket.onAny((event: string, ...args: unknown[]) => seen.push({ event, args }));
  return seen;
}
