import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TABLE_END, TABLE_START, commandTable } from '../../../scripts/security-table.js';
import { COMMANDS } from '../../../server/domain/permissions.js';

/** Table rows as trimmed cells, so a formatter's column alignment does not matter. */
function cells(lines: string[]): string[][] {
  return lines
    .map((line) => line.trim())
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim().replace(/^:?-+:?$/, '---')),
    );
}

describe('SECURITY.md', () => {
  const text = readFileSync(new URL('../../../SECURITY.md', import.meta.url), 'utf8');

  it('carries the table of every Socket.IO event as COMMAND_ROLES and PHASE_RULES decide it', () => {
    const start = text.indexOf(TABLE_START);
    const end = text.indexOf(TABLE_END);
    expect(start, 'start marker').toBeGreaterThanOrEqual(0);
    expect(end, 'end marker').toBeGreaterThan(start);
    const documented = cells(text.slice(start + TABLE_START.length, end).split('\n'));
    // Out of date? Run `npx tsx scripts/security-table.ts` and paste its output into SECURITY.md.
    expect(documented).toEqual(cells(commandTable()));
  });

  it('has one row per event of the protocol', () => {
    expect(cells(commandTable())).toHaveLength(COMMANDS.length + 2);
  });
});
