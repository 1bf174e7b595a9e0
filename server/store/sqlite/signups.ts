import type Database from 'better-sqlite3';
import type { ConsentPurpose } from '../../../shared/model.js';
import type { SignupStore, StoredSignup } from '../store.js';

interface SignupRow {
  id: string;
  meeting_id: string;
  theme_id: string;
  name: string;
  email: string;
  phone: string;
  consents: string;
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
  consents: JSON.parse(row.consents) as Record<ConsentPurpose, boolean>,
  tokenHash: row.token_hash,
  createdAt: row.created_at,
  retainUntil: row.retain_until,
});

/** Personal data lives in this table only: no participant id, so it cannot be tied to answers. */
export function signupQueries(db: Database.Database): SignupStore {
  const q = {
    insert: db.prepare(
      `INSERT INTO signups (id, meeting_id, theme_id, name, email, phone, consents, token_hash,
         created_at, retain_until)
       VALUES (@id, @meetingId, @themeId, @name, @email, @phone, @consents, @tokenHash,
         @createdAt, @retainUntil)`,
    ),
    byToken: db.prepare<[string], SignupRow>('SELECT * FROM signups WHERE token_hash = ?'),
    get: db.prepare<[string], SignupRow>('SELECT * FROM signups WHERE id = ?'),
    list: db.prepare<[string], SignupRow>(
      'SELECT * FROM signups WHERE meeting_id = ? ORDER BY theme_id, created_at, id',
    ),
    count: db.prepare<[string], { theme_id: string; n: number }>(
      'SELECT theme_id, COUNT(*) AS n FROM signups WHERE meeting_id = ? GROUP BY theme_id',
    ),
    delete: db.prepare('DELETE FROM signups WHERE id = ?'),
    replaceToken: db.prepare('UPDATE signups SET token_hash = ? WHERE id = ?'),
    deleteExpired: db.prepare('DELETE FROM signups WHERE retain_until <= ?'),
  };
  return {
    async insertSignup(signup) {
      q.insert.run({ ...signup, consents: JSON.stringify(signup.consents) });
    },
    async findSignupByTokenHash(tokenHash) {
      const row = q.byToken.get(tokenHash);
      return row ? toSignup(row) : null;
    },
    async getSignup(id) {
      const row = q.get.get(id);
      return row ? toSignup(row) : null;
    },
    async listSignups(meetingId) {
      return q.list.all(meetingId).map(toSignup);
    },
    async countSignups(meetingId) {
      return Object.fromEntries(q.count.all(meetingId).map((row) => [row.theme_id, row.n]));
    },
    async deleteSignup(id) {
      return q.delete.run(id).changes > 0;
    },
    async replaceSignupToken(id, tokenHash) {
      return q.replaceToken.run(tokenHash, id).changes > 0;
    },
    async deleteExpiredSignups(now) {
      return q.deleteExpired.run(now).changes;
    },
  };
}
