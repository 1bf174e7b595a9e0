/**
 * Seats the hall for the canvas bench with the real commands: themes, phones that join and choose,
 * the Regie proposing tables of exactly M and confirming, and every member opening their own
 * table's canvas with their own key. What it opens goes into `open`, so the caller can close it
 * also when seating fails halfway.
 */
import { performance } from 'node:perf_hooks';
import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import type { MyGroup } from '../shared/model.js';
import type { Ack } from '../shared/protocol.js';
import type { ServerProcess } from './server-process.js';
import { connectClient, createMeeting, joinPhones } from './clients.js';
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
}

export async function seatTables(options: {
  server: ServerProcess;
  tableCount: number;
  memberCount: number;
  open: { sockets: Socket[]; canvases: CollabClient[] };
  log: (line: string) => void;
}): Promise<{ regie: Socket; members: Member[]; connectAllMs: number }> {
  const { server, tableCount, memberCount, log } = options;
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
    const connected = await Promise.all(batch.map((key) => connect(server.httpUrl, key)));
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
  const connectStart = performance.now();
  for (let start = 0; start < phones.length; start += CONNECT_BATCH) {
    const batch = await Promise.all(
      phones.slice(start, start + CONNECT_BATCH).map(async ({ socket, key }) => {
        const group = await must<MyGroup | null>(socket.emitWithAck('group:mine', {}));
        if (!group) throw new Error('a phone was not placed at a table');
        const canvas = connectClient(server.collabUrl, group.canvasDoc, key);
        canvases.push(canvas);
        await canvas.synced;
        return { group, canvas };
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
