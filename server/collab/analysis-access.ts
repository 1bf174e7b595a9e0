import type { DocRef } from '../../shared/docs.js';
import { docAccess } from '../domain/permissions.js';
import type { DocAccess } from '../domain/permissions.js';
import type { Principal } from '../domain/principal.js';

/** What the endpoint needs to know about analysis boards; the analysis service answers it. */
export interface AnalysisBoards {
  /** Whether the meeting is an evening (a return meeting has no board of its own). */
  hasBoard(meetingId: string): Promise<boolean>;
}

/**
 * A connection's right on an evening's analysis board. Only an existing evening has one, so
 * nobody can make the server keep a board for a return meeting or a meeting that does not exist;
 * otherwise docAccess decides (the evening's Regie and kopgroep write, nobody else sees it).
 */
export async function resolveAnalysisAccess(
  principal: Principal,
  ref: Extract<DocRef, { kind: 'analysis' }>,
  boards: AnalysisBoards,
): Promise<DocAccess> {
  if (ref.meetingId !== principal.meetingId) return 'none';
  if (docAccess(principal, ref) === 'none') return 'none';
  return (await boards.hasBoard(ref.meetingId)) ? docAccess(principal, ref) : 'none';
}
