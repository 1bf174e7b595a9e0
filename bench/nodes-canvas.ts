/**
 * Scenario e of bench/nodes.ts: issue 13's 30 table canvases, with bench/canvas.ts's seating and
 * writing (bench/canvas-tables.ts) on the set-up's nodes. Every table has members on every node,
 * so with two nodes a note written on node 1 reaches half its table only after node 1 passed it
 * on over Redis to node 2, and the Regie (on node 1) hears of half the tables' notes the same way.
 */
import type { Socket } from 'socket.io-client';
import { closeAll, sleep } from './clients.js';
import type { CollabClient } from './clients.js';
import { seatTables, writeNotes } from './canvas-tables.js';
import { sample, usage } from './nodes-setups.js';
import type { PerNode, Setup, SharedUsage } from './nodes-setups.js';
import { summarise } from './stats.js';
import type { Summary } from './stats.js';

export interface TablesResult {
  tables: number;
  members: number;
  seconds: number;
  everyMs: number;
  notes: number;
  /** Per note and other member of its table: from the edit until that member has it. */
  memberMs: Summary;
  /** Per note: until every other member of its table has it. */
  tableMs: Summary;
  /** Per note: until the Regie's overview counts it. */
  overviewMs: Summary;
  /** (note, other member) pairs that never arrived within the wait: must be 0. */
  lost: number;
  /** Notes the overview never counted within the wait. */
  notShown: number;
  drops: number;
  /** Messages: notes delivered to the members whose canvas is on this node. */
  perNode: PerNode[];
  shared: SharedUsage;
}

const SETTLE_MS = 1_000;

export async function tableCanvases(
  setup: Setup,
  options: { tables: number; members: number; seconds: number; everyMs: number },
  log: (line: string) => void,
): Promise<TablesResult> {
  const sockets: Socket[] = [];
  const canvases: CollabClient[] = [];
  const nodes = setup.nodes.map((node) => ({ httpUrl: node.url, collabUrl: node.collabUrl }));
  try {
    const rssBaseline = await sample(setup);
    const { regie, members } = await seatTables({
      server: { ...nodes[0], organiserToken: setup.organiserToken },
      nodes,
      tableCount: options.tables,
      memberCount: options.members,
      open: { sockets, canvases },
      log,
    });
    await sleep(SETTLE_MS);
    const before = await sample(setup);
    const written = await writeNotes(regie, members, {
      memberCount: options.members,
      seconds: options.seconds,
      everyMs: options.everyMs,
    });
    const after = await sample(setup);
    const on = (n: number) => members.filter((member) => member.node === n);
    const delivered = (n: number) =>
      members.reduce((sum, member, i) => sum + (member.node === n ? written.receivedBy[i] : 0), 0);
    return {
      tables: options.tables,
      members: options.members,
      seconds: options.seconds,
      everyMs: options.everyMs,
      notes: written.notes,
      memberMs: summarise(written.memberMs),
      tableMs: summarise(written.tableMs),
      overviewMs: summarise(written.overviewMs),
      lost: written.notes * (options.members - 1) - written.memberMs.length,
      notShown: written.notes - written.overviewMs.length,
      drops: canvases.reduce((sum, canvas) => sum + canvas.drops, 0),
      // Per member whose canvas is here; about as many phones' Socket.IO connections are here too.
      ...usage(setup, before, after, delivered, (n) => on(n).length, rssBaseline),
    };
  } finally {
    await closeAll(canvases);
    for (const socket of sockets) socket.close();
  }
}
