import type Database from 'better-sqlite3';
import type { ConversationStore } from '../conversation-store.js';
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
export function conversationQueries(db: Database.Database): ConversationStore {
  const q = {
    insert: db.prepare(
      `INSERT INTO conversations (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    byId: db.prepare<[string], ConversationRow>('SELECT * FROM conversations WHERE id = ?'),
    byToken: db.prepare<[string], ConversationRow>(
      'SELECT * FROM conversations WHERE token_hash = ?',
    ),
    list: db.prepare<[string], ConversationRow>(
      `SELECT * FROM conversations WHERE meeting_id = ? ORDER BY ${CONVERSATION_ORDER}`,
    ),
    count: db.prepare<[string], { n: number }>(
      'SELECT COUNT(*) AS n FROM conversations WHERE meeting_id = ?',
    ),
    update: db.prepare(
      `UPDATE conversations SET group_name = ?, place = ?, date = ?, time = ?, leader = ?,
         question = ?, token_hash = ?, link_issued_at = ?, revoked_at = ?
       WHERE id = ?`,
    ),
  };
  return {
    async insertConversation(conversation) {
      q.insert.run(...conversationValues(conversation));
    },
    async getConversation(id) {
      const row = q.byId.get(id);
      return row ? toConversation(row) : null;
    },
    async findConversationByTokenHash(tokenHash) {
      const row = q.byToken.get(tokenHash);
      return row ? toConversation(row) : null;
    },
    async listConversations(meetingId) {
      return q.list.all(meetingId).map(toConversation);
    },
    async countConversations(meetingId) {
      return q.count.get(meetingId)?.n ?? 0;
    },
    async updateConversation(c) {
      const { changes } = q.update.run(...conversationUpdateValues(c));
      return changes > 0;
    },
  };
}
