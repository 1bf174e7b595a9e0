import type { AgendaItem, WorkingGroupSummary } from '../../shared/model.js';
import type { agendaSetSchema } from '../../shared/schemas.js';
import type { z } from 'zod';

export type AgendaSetPayload = z.input<typeof agendaSetSchema>;

/** One row of the agenda being prepared: a review, or a werkgroep that may be left out. */
export interface AgendaDraftRow {
  key: string;
  /** The stored item's id, kept so a saved agenda keeps its items. */
  id?: string;
  kind: 'review' | 'presentation';
  workingGroupId: string | null;
  minutes: number;
  included: boolean;
}

const PRESENTATION_MINUTES = 10;
const REVIEW_MINUTES = 10;

/**
 * The draft the leader starts from: the saved agenda if there is one, then every werkgroep not
 * on it yet (left out). A review comes first when afspraken carry over and none is planned.
 */
export function agendaDraft(
  saved: AgendaItem[],
  groups: WorkingGroupSummary[],
  carriedOver: number,
): AgendaDraftRow[] {
  const rows: AgendaDraftRow[] = saved.map((item) => ({
    key: item.id,
    id: item.id,
    kind: item.kind,
    workingGroupId: item.kind === 'presentation' ? item.workingGroupId : null,
    minutes: item.minutes,
    included: true,
  }));
  if (carriedOver > 0 && !rows.some((row) => row.kind === 'review')) {
    rows.unshift(reviewRow());
  }
  const fresh = saved.length === 0;
  for (const group of groups) {
    if (rows.some((row) => row.workingGroupId === group.id)) continue;
    rows.push({
      key: `group-${group.id}`,
      kind: 'presentation',
      workingGroupId: group.id,
      minutes: PRESENTATION_MINUTES,
      // A new agenda has every werkgroep on it; one started later is offered, not added.
      included: fresh,
    });
  }
  return rows;
}

function reviewRow(): AgendaDraftRow {
  return {
    key: 'review',
    kind: 'review',
    workingGroupId: null,
    minutes: REVIEW_MINUTES,
    included: true,
  };
}

/** What is sent to the server: the included rows, in their order. */
export function agendaPayload(rows: AgendaDraftRow[]): AgendaSetPayload['items'] {
  return rows
    .filter((row) => row.included)
    .map((row) =>
      row.kind === 'review'
        ? { ...(row.id ? { id: row.id } : {}), kind: 'review' as const, minutes: row.minutes }
        : {
            ...(row.id ? { id: row.id } : {}),
            kind: 'presentation' as const,
            workingGroupId: row.workingGroupId ?? '',
            minutes: row.minutes,
          },
    );
}

/** Moves a row one place up (-1) or down (+1); a review stays first. */
export function moveRow(rows: AgendaDraftRow[], index: number, by: -1 | 1): AgendaDraftRow[] {
  const target = index + by;
  if (target < 0 || target >= rows.length) return rows;
  if (rows[target].kind === 'review' || rows[index].kind === 'review') return rows;
  const next = [...rows];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}
