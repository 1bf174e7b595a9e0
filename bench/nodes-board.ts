/**
 * Scenario c of bench/nodes.ts: one board, one writer, many readers. The facilitator (a real
 * provider on node 1) adds notes to the welcome board; the readers are light phones
 * (bench/light-phone.ts) spread over the nodes in turn. With two nodes, half the readers only
 * get a note after node 1 stored it and passed it on over Redis to node 2.
 */
import { docName } from '../shared/docs.js';
import { closeAll, connectClient, createMeeting, joinPhones, sleep } from './clients.js';
import { measureDelivery } from './collab-latency.js';
import { connectLightPhone } from './light-phone.js';
import type { LightPhone } from './light-phone.js';
import { sample, usage } from './nodes-setups.js';
import type { PerNode, Setup, SharedUsage } from './nodes-setups.js';
import type { Summary } from './stats.js';

export interface BoardResult {
  readers: number;
  notes: number;
  intervalMs: number;
  /** Per note and reader: from the writer's edit until that reader has it. */
  deliveryMs: Summary;
  /** Per note: until the last reader has it. */
  allReceivedMs: Summary;
  /** (note, reader) pairs that never arrived within the wait: must be 0. */
  lost: number;
  /** Reader connections the server closed during the run. */
  drops: number;
  /** Messages: notes × readers on this node. RSS: per light-phone connection. */
  perNode: PerNode[];
  shared: SharedUsage;
}

const CONNECT_BATCH = 50;
const SETTLE_MS = 1_000;
/** Unmeasured notes first, so every process runs warmed-up code when the clock starts. */
const WARM_UP_NOTES = 10;

/**
 * Runs on nodes of its own (fresh processes), so the RSS growth it reports is the readers' and
 * not the garbage of an earlier scenario; the readers' joins are not measured.
 */
export async function oneBoardManyReaders(
  setup: Setup,
  options: { readers: number; notes: number; intervalMs: number },
): Promise<BoardResult> {
  const created = await createMeeting(setup.nodes[0].url, setup.organiserToken, 'Bench: bord');
  const keys = await joinPhones(setup.nodes[0].url, created.meeting.joinCode, options.readers);
  const room = docName(created.meeting.id, 'welcome');
  const writer = connectClient(setup.nodes[0].collabUrl, room, created.facilitatorToken);
  const phones: LightPhone[] = [];
  try {
    await writer.synced;
    await sleep(SETTLE_MS);
    const rssBaseline = await sample(setup);
    for (let start = 0; start < keys.length; start += CONNECT_BATCH) {
      const batch = keys
        .slice(start, start + CONNECT_BATCH)
        .map((key, j) => connectLightPhone(setup.nodeFor(start + j).collabUrl, room, key));
      phones.push(...batch);
      await Promise.all(batch.map((phone) => phone.synced));
    }
    await sleep(SETTLE_MS);
    await measureDelivery(
      { cpuMs: () => 0 },
      writer,
      phones,
      'warm-up-',
      WARM_UP_NOTES,
      options.intervalMs,
    );
    const before = await sample(setup);
    const delivery = await measureDelivery(
      { cpuMs: () => 0 },
      writer,
      phones,
      'note-',
      options.notes,
      options.intervalMs,
    );
    const after = await sample(setup);
    const readersOn = (n: number) => phones.filter((_, i) => i % setup.nodes.length === n).length;
    return {
      readers: phones.length,
      notes: options.notes,
      intervalMs: options.intervalMs,
      deliveryMs: delivery.perPhoneMs,
      allReceivedMs: delivery.allReceivedMs,
      // measureDelivery records one delivery per note and phone; what is missing never came.
      lost: options.notes * phones.length - delivery.perPhoneMs.count,
      drops: delivery.drops,
      ...usage(setup, before, after, (n) => readersOn(n) * options.notes, readersOn, rssBaseline),
    };
  } finally {
    await closeAll([writer]);
    await Promise.all(phones.map((phone) => phone.close()));
  }
}
