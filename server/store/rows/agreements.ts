import type { AgreementReview } from '../../../shared/model.js';

/** Rows as both stores read them (same columns in SQLite and PostgreSQL), and their records. */
export interface ReviewRow {
  agreement_id: string;
  meeting_id: string;
  outcome: AgreementReview['outcome'];
  note: string;
  at: number;
}

export const toReview = (row: ReviewRow): AgreementReview => ({
  agreementId: row.agreement_id,
  meetingId: row.meeting_id,
  outcome: row.outcome,
  note: row.note,
  at: row.at,
});
