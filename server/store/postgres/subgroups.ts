import type { PoolClient } from 'pg';
import type { GroupingMeta, StoredMembership, StoredSubgroup, SubgroupStore } from '../store.js';
import type { Db } from './db.js';
import { toJson } from './json.js';
import { toSubgroup, toMembership } from '../rows/subgroups.js';
import type { SubgroupRow, MembershipRow } from '../rows/subgroups.js';

const SET_MEMBER = `INSERT INTO subgroup_members
    (meeting_id, participant_id, subgroup_id, display_name)
  VALUES ($1, $2, $3, $4)
  ON CONFLICT (meeting_id, participant_id) DO UPDATE SET
    subgroup_id = excluded.subgroup_id, display_name = excluded.display_name`;

const memberParams = (meetingId: string, member: StoredMembership) => [
  meetingId,
  member.participantId,
  member.subgroupId,
  member.displayName,
];

async function insertGroup(client: PoolClient, group: StoredSubgroup): Promise<void> {
  await client.query(
    `INSERT INTO subgroups (id, meeting_id, theme_id, suffix, table_number, table_name)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [group.id, group.meetingId, group.themeId, group.suffix, group.tableNumber, group.tableName],
  );
}

export function subgroupQueries(db: Db): SubgroupStore {
  return {
    async replaceSubgroups(meetingId, groups, members) {
      // All or nothing, and one proposal at a time per meeting: the meeting's row is locked, so
      // two proposals made at once on two nodes cannot end up mixed.
      await db.transaction(async (client) => {
        await client.query('SELECT 1 FROM meetings WHERE id = $1 FOR UPDATE', [meetingId]);
        await client.query('DELETE FROM subgroup_members WHERE meeting_id = $1', [meetingId]);
        await client.query('DELETE FROM subgroups WHERE meeting_id = $1', [meetingId]);
        for (const group of groups) await insertGroup(client, group);
        for (const member of members)
          await client.query(SET_MEMBER, memberParams(meetingId, member));
      });
    },
    async listSubgroups(meetingId) {
      const rows = await db.rows<SubgroupRow>(
        'SELECT * FROM subgroups WHERE meeting_id = $1 ORDER BY table_number, id',
        [meetingId],
      );
      return rows.map(toSubgroup);
    },
    async getSubgroup(id) {
      const row = await db.row<SubgroupRow>('SELECT * FROM subgroups WHERE id = $1', [id]);
      return row ? toSubgroup(row) : null;
    },
    async updateSubgroup(group) {
      await db.changes(
        `UPDATE subgroups SET theme_id = $1, suffix = $2, table_number = $3, table_name = $4
         WHERE id = $5`,
        [group.themeId, group.suffix, group.tableNumber, group.tableName, group.id],
      );
    },
    async listMemberships(meetingId) {
      const rows = await db.rows<MembershipRow>(
        `SELECT m.participant_id, m.subgroup_id, m.display_name FROM subgroup_members m
         JOIN participants p ON p.id = m.participant_id
         WHERE m.meeting_id = $1 ORDER BY p.number`,
        [meetingId],
      );
      return rows.map(toMembership);
    },
    async getMembership(meetingId, participantId) {
      const row = await db.row<MembershipRow>(
        'SELECT * FROM subgroup_members WHERE meeting_id = $1 AND participant_id = $2',
        [meetingId, participantId],
      );
      return row ? toMembership(row) : null;
    },
    async setMembership(meetingId, membership) {
      await db.changes(SET_MEMBER, memberParams(meetingId, membership));
    },
    async deleteSubgroup(id) {
      // The members' rows go with it (ON DELETE CASCADE), in the same statement.
      await db.changes('DELETE FROM subgroups WHERE id = $1', [id]);
    },
    async getGroupingMeta(meetingId) {
      const row = await db.row<{ grouping_meta: GroupingMeta | null }>(
        'SELECT grouping_meta FROM meetings WHERE id = $1',
        [meetingId],
      );
      return row?.grouping_meta ?? null;
    },
    async setGroupingMeta(meetingId, meta) {
      await db.changes('UPDATE meetings SET grouping_meta = $1 WHERE id = $2', [
        toJson(meta),
        meetingId,
      ]);
    },
  };
}
