import type { SignupStore } from '../store/store.js';
import type { SessionCloser } from './ports.js';

/**
 * Closes the connections of werkgroep members whose sign-up no longer exists. The retention job
 * deletes expired sign-ups in one statement without naming them, so afterwards the open
 * connections are checked against the store instead: there are few, and each is one lookup.
 */
export async function closeLapsedSignups(deps: {
  store: Pick<SignupStore, 'getSignup'>;
  sessions: Pick<SessionCloser, 'openLinks' | 'closePerson'>;
}): Promise<void> {
  const { store, sessions } = deps;
  const open = new Map(
    (await sessions.openLinks('workingGroupMember')).map((link) => [link.personId, link]),
  );
  for (const { meetingId, personId } of open.values()) {
    if (!(await store.getSignup(personId))) sessions.closePerson(meetingId, personId);
  }
}
