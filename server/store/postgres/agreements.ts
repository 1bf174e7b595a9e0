import type { Agreement, Question } from '../../../shared/model.js';
import type { ReturnMeetingStore } from '../store.js';
import type { Db } from './db.js';
import { toJson } from './json.js';
import { toReview } from '../rows/agreements.js';
import type { ReviewRow } from '../rows/agreements.js';

type QuestionQueries = Pick<
  ReturnMeetingStore,
  'insertQuestion' | 'getQuestion' | 'listQuestions' | 'updateQuestion'
>;
type AgreementQueries = Pick<
  ReturnMeetingStore,
  | 'saveAgreement'
  | 'getAgreement'
  | 'listAgreements'
  | 'saveAgreementReview'
  | 'listAgreementReviews'
>;

/**
 * Questions from the room and afspraken with their reviews, as JSON documents. The columns
 * beside `data` are only what the queries select or order by; the participant behind a question
 * stays out of the document, so nothing that reads questions can hand it on.
 */
export function agreementQueries(db: Db): QuestionQueries & AgreementQueries {
  async function readQuestion(id: string): Promise<(Question & { participantId: string }) | null> {
    const row = await db.row<{ data: Question; participant_id: string }>(
      'SELECT data, participant_id FROM questions WHERE id = $1',
      [id],
    );
    return row ? { ...row.data, participantId: row.participant_id } : null;
  }

  return {
    async insertQuestion(question) {
      const { participantId, ...data } = question;
      const inserted = await db.changes(
        `INSERT INTO questions (id, meeting_id, participant_id, created_at, data)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING`,
        [question.id, question.meetingId, participantId, question.createdAt, toJson(data)],
      );
      const { participantId: _hidden, ...stored } = (await readQuestion(question.id))!;
      return { question: stored, inserted: inserted === 1 };
    },
    getQuestion: readQuestion,
    async listQuestions(meetingId) {
      const rows = await db.rows<{ data: Question }>(
        'SELECT data FROM questions WHERE meeting_id = $1 ORDER BY created_at, seq',
        [meetingId],
      );
      return rows.map((row) => row.data);
    },
    async updateQuestion(question) {
      const { participantId: _ignored, ...data } = question as Question & {
        participantId?: string;
      };
      await db.changes('UPDATE questions SET data = $1 WHERE id = $2', [toJson(data), question.id]);
    },
    async saveAgreement(agreement) {
      // Where and when it was made never change: the columns keep the first values.
      await db.changes(
        `INSERT INTO agreements (id, origin_meeting_id, made_at_meeting_id, created_at, data)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (id) DO UPDATE SET data = excluded.data`,
        [
          agreement.id,
          agreement.originMeetingId,
          agreement.madeAtMeetingId,
          agreement.createdAt,
          toJson(agreement),
        ],
      );
    },
    async getAgreement(id) {
      const row = await db.row<{ data: Agreement }>('SELECT data FROM agreements WHERE id = $1', [
        id,
      ]);
      return row?.data ?? null;
    },
    async listAgreements(originMeetingId) {
      const rows = await db.rows<{ data: Agreement }>(
        // seq keeps the order they were made in when two share a millisecond.
        'SELECT data FROM agreements WHERE origin_meeting_id = $1 ORDER BY created_at, seq',
        [originMeetingId],
      );
      return rows.map((row) => row.data);
    },
    async saveAgreementReview(entry) {
      // The review and the status it sets are one change, and the afspraak's row is locked
      // meanwhile, so an edit saved on another node cannot slip between them and be undone.
      await db.transaction(async (client) => {
        const found = await client.query('SELECT 1 FROM agreements WHERE id = $1 FOR UPDATE', [
          entry.agreementId,
        ]);
        if (found.rowCount === 0) return;
        await client.query(
          `INSERT INTO agreement_reviews (agreement_id, meeting_id, outcome, note, at)
           VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (agreement_id, meeting_id)
           DO UPDATE SET outcome = excluded.outcome, note = excluded.note, at = excluded.at`,
          [entry.agreementId, entry.meetingId, entry.outcome, entry.note, entry.at],
        );
        await client.query(
          `UPDATE agreements SET data = jsonb_set(data, '{status}', to_jsonb($1::text))
           WHERE id = $2`,
          [entry.outcome, entry.agreementId],
        );
      });
    },
    async listAgreementReviews(meetingId) {
      // In the order the afspraken were made, as the review item goes through them.
      const rows = await db.rows<ReviewRow>(
        `SELECT r.* FROM agreement_reviews r JOIN agreements a ON a.id = r.agreement_id
         WHERE r.meeting_id = $1 ORDER BY a.created_at, a.seq`,
        [meetingId],
      );
      return rows.map(toReview);
    },
  };
}
