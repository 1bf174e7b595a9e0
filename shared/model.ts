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
export type Role = 'facilitator' | 'projector' | 'attendee';

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
}

/** The note colours a board offers; names, not hex, so the client owns the palette. */
export const NOTE_COLOURS = ['yellow', 'green', 'blue', 'pink', 'orange'] as const;
export type NoteColour = (typeof NOTE_COLOURS)[number];
