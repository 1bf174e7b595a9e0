import type { AgendaState, PlanSnapshot } from '../../../shared/model.js';
import type { ReturnMeetingStore } from '../store.js';
import type { Db } from './db.js';
import { toJson } from './json.js';

type AgendaQueries = Pick<
  ReturnMeetingStore,
  'getAgenda' | 'setAgenda' | 'putPlanSnapshot' | 'listPlanSnapshots'
>;

/**
 * A return meeting's agenda and the plans as presented there, as JSON documents: the server is
 * their only writer and reads them whole, so columns beside `data` are only what keys or orders.
 */
export function returnMeetingQueries(db: Db): AgendaQueries {
  return {
    async getAgenda(meetingId) {
      const row = await db.row<{ data: AgendaState }>(
        'SELECT data FROM agendas WHERE meeting_id = $1',
        [meetingId],
      );
      return row?.data ?? null;
    },
    async setAgenda(meetingId, agenda) {
      await db.changes(
        `INSERT INTO agendas (meeting_id, data) VALUES ($1, $2)
         ON CONFLICT (meeting_id) DO UPDATE SET data = excluded.data`,
        [meetingId, toJson(agenda)],
      );
    },
    async putPlanSnapshot(snapshot) {
      await db.changes(
        `INSERT INTO plan_snapshots (meeting_id, working_group_id, taken_at, data)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (meeting_id, working_group_id)
         DO UPDATE SET taken_at = excluded.taken_at, data = excluded.data`,
        [snapshot.meetingId, snapshot.workingGroupId, snapshot.takenAt, toJson(snapshot)],
      );
    },
    async listPlanSnapshots(meetingId) {
      const rows = await db.rows<{ data: PlanSnapshot }>(
        `SELECT data FROM plan_snapshots WHERE meeting_id = $1
         ORDER BY taken_at, working_group_id`,
        [meetingId],
      );
      return rows.map((row) => row.data);
    },
  };
}
