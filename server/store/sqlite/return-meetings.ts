import type Database from 'better-sqlite3';
import type { AgendaState, PlanSnapshot } from '../../../shared/model.js';
import type { ReturnMeetingStore } from '../store.js';

type AgendaQueries = Pick<
  ReturnMeetingStore,
  'getAgenda' | 'setAgenda' | 'putPlanSnapshot' | 'listPlanSnapshots'
>;

/**
 * A return meeting's agenda and the plans as presented there, as JSON documents: the server is
 * their only writer and reads them whole, so columns beside `data` are only what keys or orders.
 */
export function returnMeetingQueries(db: Database.Database): AgendaQueries {
  const q = {
    agenda: db.prepare<[string], { data: string }>('SELECT data FROM agendas WHERE meeting_id = ?'),
    setAgenda: db.prepare(
      `INSERT INTO agendas (meeting_id, data) VALUES (?, ?)
       ON CONFLICT (meeting_id) DO UPDATE SET data = excluded.data`,
    ),
    putSnapshot: db.prepare(
      `INSERT INTO plan_snapshots (meeting_id, working_group_id, taken_at, data)
       VALUES (@meetingId, @workingGroupId, @takenAt, @data)
       ON CONFLICT (meeting_id, working_group_id)
       DO UPDATE SET taken_at = excluded.taken_at, data = excluded.data`,
    ),
    snapshots: db.prepare<[string], { data: string }>(
      'SELECT data FROM plan_snapshots WHERE meeting_id = ? ORDER BY taken_at, working_group_id',
    ),
  };
  return {
    async getAgenda(meetingId) {
      const row = q.agenda.get(meetingId);
      return row ? (JSON.parse(row.data) as AgendaState) : null;
    },
    async setAgenda(meetingId, agenda) {
      q.setAgenda.run(meetingId, JSON.stringify(agenda));
    },
    async putPlanSnapshot(snapshot) {
      q.putSnapshot.run({
        meetingId: snapshot.meetingId,
        workingGroupId: snapshot.workingGroupId,
        takenAt: snapshot.takenAt,
        data: JSON.stringify(snapshot),
      });
    },
    async listPlanSnapshots(meetingId) {
      return q.snapshots.all(meetingId).map((row) => JSON.parse(row.data) as PlanSnapshot);
    },
  };
}
