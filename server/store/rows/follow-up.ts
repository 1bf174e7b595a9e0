import type { WorkingGroup } from '../../../shared/model.js';
import type { StoredCoreGroupMember } from '../store.js';

/** Rows as both stores read them (same columns in SQLite and PostgreSQL), and their records. */
export interface CoreGroupRow {
  id: string;
  meeting_id: string;
  name: string;
  token_hash: string;
  created_at: number;
  revoked_at: number | null;
}

export interface WorkingGroupRow {
  id: string;
  meeting_id: string;
  theme_id: string;
  title: string;
  created_at: number;
  ready_at: number | null;
}

export const toMember = (row: CoreGroupRow): StoredCoreGroupMember => ({
  id: row.id,
  meetingId: row.meeting_id,
  name: row.name,
  tokenHash: row.token_hash,
  createdAt: row.created_at,
  revokedAt: row.revoked_at,
});

export const toWorkingGroup = (row: WorkingGroupRow): WorkingGroup => ({
  id: row.id,
  meetingId: row.meeting_id,
  themeId: row.theme_id,
  title: row.title,
  createdAt: row.created_at,
  readyAt: row.ready_at,
});
