import type { StoredPreference } from '../store.js';

/** Rows as both stores read them (same columns in SQLite and PostgreSQL), and their records. */
export interface PreferenceRow {
  participant_id: string;
  first_theme_id: string | null;
  second_theme_id: string | null;
}

export const toPreference = (row: PreferenceRow): StoredPreference => ({
  participantId: row.participant_id,
  first: row.first_theme_id,
  second: row.second_theme_id,
});
