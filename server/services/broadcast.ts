import type {
  Addition,
  AgendaState,
  Question,
  GroupActivity,
  GroupingView,
  MyGroup,
  Phase,
  PublicTheme,
  RoomMessage,
  StaffTheme,
  Tally,
  Timer,
  WorkingGroup,
  WorkingGroupSummary,
} from '../../shared/model.js';
import type { ConversationSummary } from '../../shared/model-conversations.js';
import type {
  AgreementsView,
  AssistedPerson,
  JoinStats,
  PreferenceCounts,
} from '../../shared/protocol.js';

/**
 * Tells the screens of a meeting what changed. Services decide what each audience may see;
 * the implementation (realtime/broadcaster.ts) only routes it: `room` reaches everyone,
 * `staff` the facilitators, `public` everyone except staff.
 */
export interface Broadcaster {
  phaseChanged(meetingId: string, phase: Phase): void;
  timerChanged(meetingId: string, timer: Timer): void;
  attendeesCounted(meetingId: string, count: number): void;
  /** Joining closed or opened again, to every screen of the meeting. */
  joiningChanged(meetingId: string, closed: boolean): void;
  /** Joins over time and the warning, to staff only. */
  joiningCounted(meetingId: string, stats: JoinStats): void;
  focusChanged(meetingId: string, themeId: string | null): void;
  /** Public themes to the room, the full themes with flags to staff. */
  themesChanged(meetingId: string, publicThemes: PublicTheme[], staffThemes: StaffTheme[]): void;
  /** The tally to staff always; to the room only when `revealed`, else a tally-less notice. */
  tallyChanged(meetingId: string, tally: Tally, revealed: boolean): void;
  additionChanged(meetingId: string, addition: Addition): void;
  /** Live counts of preferred themes, to staff only. */
  preferencesCounted(meetingId: string, counts: PreferenceCounts): void;
  /** One table's line of the overview, to staff only. */
  groupActive(meetingId: string, activity: GroupActivity): void;
  /** The facilitator's message (or its removal), to every screen of the meeting. */
  messageShown(meetingId: string, message: RoomMessage | null): void;
  /** Sign-ups per theme id, to every screen of the meeting: counts only, never who. */
  signupsCounted(meetingId: string, counts: Record<string, number>): void;
  /** The Regie's view of the grouping after any change, to staff only. */
  groupsChanged(meetingId: string, view: GroupingView): void;
  /** One participant's table (or none), to that participant's own phone only. */
  groupAssigned(participantId: string, group: MyGroup | null): void;
  /** The residents a tafelhulp entered, with their tables, to that tafelhulp only. */
  assistedSeated(tableHostId: string, people: AssistedPerson[]): void;
  /** The werkgroepen after any change, to staff and the kopgroep. */
  workingGroupsChanged(meetingId: string, workingGroups: WorkingGroupSummary[]): void;
  /** One werkgroep after any change, to its members. */
  workingGroupChanged(workingGroup: WorkingGroup): void;
  /** Lets the open connections of these sign-ups hear their werkgroep from now on. */
  admitToWorkingGroup(workingGroupId: string, signupIds: string[]): void;
  /** A return meeting's agenda changed or an item started, to every screen of the meeting. */
  agendaChanged(meetingId: string, agenda: AgendaState): void;
  /** Who leads the meeting now (null: the facilitator), to every screen of the meeting. */
  leaderChanged(meetingId: string, leaderName: string | null, leaderId: string | null): void;
  /** A question from the room arrived or changed, to staff only (the leader's queue). */
  questionChanged(meetingId: string, question: Question): void;
  /** The question on the screen now (or none), to every screen of the meeting. */
  questionShown(meetingId: string, question: Question | null): void;
  /** The afspraken of a return meeting after any change, to every screen of the meeting. */
  agreementsChanged(meetingId: string, agreements: AgreementsView): void;
  /** The evening's conversations after any change, to staff and the kopgroep. */
  conversationsChanged(meetingId: string, conversations: ConversationSummary[]): void;
}
