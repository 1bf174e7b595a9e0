import type {
  Addition,
  GroupingState,
  RoomMessage,
  Meeting,
  Participant,
  Phase,
  RecognitionAnswer,
  Role,
  Theme,
  Timer,
  RetentionKind,
} from '../../shared/model.js';

import type {
  CoreGroupStore,
  ReturnMeetingStore,
  SignupStore,
  WorkingGroupStore,
} from './follow-up-store.js';
import type { ConversationStore } from './conversation-store.js';

export type { ConversationStore, StoredConversation } from './conversation-store.js';
export type {
  CoreGroupStore,
  ReturnMeetingStore,
  SignupStore,
  StoredCoreGroupMember,
  StoredSignup,
  WorkingGroupStore,
} from './follow-up-store.js';

/**
 * Everything the server keeps, one interface per area. Chosen once in main.ts: SQLite by
 * default; PostgreSQL (server/store/postgres/) implements the same contract for several nodes.
 * Methods are async so both fit behind it.
 */
export interface MeetingStore {
  insertMeeting(meeting: Meeting): Promise<void>;
  getMeeting(id: string): Promise<Meeting | null>;
  listMeetings(): Promise<Meeting[]>;
  findMeetingByJoinCode(joinCode: string): Promise<Meeting | null>;
  /** Finds the meeting a facilitator or projector token belongs to, and which of the two it is. */
  findMeetingByTokenHash(tokenHash: string): Promise<{ meeting: Meeting; role: Role } | null>;
  setPhase(meetingId: string, phase: Phase): Promise<void>;
  setTimer(meetingId: string, timer: Timer): Promise<void>;
  setFocus(meetingId: string, themeId: string | null): Promise<void>;
  setMessage(meetingId: string, message: RoomMessage | null): Promise<void>;
  setGroupingState(meetingId: string, state: GroupingState): Promise<void>;
  /** The facilitator closed joining (true) or opened it again (false). */
  setJoiningClosed(meetingId: string, closed: boolean): Promise<void>;
  /** Hands the running of a meeting to a kopgroep member, or back to the facilitator (null). */
  setLeader(meetingId: string, leaderId: string | null): Promise<void>;
  /** The return meetings that follow a neighbourhood meeting, by date. */
  listReturnMeetings(originMeetingId: string): Promise<Meeting[]>;
  /** Replaces both staff links of a meeting; only their hashes are stored. */
  setTokens(meetingId: string, facilitatorHash: string, projectorHash: string): Promise<void>;
  /** Replaces the Beamer link of a meeting (its hash); the old one stops working. */
  setProjectorTokenHash(meetingId: string, projectorHash: string): Promise<void>;
}

export interface ParticipantStore {
  /** Adds a participant, giving it the next number in its meeting. */
  insertParticipant(input: Omit<Participant, 'number'>): Promise<Participant>;
  findParticipantByKeyHash(keyHash: string): Promise<Participant | null>;
  getParticipant(id: string): Promise<Participant | null>;
  countParticipants(meetingId: string): Promise<number>;
  /** Every participant of a meeting (phones and people entered by table hosts), by number. */
  listParticipants(meetingId: string): Promise<Participant[]>;
}

export interface TableHost {
  id: string;
  meetingId: string;
  label: string;
  tokenHash: string;
  createdAt: number;
}

export interface TableHostStore {
  insertTableHost(host: TableHost): Promise<void>;
  findTableHostByTokenHash(tokenHash: string): Promise<TableHost | null>;
  listTableHosts(meetingId: string): Promise<TableHost[]>;
  /** The people a table host enters answers for, oldest first. */
  listAssisted(hostId: string): Promise<Participant[]>;
}

export interface ThemeStore {
  insertTheme(theme: Theme): Promise<void>;
  /** Replaces the stored theme with this one (same id). */
  updateTheme(theme: Theme): Promise<void>;
  getTheme(id: string): Promise<Theme | null>;
  /** The themes of a meeting in their order. */
  listThemes(meetingId: string): Promise<Theme[]>;
  deleteTheme(id: string): Promise<void>;
}

export interface VoteStore {
  /** Records or replaces one participant's answer for one theme. */
  upsertVote(vote: {
    meetingId: string;
    themeId: string;
    participantId: string;
    answer: RecognitionAnswer;
    at: number;
  }): Promise<void>;
  countVotes(themeId: string): Promise<Record<RecognitionAnswer, number>>;
  getVote(themeId: string, participantId: string): Promise<RecognitionAnswer | null>;
}

/** A participant's preferred themes for the subgroups after the break. */
export interface StoredPreference {
  participantId: string;
  first: string | null;
  second: string | null;
}

export interface PreferenceStore {
  /** Records or replaces one participant's first and second choice. */
  upsertPreference(meetingId: string, preference: StoredPreference, at: number): Promise<void>;
  getPreference(meetingId: string, participantId: string): Promise<StoredPreference | null>;
  listPreferences(meetingId: string): Promise<StoredPreference[]>;
}

/** A subgroup as stored; its members are kept in their own rows. */
export interface StoredSubgroup {
  id: string;
  meetingId: string;
  themeId: string;
  suffix: string;
  tableNumber: number;
  tableName: string;
}

export interface StoredMembership {
  participantId: string;
  subgroupId: string;
  displayName: string;
}

/** What a proposal was made with, kept for the Regie's view and for placing late arrivals. */
export interface GroupingMeta {
  /** Themes folded into second choices because too few chose them. */
  dropped: string[];
  minSize: number;
  maxSize: number;
}

export interface SubgroupStore {
  /** Replaces every subgroup and membership of a meeting at once (a new proposal). */
  replaceSubgroups(
    meetingId: string,
    groups: StoredSubgroup[],
    members: StoredMembership[],
  ): Promise<void>;
  listSubgroups(meetingId: string): Promise<StoredSubgroup[]>;
  getSubgroup(id: string): Promise<StoredSubgroup | null>;
  updateSubgroup(group: StoredSubgroup): Promise<void>;
  listMemberships(meetingId: string): Promise<StoredMembership[]>;
  getMembership(meetingId: string, participantId: string): Promise<StoredMembership | null>;
  /** Places (or moves) one participant into a subgroup, keeping a display name already chosen. */
  setMembership(meetingId: string, membership: StoredMembership): Promise<void>;
  /** Deletes a subgroup (and any membership still pointing at it). */
  deleteSubgroup(id: string): Promise<void>;
  getGroupingMeta(meetingId: string): Promise<GroupingMeta | null>;
  setGroupingMeta(meetingId: string, meta: GroupingMeta): Promise<void>;
}

export interface AdditionStore {
  /** Inserts unless an addition with this id exists; resolves with the stored one either way. */
  insertAddition(addition: Addition & { participantId: string }): Promise<{
    addition: Addition & { participantId: string };
    inserted: boolean;
  }>;
  getAddition(id: string): Promise<(Addition & { participantId: string }) | null>;
  listAdditions(meetingId: string): Promise<Addition[]>;
  updateAddition(addition: Addition): Promise<void>;
}

export interface DocStore {
  /** All stored updates of a collaborative document, oldest first. */
  loadDocUpdates(docName: string): Promise<Uint8Array[]>;
  /**
   * Appends one update durably; resolves with the number of updates now in the log. With several
   * writers (PostgreSQL) appends committing at the same moment may not count each other: a hint
   * for when to compact, not an exact position.
   */
  appendDocUpdate(docName: string, update: Uint8Array): Promise<number>;
  /**
   * Replaces the updates in the log now with the one update `merge` makes of them, atomically,
   * one compaction of a document at a time. Only the rows read are replaced: an update another
   * node appends meanwhile stays next to the snapshot, so nothing stored is ever dropped unseen.
   */
  compactDoc(docName: string, merge: (log: Uint8Array[]) => Uint8Array): Promise<void>;
}

/**
 * What the retention job needs beyond the other areas' methods. Per meeting, a kind of personal
 * data is applied once (marked), so an hourly run does not rework old meetings.
 */
export interface RetentionStore {
  /** The meetings (of either kind) for which `kind` has not been applied yet. */
  listMeetingsAwaitingRetention(
    kind: RetentionKind,
  ): Promise<Pick<Meeting, 'id' | 'date' | 'kind'>[]>;
  markRetentionApplied(meetingId: string, kind: RetentionKind, at: number): Promise<void>;
  /** Names of the stored documents whose name starts with `prefix`, e.g. a meeting's canvases. */
  listDocNames(prefix: string): Promise<string[]>;
  /** Deletes a meeting's additions that were never approved (pending, rejected, merged). */
  deleteUnapprovedAdditions(meetingId: string): Promise<number>;
  /** Deletes a return meeting's questions that never reached the screen (pending, rejected). */
  deleteUnshownQuestions(meetingId: string): Promise<number>;
  /** Empties the names people gave themselves at their table; resolves with how many. */
  clearDisplayNames(meetingId: string): Promise<number>;
  /**
   * Deletes kopgroep members whose link was revoked at or before `revokedBefore` (and is still
   * revoked); a return meeting they led goes back to the facilitator.
   */
  deleteRevokedCoreGroupMembers(revokedBefore: number): Promise<number>;
  /**
   * Replaces the person's name on settled afspraken (done or dropped) made and last reviewed at or
   * before `before`; resolves with how many changed.
   */
  replaceAgreementOwnerNames(before: number, replacement: string): Promise<number>;
  /**
   * Makes rows deleted or overwritten so far unreadable in the store's files too (SQLite: its
   * deleted content is zeroed by secure_delete; the WAL is checkpointed and truncated). Called
   * after personal data was erased.
   */
  purgeErased(): Promise<void>;
}

export interface Store
  extends
    MeetingStore,
    ParticipantStore,
    TableHostStore,
    ThemeStore,
    VoteStore,
    PreferenceStore,
    AdditionStore,
    SubgroupStore,
    SignupStore,
    CoreGroupStore,
    WorkingGroupStore,
    ReturnMeetingStore,
    ConversationStore,
    RetentionStore,
    DocStore {
  close(): Promise<void>;
}
