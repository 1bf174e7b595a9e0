/**
 * The wire contract between client and server. Every payload is declared once as a zod schema;
 * its TypeScript type is derived from it so checks and types cannot drift.
 *
 * Requests are named `area:verb` and answered through a Socket.IO acknowledgement carrying an
 * {@link Ack}. Broadcasts are named `area:past-tense`.
 */
import { z } from 'zod';
import { PHASES, RECOGNITION_ANSWERS } from './model.js';
import type {
  Addition,
  MeetingView,
  Phase,
  PublicTheme,
  RecognitionAnswer,
  Role,
  StaffTheme,
  Tally,
  Timer,
} from './model.js';
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

// ---------- themes, recognition, additions ----------

/**
 * Free text from a person: control characters removed, runs of spaces collapsed, trimmed.
 * Markup is kept as typed and always rendered as text, never as HTML.
 */
export function cleanText(text: string): string {
  return (
    text
      .normalize('NFC')
      // Control characters are exactly what this removes.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F\u200B-\u200F\u202A-\u202E]/g, '')
      .replace(/[ \t]+/g, ' ')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

/** A text field: cleaned, then required and capped. Too long or empty get their own codes. */
export const textField = (max: number) =>
  z
    .string()
    .max(max * 4)
    .transform(cleanText)
    .pipe(z.string().min(1).max(max));

const idSchema = z.string().regex(/^[A-Za-z0-9_-]{8,40}$/);
export const recognitionAnswerSchema = z.enum(RECOGNITION_ANSWERS);

export const themeInputSchema = z.strictObject({
  title: textField(LIMITS.themeTitleLength),
  description: z
    .string()
    .max(LIMITS.themeDescriptionLength * 4)
    .transform(cleanText)
    .pipe(z.string().max(LIMITS.themeDescriptionLength)),
  quotes: z
    .array(z.strictObject({ id: idSchema.optional(), text: textField(LIMITS.quoteLength) }))
    .max(LIMITS.quotesPerTheme),
});
export type ThemeInput = z.input<typeof themeInputSchema>;

export const themeCreateSchema = themeInputSchema;
export const themeUpdateSchema = z.strictObject({
  themeId: idSchema,
  theme: themeInputSchema,
  /** Publish changes that still have open anonymiser flags ("toch publiceren"). */
  force: z.boolean().optional(),
});
export const themeRefSchema = z.strictObject({ themeId: idSchema });
export const themePublishSchema = z.strictObject({
  themeId: idSchema,
  published: z.boolean(),
  force: z.boolean().optional(),
});
export const themeHideSchema = z.strictObject({ themeId: idSchema, hidden: z.boolean() });
export const themeReorderSchema = z.strictObject({
  themeIds: z.array(idSchema).max(LIMITS.themesPerMeeting),
});
export const themeImportSchema = z.strictObject({
  format: z.enum(['markdown', 'csv']),
  text: z.string().min(1).max(LIMITS.importBytes),
});
export const flagDismissSchema = z.strictObject({
  themeId: idSchema,
  class: z.string().max(20),
  text: z.string().max(LIMITS.quoteLength),
});
export const focusSchema = z.strictObject({ themeId: idSchema.nullable() });

export const recognitionControlSchema = z.strictObject({
  themeId: idSchema,
  open: z.boolean().optional(),
  revealed: z.boolean().optional(),
});
export const handsSchema = z.strictObject({
  themeId: idSchema,
  hands: z.strictObject({
    yes: z.number().int().min(0).max(10_000),
    partly: z.number().int().min(0).max(10_000),
    no: z.number().int().min(0).max(10_000),
  }),
});

/** Who an answer is for: the sender, or (for a table host) one of the people they help. */
const onBehalfOfSchema = idSchema.optional();

export const voteCastSchema = z.strictObject({
  themeId: idSchema,
  answer: recognitionAnswerSchema,
  onBehalfOf: onBehalfOfSchema,
});

export const additionSendSchema = z.strictObject({
  /** Chosen by the phone (random, 16+ characters) so a resend is recognised. */
  id: z.string().regex(/^[A-Za-z0-9_-]{16,40}$/),
  themeId: idSchema.nullable(),
  text: textField(LIMITS.additionLength),
  onBehalfOf: onBehalfOfSchema,
});
export type AdditionSendPayload = z.input<typeof additionSendSchema>;

export const additionModerateSchema = z.discriminatedUnion('action', [
  z.strictObject({
    action: z.literal('approve'),
    id: z.string().max(40),
    text: textField(LIMITS.additionLength).optional(),
  }),
  z.strictObject({ action: z.literal('reject'), id: z.string().max(40) }),
  z.strictObject({
    action: z.literal('merge'),
    id: z.string().max(40),
    intoId: z.string().max(40),
  }),
  z.strictObject({ action: z.literal('reopen'), id: z.string().max(40) }),
]);
export type AdditionModeratePayload = z.input<typeof additionModerateSchema>;

export const additionPromoteSchema = z.strictObject({
  id: z.string().max(40),
  title: textField(LIMITS.themeTitleLength),
});

/** First and second choice of theme for the subgroups; `null` is "maakt niet uit". */
export const preferenceSetSchema = z.strictObject({
  first: idSchema.nullable(),
  second: idSchema.nullable(),
  onBehalfOf: onBehalfOfSchema,
});

export const tableHostCreateSchema = z.strictObject({ label: textField(60) });

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
  'preference:mine': (payload: { onBehalfOf?: string }, ack: AckFn<PreferenceChoice | null>) => void;
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
}

export interface ServerToClientEvents {
  'phase:changed': (payload: { phase: Phase }) => void;
  'timer:changed': (payload: { timer: Timer }) => void;
  'attendees:counted': (payload: { count: number }) => void;
  'focus:changed': (payload: { themeId: string | null }) => void;
  'themes:changed': (payload: { themes: PublicTheme[] }) => void;
  'themes:staff-changed': (payload: { themes: StaffTheme[] }) => void;
  'tally:changed': (payload: { tally: Tally }) => void;
  'addition:changed': (payload: { addition: Addition }) => void;
  'preferences:counted': (payload: { counts: PreferenceCounts }) => void;
}

export type InterServerEvents = Record<string, never>;

export interface SocketData {
  role: Role;
  meetingId: string;
  participantId: string | null;
  participantNumber: number | null;
  /** For table hosts: their id, which owns the people they enter answers for. */
  tableHostId: string | null;
}
