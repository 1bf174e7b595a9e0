/**
 * Join time of a full board: a fresh client, from construction of its provider until it is synced
 * with every note, once with the room still in server memory (warm) and once loaded from the
 * store (cold).
 */
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { addNote, docName, notesOf } from '../shared/docs.js';
import type { ServerProcess } from './server-process.js';
import { closeAll, connectClient, sleep, untilNotes } from './clients.js';
import type { CollabClient } from './clients.js';
import { median } from './stats.js';

export interface LoadResult {
  notes: number;
  /** Size of the whole document as one update, in bytes. */
  docBytes: number;
  fillMs: number;
  /** Each timed join, in milliseconds. */
  coldRunsMs: number[];
  warmRunsMs: number[];
  coldMedianMs: number;
  warmMedianMs: number;
  /** Applying the same document to a fresh Y.Doc in this process: the client's share of a join. */
  clientApplyMedianMs: number;
}

const FILL_BATCH = 250;
/** Long enough for the server to notice the last close, compact the document and unload it. */
const UNLOAD_WAIT_MS = 250;

export async function runLoad(options: {
  server: ServerProcess;
  meetingId: string;
  facilitatorToken: string;
  /** A read-only token for the same meeting (the projector's). */
  readerToken: string;
  notes: number;
  runs: number;
  log: (line: string) => void;
}): Promise<LoadResult> {
  const { server, notes, runs, log } = options;
  const room = docName(options.meetingId, 'welcome');
  const open: CollabClient[] = [];
  const connect = (token: string) => {
    const client = connectClient(server.collabUrl, room, token);
    open.push(client);
    return client;
  };
  const close = async (client: CollabClient) => {
    open.splice(open.indexOf(client), 1);
    await client.close();
  };

  try {
    log(`filling a board with ${notes} notes…`);
    const fillStart = performance.now();
    const writer = connect(options.facilitatorToken);
    await writer.synced;
    for (let first = 0; first < notes; first += FILL_BATCH) {
      // One transaction per batch: one update, one frame, one stored row.
      writer.doc.transact(() => {
        for (let i = first; i < Math.min(notes, first + FILL_BATCH); i++) {
          addNote(writer.doc, {
            id: `load-note-${i}`,
            text: `Idee ${i + 1}: meer groen in de straat en een bankje bij de bushalte`,
            x: (i % 60) / 60,
            y: Math.floor(i / 60) / Math.ceil(notes / 60),
            colour: 'blue',
            createdAt: Date.now(),
          });
        }
      });
    }
    const check = connect(options.readerToken);
    await check.synced;
    await untilNotes(check.doc, notes);
    const fillMs = performance.now() - fillStart;
    if (notesOf(check.doc).size !== notes) {
      throw new Error(`expected ${notes} notes on the server, a reader sees ${notesOf(check.doc).size}`);
    }
    const update = Y.encodeStateAsUpdate(check.doc);
    await close(writer);
    await close(check);
    await sleep(UNLOAD_WAIT_MS);

    const timedJoin = async (): Promise<number> => {
      const start = performance.now();
      const client = connect(options.readerToken);
      await client.synced;
      await untilNotes(client.doc, notes);
      const elapsed = performance.now() - start;
      await close(client);
      return elapsed;
    };

    log(`cold joins (room unloaded before each), ${runs}×…`);
    const coldRunsMs: number[] = [];
    for (let run = 0; run < runs; run++) {
      coldRunsMs.push(await timedJoin());
      await sleep(UNLOAD_WAIT_MS);
    }

    log(`warm joins (another reader keeps the room loaded), ${runs}×…`);
    const holder = connect(options.readerToken);
    await holder.synced;
    await untilNotes(holder.doc, notes);
    const warmRunsMs: number[] = [];
    for (let run = 0; run < runs; run++) warmRunsMs.push(await timedJoin());
    await close(holder);

    const applyRunsMs: number[] = [];
    for (let run = 0; run < runs; run++) {
      const doc = new Y.Doc();
      const start = performance.now();
      Y.applyUpdate(doc, update);
      applyRunsMs.push(performance.now() - start);
      doc.destroy();
    }

    return {
      notes,
      docBytes: update.byteLength,
      fillMs,
      coldRunsMs,
      warmRunsMs,
      coldMedianMs: median(coldRunsMs),
      warmMedianMs: median(warmRunsMs),
      clientApplyMedianMs: median(applyRunsMs),
    };
  } finally {
    await closeAll(open);
  }
}
