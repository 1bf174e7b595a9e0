/**
 * The wire contract between client and server. Every payload is declared once as a zod schema;
 * its TypeScript type is derived from it so checks and types cannot drift.
 *
 * Requests are named `area:verb` and answered through a Socket.IO acknowledgement carrying an
 * {@link Ack}. Broadcasts are named `area:past-tense`.
 */
import type { z } from 'zod';
import type {
  Addition,
  GroupActivity,
  PublicTable,
  GroupingView,
  MeetingResults,
  MyGroup,
  RoomMessage,
  Signup,
  MeetingView,
  Phase,
  PublicTheme,
  RecognitionAnswer,
  StaffTheme,
  Tally,
  Timer,
} from './model.js';
import type { Ack } from './codes.js';
import type {
  AssistedPerson,
  CreatedSignup,
  JoinStats,
  PreferenceChoice,
  PreferenceCounts,
  SessionInfo,
} from './protocol-answers.js';
import type { FollowUpClientEvents, FollowUpServerEvents } from './protocol-follow-up.js';
import type {
  ConversationClientEvents,
  ConversationServerEvents,
} from './protocol-conversations.js';

export { OUTDATED, PROTOCOL_VERSION } from './protocol-version.js';
export type { HandshakeAuth } from './protocol-version.js';

export { COLLAB_CLOSE, ERROR_CODES } from './codes.js';
export type { Ack, ErrorCode } from './codes.js';

export * from './schemas.js';
export type * from './protocol-answers.js';
import type {
  AdditionModeratePayload,
  AdditionSendPayload,
  PhaseSetPayload,
  ThemeInput,
  TimerControlPayload,
  joiningSetSchema,
  additionPromoteSchema,
  flagDismissSchema,
  focusSchema,
  handsSchema,
  preferenceSetSchema,
  recognitionControlSchema,
  tableHostCreateSchema,
  themeHideSchema,
  themeImportSchema,
  themePublishSchema,
  themeRefSchema,
  themeReorderSchema,
  themeUpdateSchema,
  voteCastSchema,
  displayNameSchema,
  groupMergeSchema,
  groupMoveSchema,
  groupRenameSchema,
  groupsProposeSchema,
  messageSendSchema,
  signupRefSchema,
  SignupCreatePayload,
} from './schemas.js';

// ---------- Socket.IO event maps ----------

type AckFn<T> = (answer: Ack<T>) => void;

// After the evening (kopgroep, werkgroepen, terugkombijeenkomsten) lives in its own file.
export type { AgreementsView, IssuedCoreGroupLink } from './protocol-follow-up.js';
// Step 2 of the method, the kopgroep's small-group conversations, lives in its own file too.
export type { IssuedConversationLink } from './protocol-conversations.js';

export interface ClientToServerEvents extends FollowUpClientEvents, ConversationClientEvents {
  'session:sync': (payload: Record<string, never>, ack: AckFn<SessionInfo>) => void;
  'clock:ping': (payload: Record<string, never>, ack: AckFn<{ serverTime: number }>) => void;
  'phase:set': (payload: PhaseSetPayload, ack: AckFn<MeetingView>) => void;
  'timer:control': (payload: TimerControlPayload, ack: AckFn<Timer>) => void;
  /**
   * The Regie's new Beamer link (kept only as a hash, so it cannot be shown again): the old link
   * stops working and its open screens close. Never for a kopgroep member's console.
   */
  'beamer:reissue': (
    payload: Record<string, never>,
    ack: AckFn<{ projectorToken: string }>,
  ) => void;
  /** Staff close joining ("Deelname sluiten") or open it again; phones with a key keep working. */
  'joining:set': (payload: z.input<typeof joiningSetSchema>, ack: AckFn<JoinStats>) => void;
  /** Staff: joins over time and a warning for an address that joins far more than a hall. */
  'joining:get': (payload: Record<string, never>, ack: AckFn<JoinStats>) => void;

  // themes: staff prepare and publish; everyone lists what they may see
  'themes:list': (payload: Record<string, never>, ack: AckFn<PublicTheme[] | StaffTheme[]>) => void;
  'theme:create': (payload: ThemeInput, ack: AckFn<StaffTheme>) => void;
  'theme:update': (payload: z.input<typeof themeUpdateSchema>, ack: AckFn<StaffTheme>) => void;
  'theme:publish': (payload: z.input<typeof themePublishSchema>, ack: AckFn<StaffTheme>) => void;
  'theme:hide': (payload: z.input<typeof themeHideSchema>, ack: AckFn<StaffTheme>) => void;
  'theme:delete': (
    payload: z.input<typeof themeRefSchema>,
    ack: AckFn<{ themeId: string }>,
  ) => void;
  'theme:reorder': (payload: z.input<typeof themeReorderSchema>, ack: AckFn<StaffTheme[]>) => void;
  'theme:import': (payload: z.input<typeof themeImportSchema>, ack: AckFn<StaffTheme[]>) => void;
  'flag:dismiss': (payload: z.input<typeof flagDismissSchema>, ack: AckFn<StaffTheme>) => void;
  'focus:set': (
    payload: z.input<typeof focusSchema>,
    ack: AckFn<{ themeId: string | null }>,
  ) => void;

  // recognition
  'recognition:control': (
    payload: z.input<typeof recognitionControlSchema>,
    ack: AckFn<StaffTheme>,
  ) => void;
  'hands:set': (payload: z.input<typeof handsSchema>, ack: AckFn<Tally>) => void;
  'vote:cast': (
    payload: z.input<typeof voteCastSchema>,
    ack: AckFn<{ themeId: string; answer: RecognitionAnswer }>,
  ) => void;
  /** The answers this phone (or the person a table host helps) gave, by theme id. */
  'vote:mine': (
    payload: { onBehalfOf?: string },
    ack: AckFn<Record<string, RecognitionAnswer>>,
  ) => void;
  /** Tallies the caller may see: all for staff, revealed ones for the room. */
  'tally:list': (payload: Record<string, never>, ack: AckFn<Tally[]>) => void;

  // additions
  'addition:send': (
    payload: AdditionSendPayload,
    ack: AckFn<{ id: string; status: 'received' }>,
  ) => void;
  'addition:list': (payload: Record<string, never>, ack: AckFn<Addition[]>) => void;
  'addition:moderate': (payload: AdditionModeratePayload, ack: AckFn<Addition>) => void;
  'addition:promote': (
    payload: z.input<typeof additionPromoteSchema>,
    ack: AckFn<StaffTheme>,
  ) => void;

  // preferences (choose phase)
  'preference:set': (
    payload: z.input<typeof preferenceSetSchema>,
    ack: AckFn<PreferenceChoice>,
  ) => void;
  'preference:mine': (
    payload: { onBehalfOf?: string },
    ack: AckFn<PreferenceChoice | null>,
  ) => void;
  'preference:counts': (payload: Record<string, never>, ack: AckFn<PreferenceCounts>) => void;

  // table hosts (tafelhulp) enter answers for residents without a phone
  'tablehost:create': (
    payload: z.input<typeof tableHostCreateSchema>,
    ack: AckFn<{ id: string; label: string; token: string }>,
  ) => void;
  'tablehost:list': (
    payload: Record<string, never>,
    ack: AckFn<{ id: string; label: string }[]>,
  ) => void;
  'assisted:add': (payload: Record<string, never>, ack: AckFn<AssistedPerson>) => void;
  'assisted:list': (payload: Record<string, never>, ack: AckFn<AssistedPerson[]>) => void;

  // subgroups: the Regie proposes, adjusts and confirms; phones learn their table
  'groups:propose': (
    payload: z.input<typeof groupsProposeSchema>,
    ack: AckFn<GroupingView>,
  ) => void;
  'groups:get': (payload: Record<string, never>, ack: AckFn<GroupingView>) => void;
  'group:move': (payload: z.input<typeof groupMoveSchema>, ack: AckFn<GroupingView>) => void;
  'group:rename': (payload: z.input<typeof groupRenameSchema>, ack: AckFn<GroupingView>) => void;
  'group:merge': (payload: z.input<typeof groupMergeSchema>, ack: AckFn<GroupingView>) => void;
  'groups:confirm': (payload: Record<string, never>, ack: AckFn<GroupingView>) => void;
  'group:mine': (payload: Record<string, never>, ack: AckFn<MyGroup | null>) => void;
  'group:display-name': (payload: z.input<typeof displayNameSchema>, ack: AckFn<MyGroup>) => void;
  /** The confirmed tables without their members, for the hall's screen; [] before confirming. */
  'groups:tables': (payload: Record<string, never>, ack: AckFn<PublicTable[]>) => void;
  /** The overview: one line per subgroup. */
  'groups:activity': (payload: Record<string, never>, ack: AckFn<GroupActivity[]>) => void;
  'message:send': (
    payload: z.input<typeof messageSendSchema>,
    ack: AckFn<RoomMessage | null>,
  ) => void;

  // sign-ups for werkgroepen: personal data, answered only to the sender or to staff
  'signup:create': (payload: SignupCreatePayload, ack: AckFn<CreatedSignup>) => void;
  'signup:list': (payload: Record<string, never>, ack: AckFn<Signup[]>) => void;
  'signup:erase': (
    payload: z.input<typeof signupRefSchema>,
    ack: AckFn<{ signupId: string }>,
  ) => void;
  /**
   * A new personal link for a sign-up (the person lost theirs): the old one stops working and
   * its open connections close. The link exists only in this answer.
   */
  'signup:reissue': (
    payload: z.input<typeof signupRefSchema>,
    ack: AckFn<{ signupId: string; link: string }>,
  ) => void;
  /** Sign-ups per theme id: counts only, for anyone in the meeting. */
  'signup:counts': (payload: Record<string, never>, ack: AckFn<Record<string, number>>) => void;

  // results: per theme recognition, additions, canvases summarised, sign-up counts
  'results:get': (payload: Record<string, never>, ack: AckFn<MeetingResults>) => void;
}

export interface ServerToClientEvents extends FollowUpServerEvents, ConversationServerEvents {
  'phase:changed': (payload: { phase: Phase }) => void;
  'timer:changed': (payload: { timer: Timer }) => void;
  'attendees:counted': (payload: { count: number }) => void;
  /** To everyone in the meeting: joining was closed or opened again. */
  'joining:changed': (payload: { closed: boolean }) => void;
  /** To staff: joins over time changed (coalesced). */
  'joining:counted': (payload: { stats: JoinStats }) => void;
  'focus:changed': (payload: { themeId: string | null }) => void;
  'themes:changed': (payload: { themes: PublicTheme[] }) => void;
  'themes:staff-changed': (payload: { themes: StaffTheme[] }) => void;
  'tally:changed': (payload: { tally: Tally }) => void;
  'addition:changed': (payload: { addition: Addition }) => void;
  'preferences:counted': (payload: { counts: PreferenceCounts }) => void;
  /** To staff: the grouping changed (proposal, move, rename, confirm). */
  'groups:changed': (payload: { view: GroupingView }) => void;
  /** To one phone: its table, after confirming or a move; null when it has none. */
  'group:assigned': (payload: { group: MyGroup | null }) => void;
  /** A tafelhulp's residents with their tables, after any change to the grouping. */
  'assisted:seated': (payload: { people: AssistedPerson[] }) => void;
  /** To staff: one subgroup's canvas changed or a member came or went. */
  'group:active': (payload: { activity: GroupActivity }) => void;
  'message:shown': (payload: { message: RoomMessage | null }) => void;
  /** Counts only; to everyone in the meeting. */
  'signups:counted': (payload: { counts: Record<string, number> }) => void;
  /** To everyone but staff: the confirmed tables after any change; [] when not confirmed. */
  'tables:changed': (payload: { tables: PublicTable[] }) => void;
}

export type InterServerEvents = Record<string, never>;
