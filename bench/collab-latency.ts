/**
 * The hall scenario: N phones read the welcome board while the facilitator adds notes to it.
 * Measures the server's memory per connection and how long a note takes to reach the phones.
 */
import { rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import * as syncProtocol from 'y-protocols/sync';
import * as encoding from 'lib0/encoding';
import { addNote, docName } from '../shared/docs.js';
import { readMachineBusyMs } from './server-process.js';
import type { ServerProcess } from './server-process.js';
import { closeAll, connectClient, sleep, within } from './clients.js';
import type { CollabClient } from './clients.js';
import { connectLightPhone, readUpdateFrame } from './light-phone.js';
import type { LightPhone } from './light-phone.js';
import { summarise } from './stats.js';
import { heapGrowth, summariseHeap } from './diagnostics.js';
import { startAttackProcess } from './attack-process.js';
import type { AttackStats } from './attackers.js';
import type { HeapGrowth } from './diagnostics.js';
import type { Summary } from './stats.js';

/** The same delivery measured again while a hostile writer and a stalled reader are at work. */
export interface AttackResult {
  latency: Omit<LatencyResult, 'warmUpNotes' | 'harnessFloorMs'>;
  rssBeforeKiB: number;
  /** Highest server RSS sampled every 250 ms during the attack. */
  rssPeakKiB: number;
  /** Server RSS at each quarter of the attacked run: growth that does not level off shows here. */
  rssQuartersKiB: number[];
  rssAfterKiB: number;
  stats: AttackStats;
}

export interface MemoryResult {
  phones: number;
  /** Time to open and sync every phone connection, a batch at a time. */
  connectAllMs: number;
  rssBeforeKiB: number;
  rssAfterKiB: number;
  perConnectionKiB: number;
  /** With --heap: live JS heap per connection from snapshots before and after (after a full GC). */
  heap: HeapGrowth | null;
}

export interface LatencyResult {
  notes: number;
  intervalMs: number;
  /** Per note: from the writer's edit until the last phone has it. */
  allReceivedMs: Summary;
  /** The all-received latency of each note in the order they were written, to spot stalls. */
  allReceivedByNoteMs: number[];
  /** Per note and phone: from the writer's edit until that phone has it. */
  perPhoneMs: Summary;
  /** Per note: until the FIRST phone has it (the server's turnaround plus one delivery). */
  firstReceivedMs: Summary;
  /** Notes that had not reached every phone when the run gave up waiting. */
  incompleteNotes: number;
  serverCpuMsPerNote: number;
  /**
   * CPU other processes on this machine used while the notes were written, as a share of all its
   * cores (0..1). Anything but a small number means the figures are disturbed.
   */
  backgroundCpuShare: number;
  /** CPU the benchmark process itself spent per note (mostly reading the frames of 300 phones). */
  benchCpuMsPerNote: number;
  /**
   * Event-loop utilisation of the benchmark process while the notes were written (0..1). Near 1,
   * the phones' own processing (and its garbage collection) sets the pace, not the server.
   */
  benchLoopUtilisation: number;
  /** Phone connections the server dropped during the scenario. */
  drops: number;
  /** Notes written first and not measured, so both processes run warmed-up code. */
  warmUpNotes: number;
  /**
   * The harness's own floor: N phones reading one note frame in this process, without any
   * network or server. The last phone cannot see a note sooner than this after the first.
   */
  harnessFloorMs: Summary;
}

const CONNECT_BATCH = 50;
const SETTLE_MS = 1000;
const NOTE_PREFIX = 'bench-note-';

export async function runHall(options: {
  server: ServerProcess;
  meetingId: string;
  facilitatorToken: string;
  phoneKeys: readonly string[];
  notes: number;
  warmUpNotes: number;
  intervalMs: number;
  log: (line: string) => void;
  /** Takes a heap snapshot of the server; the RSS figure is then disturbed by the first one. */
  heapSnapshot?: () => Promise<string>;
  /** Also measure under attack (our server only: the reference has no checks to test). */
  underAttack?: boolean;
}): Promise<{ memory: MemoryResult; latency: LatencyResult; attack: AttackResult | null }> {
  const { server, meetingId, phoneKeys, log } = options;
  const room = docName(meetingId, 'welcome');
  const clients: CollabClient[] = [];
  const phones: LightPhone[] = [];
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
    const heapBefore = options.heapSnapshot
      ? await takeHeapSummary(options.heapSnapshot, log)
      : null;

    log(`connecting ${phoneKeys.length} phones…`);
    const connectStart = performance.now();
    for (let start = 0; start < phoneKeys.length; start += CONNECT_BATCH) {
      const batch = phoneKeys
        .slice(start, start + CONNECT_BATCH)
        .map((key) => connectLightPhone(server.collabUrl, room, key));
      phones.push(...batch);
      await Promise.all(batch.map((phone) => phone.synced));
    }
    const connectAllMs = performance.now() - connectStart;
    await sleep(SETTLE_MS);
    const rssAfterKiB = server.rssKiB();
    const heapAfter = options.heapSnapshot
      ? await takeHeapSummary(options.heapSnapshot, log)
      : null;
    const memory: MemoryResult = {
      phones: phones.length,
      connectAllMs,
      rssBeforeKiB,
      rssAfterKiB,
      perConnectionKiB: (rssAfterKiB - rssBeforeKiB) / phones.length,
      heap: heapBefore && heapAfter ? heapGrowth(heapBefore, heapAfter, phones.length) : null,
    };

    log(`writer adds ${options.warmUpNotes} warm-up notes, then ${options.notes} measured ones…`);
    if (options.warmUpNotes > 0) {
      await measureDelivery(
        server,
        writer,
        phones,
        'warm-up-',
        options.warmUpNotes,
        options.intervalMs,
      );
    }
    const delivery = await measureDelivery(
      server,
      writer,
      phones,
      NOTE_PREFIX,
      options.notes,
      options.intervalMs,
    );
    const attack = options.underAttack
      ? await measureUnderAttack(server, room, options, writer, phones)
      : null;
    await closeAll(clients.splice(0));
    await Promise.all(phones.splice(0).map((phone) => phone.close()));

    log(`harness floor: one note frame read by ${phoneKeys.length} phones in this process…`);
    const harnessFloorMs = measureHarnessFloor(
      phoneKeys.length,
      options.notes,
      options.warmUpNotes,
    );
    return {
      memory,
      latency: { ...delivery, warmUpNotes: options.warmUpNotes, harnessFloorMs },
      attack,
    };
  } finally {
    await closeAll(clients);
    await Promise.all(phones.map((phone) => phone.close()));
  }
}

async function takeHeapSummary(snapshot: () => Promise<string>, log: (line: string) => void) {
  log('heap snapshot of the server…');
  const file = await snapshot();
  const summary = summariseHeap(file);
  rmSync(file);
  return summary;
}

/** Replays what the phones do with a note frame, for N phones, timing each note. */
function measureHarnessFloor(phoneCount: number, noteCount: number, warmUpNotes: number): Summary {
  const writer = new Y.Doc();
  let frame = new Uint8Array();
  writer.on('update', (update: Uint8Array) => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    syncProtocol.writeUpdate(encoder, update);
    frame = encoding.toUint8Array(encoder);
  });
  const timings: number[] = [];
  let seen = 0;
  for (let i = 0; i < warmUpNotes + noteCount; i++) {
    addNote(writer, { ...noteContent(i), id: `floor-${i}` });
    const start = performance.now();
    for (let phone = 0; phone < phoneCount; phone++) {
      // As each phone gets it: a fresh buffer from its socket, then read how far it reaches.
      if (readUpdateFrame(frame.slice(), writer.clientID) !== undefined) seen++;
    }
    if (i >= warmUpNotes) timings.push(performance.now() - start);
  }
  if (seen !== phoneCount * (warmUpNotes + noteCount))
    throw new Error('harness floor: notes went missing');
  writer.destroy();
  return summarise(timings);
}

async function measureUnderAttack(
  server: ServerProcess,
  room: string,
  options: {
    facilitatorToken: string;
    phoneKeys: readonly string[];
    notes: number;
    intervalMs: number;
    log: (line: string) => void;
  },
  writer: CollabClient,
  phones: readonly LightPhone[],
): Promise<AttackResult> {
  options.log('under attack: a writer floods hostile updates, a reader stops reading…');
  const rssBeforeKiB = server.rssKiB();
  let rssPeakKiB = rssBeforeKiB;
  const samples: number[] = [];
  const sampler = setInterval(() => {
    samples.push(server.rssKiB());
    rssPeakKiB = Math.max(rssPeakKiB, samples[samples.length - 1]);
  }, 250);
  const attack = await startAttackProcess({
    collabUrl: server.collabUrl,
    room,
    writerToken: options.facilitatorToken,
    readerToken: options.phoneKeys[0],
  });
  try {
    await sleep(SETTLE_MS);
    const latency = await measureDelivery(
      server,
      writer,
      phones,
      'attack-note-',
      options.notes,
      options.intervalMs,
    );
    return {
      latency,
      rssBeforeKiB,
      rssPeakKiB,
      rssQuartersKiB: [1, 2, 3, 4].map((q) => samples[Math.ceil((samples.length * q) / 4) - 1]),
      rssAfterKiB: server.rssKiB(),
      stats: await attack.stop(),
    };
  } finally {
    clearInterval(sampler);
    await attack.stop().catch(() => undefined);
  }
}

function noteContent(i: number) {
  return {
    text: `Idee ${i + 1}: een buurtmoestuin achter het dorpshuis`,
    x: (i % 10) / 10,
    y: (Math.floor(i / 10) % 10) / 10,
    colour: 'yellow' as const,
    createdAt: Date.now(),
  };
}

/**
 * Writes `noteCount` notes through `writer`, one every `intervalMs`, and times their arrival at
 * every phone. Only the server's CPU clock is read, so bench/nodes.ts passes the sum over nodes.
 */
export async function measureDelivery(
  server: Pick<ServerProcess, 'cpuMs'>,
  writer: CollabClient,
  phones: readonly LightPhone[],
  prefix: string,
  noteCount: number,
  intervalMs: number,
): Promise<Omit<LatencyResult, 'warmUpNotes' | 'harnessFloorMs'>> {
  const sentAt = new Map<string, number>();
  const receivedBy = new Map<string, number>();
  const allReceived: number[] = [];
  const allReceivedByNote: number[] = new Array<number>(noteCount).fill(Number.NaN);
  const perPhone: number[] = [];
  const firstReceived: number[] = [];
  let resolveDone = () => {};
  const done = new Promise<void>((resolve) => (resolveDone = resolve));

  // Where each note ends in the writer's changes; a phone has note k once an update reaching
  // that far arrived. Merged or batched updates then count for every note they hold.
  const writerId = writer.doc.clientID;
  const endsAt: number[] = [];
  const observers = phones.map((phone) => {
    let next = 0;
    return phone.follow(writerId, (clock, now) => {
      while (next < endsAt.length && clock >= endsAt[next]) {
        const id = `${prefix}${next}`;
        const sent = sentAt.get(id)!;
        perPhone.push(now - sent);
        const count = (receivedBy.get(id) ?? 0) + 1;
        receivedBy.set(id, count);
        if (count === 1) firstReceived.push(now - sent);
        if (count === phones.length) {
          allReceived.push(now - sent);
          allReceivedByNote[next] = now - sent;
          if (allReceived.length === noteCount) resolveDone();
        }
        next++;
      }
    });
  });

  const machineStart = readMachineBusyMs();
  const serverCpuStart = server.cpuMs();
  const benchCpuStart = process.cpuUsage();
  const loopStart = performance.eventLoopUtilization();
  const dropsBefore = phones.reduce((total, phone) => total + phone.drops, 0);
  const start = performance.now();
  for (let i = 0; i < noteCount; i++) {
    const id = `${prefix}${i}`;
    sentAt.set(id, performance.now());
    const added = addNote(writer.doc, { ...noteContent(i), id });
    if (!added) throw new Error('board full: addNote refused a note');
    endsAt.push(Y.getState(writer.doc.store, writerId));
    // Paced against the start, so a slow tick does not stretch the whole run.
    const wait = start + (i + 1) * intervalMs - performance.now();
    if (wait > 0) await sleep(wait);
  }
  const gaveUp = !(await within(done, 15_000));
  const elapsedMs = performance.now() - start;
  const loop = performance.eventLoopUtilization(loopStart);
  const benchCpu = process.cpuUsage(benchCpuStart);
  const benchCpuMs = (benchCpu.user + benchCpu.system) / 1000;
  const serverCpuMs = server.cpuMs() - serverCpuStart;
  const backgroundMs = readMachineBusyMs() - machineStart - serverCpuMs - benchCpuMs;
  for (const stop of observers) stop();

  return {
    notes: noteCount,
    intervalMs,
    allReceivedMs: summarise(allReceived),
    allReceivedByNoteMs: allReceivedByNote,
    perPhoneMs: summarise(perPhone),
    firstReceivedMs: summarise(firstReceived),
    incompleteNotes: gaveUp ? noteCount - allReceived.length : 0,
    serverCpuMsPerNote: serverCpuMs / noteCount,
    benchCpuMsPerNote: benchCpuMs / noteCount,
    benchLoopUtilisation: loop.utilization,
    backgroundCpuShare: Math.max(0, backgroundMs / (elapsedMs * availableParallelism())),
    drops: phones.reduce((total, phone) => total + phone.drops, 0) - dropsBefore,
  };
}
