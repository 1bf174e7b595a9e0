import type Database from 'better-sqlite3';
import type { MeetingKind } from '../../../shared/model.js';
import type { RetentionStore } from '../store.js';

/**
 * The retention job's queries. Deleted rows are zeroed in the file by `secure_delete` (set in
 * index.ts); `purgeErased` checkpoints the WAL and truncates it, so no earlier version of a page
 * stays behind there either.
 */
export function retentionQueries(db: Database.Database): RetentionStore {
  const q = {
    awaiting: db.prepare<[string], { id: string; date: string; kind: string }>(
      `SELECT id, date, kind FROM meetings m WHERE NOT EXISTS
         (SELECT 1 FROM retention_applied r WHERE r.meeting_id = m.id AND r.kind = ?)
       ORDER BY date, id`,
    ),
    mark: db.prepare(
      `INSERT INTO retention_applied (meeting_id, kind, at) VALUES (?, ?, ?)
       ON CONFLICT (meeting_id, kind) DO UPDATE SET at = excluded.at`,
    ),
    docNames: db.prepare<[string, string], { doc: string }>(
      'SELECT DISTINCT doc FROM doc_updates WHERE substr(doc, 1, length(?)) = ? ORDER BY doc',
    ),
    deleteUnapproved: db.prepare(
      `DELETE FROM additions WHERE meeting_id = ? AND json_extract(data, '$.status') <> 'approved'`,
    ),
    deleteUnshownQuestions: db.prepare(
      `DELETE FROM questions
       WHERE meeting_id = ? AND json_extract(data, '$.status') IN ('pending', 'rejected')`,
    ),
    clearNames: db.prepare(
      `UPDATE subgroup_members SET display_name = '' WHERE meeting_id = ? AND display_name <> ''`,
    ),
    releaseLead: db.prepare(
      `UPDATE meetings SET leader_id = NULL WHERE leader_id IN
         (SELECT id FROM core_group_members WHERE revoked_at IS NOT NULL AND revoked_at <= ?)`,
    ),
    deleteRevoked: db.prepare(
      'DELETE FROM core_group_members WHERE revoked_at IS NOT NULL AND revoked_at <= ?',
    ),
    replaceOwners: db.prepare(
      `UPDATE agreements SET data = json_set(data, '$.owner.name', @replacement)
       WHERE json_extract(data, '$.owner.kind') = 'person'
         AND json_extract(data, '$.owner.name') <> @replacement
         AND json_extract(data, '$.status') IN ('done', 'dropped')
         AND created_at <= @before
         AND NOT EXISTS (SELECT 1 FROM agreement_reviews r
                         WHERE r.agreement_id = agreements.id AND r.at > @before)`,
    ),
  };

  const deleteRevoked = db.transaction((revokedBefore: number) => {
    q.releaseLead.run(revokedBefore);
    return q.deleteRevoked.run(revokedBefore).changes;
  });

  return {
    async listMeetingsAwaitingRetention(kind) {
      return q.awaiting
        .all(kind)
        .map((row) => ({ id: row.id, date: row.date, kind: row.kind as MeetingKind }));
    },
    async markRetentionApplied(meetingId, kind, at) {
      q.mark.run(meetingId, kind, at);
    },
    async listDocNames(prefix) {
      return q.docNames.all(prefix, prefix).map((row) => row.doc);
    },
    async deleteUnapprovedAdditions(meetingId) {
      return q.deleteUnapproved.run(meetingId).changes;
    },
    async deleteUnshownQuestions(meetingId) {
      return q.deleteUnshownQuestions.run(meetingId).changes;
    },
    async clearDisplayNames(meetingId) {
      return q.clearNames.run(meetingId).changes;
    },
    async deleteRevokedCoreGroupMembers(revokedBefore) {
      return deleteRevoked(revokedBefore);
    },
    async replaceAgreementOwnerNames(before, replacement) {
      return q.replaceOwners.run({ before, replacement }).changes;
    },
    async purgeErased() {
      // TRUNCATE: every frame is copied into the file and the WAL is cut to zero bytes.
      db.pragma('wal_checkpoint(TRUNCATE)');
    },
  };
}
