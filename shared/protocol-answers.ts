/**
 * What the server answers with: the data types of acknowledgements that are not domain types of
 * their own. Re-exported by protocol.ts, where the events that carry them are declared.
 */
import type { MeetingView, RetentionMonths, Role, Signup } from './model.js';

/** What a connection learns about itself and its meeting when it (re)connects. */
export interface SessionInfo {
  role: Role;
  /** For attendees: their number in the meeting, shown as "deelnemer 17". */
  participantNumber: number | null;
  meeting: MeetingView;
  /** Names of the collaborative documents this connection may open, with its right on each. */
  documents: { name: string; access: 'read' | 'write' }[];
  /** The link phones open (also in the QR code), on the server's public address. */
  joinUrl: string;
  serverTime: number;
  /** Months a sign-up is kept, so the form can say so before anyone sends their details. */
  signupRetentionMonths: number;
  /** Months each kind of personal data is kept, for the Regie's "Wat bewaard blijft". */
  retention: RetentionMonths;
  /**
   * For a console of a return meeting (handshake with meetingId): whether this connection runs
   * the meeting now (staff commands allowed) or follows read-only. Absent elsewhere.
   */
  leading?: boolean;
}

export interface JoinResult {
  meetingId: string;
  key: string;
  participantNumber: number;
  /**
   * Enough for the phone's first screen, so it shows while the live connection's code is still
   * on its way over slow wifi; the live connection then takes over.
   */
  meeting: Pick<MeetingView, 'name' | 'kind' | 'phase'>;
}

/** What the Regie sees of joining: open or closed, joins per minute, and an unusual address. */
export interface JoinStats {
  closed: boolean;
  /** Joins per minute, oldest first; the last entry is the current minute. */
  perMinute: number[];
  /** The server's time at the start of the current minute. */
  minuteStart: number;
  /**
   * The address that joined most unlike a hall (more than LIMITS.joinWarnPerMinute in one
   * minute, or refused because its budget ran out), within the minutes shown; null when none.
   */
  warning: { peakPerMinute: number; joins: number; refused: number } | null;
}

export interface CreatedMeeting {
  meeting: MeetingView;
  facilitatorToken: string;
  projectorToken: string;
}

/** What the person who signed up gets back: their sign-up and the link to see or withdraw it. */
export interface CreatedSignup {
  signup: Signup;
  /** Personal link, `<public url>/aanmelding#<token>`; the only way back to this sign-up. */
  link: string;
}

/** What the personal link's page shows: the person's own sign-up and what it was for. */
export interface OwnSignup {
  signup: Signup;
  /** The werkgroep's theme; '' when the theme was deleted since. */
  themeTitle: string;
  meetingName: string;
  /** 'YYYY-MM-DD'. */
  meetingDate: string;
}

export interface PreferenceChoice {
  first: string | null;
  second: string | null;
}

/** How many chose each theme, for the facilitator while people choose. */
export interface PreferenceCounts {
  themes: Record<string, { first: number; second: number }>;
  /** People whose first choice is "maakt niet uit". */
  noPreference: number;
  total: number;
}

/** A resident without a phone, entered by a table host; known only by a number. */
export interface AssistedPerson {
  participantId: string;
  number: number;
  /** Where they sit, once the tables are confirmed; the tafelhulp tells them. */
  table: AssistedTable | null;
}

/** A table as the tafelhulp reads it out: "tafel 3, bij het raam — Groen". */
export interface AssistedTable {
  tableNumber: number;
  tableName: string;
  themeTitle: string;
  suffix: string;
}
