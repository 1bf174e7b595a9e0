import type { Addition } from '../../../shared/model.js';
import type { AdditionStore } from '../store.js';
import type { Db } from './db.js';
import { toJson } from './json.js';

type StoredAddition = Addition & { participantId: string };

/** Additions as JSON documents, keyed by the id the phone chose. */
export function additionQueries(db: Db): AdditionStore {
  async function read(id: string): Promise<StoredAddition | null> {
    const row = await db.row<{ data: Addition; participant_id: string }>(
      'SELECT data, participant_id FROM additions WHERE id = $1',
      [id],
    );
    return row ? { ...row.data, participantId: row.participant_id } : null;
  }

  return {
    async insertAddition(addition) {
      const { participantId, ...data } = addition;
      // A resend racing the first send on another node waits for it here, then reads its row.
      const inserted = await db.changes(
        `INSERT INTO additions (id, meeting_id, participant_id, created_at, data)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING`,
        [addition.id, addition.meetingId, participantId, addition.createdAt, toJson(data)],
      );
      return { addition: (await read(addition.id))!, inserted: inserted === 1 };
    },
    getAddition: read,
    async listAdditions(meetingId) {
      const rows = await db.rows<{ data: Addition }>(
        'SELECT data FROM additions WHERE meeting_id = $1 ORDER BY created_at DESC, seq DESC',
        [meetingId],
      );
      return rows.map((row) => row.data);
    },
    async updateAddition(addition) {
      const { participantId: _ignored, ...data } = addition as StoredAddition;
      await db.changes('UPDATE additions SET data = $1 WHERE id = $2', [toJson(data), addition.id]);
    },
  };
}
