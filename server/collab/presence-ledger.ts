import { LIMITS } from '../../shared/limits.js';
import { WindowRateLimiter } from '../domain/rate-limiter.js';

/** What the room remembers of one connection's presence. */
interface Presence {
  /** Awareness client ids this connection announced. */
  ids: Set<number>;
  /** Its presence updates per second. */
  rate: WindowRateLimiter;
}

/**
 * Who announced which presence in one room. A connection speaks only for awareness client ids
 * it announced itself, at most a few (a browser tab uses one), and not faster than a person
 * moves; so one connection can neither flood the room's presence nor remove someone else's.
 */
export class PresenceLedger<C> {
  private readonly byConnection = new Map<C, Presence>();
  private readonly owners = new Map<number, C>();

  constructor(private readonly clock: () => number = Date.now) {}

  /** Whether a connection here announced presence for `clientId`. */
  owns(clientId: number): boolean {
    return this.owners.has(clientId);
  }

  /** Whether `connection` may announce presence for these client ids now. */
  mayAnnounce(connection: C, ids: readonly number[]): boolean {
    const presence = this.presenceOf(connection);
    if (!presence.rate.take('presence')) return false;
    let fresh = 0;
    for (const id of ids) {
      const owner = this.owners.get(id);
      if (owner !== undefined && owner !== connection) return false;
      if (owner === undefined) fresh++;
    }
    return presence.ids.size + fresh <= LIMITS.awarenessClientsPerConnection;
  }

  /** Records what an applied awareness change from `connection` announced and removed. */
  record(connection: C, announced: readonly number[], removed: readonly number[]): void {
    const presence = this.presenceOf(connection);
    for (const id of announced) {
      presence.ids.add(id);
      this.owners.set(id, connection);
    }
    for (const id of removed) {
      presence.ids.delete(id);
      this.owners.delete(id);
    }
  }

  /** Forgets a connection that left; returns the ids whose presence must be removed. */
  forget(connection: C): number[] {
    const ids = [...(this.byConnection.get(connection)?.ids ?? [])];
    this.byConnection.delete(connection);
    for (const id of ids) this.owners.delete(id);
    return ids;
  }

  private presenceOf(connection: C): Presence {
    let presence = this.byConnection.get(connection);
    if (!presence) {
      presence = {
        ids: new Set(),
        rate: new WindowRateLimiter(LIMITS.awarenessUpdatesPerSecond, 1000, this.clock),
      };
      this.byConnection.set(connection, presence);
    }
    return presence;
  }
}
