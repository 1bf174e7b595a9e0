/**
 * Domain types of the terugkombijeenkomst (return meeting): a meeting of kind `return`, led by a
 * kopgroep member, where werkgroepen present their plans, the room asks positive questions and
 * afspraken (agreements) are recorded. Re-exported by model.ts.
 */
import type { ActionStatus } from './model-follow-up.js';
import type { PlanTextPart } from './plan-doc.js';

/** `neighbourhood`: the wijkbrede bijeenkomst; `return`: a terugkombijeenkomst after it. */
export type MeetingKind = 'neighbourhood' | 'return';

/** One item of a return meeting's agenda. */
export type AgendaItem =
  | {
      id: string;
      /** The first item when open afspraken exist: review them (gedaan / loopt / vervalt). */
      kind: 'review';
      minutes: number;
    }
  | { id: string; kind: 'presentation'; workingGroupId: string; minutes: number };

/** The agenda and where the meeting is in it. */
export interface AgendaState {
  items: AgendaItem[];
  /** The item running now; null before the first one starts and after the last one. */
  currentItemId: string | null;
}

/** A ProseMirror JSON node as stored in a plan snapshot; rendered read-only on every screen. */
export interface RichNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: RichNode[];
  text?: string;
  marks?: { type: string }[];
}

/** A plan van aanpak as it was presented: kept with the return meeting, never changed after. */
export interface PlanSnapshot {
  meetingId: string;
  workingGroupId: string;
  title: string;
  takenAt: number;
  parts: Record<PlanTextPart, RichNode[]>;
  actions: { what: string; who: string; due: string; status: ActionStatus }[];
}

export const QUESTION_STATUSES = ['pending', 'shown', 'answered', 'rejected'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

/** A question from the room to a werkgroep; anonymous, moderated by the leader. */
export interface Question {
  /** Chosen by the phone so a resend is recognised. */
  id: string;
  meetingId: string;
  /** The werkgroep presenting when it was asked; null between presentations. */
  workingGroupId: string | null;
  text: string;
  status: QuestionStatus;
  createdAt: number;
}

/** gedaan / loopt / vervalt, and open while nobody has reviewed it yet. */
export const AGREEMENT_STATUSES = ['open', 'ongoing', 'done', 'dropped'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/** Who carries an afspraak out: a werkgroep, or a person by the name they agreed to be named by. */
export type AgreementOwner =
  { kind: 'workingGroup'; workingGroupId: string } | { kind: 'person'; name: string };

/** An afspraak: what, who, by when, linked themes and werkgroepen, status. */
export interface Agreement {
  id: string;
  /** The neighbourhood meeting whose process it belongs to (carried across return meetings). */
  originMeetingId: string;
  /** The return meeting where it was made. */
  madeAtMeetingId: string;
  what: string;
  owner: AgreementOwner;
  /** YYYY-MM-DD */
  due: string;
  themeIds: string[];
  workingGroupIds: string[];
  status: AgreementStatus;
  createdAt: number;
}

/** The review of an afspraak at a later return meeting. */
export interface AgreementReview {
  agreementId: string;
  meetingId: string;
  outcome: Exclude<AgreementStatus, 'open'>;
  note: string;
  at: number;
}

/** A return meeting as the kopgroep and the facilitator list it. */
export interface ReturnMeetingSummary {
  id: string;
  name: string;
  date: string;
  place: string;
  joinCode: string;
  /** Name of the kopgroep member leading it; null while the facilitator leads. */
  leaderName: string | null;
  itemCount: number;
}

/** Everything the verslag of a return meeting shows. No contact details. */
export interface ReturnReport {
  meetingName: string;
  date: string;
  place: string;
  attendeeCount: number;
  /** The plans as presented, in agenda order. */
  plans: PlanSnapshot[];
  /** Questions that were shown or answered, per werkgroep. */
  questions: { workingGroupId: string | null; text: string }[];
  /** Afspraken made at this meeting. */
  agreements: Agreement[];
  /** Reviews of earlier afspraken done at this meeting. */
  reviews: (AgreementReview & { what: string })[];
  workingGroups: { id: string; title: string }[];
  /** The themes its afspraken are about ("Over welk thema?"), with their titles. */
  themes: { id: string; title: string }[];
}
