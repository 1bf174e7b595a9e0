/**
 * Domain types of the second half of the evening: the subgroups at their tables, the sign-ups
 * for werkgroepen (the only personal data), and the results. Re-exported by model.ts.
 */
import type { RecognitionAnswer } from './model.js';

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

/** Where the evening's themes came from: the small-group conversations held before it. */
export interface ConversationOrigin {
  /** Conversations that were held (something recorded or residents counted). */
  count: number;
  /** Residents counted over those conversations. */
  residents: number;
  /** The groups and streets they were held with, in the order they were held. */
  groups: string[];
}

export interface MeetingResults {
  meetingName: string;
  date: string;
  place: string;
  attendeeCount: number;
  /** Null when no conversation was recorded with Buurtkracht. */
  conversations: ConversationOrigin | null;
  themes: ThemeResult[];
  /** Approved additions about "iets anders" (no theme), heaviest first. */
  otherAdditions: { text: string; weight: number }[];
}
