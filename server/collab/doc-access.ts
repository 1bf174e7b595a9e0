import type { DocRef } from '../../shared/docs.js';
import type { DocAccess } from '../domain/permissions.js';
import type { Principal } from '../domain/principal.js';
import { resolveDocAccess } from './canvas-access.js';
import type { CanvasGroups } from './canvas-access.js';
import { resolvePlanAccess } from './plan-access.js';
import type { PlanGroups } from './plan-access.js';
import { resolveConversationAccess } from './conversation-access.js';
import type { ConversationPlans } from './conversation-access.js';
import { resolveAnalysisAccess } from './analysis-access.js';
import type { AnalysisBoards } from './analysis-access.js';

/** Who owns which document: what the endpoint asks before it decides a connection's right. */
export interface DocOwners {
  /** Who sits at which table, for the canvases. */
  groups: CanvasGroups;
  /** Which werkgroepen exist and who belongs to them, for the plans. */
  plans: PlanGroups;
  /** Which conversations exist, for their records. */
  conversations: ConversationPlans;
  /** Which meetings are evenings, for their analysis boards. */
  analysis: AnalysisBoards;
}

/**
 * A connection's right on the document `ref` names (null: no known document, so none). Each
 * kind whose documents belong to something (a table, a werkgroep, a conversation, an evening)
 * checks that first; docAccess decides the rest.
 */
export function resolveAccess(
  principal: Principal,
  ref: DocRef | null,
  owners: DocOwners,
): Promise<DocAccess> {
  switch (ref?.kind) {
    case 'plan':
      return resolvePlanAccess(principal, ref, owners.plans);
    case 'conversation':
      return resolveConversationAccess(principal, ref, owners.conversations);
    case 'analysis':
      return resolveAnalysisAccess(principal, ref, owners.analysis);
    default:
      return resolveDocAccess(principal, ref, owners.groups);
  }
}
