import * as awarenessProtocol from 'y-protocols/awareness';
import * as encoding from 'lib0/encoding';
import type * as Y from 'yjs';
import { awarenessClientIds, sanitiseAwarenessUpdate } from './awareness-filter.js';
import { PresenceLedger } from './presence-ledger.js';
import { FROM_OTHER_NODE } from './doc-fan-out.js';
import { MESSAGE_AWARENESS } from './messages.js';

interface PresenceConnection {
  send(frame: Uint8Array): void;
}

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

/**
 * A room's presence (y-protocols awareness: who has the document open, where their cursor is).
 * The server holds none of its own. A connection speaks only for the presence it announced
 * (PresenceLedger); every change goes to every connection here, and what changed here goes to
 * the other nodes (`publish`), whose changes come back through `applyFromOtherNode`.
 */
export class RoomPresence<C extends PresenceConnection> {
  readonly awareness: awarenessProtocol.Awareness;
  private readonly ledger = new PresenceLedger<C>();

  constructor(
    doc: Y.Doc,
    private readonly connections: ReadonlySet<C>,
    private readonly publish: (update: Uint8Array) => void,
  ) {
    this.awareness = new awarenessProtocol.Awareness(doc);
    this.awareness.setLocalState(null);
    this.awareness.on('update', (change: AwarenessChange, origin: unknown) =>
      this.onChange(change, origin),
    );
  }

  /** Everyone's presence for a connection that just came; null when nobody is here. */
  everyoneFrame(): Uint8Array | null {
    const present = [...this.awareness.getStates().keys()];
    return present.length > 0 ? this.frame(present) : null;
  }

  /** A writer's presence update; false (and nothing applied) when it breaks the ledger's rules. */
  receive(connection: C, update: Uint8Array): boolean {
    const clean = sanitiseAwarenessUpdate(update);
    if (!this.ledger.mayAnnounce(connection, awarenessClientIds(clean))) return false;
    awarenessProtocol.applyAwarenessUpdate(this.awareness, clean, connection);
    return true;
  }

  /**
   * Presence another node passed on. Never for a client id a connection here announced: a
   * writer on another node must not move or remove the presence of someone on this one.
   */
  applyFromOtherNode(update: Uint8Array): void {
    try {
      const theirs = sanitiseAwarenessUpdate(update, (id) => !this.ledger.owns(id));
      awarenessProtocol.applyAwarenessUpdate(this.awareness, theirs, FROM_OTHER_NODE);
    } catch {
      // Unreadable: dropped, like a client's.
    }
  }

  /** A connection left: the presence it announced goes with it. */
  forget(connection: C): void {
    const ids = this.ledger.forget(connection);
    if (ids.length > 0) awarenessProtocol.removeAwarenessStates(this.awareness, ids, null);
  }

  destroy(): void {
    this.awareness.destroy();
  }

  private onChange(change: AwarenessChange, origin: unknown): void {
    if (this.connections.has(origin as C)) {
      this.ledger.record(origin as C, [...change.added, ...change.updated], change.removed);
    }
    const changed = [...change.added, ...change.updated, ...change.removed];
    const frame = this.frame(changed);
    for (const connection of this.connections) connection.send(frame);
    if (origin !== FROM_OTHER_NODE) {
      this.publish(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed));
    }
  }

  private frame(clientIds: number[]): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
    encoding.writeVarUint8Array(
      encoder,
      awarenessProtocol.encodeAwarenessUpdate(this.awareness, clientIds),
    );
    return encoding.toUint8Array(encoder);
  }
}
