import type { Store } from '../store/store.js';
import { DomainError } from '../domain/errors.js';
import type { Principal } from '../domain/principal.js';

/** Who is asking, as far as answering is concerned. */
export type Answerer = Pick<Principal, 'role' | 'meetingId' | 'participantId' | 'tableHostId'>;

/**
 * The participant an answer is recorded for: an attendee answers for themself; a table host
 * answers for one of the people it entered, never for anyone else; staff and the projector
 * do not answer.
 */
export async function participantFor(
  store: Store,
  who: Answerer,
  onBehalfOf: string | undefined,
): Promise<{ participantId: string; assisted: boolean }> {
  if (who.role === 'attendee' && who.participantId && onBehalfOf === undefined) {
    return { participantId: who.participantId, assisted: false };
  }
  if (who.role === 'tableHost' && who.tableHostId && onBehalfOf) {
    const person = await store.getParticipant(onBehalfOf);
    if (person && person.hostId === who.tableHostId && person.meetingId === who.meetingId) {
      return { participantId: person.id, assisted: true };
    }
  }
  throw new DomainError('FORBIDDEN', 'This connection cannot answer for that person');
}
