import { LIMITS } from '../../shared/limits.js';
import type { AssistedPerson } from '../../shared/protocol.js';
import type { Store } from '../store/store.js';
import { DomainError } from '../domain/errors.js';
import type { Broadcaster } from './broadcast.js';
import { hashToken, newId, newToken } from './tokens.js';

export interface TableHostService {
  /** Makes a table-host link; the token is shown once, like the other links. */
  create(meetingId: string, label: string): Promise<{ id: string; label: string; token: string }>;
  list(meetingId: string): Promise<{ id: string; label: string }[]>;
  /** Adds a resident without a phone as a separate anonymous participant of this table host. */
  addPerson(meetingId: string, tableHostId: string): Promise<AssistedPerson>;
  people(tableHostId: string): Promise<AssistedPerson[]>;
}

/**
 * Nobody is turned away for lack of a smartphone: a table host (tafelhulp) enters answers for
 * each such resident as their own participant, so every person still counts once.
 */
export function createTableHostService(deps: {
  store: Store;
  broadcast: Broadcaster;
  clock: () => number;
}): TableHostService {
  const { store, broadcast, clock } = deps;
  return {
    async create(meetingId, label) {
      if ((await store.listTableHosts(meetingId)).length >= LIMITS.tableHostsPerMeeting) {
        throw new DomainError('LIMIT_REACHED', 'Too many table hosts');
      }
      const token = newToken();
      const host = {
        id: newId(),
        meetingId,
        label,
        tokenHash: hashToken(token),
        createdAt: clock(),
      };
      await store.insertTableHost(host);
      return { id: host.id, label, token };
    },

    async list(meetingId) {
      return (await store.listTableHosts(meetingId)).map(({ id, label }) => ({ id, label }));
    },

    async addPerson(meetingId, tableHostId) {
      if ((await store.listAssisted(tableHostId)).length >= LIMITS.assistedPerTableHost) {
        throw new DomainError('LIMIT_REACHED', 'Too many people for one table host');
      }
      const person = await store.insertParticipant({
        id: newId(),
        meetingId,
        // Never handed out: these people are reached only through their table host.
        keyHash: hashToken(newToken()),
        joinedAt: clock(),
        hostId: tableHostId,
      });
      broadcast.attendeesCounted(meetingId, await store.countParticipants(meetingId));
      return { participantId: person.id, number: person.number };
    },

    async people(tableHostId) {
      return (await store.listAssisted(tableHostId)).map((p) => ({
        participantId: p.id,
        number: p.number,
      }));
    },
  };
}
