import type Database from 'better-sqlite3';
import type { Participant } from '../../../shared/model.js';
import type { ParticipantStore, TableHost, TableHostStore } from '../store.js';
import type { ParticipantRow, TableHostRow } from '../rows/participants.js';

function toParticipant(row: ParticipantRow): Participant {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    number: row.number,
    keyHash: row.key_hash,
    joinedAt: row.joined_at,
    hostId: row.host_id,
  };
}

function toTableHost(row: TableHostRow): TableHost {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    label: row.label,
    tokenHash: row.token_hash,
    createdAt: row.created_at,
  };
}

export function participantQueries(db: Database.Database): ParticipantStore & TableHostStore {
  const q = {
    nextNumber: db.prepare<[string], { next: number }>(
      'SELECT COALESCE(MAX(number), 0) + 1 AS next FROM participants WHERE meeting_id = ?',
    ),
    insert: db.prepare(
      `INSERT INTO participants (id, meeting_id, number, key_hash, joined_at, host_id)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    byKey: db.prepare<[string], ParticipantRow>('SELECT * FROM participants WHERE key_hash = ?'),
    byId: db.prepare<[string], ParticipantRow>('SELECT * FROM participants WHERE id = ?'),
    count: db.prepare<[string], { n: number }>(
      'SELECT COUNT(*) AS n FROM participants WHERE meeting_id = ?',
    ),
    ofMeeting: db.prepare<[string], ParticipantRow>(
      'SELECT * FROM participants WHERE meeting_id = ? ORDER BY number',
    ),
    byHost: db.prepare<[string], ParticipantRow>(
      'SELECT * FROM participants WHERE host_id = ? ORDER BY number',
    ),
    insertHost: db.prepare(
      `INSERT INTO table_hosts (id, meeting_id, label, token_hash, created_at)
       VALUES (@id, @meetingId, @label, @tokenHash, @createdAt)`,
    ),
    hostByToken: db.prepare<[string], TableHostRow>(
      'SELECT * FROM table_hosts WHERE token_hash = ?',
    ),
    hostsOf: db.prepare<[string], TableHostRow>(
      'SELECT * FROM table_hosts WHERE meeting_id = ? ORDER BY created_at',
    ),
  };

  const insertParticipant = db.transaction((input: Omit<Participant, 'number'>) => {
    const number = q.nextNumber.get(input.meetingId)?.next ?? 1;
    q.insert.run(input.id, input.meetingId, number, input.keyHash, input.joinedAt, input.hostId);
    return { ...input, number };
  });

  return {
    async insertParticipant(input) {
      return insertParticipant(input);
    },
    async findParticipantByKeyHash(keyHash) {
      const row = q.byKey.get(keyHash);
      return row ? toParticipant(row) : null;
    },
    async getParticipant(id) {
      const row = q.byId.get(id);
      return row ? toParticipant(row) : null;
    },
    async countParticipants(meetingId) {
      return q.count.get(meetingId)?.n ?? 0;
    },
    async listParticipants(meetingId) {
      return q.ofMeeting.all(meetingId).map(toParticipant);
    },
    async insertTableHost(host) {
      q.insertHost.run(host);
    },
    async findTableHostByTokenHash(tokenHash) {
      const row = q.hostByToken.get(tokenHash);
      return row ? toTableHost(row) : null;
    },
    async listTableHosts(meetingId) {
      return q.hostsOf.all(meetingId).map(toTableHost);
    },
    async listAssisted(hostId) {
      return q.byHost.all(hostId).map(toParticipant);
    },
  };
}
