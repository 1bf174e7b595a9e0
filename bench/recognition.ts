/**
 * `npm run bench:recognition`: 300 attendees answer one theme within one second over real
 * Socket.IO connections to the server (a child process). Reports p50/p99 of the acknowledgement
 * and the time from the last answer until the revealed tally on the projector includes it.
 *
 * Options: --phones N (or BENCH_PHONES), --spread MS (how long the answers are spread over).
 */
import { must, openVotingTheme } from './regie-steps.js';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import type { Tally } from '../shared/model.js';
import { startServer } from './server-process.js';
import { createMeeting, joinPhones } from './clients.js';
import { round1, summarise } from './stats.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { values } = parseArgs({
  options: { phones: { type: 'string' }, spread: { type: 'string' } },
});
const phones = Number(values.phones ?? process.env.BENCH_PHONES ?? 300);
const spreadMs = Number(values.spread ?? 1000);

function connect(url: string, token: string): Promise<Socket> {
  const socket = io(url, { auth: { token }, transports: ['websocket'], forceNew: true });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

const server = await startServer({ root });
const sockets: Socket[] = [];
try {
  const created = await createMeeting(server.httpUrl, server.organiserToken, 'Bench herkenning');
  const regie = await connect(server.httpUrl, created.facilitatorToken);
  const projector = await connect(server.httpUrl, created.projectorToken);
  sockets.push(regie, projector);
  const theme = await openVotingTheme(regie);

  const keys = await joinPhones(server.httpUrl, created.meeting.joinCode, phones);
  for (let i = 0; i < keys.length; i += 50) {
    sockets.push(
      ...(await Promise.all(keys.slice(i, i + 50).map((key) => connect(server.httpUrl, key)))),
    );
  }
  const attendees = sockets.slice(2);
  process.stderr.write(
    `[bench] ${attendees.length} attendees connected; answering over ${spreadMs} ms\n`,
  );

  let lastAnswerAt = 0;
  let tallyCompleteAt = 0;
  const tallyComplete = new Promise<void>((resolve) => {
    projector.on('tally:changed', ({ tally }: { tally: Tally }) => {
      const total = tally.votes.yes + tally.votes.partly + tally.votes.no;
      if (total === attendees.length && !tallyCompleteAt) {
        tallyCompleteAt = performance.now();
        resolve();
      }
    });
  });

  const answers = ['yes', 'partly', 'no'] as const;
  const ackMs: number[] = [];
  await Promise.all(
    attendees.map(
      (socket, i) =>
        new Promise<void>((resolve, reject) => {
          setTimeout(
            () => {
              const sentAt = performance.now();
              lastAnswerAt = Math.max(lastAnswerAt, sentAt);
              must(socket.emitWithAck('vote:cast', { themeId: theme.id, answer: answers[i % 3] }))
                .then(() => {
                  ackMs.push(performance.now() - sentAt);
                  resolve();
                })
                .catch(reject);
            },
            (i / attendees.length) * spreadMs,
          );
        }),
    ),
  );
  await tallyComplete;

  const ack = summarise(ackMs);
  const tallyLagMs = tallyCompleteAt - lastAnswerAt;
  const rows = [
    ['attendees', String(attendees.length), ''],
    ['ack p50', `${round1(ack.p50)} ms`, 'target: p99 < 100 ms'],
    ['ack p99', `${round1(ack.p99)} ms`, ''],
    ['ack max', `${round1(ack.max)} ms`, ''],
    [
      'revealed tally complete after last answer',
      `${tallyLagMs.toFixed(1)} ms`,
      'target: < 250 ms',
    ],
  ];
  process.stdout.write('\nRecognition: 300 answers within one second\n');
  for (const [name, value, note] of rows)
    process.stdout.write(`  ${name.padEnd(44)} ${value.padStart(10)}  ${note}\n`);
} finally {
  for (const socket of sockets) socket.close();
  await server.stop();
}
