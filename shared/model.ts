/**
 * Domain types shared by server and client. Pure data: no Node or DOM APIs.
 */
import type { GroupingState, RoomMessage } from './model-after-break.js';
import type { MeetingKind } from './model-return.js';

/** The phases of a neighbourhood evening, in their default order (DESIGN §4). */
export const PHASES = [
  'lobby',
  'themes',
  'recognition',
  'break',
  'choose',
  'subgroups',
  'signup',
  'results',
  'closed',
] as const;

export type Phase = (typeof PHASES)[number];

/** Who a connection is. Always decided by the server from a token, never claimed by a client. */
export type Role =
  | 'facilitator'
  | 'projector'
  | 'attendee'
  | 'tableHost'
  /** kopgroeplid: sees werkgroepen and sign-ups, starts werkgroepen, leads return meetings. */
  | 'coreGroupMember'
  /** Someone who signed up, opening their werkgroep with the sign-up's personal link. */
  | 'workingGroupMember'
  /** gespreksleider: records one small-group conversation by that conversation's link. */
  | 'conversationLeader';

/** Every role, for checks that go over all of them (a message between nodes, a test). */
export const ROLES = [
  'facilitator',
  'projector',
  'attendee',
  'tableHost',
  'coreGroupMember',
  'workingGroupMember',
  'conversationLeader',
] as const satisfies readonly Role[];
// Fails to compile when a role is added to Role but not to ROLES.
true satisfies [Exclude<Role, (typeof ROLES)[number]>] extends [never] ? true : false;

/**
 * A countdown kept as data, not as a ticking interval, so any node can serve it.
 * Running: `endsAt` is an epoch millisecond on the server's clock.
 * Paused: `remainingMs` holds what was left.
 */
export type Timer =
  | { state: 'idle' }
  | { state: 'running'; endsAt: number; durationMs: number }
  | { state: 'paused'; remainingMs: number; durationMs: number };

/** What every screen of a meeting may know about it. Contains no secrets and no personal data. */
export interface MeetingView {
  id: string;
  name: string;
  date: string;
  place: string;
  /** Six characters without separator, e.g. "K7M4QX". */
  joinCode: string;
  phase: Phase;
  timer: Timer;
  attendeeCount: number;
  /** The theme on the projector during `themes` and `recognition`. */
  focusThemeId: string | null;
  /** The facilitator's latest message to the room, shown on every phone and the projector. */
  message: RoomMessage | null;
  groupingState: GroupingState;
  kind: MeetingKind;
  /** For a return meeting: the neighbourhood meeting it follows. */
  originMeetingId: string | null;
  /** The kopgroep member leading now; null while the facilitator leads. */
  leaderName: string | null;
  /** The facilitator closed joining: new phones are refused, phones with a key keep working. */
  joiningClosed: boolean;
}

/** The stored meeting, including hashes of its secret tokens. */
export interface Meeting {
  id: string;
  name: string;
  date: string;
  place: string;
  joinCode: string;
  phase: Phase;
  timer: Timer;
  focusThemeId: string | null;
  message: RoomMessage | null;
  groupingState: GroupingState;
  kind: MeetingKind;
  originMeetingId: string | null;
  /**
   * The kopgroep member who runs this meeting; null: the facilitator runs it. While a kopgroep
   * member leads, the facilitator's console is read-only (they stepped back).
   */
  leaderId: string | null;
  facilitatorTokenHash: string;
  /**
   * Like every token, the Beamer's is kept only as its hash; the Regie issues a new one to show
   * the Beamer link again (`beamer:reissue`).
   */
  projectorTokenHash: string;
  createdAt: number;
  /** Set by the facilitator ("Deelname sluiten"); absent counts as open. */
  joiningClosed?: boolean;
}

export interface Participant {
  id: string;
  meetingId: string;
  /** Sequence number inside the meeting, shown as "deelnemer 17". */
  number: number;
  keyHash: string;
  joinedAt: number;
  /** Set when a table host entered this person, who has no phone; then keyHash is unused. */
  hostId: string | null;
}

/** The note colours a board offers; names, not hex, so the client owns the palette. */
export const NOTE_COLOURS = ['yellow', 'green', 'blue', 'pink', 'orange'] as const;
export type NoteColour = (typeof NOTE_COLOURS)[number];

// ---------- themes, recognition, additions (before the break) ----------

export const RECOGNITION_ANSWERS = ['yes', 'partly', 'no'] as const;
/** *herken ik* (yes), *deels* (partly), *niet* (no). */
export type RecognitionAnswer = (typeof RECOGNITION_ANSWERS)[number];

export interface Quote {
  id: string;
  text: string;
}

/** A theme as the facilitator prepares it. Phones and the projector only ever see a PublicTheme. */
export interface Theme {
  id: string;
  meetingId: string;
  title: string;
  description: string;
  quotes: Quote[];
  position: number;
  hidden: boolean;
  published: boolean;
  /** Anonymiser flags the facilitator judged harmless, as "class:text" keys. */
  dismissedFlags: string[];
  /** Prepared before the evening, or promoted from an attendee's addition. */
  origin: 'prepared' | 'addition';
  recognitionOpen: boolean;
  recognitionRevealed: boolean;
  /** Counts from a show of hands, added by the facilitator and shown as such. */
  hands: Record<RecognitionAnswer, number>;
}

/** What everyone in the room may see of a theme: only published, visible themes, no flags. */
export interface PublicTheme {
  id: string;
  title: string;
  description: string;
  quotes: Quote[];
  recognitionOpen: boolean;
  recognitionRevealed: boolean;
}

export interface Tally {
  themeId: string;
  /** Answers given on phones (and by table hosts for people without one). */
  votes: Record<RecognitionAnswer, number>;
  /** Counted hands in the hall, entered by the facilitator. */
  hands: Record<RecognitionAnswer, number>;
}

export const ADDITION_STATUSES = ['pending', 'approved', 'rejected', 'merged'] as const;
export type AdditionStatus = (typeof ADDITION_STATUSES)[number];

/** An attendee's addition as the moderation queue shows it. Never reaches a phone but its sender's. */
export interface Addition {
  /** Chosen by the phone, so a resend after a dropped connection is recognised, not doubled. */
  id: string;
  meetingId: string;
  /** `null` for "iets anders" (something else). */
  themeId: string | null;
  text: string;
  status: AdditionStatus;
  /** For a merged addition: the one it was merged into. */
  mergedInto: string | null;
  /** How many additions were merged into this one, plus itself. */
  weight: number;
  flags: FieldFlag[];
  createdAt: number;
  /** Entered by a table host for someone without a phone. */
  assisted: boolean;
}

/** An anonymiser flag located in one field of a theme or addition. */
export interface FieldFlag {
  /** `title`, `description`, `quote:<id>` or `text`. */
  field: string;
  class: string;
  start: number;
  end: number;
  text: string;
  suggestion: string;
}

/** A theme as the Regie sees it: with the anonymiser's open flags per field. */
export interface StaffTheme extends Theme {
  flags: FieldFlag[];
}

// After the break (subgroups, sign-ups, results) lives in its own file.
export * from './model-after-break.js';
export * from './model-follow-up.js';
export * from './model-return.js';
export * from './model-retention.js';
