import type { StoredConversation } from '../conversation-store.js';

/** A conversation's row as both stores read it (same columns in SQLite and PostgreSQL). */
export interface ConversationRow {
  id: string;
  meeting_id: string;
  group_name: string;
  place: string;
  date: string;
  time: string;
  leader: string;
  question: string;
  created_at: number;
  token_hash: string | null;
  link_issued_at: number | null;
  revoked_at: number | null;
}

export const toConversation = (row: ConversationRow): StoredConversation => ({
  id: row.id,
  meetingId: row.meeting_id,
  group: row.group_name,
  place: row.place,
  date: row.date,
  time: row.time,
  leader: row.leader,
  question: row.question,
  createdAt: row.created_at,
  linkIssuedAt: row.link_issued_at,
  tokenHash: row.token_hash,
  revokedAt: row.revoked_at,
});

/** The row's values in column order, for both stores' INSERT. */
export const conversationValues = (c: StoredConversation) => [
  c.id,
  c.meetingId,
  c.group,
  c.place,
  c.date,
  c.time,
  c.leader,
  c.question,
  c.createdAt,
  c.tokenHash,
  c.linkIssuedAt,
  c.revokedAt,
];

/**
 * What an UPDATE may change, in the order of both stores' SET clauses, then the id for WHERE.
 * The meeting and the moment it was planned never change.
 */
export const conversationUpdateValues = (c: StoredConversation) => [
  c.group,
  c.place,
  c.date,
  c.time,
  c.leader,
  c.question,
  c.tokenHash,
  c.linkIssuedAt,
  c.revokedAt,
  c.id,
];

/** ORDER BY for a meeting's list: by day and time, then as planned. */
export const CONVERSATION_ORDER = 'date, time, created_at, id';
