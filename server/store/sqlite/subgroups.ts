import type Database from 'better-sqlite3';
import type { GroupingMeta, StoredMembership, StoredSubgroup, SubgroupStore } from '../store.js';
import { toSubgroup, toMembership } from '../rows/subgroups.js';
import type { SubgroupRow, MembershipRow } from '../rows/subgroups.js';

export function subgroupQueries(db: Database.Database): SubgroupStore {
  const q = {
    deleteMembers: db.prepare('DELETE FROM subgroup_members WHERE meeting_id = ?'),
    deleteGroups: db.prepare('DELETE FROM subgroups WHERE meeting_id = ?'),
    insertGroup: db.prepare(
      `INSERT INTO subgroups (id, meeting_id, theme_id, suffix, table_number, table_name)
       VALUES (@id, @meetingId, @themeId, @suffix, @tableNumber, @tableName)`,
    ),
    updateGroup: db.prepare(
      `UPDATE subgroups SET theme_id = @themeId, suffix = @suffix, table_number = @tableNumber,
         table_name = @tableName WHERE id = @id`,
    ),
    list: db.prepare<[string], SubgroupRow>(
      'SELECT * FROM subgroups WHERE meeting_id = ? ORDER BY table_number, id',
    ),
    get: db.prepare<[string], SubgroupRow>('SELECT * FROM subgroups WHERE id = ?'),
    members: db.prepare<[string], MembershipRow>(
      `SELECT m.participant_id, m.subgroup_id, m.display_name FROM subgroup_members m
       JOIN participants p ON p.id = m.participant_id
       WHERE m.meeting_id = ? ORDER BY p.number`,
    ),
    member: db.prepare<[string, string], MembershipRow>(
      'SELECT * FROM subgroup_members WHERE meeting_id = ? AND participant_id = ?',
    ),
    setMember: db.prepare(
      `INSERT INTO subgroup_members (meeting_id, participant_id, subgroup_id, display_name)
       VALUES (?, ?, ?, ?)
       ON CONFLICT (meeting_id, participant_id) DO UPDATE SET
         subgroup_id = excluded.subgroup_id, display_name = excluded.display_name`,
    ),
    deleteGroupMembers: db.prepare('DELETE FROM subgroup_members WHERE subgroup_id = ?'),
    deleteGroup: db.prepare('DELETE FROM subgroups WHERE id = ?'),
    // The meta lives on the meeting row: one per meeting, replaced with each proposal.
    getMeta: db.prepare<[string], { grouping_meta: string | null }>(
      'SELECT grouping_meta FROM meetings WHERE id = ?',
    ),
    setMeta: db.prepare('UPDATE meetings SET grouping_meta = ? WHERE id = ?'),
  };

  const replace = db.transaction(
    (meetingId: string, groups: StoredSubgroup[], members: StoredMembership[]) => {
      q.deleteMembers.run(meetingId);
      q.deleteGroups.run(meetingId);
      for (const group of groups) q.insertGroup.run(group);
      for (const member of members) {
        q.setMember.run(meetingId, member.participantId, member.subgroupId, member.displayName);
      }
    },
  );

  const remove = db.transaction((id: string) => {
    q.deleteGroupMembers.run(id);
    q.deleteGroup.run(id);
  });

  return {
    async replaceSubgroups(meetingId, groups, members) {
      replace(meetingId, groups, members);
    },
    async listSubgroups(meetingId) {
      return q.list.all(meetingId).map(toSubgroup);
    },
    async getSubgroup(id) {
      const row = q.get.get(id);
      return row ? toSubgroup(row) : null;
    },
    async updateSubgroup(group) {
      q.updateGroup.run(group);
    },
    async listMemberships(meetingId) {
      return q.members.all(meetingId).map(toMembership);
    },
    async getMembership(meetingId, participantId) {
      const row = q.member.get(meetingId, participantId);
      return row ? toMembership(row) : null;
    },
    async setMembership(meetingId, membership) {
      q.setMember.run(
        meetingId,
        membership.participantId,
        membership.subgroupId,
        membership.displayName,
      );
    },
    async deleteSubgroup(id) {
      remove(id);
    },
    async getGroupingMeta(meetingId) {
      const raw = q.getMeta.get(meetingId)?.grouping_meta;
      return raw ? (JSON.parse(raw) as GroupingMeta) : null;
    },
    async setGroupingMeta(meetingId, meta) {
      q.setMeta.run(JSON.stringify(meta), meetingId);
    },
  };
}
