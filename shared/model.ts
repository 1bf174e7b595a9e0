/**
 * Domain types shared by server and client. Pure data: no Node or DOM APIs.
 */

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
export type Role = 'facilitator' | 'projector' | 'attendee' | 'tableHost';

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
  facilitatorTokenHash: string;
  projectorTokenHash: string;
  /**
   * Kept readable so the Regie can show the Beamer link again. It grants only a view of what the
   * hall's screen shows anyway; the facilitator token is stored as a hash only.
   */
  projectorToken: string;
  createdAt: number;
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

// ---------- after the break: subgroups, sign-ups, results ----------

/** The three questions every subgroup answers on its canvas, in this order. */
export const CANVAS_SECTIONS = ['how', 'needs', 'helpers'] as const;
/** *Hoe kunnen we dit realiseren?* (how), *Wat is daarvoor nodig?* (needs), *Wie wil helpen?* */
export type CanvasSection = (typeof CANVAS_SECTIONS)[number];

/**
 * Where the grouping of a meeting stands: nothing yet, a proposal only the Regie sees, or
 * confirmed (phones are told their table, canvases open).
 */
export type GroupingState = 'none' | 'proposed' | 'confirmed';

/** One member of a subgroup as the Regie sees it: an anonymous label, never contact data. */
export interface GroupMember {
  participantId: string;
  /** Shown as "deelnemer 17". */
  number: number;
  /** A first name the attendee chose to show inside their group only; '' when none. */
  displayName: string;
  /** Whether this person got their first or second choice, neither, or had no wish ('any'). */
  got: 'first' | 'second' | 'other' | 'any';
}

/** A subgroup (one table) as the Regie sees it. */
export interface Subgroup {
  id: string;
  meetingId: string;
  /** '' when nobody could choose a theme. */
  themeId: string;
  /** "A", "B", … when a theme has several tables, else ''. */
  suffix: string;
  /** Table number in the hall, 1-based; "Ga naar tafel 3". */
  tableNumber: number;
  /** Where the table is, e.g. "bij het raam"; '' when not named. */
  tableName: string;
  members: GroupMember[];
}

/** The Regie's view of the grouping. */
export interface GroupingView {
  state: GroupingState;
  groups: Subgroup[];
  /** Themes folded into second choices because too few chose them. */
  dropped: string[];
  /** Share of placed people who got their first choice (0..1). */
  firstChoiceShare: number;
  /** People with a phone who joined after the grouping and have no table yet. */
  unplaced: GroupMember[];
}

/**
 * A table as the hall's screen shows it once the grouping is confirmed, so people find their
 * seat: where it is and its theme, never who sits there.
 */
export interface PublicTable {
  groupId: string;
  /** '' when nobody could choose a theme; the screen shows its title from the public themes. */
  themeId: string;
  suffix: string;
  tableNumber: number;
  tableName: string;
}

/** What a phone learns about its own table once the grouping is confirmed. */
export interface MyGroup {
  groupId: string;
  themeId: string;
  themeTitle: string;
  suffix: string;
  tableNumber: number;
  tableName: string;
  /** Collaborative document name of the group's canvas. */
  canvasDoc: string;
  /** The other members as "deelnemer 17" or their chosen first name. */
  members: { number: number; displayName: string }[];
  myDisplayName: string;
}

/** The Regie's at-a-glance line for one subgroup while the room works on the canvases. */
export interface GroupActivity {
  groupId: string;
  /** Members with the canvas open now. */
  connected: number;
  notes: Record<CanvasSection, number>;
  /** Epoch ms of the last change on the canvas; 0 when nothing was written yet. */
  lastActivityAt: number;
}

/** A short message from the facilitator to every phone and the projector ("nog 5 minuten"). */
export interface RoomMessage {
  text: string;
  at: number;
}

/** Purposes a person can consent to separately when signing up; none is pre-ticked. */
export const CONSENT_PURPOSES = ['contact', 'shareName', 'news'] as const;
/** contact about this werkgroep; share my name with its other members; news about the neighbourhood. */
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/**
 * A sign-up for a werkgroep: personal data, kept apart from every anonymous answer and never
 * linked to a participant. Only the person (by their own link) and staff ever read it.
 */
export interface Signup {
  id: string;
  meetingId: string;
  /** The werkgroep is the theme it works on. */
  themeId: string;
  name: string;
  email: string;
  phone: string;
  consents: Record<ConsentPurpose, boolean>;
  createdAt: number;
  /** Epoch ms after which the retention job deletes this sign-up. */
  retainUntil: number;
}

/** The canvas of one subgroup, summarised per question for the results and the report. */
export interface GroupSummary {
  groupId: string;
  tableNumber: number;
  tableName: string;
  suffix: string;
  sections: Record<CanvasSection, string[]>;
}

/** Everything the results phase shows, per theme: counts only, never personal data. */
export interface ThemeResult {
  themeId: string;
  title: string;
  description: string;
  votes: Record<RecognitionAnswer, number>;
  hands: Record<RecognitionAnswer, number>;
  additions: { text: string; weight: number }[];
  groups: GroupSummary[];
  signupCount: number;
}

export interface MeetingResults {
  meetingName: string;
  date: string;
  place: string;
  attendeeCount: number;
  themes: ThemeResult[];
  /** Approved additions about "iets anders" (no theme), heaviest first. */
  otherAdditions: { text: string; weight: number }[];
}
