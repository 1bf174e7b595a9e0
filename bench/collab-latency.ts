/**
 * The hall scenario: N phones read the welcome board while the facilitator adds notes to it.
 * Measures the server's memory per connection and how long a note takes to reach the phones.
 */
import { performance } from 'node:perf_hooks';
import { addNote, docName, notesOf } from '../shared/docs.js';
import type { ServerProcess } from './server-process.js';
import { closeAll, connectClient, sleep, within } from './clients.js';
import type { CollabClient } from './clients.js';
import { summarise } from './stats.js';
import type { Summary } from './stats.js';

export interface MemoryResult {
  phones: number;
  /** Time to open and sync every phone connection, a batch at a time. */
  connectAllMs: number;
  rssBeforeKiB: number;
  rssAfterKiB: number;
  perConnectionKiB: number;
}

export interface LatencyResult {
  notes: number;
  intervalMs: number;
  /** Per note: from the writer's edit until the last phone has it. */
  allReceivedMs: Summary;
  /** Per note and phone: from the writer's edit until that phone has it. */
  perPhoneMs: Summary;
  /** Notes that had not reached every phone when the run gave up waiting. */
  incompleteNotes: number;
  serverCpuMsPerNote: number;
  /** CPU the benchmark process itself spent per note (mostly 300 Y.Docs applying the update). */
  benchCpuMsPerNote: number;
  /** Phone connections the server dropped during the scenario. */
  drops: number;
}

const CONNECT_BATCH = 50;
const SETTLE_MS = 1000;

export async function runHall(options: {
  server: ServerProcess;
  meetingId: string;
  facilitatorToken: string;
  phoneKeys: readonly string[];
  notes: number;
  intervalMs: number;
  log: (line: string) => void;
}): Promise<{ memory: MemoryResult; latency: LatencyResult }> {
  const { server, meetingId, phoneKeys, log } = options;
  const room = docName(meetingId, 'welcome');
  const clients: CollabClient[] = [];
  try {
    // The writer loads the room; a warm-up phone runs the join path once before the baseline.
    const writer = connectClient(server.collabUrl, room, options.facilitatorToken);
    clients.push(writer);
    await writer.synced;
    const warmUp = connectClient(server.collabUrl, room, phoneKeys[0]);
    await warmUp.synced;
    await warmUp.close();
    await sleep(SETTLE_MS);
    const rssBeforeKiB = server.rssKiB();

    log(`connecting ${phoneKeys.length} phones…`);
    const phones: CollabClient[] = [];
    const connectStart = performance.now();
    for (let start = 0; start < phoneKeys.length; start += CONNECT_BATCH) {
      const batch = phoneKeys
        .slice(start, start + CONNECT_BATCH)
        .map((key) => connectClient(server.collabUrl, room, key));
      phones.push(...batch);
      clients.push(...batch);
      await Promise.all(batch.map((phone) => phone.synced));
    }
    const connectAllMs = performance.now() - connectStart;
    await sleep(SETTLE_MS);
    const rssAfterKiB = server.rssKiB();
    const memory: MemoryResult = {
      phones: phones.length,
      connectAllMs,
      rssBeforeKiB,
      rssAfterKiB,
      perConnectionKiB: (rssAfterKiB - rssBeforeKiB) / phones.length,
    };

    log(`writer adds ${options.notes} notes, one every ${options.intervalMs} ms…`);
    const latency = await measureDelivery(server, writer, phones, options.notes, options.intervalMs);
    return { memory, latency };
  } finally {
    await closeAll(clients);
  }
}

async function measureDelivery(
  server: ServerProcess,
  writer: CollabClient,
  phones: readonly CollabClient[],
  noteCount: number,
  intervalMs: number,
): Promise<LatencyResult> {
  const sentAt = new Map<string, number>();
  const receivedBy = new Map<string, number>();
  const allReceived: number[] = [];
  const perPhone: number[] = [];
  let resolveDone = () => {};
  const done = new Promise<void>((resolve) => (resolveDone = resolve));

  const observers = phones.map((phone) => {
    const notes = notesOf(phone.doc);
    const observer = (event: { keysChanged: Set<string> }) => {
      const now = performance.now();
      for (const id of event.keysChanged) {
        const sent = sentAt.get(id);
        if (sent === undefined) continue;
        perPhone.push(now - sent);
        const count = (receivedBy.get(id) ?? 0) + 1;
        receivedBy.set(id, count);
        if (count === phones.length) {
          allReceived.push(now - sent);
          if (allReceived.length === noteCount) resolveDone();
        }
      }
    };
    notes.observe(observer);
    return () => notes.unobserve(observer);
  });

  const serverCpuStart = server.cpuMs();
  const benchCpuStart = process.cpuUsage();
  const dropsBefore = phones.reduce((total, phone) => total + phone.drops, 0);
  const start = performance.now();
  for (let i = 0; i < noteCount; i++) {
    const id = `bench-note-${i}`;
    sentAt.set(id, performance.now());
    const added = addNote(writer.doc, {
      id,
      text: `Idee ${i + 1}: een buurtmoestuin achter het dorpshuis`,
      x: (i % 10) / 10,
      y: Math.floor(i / 10) / Math.max(1, Math.ceil(noteCount / 10)),
      colour: 'yellow',
      createdAt: Date.now(),
    });
    if (!added) throw new Error('board full: addNote refused a note');
    // Paced against the start, so a slow tick does not stretch the whole run.
    const wait = start + (i + 1) * intervalMs - performance.now();
    if (wait > 0) await sleep(wait);
  }
  const gaveUp = !(await within(done, 15_000));
  const benchCpu = process.cpuUsage(benchCpuStart);
  const serverCpuMs = server.cpuMs() - serverCpuStart;
  for (const stop of observers) stop();

  return {
    notes: noteCount,
    intervalMs,
    allReceivedMs: summarise(allReceived),
    perPhoneMs: summarise(perPhone),
    incompleteNotes: gaveUp ? noteCount - allReceived.length : 0,
    serverCpuMsPerNote: serverCpuMs / noteCount,
    benchCpuMsPerNote: (benchCpu.user + benchCpu.system) / 1000 / noteCount,
    drops: phones.reduce((total, phone) => total + phone.drops, 0) - dropsBefore,
  };
}
