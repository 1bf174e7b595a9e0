import type { DocRef } from '../../shared/docs.js';
import { docAccess } from '../domain/permissions.js';
import type { DocAccess } from '../domain/permissions.js';
import type { Principal } from '../domain/principal.js';

/** What the endpoint needs to know about werkgroepen; the werkgroep service answers it. */
export interface PlanGroups {
  /** Whether the werkgroep exists in this meeting. */
  hasWorkingGroup(meetingId: string, workingGroupId: string): Promise<boolean>;
  /** The werkgroep a sign-up belongs to (by its theme), once started; else null. */
  workingGroupOfSignup(signupId: string): Promise<string | null>;
}

/**
 * A connection's right on a plan van aanpak. The werkgroep member's own werkgroep is looked up
 * from their sign-up first (docAccess decides from it); a plan of a werkgroep that does not
 * exist is refused to everyone, so nobody can make the server keep documents nobody owns.
 */
export async function resolvePlanAccess(
  principal: Principal,
  ref: Extract<DocRef, { kind: 'plan' }>,
  plans: PlanGroups,
): Promise<DocAccess> {
  if (ref.meetingId !== principal.meetingId) return 'none';
  if (!(await plans.hasWorkingGroup(ref.meetingId, ref.workingGroupId))) return 'none';
  const workingGroupId =
    principal.role === 'workingGroupMember' && principal.signupId
      ? await plans.workingGroupOfSignup(principal.signupId)
      : null;
  return docAccess({ ...principal, workingGroupId }, ref);
}
