/** Payload schemas for step 2 of the method: the kopgroep plans small-group conversations. */
import { z } from 'zod';
import { LIMITS } from './limits.js';
import { idSchema, textField } from './schema-fields.js';

const conversationFields = {
  group: textField(LIMITS.conversationGroupLength),
  place: textField(LIMITS.meetingPlaceLength),
  date: z.iso.date(),
  /** '' while the time is not known yet. */
  time: z.union([z.literal(''), z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/)]),
  leader: textField(LIMITS.conversationLeaderLength),
  question: textField(LIMITS.conversationQuestionLength),
};

export const conversationCreateSchema = z.strictObject(conversationFields);
export const conversationUpdateSchema = z.strictObject({ id: idSchema, ...conversationFields });
export const conversationRefSchema = z.strictObject({ id: idSchema });
