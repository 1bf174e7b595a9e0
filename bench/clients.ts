/**
 * Collaboration clients as the app's screens make them (y-websocket's WebsocketProvider over the
 * `ws` package), plus the HTTP calls that hand out their tokens.
 */
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { withToken } from '../shared/collab-auth.js';
import { WebSocket as WsWebSocket } from 'ws';
import { notesOf } from '../shared/docs.js';
import type { Ack, CreatedMeeting, JoinResult } from '../shared/protocol.js';

export interface CollabClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Resolves when the first sync with the server is done; rejects if the server refuses. */
  synced: Promise<void>;
  /** Connections the server closed on us after they were open. */
  readonly drops: number;
  /** performance.now() when the provider was made, and when its first socket opened. */
  readonly createdAt: number;
  readonly openedAt: number | null;
  /** Frames on the first socket: arrival time (before the provider handles them) and size. */
  readonly frames: readonly { at: number; bytes: number }[];
  /** Destroys provider and doc and waits until the socket is really closed. */
  close(): Promise<void>;
}

const SYNC_TIMEOUT_MS = 30_000;
const CLOSE_TIMEOUT_MS = 5_000;

export function connectClient(collabUrl: string, room: string, token: string): CollabClient {
  const createdAt = performance.now();
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(collabUrl, room, doc, {
    disableBc: true,
    WebSocketPolyfill: withToken(WsWebSocket, token) as unknown as typeof WebSocket,
  });
  let closing = false;
  let drops = 0;
  let openedAt: number | null = null;
  const frames: { at: number; bytes: number }[] = [];
  // The provider opens its socket in the constructor; a prepended listener runs before its own.
  const firstSocket = provider.ws as unknown as WsWebSocket | null;
  firstSocket?.once('open', () => (openedAt = performance.now()));
  firstSocket?.prependListener('message', (data: ArrayBuffer) => {
    frames.push({ at: performance.now(), bytes: data.byteLength });
  });
  provider.on('connection-close', (event) => {
    if (!closing && event !== null) drops++;
  });
  const synced = new Promise<void>((resolve, reject) => {
    if (provider.synced) return resolve();
    const timer = setTimeout(
      () => reject(new Error(`${room}: no sync within ${SYNC_TIMEOUT_MS} ms`)),
      SYNC_TIMEOUT_MS,
    ).unref();
    provider.on('sync', (state) => {
      if (!state) return;
      clearTimeout(timer);
      resolve();
    });
    provider.on('closed', ({ code, reason }) => {
      clearTimeout(timer);
      reject(new Error(`${room}: server closed the connection (${code} ${reason})`));
    });
  });
  // Callers await `synced` when they care; never leave a refusal unhandled.
  synced.catch(() => undefined);

  return {
    doc,
    provider,
    synced,
    get drops() {
      return drops;
    },
    createdAt,
    get openedAt() {
      return openedAt;
    },
    frames,
    async close() {
      closing = true;
      const socket = provider.ws as unknown as WsWebSocket | null;
      const closed =
        socket && socket.readyState !== WsWebSocket.CLOSED
          ? new Promise<void>((resolve) => socket.once('close', () => resolve()))
          : Promise.resolve();
      provider.destroy();
      doc.destroy();
      if (!(await within(closed, CLOSE_TIMEOUT_MS))) socket?.terminate();
    },
  };
}

export async function closeAll(clients: readonly CollabClient[]): Promise<void> {
  await Promise.all(clients.map((client) => client.close()));
}

/** Resolves once `doc` holds at least `count` notes, without polling. */
export function untilNotes(doc: Y.Doc, count: number, timeoutMs = 30_000): Promise<void> {
  const notes = notesOf(doc);
  if (notes.size >= count) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      notes.unobserve(check);
      reject(new Error(`only ${notes.size} of ${count} notes after ${timeoutMs} ms`));
    }, timeoutMs).unref();
    function check(): void {
      if (notes.size < count) return;
      clearTimeout(timer);
      notes.unobserve(check);
      resolve();
    }
    notes.observe(check);
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Waits for `promise` at most `ms`; true when it settled in time. Leaves no timer behind. */
export async function within(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => (timer = setTimeout(resolve, ms, false)));
  try {
    return await Promise.race([promise.then(() => true), late]);
  } finally {
    clearTimeout(timer);
  }
}

async function post<T>(url: string, body: unknown, bearer?: string): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
  const answer = (await res.json()) as Ack<T>;
  if (!answer.ok) throw new Error(`POST ${url} failed: ${answer.code} ${answer.message}`);
  return answer.data;
}

export function createMeeting(
  httpUrl: string,
  organiserToken: string,
  name: string,
): Promise<CreatedMeeting> {
  return post<CreatedMeeting>(
    `${httpUrl}/api/meetings`,
    { name, date: '2026-12-01', place: 'Dorpshuis De Schakel' },
    organiserToken,
  );
}

/** Joins `count` phones, a few requests at a time; returns their keys. */
export async function joinPhones(httpUrl: string, code: string, count: number): Promise<string[]> {
  const keys: string[] = [];
  const parallel = 16;
  for (let start = 0; start < count; start += parallel) {
    const batch = Math.min(parallel, count - start);
    const joined = await Promise.all(
      Array.from({ length: batch }, () => post<JoinResult>(`${httpUrl}/api/join`, { code })),
    );
    keys.push(...joined.map((result) => result.key));
  }
  return keys;
}
