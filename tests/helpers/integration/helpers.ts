/**
 * Shared pieces for the integration suite: real servers, real Socket.IO and y-websocket clients,
 * raw `ws` sockets, each registered for teardown. Every test file calls `afterEach(cleanUp)`, so
 * nothing a test opens outlives it, also when the test fails halfway.
 */
import { rmSync } from 'node:fs';
import { io } from 'socket.io-client';
import type { Socket, SocketOptions, ManagerOptions } from 'socket.io-client';
import { WebsocketProvider } from 'y-websocket';
import { encodeTokenFrame, withToken } from '../../../shared/collab-auth.js';
import WebSocket from 'ws';
import type { ClientOptions } from 'ws';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { startServer } from '../server.js';
import type { ServerOptions, TestServer } from '../server.js';
import type { ClientToServerEvents, ServerToClientEvents } from '../../../shared/protocol.js';
import type { DocKind } from '../../../shared/docs.js';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

// ---------- teardown ----------

// y-websocket's WebsocketProvider adds a process 'exit' listener per provider and removes it on
// destroy; a test with a table's worth of phones open passes Node's warning mark of ten.
process.setMaxListeners(100);

const cleanups: (() => unknown)[] = [];

/** Registers something to undo after the current test; undone last-in, first-out. */
export function onCleanup(fn: () => unknown): void {
  cleanups.push(fn);
}

/** Undoes everything registered by the test; pass to `afterEach`. Collects errors, throws once. */
export async function cleanUp(): Promise<void> {
  const errors: unknown[] = [];
  while (cleanups.length > 0) {
    const fn = cleanups.pop()!;
    try {
      await fn();
    } catch (error) {
      errors.push(error);
    }
  }
  if (errors.length > 0) throw new AggregateError(errors, 'teardown failed');
}

// ---------- waiting ----------

/** Retries `assertion` until it stops throwing or `timeoutMs` passes; then rethrows its error. */
export async function waitFor<T>(
  assertion: () => T | Promise<T>,
  timeoutMs = 10_000,
  intervalMs = 20,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}

/** Resolves with the first emission of `event` on `emitter`, or rejects after `timeoutMs`. */
export function once<T = unknown>(
  emitter: { once(event: string, fn: (...args: never[]) => void): unknown },
  event: string,
  timeoutMs = 10_000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`timed out waiting for '${event}'`)),
      timeoutMs,
    );
    emitter.once(event, ((value: T) => {
      clearTimeout(timer);
      resolve(value);
    }) as (...args: never[]) => void);
  });
}

// ---------- servers ----------

/**
 * Starts a real server (ephemeral port, temp SQLite dir). `stop()` may be called by the test to
 * simulate a restart; it keeps the data. Teardown stops it if still running and removes the data.
 */
export async function useServer(options: ServerOptions = {}): Promise<TestServer> {
  const server = await startServer(options);
  let stopping: Promise<void> | null = null;
  const stop = () => (stopping ??= server.stop());
  onCleanup(async () => {
    await stop();
    rmSync(server.dataDir, { recursive: true, force: true });
  });
  return { ...server, stop: () => stop() };
}

// ---------- Socket.IO ----------

type IoOptions = Partial<ManagerOptions & SocketOptions>;

/** A Socket.IO client as the app's screens open it, not yet connected; closed at teardown. */
export function socketFor(url: string, token: string, options: IoOptions = {}): ClientSocket {
  const socket: ClientSocket = io(url, {
    auth: { token },
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    autoConnect: false,
    ...options,
  });
  onCleanup(() => socket.disconnect());
  return socket;
}

/** Opens a Socket.IO connection and waits until the server accepted it. */
export async function connectSocket(
  url: string,
  token: string,
  options: IoOptions = {},
): Promise<ClientSocket> {
  const socket = socketFor(url, token, options);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
    socket.connect();
  });
  return socket;
}

/** Opens a Socket.IO connection that must be refused; resolves with the connect_error. */
export async function refusedSocket(
  url: string,
  token: string,
  options: IoOptions = {},
): Promise<Error> {
  const socket = socketFor(url, token, options);
  return new Promise<Error>((resolve, reject) => {
    socket.once('connect', () => reject(new Error('connection was accepted')));
    socket.once('connect_error', resolve);
    socket.connect();
  });
}

/** Records every payload of a server event, for retrying assertions on what arrived. */
export function record<E extends keyof ServerToClientEvents>(
  socket: ClientSocket,
  event: E,
): Parameters<ServerToClientEvents[E]>[0][] {
  const seen: Parameters<ServerToClientEvents[E]>[0][] = [];
  const listener = (payload: Parameters<ServerToClientEvents[E]>[0]) => seen.push(payload);
  socket.on(event, listener as never);
  return seen;
}

/** The same connection without the typed event maps, to send what a typed client cannot. */
export function untyped(socket: ClientSocket): Socket {
  return socket as unknown as Socket;
}

// ---------- y-websocket ----------

export const collabUrl = (url: string) => `${url.replace('http', 'ws')}/collab`;

/** A WebSocket class as y-websocket constructs it: `ws`'s, or a test's subclass of it. */
export type WebSocketClass = new (address: string, protocols?: string | string[]) => WebSocket;

export interface OpenDoc {
  doc: Y.Doc;
  provider: WebsocketProvider;
}

/**
 * Opens a collaborative document with the real y-websocket provider, as the client does
 * (BroadcastChannel off: providers in one process would otherwise sync past the server).
 */
export function openDoc(
  url: string,
  meetingId: string,
  token: string,
  options: {
    kind?: DocKind | string;
    params?: Record<string, string>;
    /** The WebSocket class underneath (a test's stand-in for a network), `ws` by default. */
    socket?: WebSocketClass;
  } = {},
): OpenDoc {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(
    collabUrl(url),
    `${meetingId}/${options.kind ?? 'welcome'}`,
    doc,
    {
      WebSocketPolyfill: withToken(
        options.socket ?? WebSocket,
        token,
      ) as unknown as typeof globalThis.WebSocket,
      params: { ...options.params },
      disableBc: true,
    },
  );
  onCleanup(() => {
    provider.destroy();
    doc.destroy();
  });
  return { doc, provider };
}

/** Opens a document and waits for its first sync with the server. */
export async function openSyncedDoc(...args: Parameters<typeof openDoc>): Promise<OpenDoc> {
  const opened = openDoc(...args);
  await waitFor(() => {
    if (!opened.provider.synced) throw new Error('provider not synced yet');
  }, 10_000);
  return opened;
}

/**
 * Round trip on one provider's connection: sends a sync step 1 and waits for the server's
 * step 2 answer. Frames travel in order, so afterwards the server has handled everything this
 * client sent before, and this client has received everything the server sent it before.
 */
export async function flush(provider: WebsocketProvider): Promise<void> {
  const ws = provider.ws;
  if (!ws || ws.readyState !== ws.OPEN) throw new Error('provider is not connected');
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0); // message type: sync
  syncProtocol.writeSyncStep1(encoder, new Y.Doc());
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no sync step 2 answer')), 10_000);
    const onMessage = (event: MessageEvent) => {
      const bytes = new Uint8Array(event.data as ArrayBuffer);
      if (bytes[0] === 0 && bytes[1] === 1) {
        clearTimeout(timer);
        ws.removeEventListener('message', onMessage);
        resolve();
      }
    };
    ws.addEventListener('message', onMessage);
    ws.send(encoding.toUint8Array(encoder));
  });
}

// ---------- raw WebSocket ----------

/** A raw `ws` client for hand-made frames; terminated at teardown. */
export function rawSocket(url: string, path: string, options: ClientOptions = {}): WebSocket {
  const ws = new WebSocket(`${url.replace('http', 'ws')}${path}`, options);
  ws.on('error', () => undefined); // failures are asserted through events the tests wait for
  onCleanup(() => ws.terminate());
  return ws;
}

/** The raw collab connection a provider would open for `meetingId/kind`. */
export function rawCollab(
  url: string,
  meetingId: string,
  token: string,
  kind = 'welcome',
): WebSocket {
  const ws = rawSocket(url, `/collab/${meetingId}/${kind}`);
  // The token goes first, as the app's clients send it (shared/collab-auth.ts).
  ws.once('open', () => ws.send(encodeTokenFrame(token)));
  return ws;
}

/** Resolves with the close code and reason a WebSocket ends with. */
export function closed(
  ws: WebSocket,
  timeoutMs = 10_000,
): Promise<{ code: number; reason: string }> {
  return new Promise((resolve, reject) => {
    if (ws.readyState === ws.CLOSED) return reject(new Error('socket was already closed'));
    const timer = setTimeout(() => reject(new Error('socket did not close')), timeoutMs);
    ws.once('close', (code, reason) => {
      clearTimeout(timer);
      resolve({ code, reason: reason.toString() });
    });
  });
}
