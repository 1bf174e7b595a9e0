/** Payload schemas after the evening: the kopgroep, werkgroepen and terugkombijeenkomsten. */
import { z } from 'zod';
import { AGREEMENT_STATUSES } from './model.js';
import { LIMITS } from './limits.js';
import { cleanText, idSchema, textField } from './schema-fields.js';

export const coreGroupInviteSchema = z.strictObject({ name: textField(LIMITS.signupNameLength) });
export const coreGroupRefSchema = z.strictObject({ memberId: idSchema });
export const workingGroupCreateSchema = z.strictObject({ themeId: idSchema });
export const planReadySchema = z.strictObject({ ready: z.boolean() });

// ---------- terugkombijeenkomsten ----------

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
