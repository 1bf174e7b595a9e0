import type { ConsentPurpose } from '../../../shared/model.js';
import type { SignupStore, StoredSignup } from '../store.js';
import type { Db } from './db.js';
import { toJson } from './json.js';

interface SignupRow {
  id: string;
  meeting_id: string;
  theme_id: string;
  name: string;
  email: string;
  phone: string;
  consents: Record<ConsentPurpose, boolean>;
  token_hash: string;
  created_at: number;
  retain_until: number;
}

const toSignup = (row: SignupRow): StoredSignup => ({
  id: row.id,
  meetingId: row.meeting_id,
  themeId: row.theme_id,
  name: row.name,
  email: row.email,
  phone: row.phone,
  consents: row.consents,
  tokenHash: row.token_hash,
  createdAt: row.created_at,
  retainUntil: row.retain_until,
});

/**
 * Personal data lives in this table only: no participant id, so it cannot be tied to answers.
 * A deleted row stays in the table's file as a dead tuple until VACUUM; the retention job's
 * `purgeErased` (retention.ts) rewrites the table.
 */
export function signupQueries(db: Db): SignupStore {
  const one = async (where: string, value: string) => {
    const row = await db.row<SignupRow>(`SELECT * FROM signups WHERE ${where}`, [value]);
    return row ? toSignup(row) : null;
  };
  return {
    async insertSignup(signup) {
      await db.changes(
        `INSERT INTO signups (id, meeting_id, theme_id, name, email, phone, consents, token_hash,
           created_at, retain_until)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          signup.id,
          signup.meetingId,
          signup.themeId,
          signup.name,
          signup.email,
          signup.phone,
          toJson(signup.consents),
          signup.tokenHash,
          signup.createdAt,
          signup.retainUntil,
        ],
      );
    },
    findSignupByTokenHash: (tokenHash) => one('token_hash = $1', tokenHash),
    getSignup: (id) => one('id = $1', id),
    async listSignups(meetingId) {
      const rows = await db.rows<SignupRow>(
        'SELECT * FROM signups WHERE meeting_id = $1 ORDER BY theme_id, created_at, id',
        [meetingId],
      );
      return rows.map(toSignup);
    },
    async countSignups(meetingId) {
      const rows = await db.rows<{ theme_id: string; n: number }>(
        'SELECT theme_id, COUNT(*) AS n FROM signups WHERE meeting_id = $1 GROUP BY theme_id',
        [meetingId],
      );
      return Object.fromEntries(rows.map((row) => [row.theme_id, row.n]));
    },
    async deleteSignup(id) {
      return (await db.changes('DELETE FROM signups WHERE id = $1', [id])) > 0;
    },
    async replaceSignupToken(id, tokenHash) {
      const changed = await db.changes('UPDATE signups SET token_hash = $1 WHERE id = $2', [
        tokenHash,
        id,
      ]);
      return changed > 0;
    },
    async deleteExpiredSignups(now) {
      return db.changes('DELETE FROM signups WHERE retain_until <= $1', [now]);
    },
  };
}
