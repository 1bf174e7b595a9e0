import type Database from 'better-sqlite3';
import type { Addition } from '../../../shared/model.js';
import type { AdditionStore } from '../store.js';

type StoredAddition = Addition & { participantId: string };

/** Additions as JSON documents, keyed by the id the phone chose. */
export function additionQueries(db: Database.Database): AdditionStore {
  const q = {
    insert: db.prepare(
      `INSERT INTO additions (id, meeting_id, participant_id, created_at, data)
       VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
    ),
    get: db.prepare<[string], { data: string; participant_id: string }>(
      'SELECT data, participant_id FROM additions WHERE id = ?',
    ),
    list: db.prepare<[string], { data: string }>(
      'SELECT data FROM additions WHERE meeting_id = ? ORDER BY created_at DESC',
    ),
    update: db.prepare('UPDATE additions SET data = ? WHERE id = ?'),
  };

  function read(id: string): StoredAddition | null {
    const row = q.get.get(id);
    return row
      ? { ...(JSON.parse(row.data) as Addition), participantId: row.participant_id }
      : null;
  }

  return {
    async insertAddition(addition) {
      const { participantId, ...data } = addition;
      const result = q.insert.run(
        addition.id,
        addition.meetingId,
        participantId,
        addition.createdAt,
        JSON.stringify(data),
      );
      return { addition: read(addition.id)!, inserted: result.changes === 1 };
    },
    async getAddition(id) {
      return read(id);
    },
    async listAdditions(meetingId) {
      return q.list.all(meetingId).map((row) => JSON.parse(row.data) as Addition);
    },
    async updateAddition(addition) {
      const { participantId: _ignored, ...data } = addition as StoredAddition;
      q.update.run(JSON.stringify(data), addition.id);
    },
  };
}
