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
import type { Db } from './db.js';
import { toJson } from './json.js';

interface MeetingRow {
  id: string;
  name: string;
  date: string;
  place: string;
  join_code: string;
  phase: string;
  timer: Timer;
  focus_theme_id: string | null;
  message: RoomMessage | null;
  grouping_state: string;
  kind: string;
  origin_meeting_id: string | null;
  leader_id: string | null;
  joining_closed: boolean;
  facilitator_token_hash: string;
  projector_token_hash: string;
  created_at: number;
}

/** Every column but grouping_meta, which has its own getter. */
const COLUMNS = `id, name, date, place, join_code, phase, timer, focus_theme_id, message,
  grouping_state, kind, origin_meeting_id, leader_id, joining_closed, facilitator_token_hash,
  projector_token_hash, created_at`;

function toMeeting(row: MeetingRow): Meeting {
  return {
    id: row.id,
    name: row.name,
    date: row.date,
    place: row.place,
    joinCode: row.join_code,
    phase: row.phase as Phase,
    timer: row.timer,
    focusThemeId: row.focus_theme_id,
    message: row.message,
    groupingState: row.grouping_state as GroupingState,
    kind: row.kind as MeetingKind,
    originMeetingId: row.origin_meeting_id,
    leaderId: row.leader_id,
    facilitatorTokenHash: row.facilitator_token_hash,
    projectorTokenHash: row.projector_token_hash,
    createdAt: row.created_at,
    joiningClosed: row.joining_closed,
  };
}

export function meetingQueries(db: Db): MeetingStore {
  const one = async (where: string, value: string) => {
    const row = await db.row<MeetingRow>(`SELECT ${COLUMNS} FROM meetings WHERE ${where}`, [value]);
    return row ? toMeeting(row) : null;
  };
  /** One column of one meeting; each setter is a single UPDATE, atomic on its own. */
  const set = async (column: string, meetingId: string, value: unknown) => {
    await db.changes(`UPDATE meetings SET ${column} = $1 WHERE id = $2`, [value, meetingId]);
  };

  return {
    async insertMeeting(meeting) {
      // message, grouping state and joining start empty (column defaults); they have setters.
      await db.changes(
        `INSERT INTO meetings (id, name, date, place, join_code, phase, timer, focus_theme_id,
           facilitator_token_hash, projector_token_hash, created_at, kind, origin_meeting_id,
           leader_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
        [
          meeting.id,
          meeting.name,
          meeting.date,
          meeting.place,
          meeting.joinCode,
          meeting.phase,
          toJson(meeting.timer),
          meeting.focusThemeId,
          meeting.facilitatorTokenHash,
          meeting.projectorTokenHash,
          meeting.createdAt,
          meeting.kind,
          meeting.originMeetingId,
          meeting.leaderId,
        ],
      );
    },
    getMeeting: (id) => one('id = $1', id),
    async listMeetings() {
      const rows = await db.rows<MeetingRow>(
        `SELECT ${COLUMNS} FROM meetings ORDER BY created_at DESC`,
      );
      return rows.map(toMeeting);
    },
    findMeetingByJoinCode: (joinCode) => one('join_code = $1', joinCode),
    async findMeetingByTokenHash(tokenHash) {
      const facilitator = await one('facilitator_token_hash = $1', tokenHash);
      if (facilitator) return { meeting: facilitator, role: 'facilitator' as Role };
      const projector = await one('projector_token_hash = $1', tokenHash);
      if (projector) return { meeting: projector, role: 'projector' as Role };
      return null;
    },
    setPhase: (meetingId, phase) => set('phase', meetingId, phase),
    setTimer: (meetingId, timer) => set('timer', meetingId, toJson(timer)),
    setFocus: (meetingId, themeId) => set('focus_theme_id', meetingId, themeId),
    setMessage: (meetingId, message) => set('message', meetingId, message ? toJson(message) : null),
    setGroupingState: (meetingId, state) => set('grouping_state', meetingId, state),
    setJoiningClosed: (meetingId, closed) => set('joining_closed', meetingId, closed),
    setLeader: (meetingId, leaderId) => set('leader_id', meetingId, leaderId),
    async listReturnMeetings(originMeetingId) {
      const rows = await db.rows<MeetingRow>(
        `SELECT ${COLUMNS} FROM meetings WHERE origin_meeting_id = $1 ORDER BY date, created_at`,
        [originMeetingId],
      );
      return rows.map(toMeeting);
    },
    async setTokens(meetingId, facilitatorHash, projectorHash) {
      await db.changes(
        'UPDATE meetings SET facilitator_token_hash = $1, projector_token_hash = $2 WHERE id = $3',
        [facilitatorHash, projectorHash, meetingId],
      );
    },
    setProjectorTokenHash: (meetingId, projectorHash) =>
      set('projector_token_hash', meetingId, projectorHash),
  };
}
