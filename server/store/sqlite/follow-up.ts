import type Database from 'better-sqlite3';
import type { CoreGroupStore, WorkingGroupStore } from '../store.js';
import { toMember, toWorkingGroup } from '../rows/follow-up.js';
import type { CoreGroupRow, WorkingGroupRow } from '../rows/follow-up.js';

/** The kopgroep and the werkgroepen that carry the evening's themes forward. */
export function followUpQueries(db: Database.Database): CoreGroupStore & WorkingGroupStore {
  const q = {
    insertMember: db.prepare(
      `INSERT INTO core_group_members (id, meeting_id, name, token_hash, created_at, revoked_at)
       VALUES (@id, @meetingId, @name, @tokenHash, @createdAt, @revokedAt)`,
    ),
    memberByToken: db.prepare<[string], CoreGroupRow>(
      'SELECT * FROM core_group_members WHERE token_hash = ?',
    ),
    member: db.prepare<[string], CoreGroupRow>('SELECT * FROM core_group_members WHERE id = ?'),
    members: db.prepare<[string], CoreGroupRow>(
      'SELECT * FROM core_group_members WHERE meeting_id = ? ORDER BY created_at, id',
    ),
    updateMember: db.prepare(
      `UPDATE core_group_members SET name = @name, token_hash = @tokenHash, revoked_at = @revokedAt
       WHERE id = @id`,
    ),
    insertGroup: db.prepare(
      `INSERT OR IGNORE INTO working_groups (id, meeting_id, theme_id, title, created_at, ready_at)
       VALUES (@id, @meetingId, @themeId, @title, @createdAt, @readyAt)`,
    ),
    group: db.prepare<[string], WorkingGroupRow>('SELECT * FROM working_groups WHERE id = ?'),
    groupByTheme: db.prepare<[string, string], WorkingGroupRow>(
      'SELECT * FROM working_groups WHERE meeting_id = ? AND theme_id = ?',
    ),
    groups: db.prepare<[string], WorkingGroupRow>(
      'SELECT * FROM working_groups WHERE meeting_id = ? ORDER BY created_at, id',
    ),
    setReady: db.prepare('UPDATE working_groups SET ready_at = ? WHERE id = ?'),
  };
  return {
    async insertCoreGroupMember(member) {
      q.insertMember.run(member);
    },
    async findCoreGroupMemberByTokenHash(tokenHash) {
      const row = q.memberByToken.get(tokenHash);
      return row ? toMember(row) : null;
    },
    async getCoreGroupMember(id) {
      const row = q.member.get(id);
      return row ? toMember(row) : null;
    },
    async listCoreGroupMembers(meetingId) {
      return q.members.all(meetingId).map(toMember);
    },
    async updateCoreGroupMember(member) {
      q.updateMember.run(member);
    },
    async insertWorkingGroup(group) {
      return q.insertGroup.run(group).changes > 0;
    },
    async getWorkingGroup(id) {
      const row = q.group.get(id);
      return row ? toWorkingGroup(row) : null;
    },
    async findWorkingGroupByTheme(meetingId, themeId) {
      const row = q.groupByTheme.get(meetingId, themeId);
      return row ? toWorkingGroup(row) : null;
    },
    async listWorkingGroups(meetingId) {
      return q.groups.all(meetingId).map(toWorkingGroup);
    },
    async setWorkingGroupReady(id, readyAt) {
      q.setReady.run(readyAt, id);
    },
  };
}
