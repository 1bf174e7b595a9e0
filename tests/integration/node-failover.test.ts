/**
 * Failover on several nodes (issue 13), with real processes: a node killed with SIGKILL in the
 * middle of an evening, the redis-server restarted, PostgreSQL restarted. People reconnect by
 * themselves; whatever the server acknowledged (a vote's answer, a note's "ontvangen") must
 * still be there afterwards, exactly once.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { useSharedBackend } from '../helpers/integration/shared-backend.js';
import type * as Y from 'yjs';
import type { NodeProcess } from '../helpers/node-process.js';
import { startRoundRobinProxy } from '../helpers/round-robin-proxy.js';
import { createMeeting, joinMeeting } from '../helpers/server.js';
import {
  cleanUp,
  connectSocket,
  flush,
  onCleanup,
  openSyncedDoc,
  record,
  waitFor,
} from '../helpers/integration/helpers.js';
import type { ClientSocket } from '../helpers/integration/helpers.js';
import { ok, publishedTheme, themeInput } from '../helpers/integration/evening.js';
import {
  StoredAckWriter,
  castVote,
  duplicates,
  node,
  notesInPostgres,
  reconnectingSocket,
  sleep,
} from '../helpers/integration/failover.js';
import { readNotes } from '../../shared/docs.js';
import { COLLAB_CLOSE } from '../../shared/protocol.js';
import { RECOGNITION_ANSWERS } from '../../shared/model.js';
import type { RecognitionAnswer, Tally } from '../../shared/model.js';

const shared = useSharedBackend();
afterEach(cleanUp);

/** A meeting in the recognition round with one theme open, its Regie connected at `url`. */
async function recognitionEvening(url: string) {
  const created = await createMeeting(url);
  const regie = await reconnectingSocket(url, created.facilitatorToken);
  ok(await regie.emitWithAck('phase:set', { phase: 'recognition' }));
  const theme = await publishedTheme(regie, themeInput('Groen en spelen', ['Meer bomen.']));
  ok(await regie.emitWithAck('recognition:control', { themeId: theme.id, open: true }));
  return { created, meetingId: created.meeting.id, regie, themeId: theme.id };
}

/** The vote counts the Regie sees, on a connection of its own to `url`. */
async function votesSeenAt(url: string, facilitatorToken: string, themeId: string) {
  const regie = await connectSocket(url, facilitatorToken);
  const tallies: Tally[] = ok(await regie.emitWithAck('tally:list', {}));
  return tallies.find((tally) => tally.themeId === themeId)?.votes;
}

function countOf(answers: Iterable<RecognitionAnswer | null>) {
  const votes = { yes: 0, partly: 0, no: 0 };
  for (const answer of answers) if (answer) votes[answer]++;
  return votes;
}

describe('a node dies mid-evening', () => {
  it('kill -9 a node while 20 clients edit and vote', async () => {
    const databaseUrl = await shared.postgres().createDatabase();
    const nodes: NodeProcess[] = [];
    const proxy = await startRoundRobinProxy(() => nodes.map((n) => n.port));
    onCleanup(() => proxy.stop());
    const env = {
      DATABASE_URL: databaseUrl,
      REDIS_URL: shared.redis().url,
      ALLOWED_HOSTS: `127.0.0.1:${proxy.port}`,
    };
    nodes.push(await node(env));
    nodes.push(await node(env));
    const e = await recognitionEvening(proxy.url);

    // Twenty phones through the balancer, spread over both nodes.
    const phones: ClientSocket[] = [];
    for (let i = 0; i < 20; i++) {
      const joined = await joinMeeting(proxy.url, e.created.meeting.joinCode);
      phones.push(await reconnectingSocket(proxy.url, joined.key));
    }
    // Four Regie screens writing on the welcome board, through the balancer too.
    const writers = ['a', 'b', 'c', 'd'].map(
      (tag) => new StoredAckWriter(proxy.url, e.meetingId, e.created.facilitatorToken, tag),
    );
    await Promise.all(writers.map((writer) => writer.synced()));
    // Who lost their node: counted, so the test knows the kill hit phones and writers alike.
    const phonesCut = new Set<number>();
    phones.forEach((socket, i) => socket.on('disconnect', () => phonesCut.add(i)));
    const writersCut = new Set<string>();
    for (const writer of writers) {
      writer.opened.provider.on('connection-close', () => writersCut.add(writer.tag));
    }

    // Each phone changes its answer in turn; an answer without an acknowledgement is sent again
    // until it is acknowledged, so the last acknowledged answer is the phone's last answer.
    let voting = true;
    const lastAcknowledged: (RecognitionAnswer | null)[] = phones.map(() => null);
    const refusals: string[] = [];
    const voters = phones.map(async (socket, i) => {
      for (let round = 0; voting; round++) {
        const answer = RECOGNITION_ANSWERS[(i + round) % 3];
        for (;;) {
          const outcome = await castVote(socket, e.themeId, answer, 2_000);
          if (outcome.kind === 'ok') break;
          // A refusal is an answer, not a lost connection: the phone would show it.
          if (outcome.kind === 'refused') refusals.push(outcome.code);
          await sleep(100);
        }
        lastAcknowledged[i] = answer;
        // Well within a connection's command budget (LIMITS.commandsPer10s).
        await sleep(250 + ((i * 37) % 200));
      }
    });
    let editing = true;
    const editors = writers.map(async (writer) => {
      while (editing) {
        writer.add();
        await sleep(40);
      }
    });

    await sleep(1_500);
    // Kill the node that carries the larger share of the connections (about half of them).
    const [first, second] = nodes;
    const victim =
      proxy.connectionsTo(first.port) >= proxy.connectionsTo(second.port) ? first : second;
    const survivor = victim === first ? second : first;
    const acknowledgedBeforeKill = writers.flatMap((writer) => writer.acknowledged());
    await victim.kill9();
    nodes.splice(nodes.indexOf(victim), 1);

    // Everyone reconnects to the survivor and goes on for a while.
    await sleep(4_000);
    editing = false;
    voting = false;
    await Promise.all([...voters, ...editors]);
    expect(refusals).toEqual([]);
    expect(phonesCut.size).toBeGreaterThanOrEqual(5);
    expect(phonesCut.size).toBeLessThanOrEqual(15);
    expect(writersCut.size).toBeGreaterThanOrEqual(1);

    // Every note a writer added is resent after its reconnect and acknowledged in the end.
    await Promise.all(writers.map((writer) => writer.allAcknowledged()));
    const acknowledged = writers.flatMap((writer) => writer.acknowledged());
    expect(acknowledgedBeforeKill.length).toBeGreaterThan(0);
    expect(acknowledged).toEqual(expect.arrayContaining(acknowledgedBeforeKill));

    const docName = `${e.meetingId}/welcome`;
    const fresh = await openSyncedDoc(survivor.url, e.meetingId, e.created.facilitatorToken);
    const freshIds = readNotes(fresh.doc).map((n) => n.id);
    const storedIds = (await notesInPostgres(databaseUrl, docName)).map((n) => n.id);
    for (const ids of [freshIds, storedIds]) {
      expect(duplicates(ids)).toEqual([]);
      expect(ids).toEqual(expect.arrayContaining(acknowledged));
      expect(ids).toHaveLength(acknowledged.length);
    }

    // Every phone's last acknowledged answer counts, once.
    expect(lastAcknowledged.every((answer) => answer !== null)).toBe(true);
    expect(await votesSeenAt(survivor.url, e.created.facilitatorToken, e.themeId)).toEqual(
      countOf(lastAcknowledged),
    );
  }, 60_000);
});

describe('the shared services restart mid-evening', () => {
  it('restart redis-server mid-evening', async () => {
    const databaseUrl = await shared.postgres().createDatabase();
    const env = { DATABASE_URL: databaseUrl, REDIS_URL: shared.redis().url };
    const nodeA = await node(env);
    const nodeB = await node(env);
    const e = await recognitionEvening(nodeA.url);
    const beamer = await reconnectingSocket(nodeB.url, e.created.projectorToken);
    const phases = record(beamer, 'phase:changed');
    const joined = await joinMeeting(nodeB.url, e.created.meeting.joinCode);
    const phone = await reconnectingSocket(nodeB.url, joined.key);
    ok(await phone.emitWithAck('vote:cast', { themeId: e.themeId, answer: 'partly' }));

    // A phone reads the board on node B; the Regie writes on node A.
    const reader = await openSyncedDoc(nodeB.url, e.meetingId, joined.key);
    const writer = new StoredAckWriter(nodeA.url, e.meetingId, e.created.facilitatorToken, 'r');
    await writer.synced();
    const noteIds = (doc: Y.Doc) => readNotes(doc).map((n) => n.id);
    const before = writer.add();
    await writer.allAcknowledged();
    await waitFor(() => expect(noteIds(reader.doc)).toEqual([before]));

    // Redis goes down (a crash), and a note is written and the phase changed meanwhile.
    await shared.redis().kill();
    const during = writer.add();
    await writer.allAcknowledged();
    ok(await e.regie.emitWithAck('phase:set', { phase: 'break' }));
    // Down long enough that both nodes' clients are in their reconnect back-off.
    await sleep(1_000);
    await shared.redis().restart();

    // What was stored while Redis was away reaches B: B catches up from the store once its
    // listener is back (or hears it late). The Beamer on B gets the phase the Regie set on A.
    await waitFor(() => expect(noteIds(reader.doc)).toEqual([before, during]));
    await waitFor(() => expect(phases.at(-1)?.phase).toBe('break'));
    // And once both are back, live again: a board note and a Socket.IO broadcast.
    const after = writer.add();
    await writer.allAcknowledged();
    await waitFor(() => expect(noteIds(reader.doc)).toEqual([before, during, after]));
    ok(await e.regie.emitWithAck('phase:set', { phase: 'recognition' }));
    await waitFor(() => expect(phases.at(-1)?.phase).toBe('recognition'));

    // Nothing acknowledged before is lost.
    const fresh = await openSyncedDoc(nodeB.url, e.meetingId, joined.key);
    expect(noteIds(fresh.doc)).toEqual([before, during, after]);
    expect(await votesSeenAt(nodeB.url, e.created.facilitatorToken, e.themeId)).toEqual({
      yes: 0,
      partly: 1,
      no: 0,
    });
  }, 60_000);

  it('restart PostgreSQL mid-evening', async () => {
    const databaseUrl = await shared.postgres().createDatabase();
    const env = { DATABASE_URL: databaseUrl, REDIS_URL: shared.redis().url };
    const nodeA = await node(env);
    const e = await recognitionEvening(nodeA.url);
    const joined = await joinMeeting(nodeA.url, e.created.meeting.joinCode);
    const phone = await reconnectingSocket(nodeA.url, joined.key);
    ok(await phone.emitWithAck('vote:cast', { themeId: e.themeId, answer: 'yes' }));
    const writer = new StoredAckWriter(nodeA.url, e.meetingId, e.created.facilitatorToken, 'p');
    await writer.synced();
    const before = writer.add();
    await writer.allAcknowledged();
    const closes: number[] = [];
    writer.opened.provider.on('connection-close', (event: CloseEvent | null) => {
      if (event) closes.push(event.code);
    });

    await shared.postgres().pause();
    // A vote while the database is down gets an answer within a few seconds: a refusal the
    // phone can show, not silence.
    const started = Date.now();
    const outage = await castVote(phone, e.themeId, 'no', 5_000);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(outage).toEqual({ kind: 'refused', code: 'INTERNAL' });
    // A note written now cannot be stored, so it is not acknowledged while the database is down.
    const during = writer.add();
    await sleep(1_500);
    expect(writer.acknowledged()).toEqual([before]);
    // The room could not store it and sent its writer away to come back and send it again.
    expect(closes).toContain(COLLAB_CLOSE.unavailable);
    await shared.postgres().resume();

    // The writer's screen sends it again once the room loads from the store: stored in the end.
    await writer.allAcknowledged();
    const after = writer.add();
    await writer.allAcknowledged();
    await flush(writer.opened.provider);
    const stored = (await notesInPostgres(databaseUrl, `${e.meetingId}/welcome`)).map((n) => n.id);
    expect(stored).toEqual([before, during, after]);

    // Votes work again; the refused one never counted, the one before it did until replaced.
    expect(await votesSeenAt(nodeA.url, e.created.facilitatorToken, e.themeId)).toEqual({
      yes: 1,
      partly: 0,
      no: 0,
    });
    ok(await phone.emitWithAck('vote:cast', { themeId: e.themeId, answer: 'partly' }));
    expect(await votesSeenAt(nodeA.url, e.created.facilitatorToken, e.themeId)).toEqual({
      yes: 0,
      partly: 1,
      no: 0,
    });
  }, 60_000);
});
