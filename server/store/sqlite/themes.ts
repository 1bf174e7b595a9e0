import type Database from 'better-sqlite3';
import { RECOGNITION_ANSWERS } from '../../../shared/model.js';
import type { RecognitionAnswer, Theme } from '../../../shared/model.js';
import type { ThemeStore, VoteStore } from '../store.js';

/** Themes are stored as JSON documents; only what is queried on gets its own column. */
export function themeQueries(db: Database.Database): ThemeStore & VoteStore {
  const q = {
    insert: db.prepare('INSERT INTO themes (id, meeting_id, position, data) VALUES (?, ?, ?, ?)'),
    update: db.prepare('UPDATE themes SET position = ?, data = ? WHERE id = ?'),
    get: db.prepare<[string], { data: string }>('SELECT data FROM themes WHERE id = ?'),
    list: db.prepare<[string], { data: string }>(
      'SELECT data FROM themes WHERE meeting_id = ? ORDER BY position, rowid',
    ),
    remove: db.prepare('DELETE FROM themes WHERE id = ?'),
    upsertVote: db.prepare(
      `INSERT INTO votes (theme_id, participant_id, meeting_id, answer, updated_at)
       VALUES (@themeId, @participantId, @meetingId, @answer, @at)
       ON CONFLICT (theme_id, participant_id)
       DO UPDATE SET answer = excluded.answer, updated_at = excluded.updated_at`,
    ),
    countVotes: db.prepare<[string], { answer: string; n: number }>(
      'SELECT answer, COUNT(*) AS n FROM votes WHERE theme_id = ? GROUP BY answer',
    ),
    getVote: db.prepare<[string, string], { answer: string }>(
      'SELECT answer FROM votes WHERE theme_id = ? AND participant_id = ?',
    ),
  };

  return {
    async insertTheme(theme) {
      q.insert.run(theme.id, theme.meetingId, theme.position, JSON.stringify(theme));
    },
    async updateTheme(theme) {
      q.update.run(theme.position, JSON.stringify(theme), theme.id);
    },
    async getTheme(id) {
      const row = q.get.get(id);
      return row ? (JSON.parse(row.data) as Theme) : null;
    },
    async listThemes(meetingId) {
      return q.list.all(meetingId).map((row) => JSON.parse(row.data) as Theme);
    },
    async deleteTheme(id) {
      q.remove.run(id);
    },
    async upsertVote(vote) {
      q.upsertVote.run(vote);
    },
    async countVotes(themeId) {
      const counts = Object.fromEntries(RECOGNITION_ANSWERS.map((a) => [a, 0])) as Record<
        RecognitionAnswer,
        number
      >;
      for (const row of q.countVotes.all(themeId)) counts[row.answer as RecognitionAnswer] = row.n;
      return counts;
    },
    async getVote(themeId, participantId) {
      return (q.getVote.get(themeId, participantId)?.answer as RecognitionAnswer) ?? null;
    },
  };
}
