import type { ConversationStore } from '../conversation-store.js';
import type { Db } from './db.js';
import {
  CONVERSATION_ORDER,
  conversationUpdateValues,
  conversationValues,
  toConversation,
} from '../rows/conversations.js';
import type { ConversationRow } from '../rows/conversations.js';

const COLUMNS = `id, meeting_id, group_name, place, date, time, leader, question, created_at,
  token_hash, link_issued_at, revoked_at`;

/** Step 2 of the method: the small-group conversations the kopgroep plans. */
export function conversationQueries(db: Db): ConversationStore {
  const one = async (where: string, value: string) => {
    const row = await db.row<ConversationRow>(`SELECT * FROM conversations WHERE ${where}`, [
      value,
    ]);
    return row ? toConversation(row) : null;
  };
  return {
    async insertConversation(conversation) {
      await db.changes(
        `INSERT INTO conversations (${COLUMNS})
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        conversationValues(conversation),
      );
    },
    getConversation: (id) => one('id = $1', id),
    findConversationByTokenHash: (tokenHash) => one('token_hash = $1', tokenHash),
    async listConversations(meetingId) {
      const rows = await db.rows<ConversationRow>(
        `SELECT * FROM conversations WHERE meeting_id = $1 ORDER BY ${CONVERSATION_ORDER}`,
        [meetingId],
      );
      return rows.map(toConversation);
    },
    async countConversations(meetingId) {
      const row = await db.row<{ n: number }>(
        'SELECT COUNT(*)::int AS n FROM conversations WHERE meeting_id = $1',
        [meetingId],
      );
      return row?.n ?? 0;
    },
    async updateConversation(c) {
      const changed = await db.changes(
        `UPDATE conversations SET group_name = $1, place = $2, date = $3, time = $4, leader = $5,
           question = $6, token_hash = $7, link_issued_at = $8, revoked_at = $9
         WHERE id = $10`,
        conversationUpdateValues(c),
      );
      return changed > 0;
    },
  };
}
