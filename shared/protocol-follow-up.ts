/**
 * The wire contract after the evening: the kopgroep, the werkgroepen and the
 * terugkombijeenkomsten. shared/protocol.ts folds these events into its event maps.
 */
import type { z } from 'zod';
import type { Ack } from './codes.js';
import type {
  AgendaState,
  Agreement,
  AgreementReview,
  CoreGroupMember,
  MeetingView,
  MyWorkingGroup,
  PlanSnapshot,
  Question,
  ReturnMeetingSummary,
  WorkingGroup,
  WorkingGroupSummary,
} from './model.js';
import type {
  AgreementSavePayload,
  agendaSetSchema,
  agendaStartSchema,
  agreementReviewSchema,
  coreGroupInviteSchema,
  coreGroupRefSchema,
  leaderSetSchema,
  planReadySchema,
  questionModerateSchema,
  questionSendSchema,
  returnMeetingCreateSchema,
  workingGroupCreateSchema,
} from './schemas.js';

type AckFn<T> = (answer: Ack<T>) => void;

export interface FollowUpClientEvents {
  // after the evening: the kopgroep (invited by the facilitator) and the werkgroepen
  'coreGroup:invite': (
    payload: z.input<typeof coreGroupInviteSchema>,
    ack: AckFn<IssuedCoreGroupLink>,
  ) => void;
  'coreGroup:list': (payload: Record<string, never>, ack: AckFn<CoreGroupMember[]>) => void;
  'coreGroup:revoke': (
    payload: z.input<typeof coreGroupRefSchema>,
    ack: AckFn<CoreGroupMember>,
  ) => void;
  /** Revokes the old link (open connections close) and issues a new one. */
  'coreGroup:reissue': (
    payload: z.input<typeof coreGroupRefSchema>,
    ack: AckFn<IssuedCoreGroupLink>,
  ) => void;
  /** Starts the werkgroep of a theme from its sign-ups, with a plan seeded from the tables. */
  'workingGroup:create': (
    payload: z.input<typeof workingGroupCreateSchema>,
    ack: AckFn<WorkingGroupSummary>,
  ) => void;
  'workingGroup:list': (payload: Record<string, never>, ack: AckFn<WorkingGroupSummary[]>) => void;
  /** A member's own werkgroep; null while the kopgroep has not started it yet. */
  'workingGroup:mine': (payload: Record<string, never>, ack: AckFn<MyWorkingGroup | null>) => void;
  'plan:ready': (payload: z.input<typeof planReadySchema>, ack: AckFn<WorkingGroup>) => void;

  // terugkombijeenkomsten: created by the kopgroep or the facilitator of the neighbourhood meeting
  'returnMeeting:create': (
    payload: z.input<typeof returnMeetingCreateSchema>,
    ack: AckFn<ReturnMeetingSummary>,
  ) => void;
  'returnMeeting:list': (
    payload: Record<string, never>,
    ack: AckFn<ReturnMeetingSummary[]>,
  ) => void;
  /** Hands the running of this meeting to a kopgroep member, or takes it back (null). */
  'leader:set': (payload: z.input<typeof leaderSetSchema>, ack: AckFn<MeetingView>) => void;
  'agenda:get': (payload: Record<string, never>, ack: AckFn<AgendaState>) => void;
  'agenda:set': (payload: z.input<typeof agendaSetSchema>, ack: AckFn<AgendaState>) => void;
  'agenda:start': (payload: z.input<typeof agendaStartSchema>, ack: AckFn<AgendaState>) => void;
  /** The plan as presented in the running (or a given) slot; null when none was presented. */
  'snapshot:get': (payload: { workingGroupId: string }, ack: AckFn<PlanSnapshot | null>) => void;
  'question:send': (
    payload: z.input<typeof questionSendSchema>,
    ack: AckFn<{ id: string; status: 'received' }>,
  ) => void;
  'question:list': (payload: Record<string, never>, ack: AckFn<Question[]>) => void;
  'question:moderate': (
    payload: z.input<typeof questionModerateSchema>,
    ack: AckFn<Question>,
  ) => void;
  /** Open afspraken of the neighbourhood plus those made or reviewed at this meeting. */
  'agreement:list': (payload: Record<string, never>, ack: AckFn<AgreementsView>) => void;
  'agreement:save': (payload: AgreementSavePayload, ack: AckFn<Agreement>) => void;
  'agreement:review': (
    payload: z.input<typeof agreementReviewSchema>,
    ack: AckFn<AgreementReview>,
  ) => void;
}

export interface FollowUpServerEvents {
  /** To the facilitator and the kopgroep: a werkgroep was started or its plan marked ready. */
  'workingGroups:changed': (payload: { workingGroups: WorkingGroupSummary[] }) => void;
  /** To a return meeting's room: the agenda changed or an item started (with its timer). */
  'agenda:changed': (payload: { agenda: AgendaState }) => void;
  /** To the room: the question the leader put on the screen, or null. */
  'question:shown': (payload: { question: Question | null }) => void;
  /** To the leader (staff room): a question arrived or changed. */
  'question:changed': (payload: { question: Question }) => void;
  /** To the room: afspraken made, changed or reviewed. */
  'agreements:changed': (payload: { agreements: AgreementsView }) => void;
  /**
   * To the room: who leads now (MeetingView.leaderName). Each console (staff room) also hears
   * whether it leads now, so it switches between running and following without asking again.
   */
  'leader:changed': (payload: { leaderName: string | null; leading?: boolean }) => void;
  /** To the members of one werkgroep: it was started, or its plan marked (not) ready. */
  'workingGroup:changed': (payload: { workingGroup: WorkingGroup }) => void;
}

/** The afspraken a return meeting works with. */
export interface AgreementsView {
  /** Made at earlier meetings and still open or ongoing: reviewed in the first agenda item. */
  carriedOver: Agreement[];
  /** Made at this meeting. */
  made: Agreement[];
  /** Reviews done at this meeting. */
  reviews: AgreementReview[];
  /** Titles of the evening's werkgroepen, so every screen can name an afspraak's owner. */
  workingGroups: { id: string; title: string }[];
}

/** A kopgroep member with their personal link; the link is shown once, to the facilitator. */
export interface IssuedCoreGroupLink {
  member: CoreGroupMember;
  /** `<public url>/kopgroep#<token>` */
  link: string;
}
