import { LIMITS } from '../../shared/limits.js';
import type { AssistedPerson } from '../../shared/protocol.js';
import type { Store } from '../store/store.js';
import { DomainError } from '../domain/errors.js';
import type { Broadcaster } from './broadcast.js';
import { assistedPeople, loadGrouping } from './group-views.js';
import { hashToken, newId, newToken } from './tokens.js';

export interface TableHostService {
  /** Makes a table-host link; the token is shown once, like the other links. */
  create(meetingId: string, label: string): Promise<{ id: string; label: string; token: string }>;
  list(meetingId: string): Promise<{ id: string; label: string }[]>;
  /** Adds a resident without a phone as a separate anonymous participant of this table host. */
  addPerson(meetingId: string, tableHostId: string): Promise<AssistedPerson>;
  /** The people this table host entered, each with their table once the tables are confirmed. */
  people(meetingId: string, tableHostId: string): Promise<AssistedPerson[]>;
}

/**
 * Nobody is turned away for lack of a smartphone: a table host (tafelhulp) enters answers for
 * each such resident as their own participant, so every person still counts once.
 */
export function createTableHostService(deps: {
  store: Store;
  broadcast: Broadcaster;
  clock: () => number;
  /** Seats someone added after the tables were confirmed (does nothing before). */
  placeLate: (meetingId: string, participantId: string) => Promise<void>;
}): TableHostService {
  const { store, broadcast, clock, placeLate } = deps;

  async function people(meetingId: string, tableHostId: string): Promise<AssistedPerson[]> {
    return assistedPeople(await loadGrouping(store, meetingId), tableHostId);
  }

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
      // While people choose, the tafelhulp enters this resident's choice first and the seat
      // follows it; later there is no choosing any more, so they get a seat at once, as a phone.
      if ((await store.getMeeting(meetingId))?.phase !== 'choose') {
        await placeLate(meetingId, person.id);
      }
      const added = (await people(meetingId, tableHostId)).find(
        (p) => p.participantId === person.id,
      );
      return added ?? { participantId: person.id, number: person.number, table: null };
    },

    people,
  };
}
