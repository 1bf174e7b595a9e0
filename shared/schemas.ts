/**
 * Payload schemas of every request, declared once with zod; shared/protocol.ts derives the
 * event maps' payload types from them and re-exports them.
 */
import { z } from 'zod';
import { AGREEMENT_STATUSES, CONSENT_PURPOSES, PHASES, RECOGNITION_ANSWERS } from './model.js';
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

// ---------- after the break: subgroups, message, sign-ups ----------

export const groupsProposeSchema = z.strictObject({
  minSize: z.number().int().min(2).max(20).optional(),
  maxSize: z.number().int().min(2).max(30).optional(),
  /** A new seed reshuffles ties; the same seed gives the same proposal. */
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31)
    .optional(),
  /** Once confirmed, proposing again must be asked for explicitly: phones lose their table. */
  reopen: z.boolean().optional(),
});
export const groupMoveSchema = z.strictObject({ participantId: idSchema, groupId: idSchema });
export const groupRenameSchema = z.strictObject({
  groupId: idSchema,
  tableNumber: z.number().int().min(1).max(999).optional(),
  /** "bij het raam"; empty clears it. */
  tableName: z
    .string()
    .max(LIMITS.tableNameLength * 4)
    .transform(cleanText)
    .pipe(z.string().max(LIMITS.tableNameLength))
    .optional(),
});
export const groupMergeSchema = z.strictObject({ groupId: idSchema, intoGroupId: idSchema });
export const displayNameSchema = z.strictObject({
  /** A first name to show inside the group only; empty removes it. */
  displayName: z
    .string()
    .max(LIMITS.displayNameLength * 4)
    .transform(cleanText)
    .pipe(z.string().max(LIMITS.displayNameLength)),
});
export const messageSendSchema = z.strictObject({
  /** null takes the message away. */
  text: textField(LIMITS.roomMessageLength).nullable(),
});

export const consentsSchema = z.strictObject(
  Object.fromEntries(CONSENT_PURPOSES.map((purpose) => [purpose, z.boolean()])) as Record<
    (typeof CONSENT_PURPOSES)[number],
    z.ZodBoolean
  >,
);
export const signupCreateSchema = z.strictObject({
  themeId: idSchema,
  name: textField(LIMITS.signupNameLength),
  /** Either may be empty, not both; the service checks that and validates the phone number. */
  email: z
    .string()
    .max(LIMITS.emailLength)
    .transform((value) => value.trim())
    .pipe(z.union([z.literal(''), z.email()])),
  phone: z
    .string()
    .max(40)
    .transform((value) => value.trim()),
  consents: consentsSchema,
});
export type SignupCreatePayload = z.input<typeof signupCreateSchema>;
export const signupRefSchema = z.strictObject({ signupId: idSchema });

// ---------- after the evening: kopgroep and werkgroepen ----------

export const coreGroupInviteSchema = z.strictObject({ name: textField(LIMITS.signupNameLength) });
export const coreGroupRefSchema = z.strictObject({ memberId: idSchema });
export const workingGroupCreateSchema = z.strictObject({ themeId: idSchema });
export const planReadySchema = z.strictObject({ ready: z.boolean() });

// ---------- terugkombijeenkomsten ----------

export const returnMeetingCreateSchema = createMeetingSchema;
/** Hand the running of this meeting to a kopgroep member, or take it back (null). */
export const leaderSetSchema = z.strictObject({ coreGroupMemberId: idSchema.nullable() });
export const agendaSetSchema = z.strictObject({
  items: z
    .array(
      z.discriminatedUnion('kind', [
        z.strictObject({
          id: idSchema.optional(),
          kind: z.literal('review'),
          minutes: z.number().int().min(1).max(120),
        }),
        z.strictObject({
          id: idSchema.optional(),
          kind: z.literal('presentation'),
          workingGroupId: idSchema,
          minutes: z.number().int().min(1).max(120),
        }),
      ]),
    )
    .max(LIMITS.agendaItems),
});
/** Starts an agenda item (its timer runs, a presented plan is snapshotted); null ends the last. */
export const agendaStartSchema = z.strictObject({ itemId: idSchema.nullable() });
export const questionSendSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{16,40}$/),
  text: textField(LIMITS.questionLength),
});
export const questionModerateSchema = z.strictObject({
  id: z.string().max(40),
  action: z.enum(['show', 'hide', 'answered', 'reject', 'reopen']),
});
const isoDate = z.iso.date();
export const agreementSaveSchema = z.strictObject({
  /** Absent for a new afspraak. */
  id: idSchema.optional(),
  what: textField(LIMITS.agreementLength),
  /** null: nobody named yet — refused with OWNER_REQUIRED, so the leader gets a clear message. */
  owner: z
    .discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('workingGroup'), workingGroupId: idSchema }),
      z.strictObject({ kind: z.literal('person'), name: textField(LIMITS.signupNameLength) }),
    ])
    .nullable(),
  /** '' : no date yet — refused with DUE_REQUIRED. */
  due: z.union([z.literal(''), isoDate]),
  themeIds: z.array(idSchema).max(LIMITS.themesPerMeeting),
  workingGroupIds: z.array(idSchema).max(LIMITS.themesPerMeeting),
  status: z.enum(AGREEMENT_STATUSES).optional(),
});
export type AgreementSavePayload = z.input<typeof agreementSaveSchema>;
export const agreementReviewSchema = z.strictObject({
  agreementId: idSchema,
  outcome: z.enum(['ongoing', 'done', 'dropped']),
  note: z
    .string()
    .max(LIMITS.agreementLength * 4)
    .transform(cleanText)
    .pipe(z.string().max(LIMITS.agreementLength)),
});
/** The plan a werkgroep presented at this return meeting. */
export const snapshotGetSchema = z.strictObject({ workingGroupId: idSchema });
