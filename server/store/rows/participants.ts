/** Rows as both stores read them (same columns in SQLite and PostgreSQL), and their records. */
export interface ParticipantRow {
  id: string;
  meeting_id: string;
  number: number;
  key_hash: string;
  joined_at: number;
  host_id: string | null;
}

export interface TableHostRow {
  id: string;
  meeting_id: string;
  label: string;
  token_hash: string;
  created_at: number;
}
