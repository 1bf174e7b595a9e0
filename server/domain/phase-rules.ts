import type { AgendaState, Phase, Role } from '../../shared/model.js';
import type { MeetingKind } from '../../shared/model-return.js';
import { fitsPhase, phaseRuleOf } from '../../shared/phase-rules.js';
import { DomainError } from './errors.js';

export { PHASE_RULES, fitsPhase, phaseRuleOf } from '../../shared/phase-rules.js';
export type { PhaseRule } from '../../shared/phase-rules.js';

/**
 * Whether the guard checks `event`'s phase rule before any handler (so it looks the meeting up
 * only then); rules marked `resend` are checked by their service once it knows a resend.
 */
export function guardChecksPhase(event: string): boolean {
  const rule = phaseRuleOf(event);
  return rule !== undefined && rule.resend !== true;
}

/** Throws WRONG_PHASE when `event` does not fit the meeting's kind and phase now. */
export function checkPhase(
  event: string,
  role: Role,
  meeting: { kind: MeetingKind; phase: Phase },
): void {
  if (!fitsPhase(event, role, meeting)) {
    throw new DomainError(
      'WRONG_PHASE',
      `${event} is not taken in phase ${meeting.phase} of a ${meeting.kind} meeting`,
    );
  }
}

/** The werkgroep presenting now at a return meeting; null between presentations. */
export function presentingNow(agenda: AgendaState | null): string | null {
  const current = agenda?.items.find((item) => item.id === agenda.currentItemId);
  return current?.kind === 'presentation' ? current.workingGroupId : null;
}
