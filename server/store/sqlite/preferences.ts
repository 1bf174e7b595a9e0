import type Database from 'better-sqlite3';
import type { PreferenceStore } from '../store.js';
import { toPreference } from '../rows/preferences.js';
import type { PreferenceRow } from '../rows/preferences.js';

export function preferenceQueries(db: Database.Database): PreferenceStore {
  const q = {
    upsert: db.prepare(
      `INSERT INTO preferences (meeting_id, participant_id, first_theme_id, second_theme_id, updated_at)
       VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (meeting_id, participant_id) DO UPDATE SET
         first_theme_id = excluded.first_theme_id,
         second_theme_id = excluded.second_theme_id,
         updated_at = excluded.updated_at`,
    ),
    get: db.prepare<[string, string], PreferenceRow>(
      'SELECT * FROM preferences WHERE meeting_id = ? AND participant_id = ?',
    ),
    list: db.prepare<[string], PreferenceRow>(
      'SELECT * FROM preferences WHERE meeting_id = ? ORDER BY updated_at, participant_id',
    ),
  };
  return {
    async upsertPreference(meetingId, preference, at) {
      q.upsert.run(meetingId, preference.participantId, preference.first, preference.second, at);
    },
    async getPreference(meetingId, participantId) {
      const row = q.get.get(meetingId, participantId);
      return row ? toPreference(row) : null;
    },
    async listPreferences(meetingId) {
      return q.list.all(meetingId).map(toPreference);
    },
  };
}
