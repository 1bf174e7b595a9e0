import { RECOGNITION_ANSWERS } from '../../../shared/model.js';
import type { RecognitionAnswer, Theme } from '../../../shared/model.js';
import type { ThemeStore, VoteStore } from '../store.js';
import type { Db } from './db.js';
import { toJson } from './json.js';

/** Themes are stored as JSON documents; only what is queried on gets its own column. */
export function themeQueries(db: Db): ThemeStore & VoteStore {
  return {
    async insertTheme(theme) {
      await db.changes(
        'INSERT INTO themes (id, meeting_id, position, data) VALUES ($1, $2, $3, $4)',
        [theme.id, theme.meetingId, theme.position, toJson(theme)],
      );
    },
    async updateTheme(theme) {
      await db.changes('UPDATE themes SET position = $1, data = $2 WHERE id = $3', [
        theme.position,
        toJson(theme),
        theme.id,
      ]);
    },
    async getTheme(id) {
      return (
        (await db.row<{ data: Theme }>('SELECT data FROM themes WHERE id = $1', [id]))?.data ?? null
      );
    },
    async listThemes(meetingId) {
      const rows = await db.rows<{ data: Theme }>(
        'SELECT data FROM themes WHERE meeting_id = $1 ORDER BY position, seq',
        [meetingId],
      );
      return rows.map((row) => row.data);
    },
    async deleteTheme(id) {
      await db.changes('DELETE FROM themes WHERE id = $1', [id]);
    },
    async upsertVote(vote) {
      // One statement: a changed answer from two nodes at once ends as one row, the later one.
      await db.changes(
        `INSERT INTO votes (theme_id, participant_id, meeting_id, answer, updated_at)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (theme_id, participant_id)
         DO UPDATE SET answer = excluded.answer, updated_at = excluded.updated_at`,
        [vote.themeId, vote.participantId, vote.meetingId, vote.answer, vote.at],
      );
    },
    async countVotes(themeId) {
      const counts = Object.fromEntries(RECOGNITION_ANSWERS.map((a) => [a, 0])) as Record<
        RecognitionAnswer,
        number
      >;
      const rows = await db.rows<{ answer: RecognitionAnswer; n: number }>(
        'SELECT answer, COUNT(*) AS n FROM votes WHERE theme_id = $1 GROUP BY answer',
        [themeId],
      );
      for (const row of rows) counts[row.answer] = row.n;
      return counts;
    },
    async getVote(themeId, participantId) {
      const row = await db.row<{ answer: RecognitionAnswer }>(
        'SELECT answer FROM votes WHERE theme_id = $1 AND participant_id = $2',
        [themeId, participantId],
      );
      return row?.answer ?? null;
    },
  };
}
