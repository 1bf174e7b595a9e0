import type { DocRef } from '../../shared/docs.js';
import { docAccess } from '../domain/permissions.js';
import type { Principal } from '../domain/principal.js';
import type { DocAccess } from '../domain/permissions.js';

/** What the endpoint needs to know about subgroups; the group service answers it. */
export interface CanvasGroups {
  /** The table an attendee sits at, only once the grouping is confirmed; else null. */
  confirmedGroupOf(meetingId: string, participantId: string): Promise<string | null>;
  hasGroup(meetingId: string, groupId: string): Promise<boolean>;
}

/**
 * A connection's right on a document. For a canvas, the attendee's confirmed table is looked up
 * first (docAccess decides from it), and a canvas of a table that does not exist in the meeting
 * is refused to everyone, so no one can make the server keep documents nobody owns.
 */
export async function resolveDocAccess(
  principal: Principal,
  ref: DocRef | null,
  groups: CanvasGroups,
): Promise<DocAccess> {
  if (!ref) return 'none';
  if (ref.kind !== 'canvas') return docAccess(principal, ref);
  if (ref.meetingId !== principal.meetingId) return 'none';
  if (!(await groups.hasGroup(ref.meetingId, ref.groupId))) return 'none';
  const groupId =
    principal.role === 'attendee' && principal.participantId
      ? await groups.confirmedGroupOf(principal.meetingId, principal.participantId)
      : null;
  return docAccess({ ...principal, groupId }, ref);
}
