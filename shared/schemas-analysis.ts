/** Payload schemas for step 3 of the method: the kopgroep's analysis board. */
import { z } from 'zod';
import { isClusterId } from './analysis-doc.js';

export const analysisThemeSchema = z.strictObject({
  /** A cluster of the evening's analysis board (`clusters` in `<meetingId>/analysis`). */
  clusterId: z.string().refine(isClusterId, 'not a cluster id'),
});
