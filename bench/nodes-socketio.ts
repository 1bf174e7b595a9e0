/**
 * Scenarios a and b of bench/nodes.ts, over the phones' real paths: a join storm (POST /api/join,
 * then a Socket.IO connection with the key and its `session:sync`) spread over a few seconds,
 * then a recognition burst (every phone casts a vote within one second, as in
 * bench/recognition.ts). Phone i talks to node i mod n directly, so with two nodes half the
 * votes must cross Redis to reach the Regie.
 */
import { must, openVotingTheme } from './regie-steps.js';
import { performance } from 'node:perf_hooks';
import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import type { Tally } from '../shared/model.js';
import { createMeeting, joinPhones, sleep, within } from './clients.js';
import { sample, usage } from './nodes-setups.js';
import type { PerNode, Setup, SharedUsage } from './nodes-setups.js';
import { summarise } from './stats.js';
import type { Summary } from './stats.js';

export interface JoinStormResult {
  phones: number;
  spreadMs: number;
  /** POST /api/join until its answer. */
  httpJoinMs: Summary;
  /**
   * From the start of the join until the Socket.IO connection is up and `session:sync` answered
   * (the phone's first live screen): what a person waits.
   */
  joinedAndConnectedMs: Summary;
  failed: number;
  /** Messages: one per phone (its join and its connection). RSS: per Socket.IO connection. */
  perNode: PerNode[];
  shared: SharedUsage;
}

export interface RecognitionResult {
  votes: number;
  ackMs: Summary;
  /** From the last vote sent until the Regie's tally counts every vote (null: it never did). */
  tallyCompleteAfterLastMs: number | null;
  /** Votes the Regie's tally never counted: must be 0. */
  lostVotes: number;
  /** Messages: votes acknowledged by this node. */
  perNode: PerNode[];
  shared: SharedUsage;
}

/** Phones joined and connected, kept for the next scenarios. */
export interface Hall {
  meetingId: string;
  facilitatorToken: string;
  joinCode: string;
  keys: string[];
  sockets: Socket[];
  close(): void;
}

const TALLY_TIMEOUT_MS = 15_000;

function connectSocket(url: string, token: string): Promise<Socket> {
  const socket = io(url, { auth: { token }, transports: ['websocket'], forceNew: true });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

/** N phones start joining at even steps over `spreadMs`, each on its own node in turn. */
export async function joinStorm(
  setup: Setup,
  phones: number,
  spreadMs: number,
): Promise<{ hall: Hall; result: JoinStormResult }> {
  const created = await createMeeting(
    setup.nodes[0].url,
    setup.organiserToken,
    'Bench: knooppunten',
  );
  const code = created.meeting.joinCode;
  const keys: string[] = new Array<string>(phones);
  const sockets: Socket[] = [];
  const httpMs: number[] = [];
  const totalMs: number[] = [];
  let failed = 0;
  const before = await sample(setup);
  const start = performance.now();
  await Promise.all(
    Array.from({ length: phones }, async (_, i) => {
      await sleep(start + (i / phones) * spreadMs - performance.now());
      const node = setup.nodeFor(i);
      const joinStart = performance.now();
      try {
        // One join per call, so each phone's own time is measured.
        [keys[i]] = await joinPhones(node.url, code, 1);
        httpMs.push(performance.now() - joinStart);
        sockets[i] = await connectSocket(node.url, keys[i]);
        // As the app's phone does first (client/lib/meeting-session.svelte.ts): its first screen.
        await must(sockets[i].emitWithAck('session:sync', {}));
        totalMs.push(performance.now() - joinStart);
      } catch {
        failed++;
      }
    }),
  );
  // Let the last connections' follow-up work (presence, counts) finish before reading CPU.
  await sleep(1_000);
  const after = await sample(setup);
  const connected = (n: number) =>
    sockets.filter((socket, i) => socket && i % setup.nodes.length === n).length;
  const hall: Hall = {
    meetingId: created.meeting.id,
    facilitatorToken: created.facilitatorToken,
    joinCode: code,
    keys: keys.filter((key) => key !== undefined),
    sockets,
    close: () => sockets.forEach((socket) => socket?.close()),
  };
  return {
    hall,
    result: {
      phones,
      spreadMs,
      httpJoinMs: summarise(httpMs),
      joinedAndConnectedMs: summarise(totalMs),
      failed,
      ...usage(setup, before, after, connected, connected),
    },
  };
}

/**
 * The Regie (on node 1) opens recognition of one theme with the result revealed; every joined
 * phone answers within `spreadMs`. The Regie's own `tally:changed` says when every vote counts.
 */
export async function recognitionBurst(
  setup: Setup,
  hall: Hall,
  spreadMs: number,
): Promise<RecognitionResult> {
  const regie = await connectSocket(setup.nodes[0].url, hall.facilitatorToken);
  try {
    const theme = await openVotingTheme(regie);
    const voters = hall.sockets
      .map((socket, i) => ({ socket, node: i % setup.nodes.length }))
      .filter(({ socket }) => socket !== undefined);

    let counted = 0;
    let completeAt: number | null = null;
    const complete = new Promise<void>((resolve) => {
      regie.on('tally:changed', ({ tally }: { tally: Tally }) => {
        counted = tally.votes.yes + tally.votes.partly + tally.votes.no;
        if (counted >= voters.length && completeAt === null) {
          completeAt = performance.now();
          resolve();
        }
      });
    });

    const answers = ['yes', 'partly', 'no'] as const;
    const ackMs: number[] = [];
    const ackedBy = setup.nodes.map(() => 0);
    let lastSentAt = 0;
    const before = await sample(setup);
    const start = performance.now();
    await Promise.all(
      voters.map(async ({ socket, node }, i) => {
        await sleep(start + (i / voters.length) * spreadMs - performance.now());
        const sentAt = performance.now();
        lastSentAt = Math.max(lastSentAt, sentAt);
        await must(socket.emitWithAck('vote:cast', { themeId: theme.id, answer: answers[i % 3] }));
        ackMs.push(performance.now() - sentAt);
        ackedBy[node]++;
      }),
    );
    await within(complete, TALLY_TIMEOUT_MS);
    const after = await sample(setup);
    return {
      votes: ackMs.length,
      ackMs: summarise(ackMs),
      tallyCompleteAfterLastMs: completeAt === null ? null : completeAt - lastSentAt,
      lostVotes: voters.length - counted,
      ...usage(
        setup,
        before,
        after,
        (n) => ackedBy[n],
        (n) => voters.filter((voter) => voter.node === n).length,
      ),
    };
  } finally {
    regie.close();
  }
}
