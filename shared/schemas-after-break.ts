/** Payload schemas after the break: subgroups, the message to the room, sign-ups. */
import { z } from 'zod';
import { CONSENT_PURPOSES } from './model.js';
import { LIMITS } from './limits.js';
import { cleanText, idSchema, textField } from './schema-fields.js';

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
