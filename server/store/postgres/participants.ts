import type { Participant } from '../../../shared/model.js';
import type { ParticipantStore, TableHost, TableHostStore } from '../store.js';
import type { Db } from './db.js';
import type { ParticipantRow, TableHostRow } from '../rows/participants.js';

const toParticipant = (row: ParticipantRow): Participant => ({
  id: row.id,
  meetingId: row.meeting_id,
  number: row.number,
  keyHash: row.key_hash,
  joinedAt: row.joined_at,
  hostId: row.host_id,
});

const toTableHost = (row: TableHostRow): TableHost => ({
  id: row.id,
  meetingId: row.meeting_id,
  label: row.label,
  tokenHash: row.token_hash,
  createdAt: row.created_at,
});

export function participantQueries(db: Db): ParticipantStore & TableHostStore {
  const many = async (sql: string, value: string) =>
    (await db.rows<ParticipantRow>(sql, [value])).map(toParticipant);
  const one = async (sql: string, value: string) => {
    const row = await db.row<ParticipantRow>(sql, [value]);
    return row ? toParticipant(row) : null;
  };

  return {
    async insertParticipant(input) {
      // Phones joining at once on different nodes: the meeting's row lock makes them take
      // numbers one after the other, so no two get the same one.
      return db.transaction(async (client) => {
        await client.query('SELECT 1 FROM meetings WHERE id = $1 FOR UPDATE', [input.meetingId]);
        const inserted = await client.query<{ number: number }>(
          `INSERT INTO participants (id, meeting_id, number, key_hash, joined_at, host_id)
           SELECT $1, $2, COALESCE(MAX(number), 0) + 1, $3, $4, $5
             FROM participants WHERE meeting_id = $2
           RETURNING number`,
          [input.id, input.meetingId, input.keyHash, input.joinedAt, input.hostId],
        );
        return { ...input, number: inserted.rows[0].number };
      });
    },
    findParticipantByKeyHash: (keyHash) =>
      one('SELECT * FROM participants WHERE key_hash = $1', keyHash),
    getParticipant: (id) => one('SELECT * FROM participants WHERE id = $1', id),
    async countParticipants(meetingId) {
      const row = await db.row<{ n: number }>(
        'SELECT COUNT(*) AS n FROM participants WHERE meeting_id = $1',
        [meetingId],
      );
      return row?.n ?? 0;
    },
    listParticipants: (meetingId) =>
      many('SELECT * FROM participants WHERE meeting_id = $1 ORDER BY number', meetingId),
    async insertTableHost(host) {
      await db.changes(
        `INSERT INTO table_hosts (id, meeting_id, label, token_hash, created_at)
         VALUES ($1, $2, $3, $4, $5)`,
        [host.id, host.meetingId, host.label, host.tokenHash, host.createdAt],
      );
    },
    async findTableHostByTokenHash(tokenHash) {
      const row = await db.row<TableHostRow>('SELECT * FROM table_hosts WHERE token_hash = $1', [
        tokenHash,
      ]);
      return row ? toTableHost(row) : null;
    },
    async listTableHosts(meetingId) {
      const rows = await db.rows<TableHostRow>(
        'SELECT * FROM table_hosts WHERE meeting_id = $1 ORDER BY created_at',
        [meetingId],
      );
      return rows.map(toTableHost);
    },
    listAssisted: (hostId) =>
      many('SELECT * FROM participants WHERE host_id = $1 ORDER BY number', hostId),
  };
}
