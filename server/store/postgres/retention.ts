import type { MeetingKind } from '../../../shared/model.js';
import type { RetentionStore } from '../store.js';
import type { Db } from './db.js';
import { purgeErased } from './purge.js';

/** The retention job's queries; `purgeErased` (purge.ts) says what erasure means here. */
export function retentionQueries(db: Db): RetentionStore {
  return {
    async listMeetingsAwaitingRetention(kind) {
      const rows = await db.rows<{ id: string; date: string; kind: MeetingKind }>(
        `SELECT id, date, kind FROM meetings m WHERE NOT EXISTS
           (SELECT 1 FROM retention_applied r WHERE r.meeting_id = m.id AND r.kind = $1)
         ORDER BY date, id`,
        [kind],
      );
      return rows.map((row) => ({ id: row.id, date: row.date, kind: row.kind }));
    },
    async markRetentionApplied(meetingId, kind, at) {
      await db.changes(
        `INSERT INTO retention_applied (meeting_id, kind, at) VALUES ($1, $2, $3)
         ON CONFLICT (meeting_id, kind) DO UPDATE SET at = excluded.at`,
        [meetingId, kind, at],
      );
    },
    async listDocNames(prefix) {
      // A plain comparison of the first characters: no LIKE, so '_' and '%' in a name are just
      // characters.
      const rows = await db.rows<{ doc: string }>(
        'SELECT DISTINCT doc FROM doc_updates WHERE left(doc, length($1)) = $1 ORDER BY doc',
        [prefix],
      );
      return rows.map((row) => row.doc);
    },
    deleteUnapprovedAdditions: (meetingId) =>
      db.changes(`DELETE FROM additions WHERE meeting_id = $1 AND data->>'status' <> 'approved'`, [
        meetingId,
      ]),
    deleteUnshownQuestions: (meetingId) =>
      db.changes(
        `DELETE FROM questions
         WHERE meeting_id = $1 AND data->>'status' IN ('pending', 'rejected')`,
        [meetingId],
      ),
    clearDisplayNames: (meetingId) =>
      db.changes(
        `UPDATE subgroup_members SET display_name = ''
         WHERE meeting_id = $1 AND display_name <> ''`,
        [meetingId],
      ),
    async deleteRevokedCoreGroupMembers(revokedBefore) {
      // The first statement locks the members it picks, so a link re-issued on another node
      // meanwhile either lands before (member and lead kept) or after (on a deleted row): never
      // a lead released from a member who stays.
      return db.transaction(async (client) => {
        await client.query(
          `UPDATE meetings SET leader_id = NULL WHERE leader_id IN
             (SELECT id FROM core_group_members
              WHERE revoked_at IS NOT NULL AND revoked_at <= $1 FOR UPDATE)`,
          [revokedBefore],
        );
        const deleted = await client.query(
          'DELETE FROM core_group_members WHERE revoked_at IS NOT NULL AND revoked_at <= $1',
          [revokedBefore],
        );
        return deleted.rowCount ?? 0;
      });
    },
    replaceAgreementOwnerNames: (before, replacement) =>
      db.changes(
        `UPDATE agreements
         SET data = jsonb_set(data, '{owner,name}', to_jsonb($2::text))
         WHERE data->'owner'->>'kind' = 'person'
           AND data->'owner'->>'name' <> $2
           AND data->>'status' IN ('done', 'dropped')
           AND created_at <= $1
           AND NOT EXISTS (SELECT 1 FROM agreement_reviews r
                           WHERE r.agreement_id = agreements.id AND r.at > $1)`,
        [before, replacement],
      ),
    purgeErased: () => purgeErased(db),
  };
}
