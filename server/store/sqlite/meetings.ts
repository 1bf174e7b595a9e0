import type Database from 'better-sqlite3';
import type {
  GroupingState,
  Meeting,
  MeetingKind,
  Phase,
  Role,
  RoomMessage,
  Timer,
} from '../../../shared/model.js';
import type { MeetingStore } from '../store.js';

interface MeetingRow {
  id: string;
  name: string;
  date: string;
  place: string;
  join_code: string;
  phase: string;
  timer: string;
  focus_theme_id: string | null;
  message: string | null;
  grouping_state: string;
  kind: string;
  origin_meeting_id: string | null;
  leader_id: string | null;
  joining_closed: number;
  facilitator_token_hash: string;
  projector_token_hash: string;
  created_at: number;
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
    focusThemeId: row.focus_theme_id,
    message: row.message ? (JSON.parse(row.message) as RoomMessage) : null,
    groupingState: row.grouping_state as GroupingState,
    kind: row.kind as MeetingKind,
    originMeetingId: row.origin_meeting_id,
    leaderId: row.leader_id,
    facilitatorTokenHash: row.facilitator_token_hash,
    projectorTokenHash: row.projector_token_hash,
    createdAt: row.created_at,
    joiningClosed: row.joining_closed === 1,
  };
}

export function meetingQueries(db: Database.Database): MeetingStore {
  const q = {
    insert: db.prepare(
      `INSERT INTO meetings (id, name, date, place, join_code, phase, timer, focus_theme_id,
        facilitator_token_hash, projector_token_hash, created_at, kind,
        origin_meeting_id, leader_id)
       VALUES (@id, @name, @date, @place, @joinCode, @phase, @timer, @focusThemeId,
        @facilitatorTokenHash, @projectorTokenHash, @createdAt, @kind,
        @originMeetingId, @leaderId)`,
    ),
    get: db.prepare<[string], MeetingRow>('SELECT * FROM meetings WHERE id = ?'),
    list: db.prepare<[], MeetingRow>('SELECT * FROM meetings ORDER BY created_at DESC'),
    byJoinCode: db.prepare<[string], MeetingRow>('SELECT * FROM meetings WHERE join_code = ?'),
    byFacilitatorHash: db.prepare<[string], MeetingRow>(
      'SELECT * FROM meetings WHERE facilitator_token_hash = ?',
    ),
    byProjectorHash: db.prepare<[string], MeetingRow>(
      'SELECT * FROM meetings WHERE projector_token_hash = ?',
    ),
    setPhase: db.prepare('UPDATE meetings SET phase = ? WHERE id = ?'),
    setTimer: db.prepare('UPDATE meetings SET timer = ? WHERE id = ?'),
    setFocus: db.prepare('UPDATE meetings SET focus_theme_id = ? WHERE id = ?'),
    setMessage: db.prepare('UPDATE meetings SET message = ? WHERE id = ?'),
    setGroupingState: db.prepare('UPDATE meetings SET grouping_state = ? WHERE id = ?'),
    setLeader: db.prepare('UPDATE meetings SET leader_id = ? WHERE id = ?'),
    setJoiningClosed: db.prepare('UPDATE meetings SET joining_closed = ? WHERE id = ?'),
    returnMeetings: db.prepare<[string], MeetingRow>(
      'SELECT * FROM meetings WHERE origin_meeting_id = ? ORDER BY date, created_at',
    ),
    setTokens: db.prepare(
      'UPDATE meetings SET facilitator_token_hash = ?, projector_token_hash = ? WHERE id = ?',
    ),
    setProjectorHash: db.prepare('UPDATE meetings SET projector_token_hash = ? WHERE id = ?'),
  };

  return {
    async insertMeeting(meeting) {
      // message and grouping state start empty (column defaults); they have their own setters.
      q.insert.run({
        id: meeting.id,
        name: meeting.name,
        date: meeting.date,
        place: meeting.place,
        joinCode: meeting.joinCode,
        phase: meeting.phase,
        timer: JSON.stringify(meeting.timer),
        focusThemeId: meeting.focusThemeId,
        facilitatorTokenHash: meeting.facilitatorTokenHash,
        projectorTokenHash: meeting.projectorTokenHash,
        createdAt: meeting.createdAt,
        kind: meeting.kind,
        originMeetingId: meeting.originMeetingId,
        leaderId: meeting.leaderId,
      });
    },
    async getMeeting(id) {
      const row = q.get.get(id);
      return row ? toMeeting(row) : null;
    },
    async listMeetings() {
      return q.list.all().map(toMeeting);
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
    async setFocus(meetingId, themeId) {
      q.setFocus.run(themeId, meetingId);
    },
    async setMessage(meetingId, message) {
      q.setMessage.run(message ? JSON.stringify(message) : null, meetingId);
    },
    async setJoiningClosed(meetingId, closed) {
      q.setJoiningClosed.run(closed ? 1 : 0, meetingId);
    },
    async setLeader(meetingId, leaderId) {
      q.setLeader.run(leaderId, meetingId);
    },
    async listReturnMeetings(originMeetingId) {
      return q.returnMeetings.all(originMeetingId).map(toMeeting);
    },
    async setGroupingState(meetingId, state) {
      q.setGroupingState.run(state, meetingId);
    },
    async setTokens(meetingId, facilitatorHash, projectorHash) {
      q.setTokens.run(facilitatorHash, projectorHash, meetingId);
    },
    async setProjectorTokenHash(meetingId, projectorHash) {
      q.setProjectorHash.run(projectorHash, meetingId);
    },
  };
}
