/**
 * The "under attack" part of the collaboration bench (issue 10): while the hall measures, one
 * writer keeps sending hostile updates (oversized, deeply nested, with missing dependencies,
 * unreadable) and reconnects each time the server closes it, and one reader stops reading while
 * it keeps asking for the whole board. Everyone else should not notice.
 */
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import { encodeTokenFrame } from '../shared/collab-auth.js';
import { notesOf } from '../shared/docs.js';

export interface AttackStats {
  hostileUpdatesSent: number;
  writerConnections: number;
  /** How often the server cut the stalled reader off. */
  stalledReaderCutOff: number;
}

const HOSTILE_EVERY_MS = 20;
/** Just within the server's allowed sync requests (20 per 10 s), so only the backlog cap stops it. */
const STALLED_ASK_EVERY_MS = 1_100;

function syncFrame(step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

function updateOf(change: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  let captured: Uint8Array = new Uint8Array();
  doc.on('update', (update: Uint8Array) => (captured = update));
  doc.transact(() => change(doc));
  doc.destroy();
  return captured;
}

/** A few kinds of hostile update, made once and sent in turn. */
function hostileUpdates(): Uint8Array[] {
  const note = (text: unknown) => (doc: Y.Doc) => {
    const map = new Y.Map<unknown>();
    map.set('text', text);
    notesOf(doc).set(`attack-${Math.random().toString(36).slice(2, 10)}`, map as never);
  };
  let nested: unknown = 'diep';
  for (let i = 0; i < 2_000; i++) nested = [nested];
  const oversized = updateOf(note('x'.repeat(400_000)));
  const deep = updateOf(note(nested));
  // The second of two changes, without the first: its dependencies never come.
  const doc = new Y.Doc();
  note('eerste')(doc);
  let gapped: Uint8Array = new Uint8Array();
  doc.on('update', (update: Uint8Array) => (gapped = update));
  note('tweede')(doc);
  const garbage = Uint8Array.from({ length: 4_000 }, (_, i) => (i * 131) & 0xff);
  return [oversized, deep, gapped, oversized.slice(0, oversized.length / 2), garbage];
}

function open(url: string, token: string): WebSocket {
  const ws = new WebSocket(url);
  ws.on('error', () => undefined);
  ws.once('open', () => ws.send(encodeTokenFrame(token)));
  return ws;
}

/** Starts both attackers on `room`; `stop` ends them and reports what they did. */
export function startAttack(options: {
  collabUrl: string;
  room: string;
  writerToken: string;
  readerToken: string;
}): { stop(): Promise<AttackStats> } {
  const url = `${options.collabUrl}/${options.room}`;
  const updates = hostileUpdates();
  const stats: AttackStats = {
    hostileUpdatesSent: 0,
    writerConnections: 0,
    stalledReaderCutOff: 0,
  };
  let running = true;
  const sockets = new Set<WebSocket>();

  const writer = () => {
    if (!running) return;
    stats.writerConnections++;
    const ws = open(url, options.writerToken);
    sockets.add(ws);
    // The server answers the token with its sync step 1: from then on the writer is in.
    ws.once('message', () => {
      const timer = setInterval(() => {
        if (ws.readyState !== ws.OPEN) return;
        ws.send(syncFrame(2, updates[stats.hostileUpdatesSent++ % updates.length]));
      }, HOSTILE_EVERY_MS);
      ws.once('close', () => clearInterval(timer));
    });
    ws.once('close', () => {
      sockets.delete(ws);
      setTimeout(writer, HOSTILE_EVERY_MS);
    });
  };

  const stalledReader = () => {
    if (!running) return;
    const ws = open(url, options.readerToken);
    sockets.add(ws);
    ws.once('message', () => {
      // Stops reading, as a phone whose browser froze, but keeps asking for everything.
      (ws as unknown as { _socket: { pause(): void } })._socket.pause();
      const askForAll = syncFrame(0, Y.encodeStateVector(new Y.Doc()));
      const timer = setInterval(() => {
        if (ws.readyState === ws.OPEN) for (let i = 0; i < 2; i++) ws.send(askForAll);
      }, STALLED_ASK_EVERY_MS);
      ws.once('close', () => clearInterval(timer));
    });
    ws.once('close', () => {
      sockets.delete(ws);
      if (running) stats.stalledReaderCutOff++;
      setTimeout(stalledReader, 200);
    });
  };

  writer();
  stalledReader();
  return {
    async stop() {
      running = false;
      for (const ws of sockets) ws.terminate();
      return stats;
    },
  };
}
