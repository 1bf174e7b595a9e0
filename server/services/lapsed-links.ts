import type { SignupStore } from '../store/store.js';

/** A connection opened with a personal link: whose link, in which meeting. */
export interface OpenLink {
  meetingId: string;
  personId: string;
}

/**
 * Closes the connections of werkgroep members whose sign-up no longer exists. The retention job
 * deletes expired sign-ups in one statement without naming them, so afterwards the open
 * connections are checked against the store instead: there are few, and each is one lookup.
 */
export async function closeLapsedSignups(deps: {
  store: Pick<SignupStore, 'getSignup'>;
  /** The open connections of werkgroep members, by sign-up id. */
  openLinks: () => Promise<OpenLink[]>;
  closePerson: (meetingId: string, personId: string) => void;
}): Promise<void> {
  const open = new Map((await deps.openLinks()).map((link) => [link.personId, link]));
  for (const { meetingId, personId } of open.values()) {
    if (!(await deps.store.getSignup(personId))) deps.closePerson(meetingId, personId);
  }
}
