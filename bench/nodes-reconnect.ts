/**
 * Scenario d of bench/nodes.ts (two nodes only): M phones on one board through the round-robin
 * proxy, so about half sit on each node; node 1 is killed with SIGKILL while the facilitator keeps
 * writing. The phones are real y-websocket providers (bench/clients.ts) because what is measured
 * is the app's own reconnect: the provider's back-off, a new socket through the proxy to the
 * surviving node, and its state-vector sync fetching what it missed. The writer talks to node 2
 * directly, so the writes go on during the storm; notes written before the kill (some still on
 * their way to node 1's phones) and after it must all reach every phone.
 */
import { performance } from 'node:perf_hooks';
import { addNote, docName, notesOf } from '../shared/docs.js';
import {
  closeAll,
  connectClient,
  createMeeting,
  joinPhones,
  sleep,
  untilNotes,
} from './clients.js';
import type { CollabClient } from './clients.js';
import { sample, usage } from './nodes-setups.js';
import type { PerNode, Setup, SharedUsage } from './nodes-setups.js';
import { summarise } from './stats.js';
import type { Summary } from './stats.js';

export interface ReconnectResult {
  phones: number;
  /** Phones the proxy had put on the killed node (their connection closed at the kill). */
  killedPhones: number;
  notesBeforeKill: number;
  notesAfterKill: number;
  /** Per killed phone: from the SIGKILL until it is connected to node 2 and synced again. */
  backAfterKillMs: Summary;
  /** Killed phones not back within the wait: must be 0. */
  notBack: number;
  /** (note, phone) pairs missing at the end, over every phone: must be 0. */
  lost: number;
  /**
   * Node 2 from the kill until every note reached every phone. Messages: notes written after the
   * kill × every phone, plus notes written before it × killed phones (re-sent in their sync).
   * RSS: per connection after the storm (it then holds every phone), against its RSS before any
   * phone connected.
   */
  survivor: PerNode;
  shared: SharedUsage;
}

const CONNECT_BATCH = 50;
const BACK_TIMEOUT_MS = 60_000;
const ALL_NOTES_TIMEOUT_MS = 30_000;

interface TrackedPhone {
  client: CollabClient;
  /** performance.now() of the first close after the kill, and of the sync that followed. */
  droppedAt: number | null;
  backAt: number | null;
}

function track(client: CollabClient): TrackedPhone {
  const phone: TrackedPhone = { client, droppedAt: null, backAt: null };
  client.provider.on('connection-close', (event) => {
    if (event !== null && phone.droppedAt === null) phone.droppedAt = performance.now();
  });
  client.provider.on('sync', (synced) => {
    if (!synced || phone.droppedAt === null || phone.backAt !== null) return;
    phone.backAt = performance.now();
  });
  return phone;
}

/** Writes `count` notes one every `intervalMs`, ids `${prefix}${i}`. */
async function writeNotes(writer: CollabClient, prefix: string, count: number, intervalMs: number) {
  for (let i = 0; i < count; i++) {
    const added = addNote(writer.doc, {
      id: `${prefix}${i}`,
      text: `Na de storing ${i + 1}: wie belt de gemeente?`,
      x: (i % 10) / 10,
      y: 0.5,
      colour: 'yellow',
      createdAt: Date.now(),
    });
    if (!added) throw new Error('board full: addNote refused a note');
    await sleep(intervalMs);
  }
}

export async function reconnectStorm(
  setup: Setup,
  options: { phones: number; notesBefore: number; notesAfter: number; intervalMs: number },
): Promise<ReconnectResult> {
  const { proxy } = setup;
  const [victim, survivor] = setup.nodes;
  if (!proxy || !survivor) throw new Error('the reconnect storm needs two nodes and the proxy');
  const created = await createMeeting(survivor.url, setup.organiserToken, 'Bench: storing');
  const keys = await joinPhones(survivor.url, created.meeting.joinCode, options.phones);
  const room = docName(created.meeting.id, 'welcome');
  const viaProxy = `ws://127.0.0.1:${proxy.port}/collab`;

  const writer = connectClient(survivor.collabUrl, room, created.facilitatorToken);
  const phones: TrackedPhone[] = [];
  try {
    await writer.synced;
    const rssBaseline = await sample(setup);
    for (let start = 0; start < keys.length; start += CONNECT_BATCH) {
      const batch = keys
        .slice(start, start + CONNECT_BATCH)
        .map((key) => track(connectClient(viaProxy, room, key)));
      phones.push(...batch);
      await Promise.all(batch.map((phone) => phone.client.synced));
    }

    await writeNotes(writer, 'before-kill-', options.notesBefore, options.intervalMs);
    const before = await sample(setup);
    const killAt = performance.now();
    await victim.process.kill9();
    victim.alive = false;
    // Writing goes on while the phones find their way to node 2.
    await writeNotes(writer, 'after-kill-', options.notesAfter, options.intervalMs);
    const killed = phones.filter((phone) => phone.droppedAt !== null);
    // Polled: a phone may still be dropping while another is already back.
    const deadline = performance.now() + BACK_TIMEOUT_MS;
    while (killed.some((phone) => phone.backAt === null) && performance.now() < deadline) {
      await sleep(20);
    }

    const total = options.notesBefore + options.notesAfter;
    await Promise.all(
      phones.map((phone) =>
        untilNotes(phone.client.doc, total, ALL_NOTES_TIMEOUT_MS).catch(() => undefined),
      ),
    );
    const after = await sample(setup);
    const backTimes = killed
      .filter((phone) => phone.backAt !== null)
      .map((phone) => phone.backAt! - killAt);
    const lost = phones.reduce(
      (missing, phone) => missing + total - notesOf(phone.client.doc).size,
      0,
    );
    const { perNode, shared } = usage(
      setup,
      before,
      after,
      // From the kill on, node 2 sent every phone the notes written after it, and the killed
      // phones (in their sync) the notes written before it.
      (n) =>
        n === 1 ? phones.length * options.notesAfter + killed.length * options.notesBefore : 0,
      (n) => (n === 1 ? phones.length : 0),
      rssBaseline,
    );
    return {
      phones: phones.length,
      killedPhones: killed.length,
      notesBeforeKill: options.notesBefore,
      notesAfterKill: options.notesAfter,
      backAfterKillMs: summarise(backTimes),
      notBack: killed.length - backTimes.length,
      lost,
      survivor: perNode[1],
      shared,
    };
  } finally {
    await closeAll([writer, ...phones.map((phone) => phone.client)]);
  }
}
