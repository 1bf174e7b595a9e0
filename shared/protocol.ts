/**
 * The wire contract between client and server. Every payload is declared once as a zod schema;
 * its TypeScript type is derived from it so checks and types cannot drift.
 *
 * Requests are named `area:verb` and answered through a Socket.IO acknowledgement carrying an
 * {@link Ack}. Broadcasts are named `area:past-tense`.
 */
import { z } from 'zod';
import { PHASES } from './model.js';
import type { MeetingView, Phase, Role, Timer } from './model.js';
import { LIMITS } from './limits.js';
import { JOIN_CODE_PATTERN, normaliseJoinCode } from './join-code.js';
import type { Ack } from './codes.js';

/** Bumped when a change breaks older clients; the server refuses a different major version. */
export const PROTOCOL_VERSION = 1;

export { COLLAB_CLOSE, ERROR_CODES } from './codes.js';
export type { Ack, ErrorCode } from './codes.js';

// ---------- payload schemas ----------

export const phaseSchema = z.enum(PHASES);

export const phaseSetSchema = z.strictObject({ phase: phaseSchema });
export type PhaseSetPayload = z.infer<typeof phaseSetSchema>;

export const timerControlSchema = z.discriminatedUnion('action', [
  z.strictObject({
    action: z.literal('start'),
    durationMs: z.number().int().min(1000).max(LIMITS.timerMaxMs),
  }),
  z.strictObject({ action: z.literal('pause') }),
  z.strictObject({ action: z.literal('resume') }),
  z.strictObject({
    action: z.literal('extend'),
    byMs: z.number().int().min(-LIMITS.timerMaxMs).max(LIMITS.timerMaxMs),
  }),
  z.strictObject({ action: z.literal('stop') }),
]);
export type TimerControlPayload = z.infer<typeof timerControlSchema>;

export const emptySchema = z.strictObject({});

export const createMeetingSchema = z.strictObject({
  name: z.string().trim().min(1).max(LIMITS.meetingNameLength),
  date: z.iso.date(),
  place: z.string().trim().min(1).max(LIMITS.meetingPlaceLength),
});
export type CreateMeetingPayload = z.infer<typeof createMeetingSchema>;

export const joinCodeSchema = z
  .string()
  .max(20)
  .transform(normaliseJoinCode)
  .pipe(z.string().regex(JOIN_CODE_PATTERN));

export const joinSchema = z.strictObject({
  code: joinCodeSchema,
  /** The key this phone got at an earlier join, so a reload keeps the same participant. */
  key: z
    .string()
    .regex(/^[A-Za-z0-9_-]{22,64}$/)
    .optional(),
});
export type JoinPayload = z.input<typeof joinSchema>;

// ---------- answers ----------

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
  /** Only for facilitators: the projector's token, so the Regie can show the Beamer link. */
  projectorToken: string | null;
  serverTime: number;
}

export interface JoinResult {
  meetingId: string;
  key: string;
  participantNumber: number;
}

export interface CreatedMeeting {
  meeting: MeetingView;
  facilitatorToken: string;
  projectorToken: string;
}

// ---------- Socket.IO event maps ----------

type AckFn<T> = (answer: Ack<T>) => void;

export interface ClientToServerEvents {
  'session:sync': (payload: Record<string, never>, ack: AckFn<SessionInfo>) => void;
  'clock:ping': (payload: Record<string, never>, ack: AckFn<{ serverTime: number }>) => void;
  'phase:set': (payload: PhaseSetPayload, ack: AckFn<MeetingView>) => void;
  'timer:control': (payload: TimerControlPayload, ack: AckFn<Timer>) => void;
}

export interface ServerToClientEvents {
  'phase:changed': (payload: { phase: Phase }) => void;
  'timer:changed': (payload: { timer: Timer }) => void;
  'attendees:counted': (payload: { count: number }) => void;
}

export type InterServerEvents = Record<string, never>;

export interface SocketData {
  role: Role;
  meetingId: string;
  participantId: string | null;
  participantNumber: number | null;
}
