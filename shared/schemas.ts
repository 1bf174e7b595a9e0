/**
 * Payload schemas of every request, declared once with zod; shared/protocol.ts derives the
 * event maps' payload types from them and re-exports them.
 */
import { z } from 'zod';
import { PHASES, RECOGNITION_ANSWERS } from './model.js';
import { cleanText, idSchema, textField } from './schema-fields.js';
import { LIMITS } from './limits.js';
import { JOIN_CODE_PATTERN, normaliseJoinCode } from './join-code.js';

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

/** The Regie closes joining (true) or opens it again (false). */
export const joiningSetSchema = z.strictObject({ closed: z.boolean() });

// ---------- themes, recognition, additions ----------

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

/** A return meeting is created with the same fields as an evening. */
export const returnMeetingCreateSchema = createMeetingSchema;

export { cleanText, textField } from './schema-fields.js';
export * from './schemas-after-break.js';
export * from './schemas-follow-up.js';
