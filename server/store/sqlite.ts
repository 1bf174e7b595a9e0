import Database from 'better-sqlite3';
import type { Meeting, Participant, Phase, Role, Timer } from '../../shared/model.js';
import type { Store } from './store.js';
import { migrate } from './sqlite-schema.js';

interface MeetingRow {
  id: string;
  name: string;
  date: string;
  place: string;
  join_code: string;
  phase: string;
  timer: string;
  facilitator_token_hash: string;
  projector_token_hash: string;
  projector_token: string;
  created_at: number;
}

interface ParticipantRow {
  id: string;
  meeting_id: string;
  number: number;
  key_hash: string;
  joined_at: number;
}

function toMeeting(row: MeetingRow): Meeting {
  return {
    id: row.id,
    name: row.name,
    date: row.date,
    place: row.place,
    joinCode: row.join_code,
    phase: row.phase as Phase,
    timer: JSON.parse(row.timer) as Timer,
    facilitatorTokenHash: row.facilitator_token_hash,
    projectorTokenHash: row.projector_token_hash,
    projectorToken: row.projector_token,
    createdAt: row.created_at,
  };
}

function toParticipant(row: ParticipantRow): Participant {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    number: row.number,
    keyHash: row.key_hash,
    joinedAt: row.joined_at,
  };
}

/**
 * The embedded default store: one SQLite file. better-sqlite3 is synchronous, so a resolved
 * promise here means the row is committed (WAL) and survives a crash of the process.
 */
export function createSqliteStore(file: string): Store {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  migrate(db);

  const q = {
    insertMeeting: db.prepare(
      `INSERT INTO meetings (id, name, date, place, join_code, phase, timer,
        facilitator_token_hash, projector_token_hash, projector_token, created_at)
       VALUES (@id, @name, @date, @place, @joinCode, @phase, @timer,
        @facilitatorTokenHash, @projectorTokenHash, @projectorToken, @createdAt)`,
    ),
    getMeeting: db.prepare<[string], MeetingRow>('SELECT * FROM meetings WHERE id = ?'),
    listMeetings: db.prepare<[], MeetingRow>('SELECT * FROM meetings ORDER BY created_at DESC'),
    byJoinCode: db.prepare<[string], MeetingRow>('SELECT * FROM meetings WHERE join_code = ?'),
    byFacilitatorHash: db.prepare<[string], MeetingRow>(
      'SELECT * FROM meetings WHERE facilitator_token_hash = ?',
    ),
    byProjectorHash: db.prepare<[string], MeetingRow>(
      'SELECT * FROM meetings WHERE projector_token_hash = ?',
    ),
    setPhase: db.prepare('UPDATE meetings SET phase = ? WHERE id = ?'),
    setTimer: db.prepare('UPDATE meetings SET timer = ? WHERE id = ?'),
    setTokens: db.prepare(
      `UPDATE meetings SET facilitator_token_hash = ?, projector_token_hash = ?, projector_token = ?
       WHERE id = ?`,
    ),
    nextNumber: db.prepare<[string], { next: number }>(
      'SELECT COALESCE(MAX(number), 0) + 1 AS next FROM participants WHERE meeting_id = ?',
    ),
    insertParticipant: db.prepare(
      `INSERT INTO participants (id, meeting_id, number, key_hash, joined_at)
       VALUES (?, ?, ?, ?, ?)`,
    ),
    participantByKey: db.prepare<[string], ParticipantRow>(
      'SELECT * FROM participants WHERE key_hash = ?',
    ),
    countParticipants: db.prepare<[string], { n: number }>(
      'SELECT COUNT(*) AS n FROM participants WHERE meeting_id = ?',
    ),
    loadUpdates: db.prepare<[string], { data: Buffer }>(
      'SELECT data FROM doc_updates WHERE doc = ? ORDER BY seq',
    ),
    appendUpdate: db.prepare('INSERT INTO doc_updates (doc, data) VALUES (?, ?)'),
    countUpdates: db.prepare<[string], { n: number }>(
      'SELECT COUNT(*) AS n FROM doc_updates WHERE doc = ?',
    ),
    deleteUpdates: db.prepare('DELETE FROM doc_updates WHERE doc = ?'),
  };

  const insertParticipant = db.transaction((input: Omit<Participant, 'number'>) => {
    const number = q.nextNumber.get(input.meetingId)?.next ?? 1;
    q.insertParticipant.run(input.id, input.meetingId, number, input.keyHash, input.joinedAt);
    return { ...input, number };
  });

  const appendUpdate = db.transaction((doc: string, update: Uint8Array) => {
    q.appendUpdate.run(doc, Buffer.from(update));
    return q.countUpdates.get(doc)?.n ?? 0;
  });

  const compact = db.transaction((doc: string, snapshot: Uint8Array) => {
    q.deleteUpdates.run(doc);
    q.appendUpdate.run(doc, Buffer.from(snapshot));
  });

  return {
    async insertMeeting(meeting) {
      q.insertMeeting.run({ ...meeting, timer: JSON.stringify(meeting.timer) });
    },
    async getMeeting(id) {
      const row = q.getMeeting.get(id);
      return row ? toMeeting(row) : null;
    },
    async listMeetings() {
      return q.listMeetings.all().map(toMeeting);
    },
    async findMeetingByJoinCode(joinCode) {
      const row = q.byJoinCode.get(joinCode);
      return row ? toMeeting(row) : null;
    },
    async findMeetingByTokenHash(tokenHash) {
      const facilitator = q.byFacilitatorHash.get(tokenHash);
      if (facilitator) return { meeting: toMeeting(facilitator), role: 'facilitator' as Role };
      const projector = q.byProjectorHash.get(tokenHash);
      if (projector) return { meeting: toMeeting(projector), role: 'projector' as Role };
      return null;
    },
    async setPhase(meetingId, phase) {
      q.setPhase.run(phase, meetingId);
    },
    async setTimer(meetingId, timer) {
      q.setTimer.run(JSON.stringify(timer), meetingId);
    },
    async setTokens(meetingId, facilitatorHash, projectorToken, projectorHash) {
      q.setTokens.run(facilitatorHash, projectorHash, projectorToken, meetingId);
    },
    async insertParticipant(input) {
      return insertParticipant(input);
    },
    async findParticipantByKeyHash(keyHash) {
      const row = q.participantByKey.get(keyHash);
      return row ? toParticipant(row) : null;
    },
    async countParticipants(meetingId) {
      return q.countParticipants.get(meetingId)?.n ?? 0;
    },
    async loadDocUpdates(docName) {
      return q.loadUpdates.all(docName).map((row) => new Uint8Array(row.data));
    },
    async appendDocUpdate(docName, update) {
      return appendUpdate(docName, update);
    },
    async compactDoc(docName, snapshot) {
      compact(docName, snapshot);
    },
    async close() {
      db.close();
    },
  };
}
