import type Database from 'better-sqlite3';
import type { WorkingGroup } from '../../../shared/model.js';
import type { CoreGroupStore, StoredCoreGroupMember, WorkingGroupStore } from '../store.js';

interface CoreGroupRow {
  id: string;
  meeting_id: string;
  name: string;
  token_hash: string;
  created_at: number;
  revoked_at: number | null;
}

interface WorkingGroupRow {
  id: string;
  meeting_id: string;
  theme_id: string;
  title: string;
  created_at: number;
  ready_at: number | null;
}

const toMember = (row: CoreGroupRow): StoredCoreGroupMember => ({
  id: row.id,
  meetingId: row.meeting_id,
  name: row.name,
  tokenHash: row.token_hash,
  createdAt: row.created_at,
  revokedAt: row.revoked_at,
});

const toWorkingGroup = (row: WorkingGroupRow): WorkingGroup => ({
  id: row.id,
  meetingId: row.meeting_id,
  themeId: row.theme_id,
  title: row.title,
  createdAt: row.created_at,
  readyAt: row.ready_at,
});

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
