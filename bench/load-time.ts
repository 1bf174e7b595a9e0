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
  /** Where a join's time goes (medians): see {@link JoinBreakdown}. */
  coldBreakdownMs: JoinBreakdown;
  warmBreakdownMs: JoinBreakdown;
  /** Applying the same document to a fresh Y.Doc in this process: the client's share of a join. */
  clientApplyMedianMs: number;
}

/**
 * A join in three parts: `open` from the provider's construction until its socket is open
 * (TCP + upgrade); `serverReply` from then until the frame with the document (the largest one)
 * arrived, which covers the token check, loading the room and encoding the state; `clientApply`
 * from its arrival until the provider reported synced.
 */
export interface JoinBreakdown {
  open: number;
  serverReply: number;
  clientApply: number;
}

interface TimedJoin extends JoinBreakdown {
  total: number;
}

function medianBreakdown(joins: readonly TimedJoin[]): JoinBreakdown {
  return {
    open: median(joins.map((join) => join.open)),
    serverReply: median(joins.map((join) => join.serverReply)),
    clientApply: median(joins.map((join) => join.clientApply)),
  };
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
  /** Also time joins with the room unloaded (needs a server that stores documents). */
  cold: boolean;
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
      throw new Error(
        `expected ${notes} notes on the server, a reader sees ${notesOf(check.doc).size}`,
      );
    }
    const update = Y.encodeStateAsUpdate(check.doc);
    await close(writer);

    const timedJoin = async (): Promise<TimedJoin> => {
      const client = connect(options.readerToken);
      await client.synced;
      await untilNotes(client.doc, notes);
      const end = performance.now();
      const opened = client.openedAt ?? client.createdAt;
      const documentFrame = client.frames.reduce((a, b) => (b.bytes > a.bytes ? b : a), {
        at: end,
        bytes: 0,
      });
      await close(client);
      return {
        total: end - client.createdAt,
        open: opened - client.createdAt,
        serverReply: documentFrame.at - opened,
        clientApply: end - documentFrame.at,
      };
    };

    const coldJoins: TimedJoin[] = [];
    let holder = check;
    if (options.cold) {
      await close(check);
      await sleep(UNLOAD_WAIT_MS);
      log(`cold joins (room unloaded before each), ${runs}×…`);
      for (let run = 0; run < runs; run++) {
        coldJoins.push(await timedJoin());
        await sleep(UNLOAD_WAIT_MS);
      }
      holder = connect(options.readerToken);
      await holder.synced;
      await untilNotes(holder.doc, notes);
    }

    log(`warm joins (another reader keeps the room loaded), ${runs}×…`);
    const warmJoins: TimedJoin[] = [];
    for (let run = 0; run < runs; run++) warmJoins.push(await timedJoin());
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
      coldRunsMs: coldJoins.map((join) => join.total),
      warmRunsMs: warmJoins.map((join) => join.total),
      coldMedianMs: coldJoins.length > 0 ? median(coldJoins.map((join) => join.total)) : Number.NaN,
      warmMedianMs: median(warmJoins.map((join) => join.total)),
      coldBreakdownMs: medianBreakdown(coldJoins),
      warmBreakdownMs: medianBreakdown(warmJoins),
      clientApplyMedianMs: median(applyRunsMs),
    };
  } finally {
    await closeAll(open);
  }
}
