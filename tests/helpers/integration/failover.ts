/**
 * Pieces for the failover tests (issue 13): nodes as real processes on a PostgreSQL and a Redis
 * of the test's own, board writers that keep what the server acknowledged as stored, and phones
 * that vote again until their answer is acknowledged, as a real phone does after a reconnect.
 */
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { startNode } from '../node-process.js';
import type { NodeProcess } from '../node-process.js';
import { createPostgresStore } from '../../../server/store/postgres/index.js';
import { MESSAGE_STORED, addNote, readNotes } from '../../../shared/docs.js';
import type { Note } from '../../../shared/docs.js';
import type { RecognitionAnswer } from '../../../shared/model.js';
import { covers, noteItemId } from '../../../client/lib/stored-notes.js';
import type { ItemId } from '../../../client/lib/stored-notes.js';
import { storedDoc } from '../stored-doc.js';
import { connectSocket, onCleanup, openDoc, waitFor } from './helpers.js';
import type { ClientSocket, OpenDoc, WebSocketClass } from './helpers.js';

/** Reconnects as the app's screens do, quickly enough for a test of a few seconds. */
export const RECONNECTING = {
  reconnection: true,
  reconnectionDelay: 100,
  reconnectionDelayMax: 500,
} as const;

/** A node of the installation on `databaseUrl` and `redisUrl`; stopped at teardown. */
export async function node(env: Record<string, string>): Promise<NodeProcess> {
  const started = await startNode(env);
  onCleanup(() => started.stop());
  return started;
}

/** A Socket.IO client that reconnects by itself, as a phone's page does. */
export function reconnectingSocket(url: string, token: string): Promise<ClientSocket> {
  return connectSocket(url, token, RECONNECTING);
}

/**
 * A board writer opened with `?ack=1`: it keeps the last state vector the server said it stored,
 * so the test knows which of its notes were acknowledged, as a phone's "ontvangen" mark does.
 */
export class StoredAckWriter {
  readonly opened: OpenDoc;
  /** The newest stored state vector the server sent, or an empty one. */
  stored = new Map<number, number>();
  /** Every note this writer added, in order, with the Yjs item that made it. */
  readonly written: { id: string; item: ItemId }[] = [];

  constructor(
    url: string,
    meetingId: string,
    token: string,
    readonly tag: string,
    /** The WebSocket class underneath, for a test that loses frames on purpose. */
    socket?: WebSocketClass,
  ) {
    this.opened = openDoc(url, meetingId, token, { params: { ack: '1' }, socket });
    this.opened.provider.messageHandlers[MESSAGE_STORED] = (_encoder, decoder) => {
      this.stored = Y.decodeStateVector(decoding.readVarUint8Array(decoder));
    };
  }

  synced(): Promise<void> {
    return waitFor(() => {
      if (!this.opened.provider.synced) throw new Error('writer not synced yet');
    });
  }

  /** Adds the next note of this writer; its id says whose and which. */
  add(): string {
    const id = `${this.tag}n${String(this.written.length).padStart(4, '0')}`;
    addNote(this.opened.doc, {
      id,
      text: `${this.tag} ${this.written.length}`,
      x: 0.5,
      y: 0.5,
      createdAt: Date.now(),
    });
    this.written.push({ id, item: noteItemId(this.opened.doc, id)! });
    return id;
  }

  /** The notes the server has acknowledged as stored so far. */
  acknowledged(): string[] {
    const stored = this.stored;
    return this.written.filter((note) => covers(stored, note.item)).map((note) => note.id);
  }

  /** Waits until the server acknowledged every note this writer added. */
  async allAcknowledged(timeoutMs = 15_000): Promise<void> {
    await waitFor(() => {
      const missing = this.written.length - this.acknowledged().length;
      if (missing > 0) throw new Error(`${this.tag}: ${missing} notes not acknowledged`);
    }, timeoutMs);
  }
}

/** The welcome board as PostgreSQL has it, read through a store of the test's own. */
export async function notesInPostgres(databaseUrl: string, docName: string): Promise<Note[]> {
  const store = await createPostgresStore(databaseUrl);
  try {
    return readNotes(await storedDoc(store, docName));
  } finally {
    await store.close();
  }
}

/** Ids that occur more than once. */
export function duplicates(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

/**
 * What came of a vote: acknowledged, refused with a code, or lost on the way (no answer in time,
 * or the connection dropped before it came), which a phone answers by sending it again.
 */
export type VoteOutcome =
  { kind: 'ok' } | { kind: 'refused'; code: string } | { kind: 'lost'; reason: string };

/** One vote with an answer deadline; never throws. */
export async function castVote(
  socket: ClientSocket,
  themeId: string,
  answer: RecognitionAnswer,
  timeoutMs: number,
): Promise<VoteOutcome> {
  try {
    const ack = await socket.timeout(timeoutMs).emitWithAck('vote:cast', { themeId, answer });
    return ack.ok ? { kind: 'ok' } : { kind: 'refused', code: ack.code };
  } catch (error) {
    return { kind: 'lost', reason: String(error) };
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
