import type {
  AgendaState,
  Agreement,
  AgreementReview,
  CoreGroupMember,
  PlanSnapshot,
  Question,
  Signup,
  WorkingGroup,
} from '../../shared/model.js';

/**
 * The Store's areas for what comes after the evening's break: sign-ups, the kopgroep, the
 * werkgroepen and the return meetings. Part of `Store` (store.ts), which re-exports them.
 */

/** A sign-up as stored, with the hash of its personal link's token. */
export interface StoredSignup extends Signup {
  tokenHash: string;
}

export interface SignupStore {
  insertSignup(signup: StoredSignup): Promise<void>;
  findSignupByTokenHash(tokenHash: string): Promise<StoredSignup | null>;
  getSignup(id: string): Promise<StoredSignup | null>;
  listSignups(meetingId: string): Promise<StoredSignup[]>;
  /** Sign-ups per theme id, for the projector: counts only. */
  countSignups(meetingId: string): Promise<Record<string, number>>;
  deleteSignup(id: string): Promise<boolean>;
  /** Gives a sign-up a new link's token hash; false when it no longer exists. */
  replaceSignupToken(id: string, tokenHash: string): Promise<boolean>;
  /** Deletes every sign-up whose retention date has passed; resolves with how many. */
  deleteExpiredSignups(now: number): Promise<number>;
}

/** A kopgroep member as stored, with the hash of their current link's token. */
export interface StoredCoreGroupMember extends CoreGroupMember {
  tokenHash: string;
}

export interface CoreGroupStore {
  insertCoreGroupMember(member: StoredCoreGroupMember): Promise<void>;
  findCoreGroupMemberByTokenHash(tokenHash: string): Promise<StoredCoreGroupMember | null>;
  getCoreGroupMember(id: string): Promise<StoredCoreGroupMember | null>;
  listCoreGroupMembers(meetingId: string): Promise<StoredCoreGroupMember[]>;
  /** Revokes (revokedAt set) or re-issues (new hash, revokedAt null) a member's link. */
  updateCoreGroupMember(member: StoredCoreGroupMember): Promise<void>;
}

export interface WorkingGroupStore {
  /** Fails (resolves false) when the theme already has a werkgroep. */
  insertWorkingGroup(group: WorkingGroup): Promise<boolean>;
  getWorkingGroup(id: string): Promise<WorkingGroup | null>;
  findWorkingGroupByTheme(meetingId: string, themeId: string): Promise<WorkingGroup | null>;
  listWorkingGroups(meetingId: string): Promise<WorkingGroup[]>;
  setWorkingGroupReady(id: string, readyAt: number | null): Promise<void>;
}

/** A terugkombijeenkomst's own data; afspraken belong to the neighbourhood (origin) meeting. */
export interface ReturnMeetingStore {
  getAgenda(meetingId: string): Promise<AgendaState | null>;
  setAgenda(meetingId: string, agenda: AgendaState): Promise<void>;
  /** Keeps the plan as presented; a second snapshot of the same werkgroep replaces the first. */
  putPlanSnapshot(snapshot: PlanSnapshot): Promise<void>;
  listPlanSnapshots(meetingId: string): Promise<PlanSnapshot[]>;
  /** Inserts unless a question with this id exists; resolves with the stored one either way. */
  insertQuestion(question: Question & { participantId: string }): Promise<{
    question: Question;
    inserted: boolean;
  }>;
  /** With the asker's participant id, so a resend from another phone is told apart. */
  getQuestion(id: string): Promise<(Question & { participantId: string }) | null>;
  listQuestions(meetingId: string): Promise<Question[]>;
  updateQuestion(question: Question): Promise<void>;
  /** Inserts or replaces an afspraak (same id). */
  saveAgreement(agreement: Agreement): Promise<void>;
  getAgreement(id: string): Promise<Agreement | null>;
  /** Every afspraak of a neighbourhood's process, oldest first. */
  listAgreements(originMeetingId: string): Promise<Agreement[]>;
  /** Records (or replaces) the review of an afspraak at a meeting and sets its status. */
  saveAgreementReview(review: AgreementReview): Promise<void>;
  listAgreementReviews(meetingId: string): Promise<AgreementReview[]>;
}
