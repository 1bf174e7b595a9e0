/**
 * Seats the hall for the canvas bench with the real commands: themes, phones that join and choose,
 * the Regie proposing tables of exactly M and confirming, and every member opening their own
 * table's canvas with their own key. What it opens goes into `open`, so the caller can close it
 * also when seating fails halfway. Then `writeNotes` has every member write on their canvas at
 * once and times each note until the rest of its table, and the Regie's overview, have it. Used
 * by bench/canvas.ts (one server) and bench/nodes-canvas.ts (members spread over several nodes).
 */
import { performance } from 'node:perf_hooks';
import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import { addNote, notesOf } from '../shared/docs.js';
import { CANVAS_SECTIONS } from '../shared/model.js';
import type { GroupActivity, MyGroup } from '../shared/model.js';
import type { Ack } from '../shared/protocol.js';
import { connectClient, createMeeting, joinPhones, sleep, within } from './clients.js';
import type { CollabClient } from './clients.js';

/** One theme per this many tables, so a popular theme becomes several tables as in a real hall. */
const TABLES_PER_THEME = 5;
const CONNECT_BATCH = 30;

export function connect(url: string, token: string): Promise<Socket> {
  const socket = io(url, { auth: { token }, transports: ['websocket'], forceNew: true });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

export async function must<T>(answer: Promise<Ack<T>>): Promise<T> {
  const result = await answer;
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.data;
}

export interface Member {
  group: MyGroup;
  canvas: CollabClient;
  /** Index of the node (in `nodes`) the canvas is open on. */
  node: number;
}

/** Where a client connects: a node's Socket.IO and collaboration addresses. */
export interface Endpoint {
  httpUrl: string;
  collabUrl: string;
}

/**
 * The Regie is on the first node. With several `nodes`, phone i's Socket.IO goes to node i mod n,
 * and the k-th member of a table to learn its table opens the canvas on node k mod n: grouping
 * shuffles the phones, so only this places every table on every node (the cross-node fan-out).
 */
export async function seatTables(options: {
  server: Endpoint & { organiserToken: string };
  nodes?: readonly Endpoint[];
  tableCount: number;
  memberCount: number;
  open: { sockets: Socket[]; canvases: CollabClient[] };
  log: (line: string) => void;
}): Promise<{ regie: Socket; members: Member[]; connectAllMs: number }> {
  const { server, tableCount, memberCount, log } = options;
  const nodes = options.nodes ?? [server];
  const { sockets, canvases } = options.open;
  const created = await createMeeting(server.httpUrl, server.organiserToken, 'Bench: tafels');
  const regie = await connect(server.httpUrl, created.facilitatorToken);
  sockets.push(regie);
  const themeIds: string[] = [];
  for (let i = 0; i < Math.ceil(tableCount / TABLES_PER_THEME); i++) {
    const theme = await must<{ id: string }>(
      regie.emitWithAck('theme:create', { title: `Thema ${i + 1}`, description: '', quotes: [] }),
    );
    await must(regie.emitWithAck('theme:publish', { themeId: theme.id, published: true }));
    themeIds.push(theme.id);
  }
  await must(regie.emitWithAck('phase:set', { phase: 'choose' }));

  const phoneCount = tableCount * memberCount;
  log(`joining ${phoneCount} phones; each chooses a theme…`);
  const keys = await joinPhones(server.httpUrl, created.meeting.joinCode, phoneCount);
  const phones: { socket: Socket; key: string }[] = [];
  for (let start = 0; start < keys.length; start += CONNECT_BATCH) {
    const batch = keys.slice(start, start + CONNECT_BATCH);
    const connected = await Promise.all(
      batch.map((key, i) => connect(nodes[(start + i) % nodes.length].httpUrl, key)),
    );
    sockets.push(...connected);
    await Promise.all(
      connected.map((socket, i) => {
        const table = Math.floor((start + i) / memberCount);
        const first = themeIds[Math.floor(table / TABLES_PER_THEME)];
        return must(socket.emitWithAck('preference:set', { first, second: null }));
      }),
    );
    phones.push(...connected.map((socket, i) => ({ socket, key: batch[i] })));
  }
  const size = { minSize: memberCount, maxSize: memberCount, seed: 1 };
  await must(regie.emitWithAck('groups:propose', size));
  await must(regie.emitWithAck('groups:confirm', {}));
  await must(regie.emitWithAck('phase:set', { phase: 'subgroups' }));

  log('every member learns their table and opens its canvas…');
  const members: Member[] = [];
  const seated = new Map<string, number>();
  const connectStart = performance.now();
  for (let start = 0; start < phones.length; start += CONNECT_BATCH) {
    const batch = await Promise.all(
      phones.slice(start, start + CONNECT_BATCH).map(async ({ socket, key }) => {
        const group = await must<MyGroup | null>(socket.emitWithAck('group:mine', {}));
        if (!group) throw new Error('a phone was not placed at a table');
        const seat = seated.get(group.groupId) ?? 0;
        seated.set(group.groupId, seat + 1);
        const node = seat % nodes.length;
        const canvas = connectClient(nodes[node].collabUrl, group.canvasDoc, key);
        canvases.push(canvas);
        await canvas.synced;
        return { group, canvas, node };
      }),
    );
    members.push(...batch);
  }
  const connectAllMs = performance.now() - connectStart;
  const tables = new Map<string, number>();
  for (const { group } of members) tables.set(group.groupId, (tables.get(group.groupId) ?? 0) + 1);
  if (tables.size !== tableCount || [...tables.values()].some((n) => n !== memberCount)) {
    throw new Error(`expected ${tableCount} tables of ${memberCount}: ${[...tables.values()]}`);
  }
  return { regie, members, connectAllMs };
}

interface Written {
  table: string;
  writer: Member;
  sentAt: number;
  /** Other members of the table that have it. */
  received: number;
}

export interface TableNotes {
  /** Notes written; each should reach memberCount − 1 other members and the overview. */
  notes: number;
  /** Per note and other member: from the edit until that member has it. */
  memberMs: number[];
  /** Per note: until the last other member of its table has it. */
  tableMs: number[];
  /** Per note: until the Regie's overview counts it. */
  overviewMs: number[];
  /** Per member (same order as `members`): notes of others that reached them. */
  receivedBy: number[];
  /** Whether every delivery and overview update came within the final wait. */
  finished: boolean;
}

/**
 * Each member adds a note every ~`everyMs` (jittered) for `seconds`. The k-th note written at a
 * table counts as shown on the overview once the table's total reaches k: `group:active` carries
 * counts, not note ids. Waits at most `waitMs` after the last note for what is still underway.
 */
export async function writeNotes(
  regie: Socket,
  members: readonly Member[],
  options: { memberCount: number; seconds: number; everyMs: number; waitMs?: number },
): Promise<TableNotes> {
  const { memberCount, seconds, everyMs } = options;
  const written = new Map<string, Written>();
  const byTable = new Map<string, Written[]>();
  const memberMs: number[] = [];
  const tableMs: number[] = [];
  const overviewMs: number[] = [];
  const receivedBy = members.map(() => 0);
  const shownUpTo = new Map<string, number>();
  members.forEach((member, index) => {
    notesOf(member.canvas.doc).observe((event) => {
      const now = performance.now();
      for (const id of event.keysChanged) {
        const note = written.get(id);
        if (!note || note.writer === member) continue;
        memberMs.push(now - note.sentAt);
        receivedBy[index]++;
        if (++note.received === memberCount - 1) tableMs.push(now - note.sentAt);
      }
    });
  });
  const onActive = ({ activity }: { activity: GroupActivity }) => {
    const now = performance.now();
    const total = CANVAS_SECTIONS.reduce((sum, s) => sum + activity.notes[s], 0);
    const notes = byTable.get(activity.groupId) ?? [];
    let shown = shownUpTo.get(activity.groupId) ?? 0;
    for (; shown < Math.min(total, notes.length); shown++)
      overviewMs.push(now - notes[shown].sentAt);
    shownUpTo.set(activity.groupId, shown);
  };
  regie.on('group:active', onActive);

  const runStart = performance.now();
  const runEnd = runStart + seconds * 1000;
  let sequence = 0;
  await Promise.all(
    members.map(async (member, m) => {
      // First note at a random moment in the first interval, then every interval ± 20 %.
      let next = runStart + Math.random() * everyMs;
      while (next < runEnd) {
        await sleep(next - performance.now());
        const id = `m${m}-n${sequence++}`;
        const note: Written = {
          table: member.group.groupId,
          writer: member,
          sentAt: performance.now(),
          received: 0,
        };
        written.set(id, note);
        const atTable = byTable.get(note.table) ?? [];
        atTable.push(note);
        byTable.set(note.table, atTable);
        addNote(member.canvas.doc, {
          id,
          text: `Idee ${sequence}: een bankje bij de speeltuin`,
          x: Math.random(),
          y: Math.random(),
          createdAt: Date.now(),
          section: CANVAS_SECTIONS[sequence % CANVAS_SECTIONS.length],
        });
        next += everyMs * (0.8 + 0.4 * Math.random());
      }
    }),
  );
  const expectedDeliveries = written.size * (memberCount - 1);
  let waiting = true; // Ends the polling also when the wait gives up.
  const complete = async () => {
    while (waiting && (memberMs.length < expectedDeliveries || overviewMs.length < written.size)) {
      await sleep(20);
    }
  };
  const finished = await within(complete(), options.waitMs ?? 10_000);
  waiting = false;
  regie.off('group:active', onActive);
  return { notes: written.size, memberMs, tableMs, overviewMs, receivedBy, finished };
}
