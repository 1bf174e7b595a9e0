import type Database from 'better-sqlite3';
import type { Agreement, AgreementReview, Question } from '../../../shared/model.js';
import type { ReturnMeetingStore } from '../store.js';
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
export function agreementQueries(db: Database.Database): QuestionQueries & AgreementQueries {
  const q = {
    insertQuestion: db.prepare(
      `INSERT INTO questions (id, meeting_id, participant_id, created_at, data)
       VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
    ),
    question: db.prepare<[string], { data: string; participant_id: string }>(
      'SELECT data, participant_id FROM questions WHERE id = ?',
    ),
    questions: db.prepare<[string], { data: string }>(
      'SELECT data FROM questions WHERE meeting_id = ? ORDER BY created_at, rowid',
    ),
    updateQuestion: db.prepare('UPDATE questions SET data = ? WHERE id = ?'),
    saveAgreement: db.prepare(
      `INSERT INTO agreements (id, origin_meeting_id, made_at_meeting_id, created_at, data)
       VALUES (@id, @originMeetingId, @madeAtMeetingId, @createdAt, @data)
       ON CONFLICT (id) DO UPDATE SET data = excluded.data`,
    ),
    agreement: db.prepare<[string], { data: string }>('SELECT data FROM agreements WHERE id = ?'),
    agreements: db.prepare<[string], { data: string }>(
      // rowid keeps the order they were made in when two share a millisecond.
      'SELECT data FROM agreements WHERE origin_meeting_id = ? ORDER BY created_at, rowid',
    ),
    saveReview: db.prepare(
      `INSERT INTO agreement_reviews (agreement_id, meeting_id, outcome, note, at)
       VALUES (@agreementId, @meetingId, @outcome, @note, @at)
       ON CONFLICT (agreement_id, meeting_id)
       DO UPDATE SET outcome = excluded.outcome, note = excluded.note, at = excluded.at`,
    ),
    // In the order the afspraken were made, as the review item goes through them.
    reviews: db.prepare<[string], ReviewRow>(
      `SELECT r.* FROM agreement_reviews r JOIN agreements a ON a.id = r.agreement_id
       WHERE r.meeting_id = ? ORDER BY a.created_at, a.rowid`,
    ),
  };

  function readQuestion(id: string): (Question & { participantId: string }) | null {
    const row = q.question.get(id);
    return row
      ? { ...(JSON.parse(row.data) as Question), participantId: row.participant_id }
      : null;
  }

  function readAgreement(id: string): Agreement | null {
    const row = q.agreement.get(id);
    return row ? (JSON.parse(row.data) as Agreement) : null;
  }

  function writeAgreement(agreement: Agreement): void {
    // Where and when it was made never change: the columns keep the first values.
    q.saveAgreement.run({
      id: agreement.id,
      originMeetingId: agreement.originMeetingId,
      madeAtMeetingId: agreement.madeAtMeetingId,
      createdAt: agreement.createdAt,
      data: JSON.stringify(agreement),
    });
  }

  // The review and the status it sets are one change: a crash between them must not split it.
  const review = db.transaction((entry: AgreementReview) => {
    const agreement = readAgreement(entry.agreementId);
    if (!agreement) return;
    q.saveReview.run(entry);
    writeAgreement({ ...agreement, status: entry.outcome });
  });

  return {
    async insertQuestion(question) {
      const { participantId, ...data } = question;
      const result = q.insertQuestion.run(
        question.id,
        question.meetingId,
        participantId,
        question.createdAt,
        JSON.stringify(data),
      );
      const { participantId: _hidden, ...stored } = readQuestion(question.id)!;
      return { question: stored, inserted: result.changes === 1 };
    },
    async getQuestion(id) {
      return readQuestion(id);
    },
    async listQuestions(meetingId) {
      return q.questions.all(meetingId).map((row) => JSON.parse(row.data) as Question);
    },
    async updateQuestion(question) {
      const { participantId: _ignored, ...data } = question as Question & {
        participantId?: string;
      };
      q.updateQuestion.run(JSON.stringify(data), question.id);
    },
    async saveAgreement(agreement) {
      writeAgreement(agreement);
    },
    async getAgreement(id) {
      return readAgreement(id);
    },
    async listAgreements(originMeetingId) {
      return q.agreements.all(originMeetingId).map((row) => JSON.parse(row.data) as Agreement);
    },
    async saveAgreementReview(entry) {
      review(entry);
    },
    async listAgreementReviews(meetingId) {
      return q.reviews.all(meetingId).map(toReview);
    },
  };
}
