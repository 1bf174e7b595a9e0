import type { Meeting } from '../../shared/model.js';
import { DomainError } from '../domain/errors.js';
import type { Store } from '../store/store.js';

/** The meeting with this id; NOT_FOUND when there is none (never null to a service). */
export async function mustGetMeeting(
  store: Pick<Store, 'getMeeting'>,
  meetingId: string,
): Promise<Meeting> {
  const meeting = await store.getMeeting(meetingId);
  if (!meeting) throw new DomainError('NOT_FOUND', 'Meeting not found');
  return meeting;
}
