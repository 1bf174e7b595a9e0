/** The table bench/nodes.ts prints: a row per set-up and scenario, per-node figures side by side. */
import type { SetupResults } from './nodes.js';
import type { PerNode, SharedUsage } from './nodes-setups.js';
import type { Summary } from './stats.js';

function ms(value: number): string {
  return Number.isFinite(value) ? value.toFixed(1) : '–';
}

function p50p99(summary: Summary): string {
  return `${ms(summary.p50)} / ${ms(summary.p99)} ms`;
}

/** Per node, "node 1 / node 2": CPU milliseconds per message. */
function cpuPerMessage(nodes: readonly PerNode[]): string {
  return nodes
    .map((node) => (Number.isFinite(node.cpuMsPerMessage) ? node.cpuMsPerMessage.toFixed(3) : '–'))
    .join(' / ');
}

/** Per node, "RSS / heap" KiB per connection, both after a full GC. */
function rssPerConnection(nodes: readonly PerNode[]): string {
  const kib = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–');
  return nodes
    .map((node) => `${kib(node.rssKiBPerConnection)}/${kib(node.heapKiBPerConnection)}`)
    .join(' | ');
}

type Row = [string, string, string, string, string, string, string, string];

/** PostgreSQL + Redis CPU per message, and how much of the machine other processes took. */
function sharedCells(shared: SharedUsage): [string, string] {
  const backing =
    Number.isFinite(shared.backingCpuMsPerMessage) && shared.backingCpuMs > 0
      ? shared.backingCpuMsPerMessage.toFixed(3)
      : '–';
  return [backing, `${(shared.otherCpuShare * 100).toFixed(0)}%`];
}

function rowsOf(result: SetupResults): Row[] {
  const { joinStorm: join, recognition: vote, board, reconnect, tables } = result;
  const rows: Row[] = [];
  if (join) {
    rows.push([
      `a. join storm (${join.phones} in ${join.spreadMs / 1000} s)`,
      `${p50p99(join.joinedAndConnectedMs)} (HTTP ${p50p99(join.httpJoinMs)})`,
      `${join.failed} failed`,
      cpuPerMessage(join.perNode),
      rssPerConnection(join.perNode),
      ...sharedCells(join.shared),
      'per join',
    ]);
  }
  if (vote) {
    rows.push([
      `b. recognition (${vote.votes} votes in 1 s)`,
      `${p50p99(vote.ackMs)}; tally +${vote.tallyCompleteAfterLastMs === null ? '∞' : ms(vote.tallyCompleteAfterLastMs)} ms`,
      `${vote.lostVotes} lost`,
      cpuPerMessage(vote.perNode),
      '',
      ...sharedCells(vote.shared),
      'per vote',
    ]);
  }
  if (board) {
    rows.push([
      `c. 1 writer, ${board.readers} readers, ${board.notes} notes`,
      `${p50p99(board.deliveryMs)} (all: ${p50p99(board.allReceivedMs)})`,
      `${board.lost} lost, ${board.drops} drops`,
      cpuPerMessage(board.perNode),
      rssPerConnection(board.perNode),
      ...sharedCells(board.shared),
      'per delivery',
    ]);
  }
  if (reconnect) {
    rows.push([
      `d. kill node 1 (${reconnect.killedPhones} of ${reconnect.phones} phones on it)`,
      `back ${p50p99(reconnect.backAfterKillMs)}, all ${ms(reconnect.backAfterKillMs.max)} ms`,
      `${reconnect.lost} lost, ${reconnect.notBack} not back`,
      `– / ${cpuPerMessage([reconnect.survivor])}`,
      `– / ${rssPerConnection([reconnect.survivor])}`,
      ...sharedCells(reconnect.shared),
      'per delivery',
    ]);
  }
  if (tables) {
    rows.push([
      `e. ${tables.tables} tables of ${tables.members}, ${tables.notes} notes`,
      `whole table ${p50p99(tables.tableMs)} (overview ${p50p99(tables.overviewMs)})`,
      `${tables.lost} lost, ${tables.notShown} not shown, ${tables.drops} drops`,
      cpuPerMessage(tables.perNode),
      rssPerConnection(tables.perNode),
      ...sharedCells(tables.shared),
      'per delivery',
    ]);
  }
  return rows;
}
export function printNodesTable(results: readonly SetupResults[], machine: string): void {
  const header: Row = [
    'scenario',
    'p50 / p99',
    'lost',
    'CPU ms per msg (node 1 / 2)',
    'RSS/heap KiB per conn (node 1 | 2)',
    'PG+Redis CPU ms per msg',
    'other CPU',
    'msg',
  ];
  const blocks = results.map((result) => ({ title: result.setup, rows: rowsOf(result) }));
  const all = [header, ...blocks.flatMap((block) => block.rows)];
  const widths = header.map((_, i) => Math.max(...all.map((row) => row[i].length)));
  const line = (row: Row) =>
    `  ${row.map((cell, i) => cell.padEnd(widths[i])).join('  ')}`.trimEnd();
  const out = [
    '',
    `Several nodes bench (${machine})`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w)) as Row),
  ];
  for (const block of blocks) {
    out.push(`  ${block.title}`, ...block.rows.map(line));
  }
  for (const result of results) {
    for (const problem of result.serverProblems)
      out.push(`  ${result.setup}, ${problem.slice(0, 300)}`);
  }
  out.push(
    '',
    '  CPU: server process time (/proc/<pid>/stat) during the scenario ÷ messages that node handled;',
    "  PG+Redis: their processes' CPU ÷ all messages. RSS/heap: growth of the node's RSS and V8",
    '  heap in use, each read after a full GC, ÷ connections open on that node. Other CPU: share',
    '  of the machine other processes used meanwhile; above ~10 % the figures are disturbed.',
    '',
  );
  process.stdout.write(`${out.join('\n')}\n`);
}
