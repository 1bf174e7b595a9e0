/**
 * A phone as the server sees it, without a Y.Doc: it speaks the y-websocket protocol (token
 * frame, sync step 1 and 2, updates) and only reads, from each update it receives, how far it
 * reaches in the writer's changes (Y.parseUpdateMeta). Hundreds of real providers in one process
 * spend their time, and their garbage collection, on 300 copies of a growing document; pauses of
 * a few hundred milliseconds in the bench process then land on whichever run they happen to hit.
 * These phones keep nothing, so what the bench measures is the server.
 */
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import * as syncProtocol from 'y-protocols/sync';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import { encodeTokenFrame } from '../shared/collab-auth.js';

const MESSAGE_SYNC = 0;
const SYNC_TIMEOUT_MS = 30_000;
const CLOSE_TIMEOUT_MS = 5_000;
const EMPTY_STATE_VECTOR = Y.encodeStateVector(new Y.Doc());
const EMPTY_UPDATE = Y.encodeStateAsUpdate(new Y.Doc());

export interface LightPhone {
  /** Resolves when the server's whole document (sync step 2) has arrived. */
  readonly synced: Promise<void>;
  /** Connections the server closed on us. */
  readonly drops: number;
  /**
   * Calls `listener(clock, now)` whenever an update arrives that reaches the writer's clock
   * `clock` (exclusive end of its changes so far); returns a function that stops listening.
   */
  follow(writerClientId: number, listener: (clock: number, now: number) => void): () => void;
  close(): Promise<void>;
}

function syncFrame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

const STEP_1 = syncFrame((encoder) => {
  encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep1);
  encoding.writeVarUint8Array(encoder, EMPTY_STATE_VECTOR);
});
const STEP_2 = syncFrame((encoder) => {
  encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2);
  encoding.writeVarUint8Array(encoder, EMPTY_UPDATE);
});

export function connectLightPhone(collabUrl: string, room: string, token: string): LightPhone {
  const ws = new WebSocket(`${collabUrl}/${room}`);
  ws.binaryType = 'nodebuffer';
  let closing = false;
  let drops = 0;
  let followers: { clientId: number; listener: (clock: number, now: number) => void }[] = [];
  let markSynced = () => {};
  let refuse = (_error: Error) => {};
  const synced = new Promise<void>((resolve, reject) => {
    markSynced = resolve;
    refuse = reject;
    setTimeout(
      () => reject(new Error(`${room}: no sync within ${SYNC_TIMEOUT_MS} ms`)),
      SYNC_TIMEOUT_MS,
    ).unref();
  });
  synced.catch(() => undefined);

  ws.on('error', () => undefined);
  ws.once('open', () => {
    ws.send(encodeTokenFrame(token));
    ws.send(STEP_1);
  });
  ws.on('close', (code, reason) => {
    if (closing) return;
    drops++;
    refuse(new Error(`${room}: server closed the connection (${code} ${reason.toString()})`));
  });
  ws.on('message', (data: Buffer) => {
    const now = performance.now();
    const decoder = decoding.createDecoder(
      new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
    );
    if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return;
    const step = decoding.readVarUint(decoder);
    if (step === syncProtocol.messageYjsSyncStep1) return void ws.send(STEP_2);
    const update = decoding.readVarUint8Array(decoder);
    if (step === syncProtocol.messageYjsSyncStep2) markSynced();
    if (followers.length === 0) return;
    const { to } = Y.parseUpdateMeta(update);
    for (const { clientId, listener } of followers) {
      const clock = to.get(clientId);
      if (clock !== undefined) listener(clock, now);
    }
  });

  return {
    synced,
    get drops() {
      return drops;
    },
    follow(clientId, listener) {
      const entry = { clientId, listener };
      followers.push(entry);
      return () => (followers = followers.filter((other) => other !== entry));
    },
    async close() {
      closing = true;
      if (ws.readyState === WebSocket.CLOSED) return;
      const closed = new Promise<void>((resolve) => ws.once('close', () => resolve()));
      ws.close();
      const timer = setTimeout(() => ws.terminate(), CLOSE_TIMEOUT_MS);
      await closed;
      clearTimeout(timer);
    },
  };
}

/** What one light phone does with an update frame, for the harness floor. */
export function readUpdateFrame(frame: Uint8Array, writerClientId: number): number | undefined {
  const decoder = decoding.createDecoder(frame);
  decoding.readVarUint(decoder);
  decoding.readVarUint(decoder);
  return Y.parseUpdateMeta(decoding.readVarUint8Array(decoder)).to.get(writerClientId);
}
