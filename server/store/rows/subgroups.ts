import type { StoredMembership, StoredSubgroup } from '../store.js';

/** Rows as both stores read them (same columns in SQLite and PostgreSQL), and their records. */
export interface SubgroupRow {
  id: string;
  meeting_id: string;
  theme_id: string;
  suffix: string;
  table_number: number;
  table_name: string;
}

export interface MembershipRow {
  participant_id: string;
  subgroup_id: string;
  display_name: string;
}

export const toSubgroup = (row: SubgroupRow): StoredSubgroup => ({
  id: row.id,
  meetingId: row.meeting_id,
  themeId: row.theme_id,
  suffix: row.suffix,
  tableNumber: row.table_number,
  tableName: row.table_name,
});

export const toMembership = (row: MembershipRow): StoredMembership => ({
  participantId: row.participant_id,
  subgroupId: row.subgroup_id,
  displayName: row.display_name,
});
