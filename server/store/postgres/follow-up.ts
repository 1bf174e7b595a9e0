import type { CoreGroupStore, WorkingGroupStore } from '../store.js';
import type { Db } from './db.js';
import { toMember, toWorkingGroup } from '../rows/follow-up.js';
import type { CoreGroupRow, WorkingGroupRow } from '../rows/follow-up.js';

/** The kopgroep and the werkgroepen that carry the evening's themes forward. */
export function followUpQueries(db: Db): CoreGroupStore & WorkingGroupStore {
  const member = async (where: string, value: string) => {
    const row = await db.row<CoreGroupRow>(`SELECT * FROM core_group_members WHERE ${where}`, [
      value,
    ]);
    return row ? toMember(row) : null;
  };
  const group = async (where: string, values: string[]) => {
    const row = await db.row<WorkingGroupRow>(
      `SELECT * FROM working_groups WHERE ${where}`,
      values,
    );
    return row ? toWorkingGroup(row) : null;
  };

  return {
    async insertCoreGroupMember(m) {
      await db.changes(
        `INSERT INTO core_group_members (id, meeting_id, name, token_hash, created_at, revoked_at)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [m.id, m.meetingId, m.name, m.tokenHash, m.createdAt, m.revokedAt],
      );
    },
    findCoreGroupMemberByTokenHash: (tokenHash) => member('token_hash = $1', tokenHash),
    getCoreGroupMember: (id) => member('id = $1', id),
    async listCoreGroupMembers(meetingId) {
      const rows = await db.rows<CoreGroupRow>(
        'SELECT * FROM core_group_members WHERE meeting_id = $1 ORDER BY created_at, id',
        [meetingId],
      );
      return rows.map(toMember);
    },
    async updateCoreGroupMember(m) {
      await db.changes(
        `UPDATE core_group_members SET name = $1, token_hash = $2, revoked_at = $3
         WHERE id = $4`,
        [m.name, m.tokenHash, m.revokedAt, m.id],
      );
    },
    async insertWorkingGroup(g) {
      // Two nodes starting a werkgroep for the same theme: the unique key lets one win.
      const inserted = await db.changes(
        `INSERT INTO working_groups (id, meeting_id, theme_id, title, created_at, ready_at)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
        [g.id, g.meetingId, g.themeId, g.title, g.createdAt, g.readyAt],
      );
      return inserted > 0;
    },
    getWorkingGroup: (id) => group('id = $1', [id]),
    findWorkingGroupByTheme: (meetingId, themeId) =>
      group('meeting_id = $1 AND theme_id = $2', [meetingId, themeId]),
    async listWorkingGroups(meetingId) {
      const rows = await db.rows<WorkingGroupRow>(
        'SELECT * FROM working_groups WHERE meeting_id = $1 ORDER BY created_at, id',
        [meetingId],
      );
      return rows.map(toWorkingGroup);
    },
    async setWorkingGroupReady(id, readyAt) {
      await db.changes('UPDATE working_groups SET ready_at = $1 WHERE id = $2', [readyAt, id]);
    },
  };
}
