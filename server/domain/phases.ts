import { PHASES } from '../../shared/model.js';
import type { Phase } from '../../shared/model.js';

/**
 * The evening runs through {@link PHASES} in order, but the facilitator may skip, go back or
 * jump: a real evening rarely follows the script. So every target is allowed; these helpers give
 * the neighbours for the console's "volgende" and "vorige" buttons.
 */
export function nextPhase(phase: Phase): Phase | null {
  const index = PHASES.indexOf(phase);
  return index < PHASES.length - 1 ? PHASES[index + 1] : null;
}

export function previousPhase(phase: Phase): Phase | null {
  const index = PHASES.indexOf(phase);
  return index > 0 ? PHASES[index - 1] : null;
}

/** Whether attendees can still join. A closed meeting keeps its results but takes no newcomers. */
export function acceptsNewAttendees(phase: Phase): boolean {
  return phase !== 'closed';
}
