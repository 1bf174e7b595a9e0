import type { PreferenceStore } from '../store.js';
import type { Db } from './db.js';
import { toPreference } from '../rows/preferences.js';
import type { PreferenceRow } from '../rows/preferences.js';

export function preferenceQueries(db: Db): PreferenceStore {
  return {
    async upsertPreference(meetingId, preference, at) {
      await db.changes(
        `INSERT INTO preferences
           (meeting_id, participant_id, first_theme_id, second_theme_id, updated_at)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (meeting_id, participant_id) DO UPDATE SET
           first_theme_id = excluded.first_theme_id,
           second_theme_id = excluded.second_theme_id,
           updated_at = excluded.updated_at`,
        [meetingId, preference.participantId, preference.first, preference.second, at],
      );
    },
    async getPreference(meetingId, participantId) {
      const row = await db.row<PreferenceRow>(
        'SELECT * FROM preferences WHERE meeting_id = $1 AND participant_id = $2',
        [meetingId, participantId],
      );
      return row ? toPreference(row) : null;
    },
    async listPreferences(meetingId) {
      const rows = await db.rows<PreferenceRow>(
        'SELECT * FROM preferences WHERE meeting_id = $1 ORDER BY updated_at, participant_id',
        [meetingId],
      );
      return rows.map(toPreference);
    },
  };
}
