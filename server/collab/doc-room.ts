import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { LIMITS } from '../../shared/limits.js';
import { parseDocName } from '../../shared/docs.js';
import type { Store } from '../store/store.js';
import type { Logger } from '../logger.js';
import { awarenessClientIds, sanitiseAwarenessUpdate } from './awareness-filter.js';
import { DOC_RULES } from './doc-rules.js';
import type { DocRules } from './doc-rules.js';
import { UpdateGate } from './update-gate.js';
import { PresenceLedger } from './presence-ledger.js';
import {
  MESSAGE_AWARENESS,
  MESSAGE_QUERY_AWARENESS,
  MESSAGE_SYNC,
  SYNC_STEP_1,
  SYNC_STEP_2,
  SYNC_UPDATE,
  storedFrame,
} from './messages.js';

/** One client connection as the room sees it; the endpoint owns the socket behind it. */
export interface RoomConnection {
  readonly access: 'read' | 'write';
  /** Asked (with `?ack=1`) to be told when its updates are stored: see MESSAGE_STORED. */
  readonly wantsStoredAck?: boolean;
  /** The participant number of a phone, which signs its changes to a canvas note; else null. */
  readonly author?: number | null;
  send(frame: Uint8Array): void;
}

/**
 * Told after a room's document changed (`doc`) or a connection came or went (`connections`).
 * Lets a service watch documents by name without the collab layer knowing any service.
 */
export type RoomListener = (room: DocRoom, change: 'doc' | 'connections') => void;

/** Counts what the room refused, so tests and logs can see the checks at work. */
export interface RoomStats {
  /** Updates from readers, dropped. */
  droppedWrites: number;
  /** Updates from writers that broke the document's rules, refused whole. */
  rejectedUpdates: number;
  /** Presence updates dropped: too many, too fast, or naming someone else's presence. */
  droppedPresence: number;
}

/**
 * One collaborative document in memory while anyone has it open: the Y.Doc, its awareness and
 * its connections. Every update a writer sends is persisted before it is passed on; a reader's
 * updates and presence are dropped here, and its connection stays up.
 */
export class DocRoom {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly stats: RoomStats = { droppedWrites: 0, rejectedUpdates: 0, droppedPresence: 0 };
  private readonly connections = new Set<RoomConnection>();
  private readonly presence = new PresenceLedger<RoomConnection>();
  /** Checks writers' updates; made on the first write, as most rooms are only read. */
  private gate: UpdateGate | null = null;
  private readonly rules: DocRules;
  private readonly listeners: RoomListener[] = [];
  private destroyed = false;
  /** Entries in the stored log; one means it is already a single snapshot. */
  private loggedUpdates = 0;
  /** Changes applied since loading, to tell whether a client's update brought anything new. */
  private updatesApplied = 0;

  private constructor(
    readonly name: string,
    private readonly store: Store,
    private readonly logger: Logger,
  ) {
    // The server holds no presence of its own.
    this.awareness.setLocalState(null);
    const kind = parseDocName(name)?.kind;
    if (!kind) throw new Error(`Not a document name: ${name}`);
    this.rules = DOC_RULES[kind];
  }

  /** Loads a document from the store; its log is merged into one update and applied once. */
  static async load(name: string, store: Store, logger: Logger): Promise<DocRoom> {
    const room = new DocRoom(name, store, logger);
    const updates = await store.loadDocUpdates(name);
    if (updates.length > 0) Y.applyUpdate(room.doc, Y.mergeUpdates(updates), 'store');
    room.loggedUpdates = updates.length;
    const structs = room.doc.store;
    if (structs.pendingStructs !== null || structs.pendingDs !== null) {
      // Stored before the server checked updates: changes whose dependencies never came. They
      // can never show; dropping them lets the next compaction write the document without.
      logger.warn('dropped changes with missing dependencies', { doc: name });
      structs.pendingStructs = null;
      structs.pendingDs = null;
      room.loggedUpdates = Math.max(room.loggedUpdates, 2);
    }
    room.doc.on('update', (update: Uint8Array, origin: unknown) =>
      room.onDocUpdate(update, origin),
    );
    room.awareness.on('update', (change: AwarenessChange, origin: unknown) =>
      room.onAwarenessUpdate(change, origin),
    );
    return room;
  }

  get isDestroyed(): boolean {
    return this.destroyed;
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  /** Connections that may write, e.g. the members of a table with their canvas open. */
  get writerCount(): number {
    let writers = 0;
    for (const connection of this.connections) if (connection.access === 'write') writers++;
    return writers;
  }

  /** Adds a listener for changes and comings and goings; see RoomListener. */
  watch(listener: RoomListener): void {
    this.listeners.push(listener);
  }

  /** Adds a connection and starts the handshake: our state vector, then everyone's presence. */
  add(connection: RoomConnection): void {
    this.connections.add(connection);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeSyncStep1(encoder, this.doc);
    connection.send(encoding.toUint8Array(encoder));
    const present = [...this.awareness.getStates().keys()];
    if (present.length > 0) connection.send(this.awarenessFrame(present));
    this.notify('connections');
  }

  /** Removes a connection and the presence it announced. */
  remove(connection: RoomConnection): void {
    this.connections.delete(connection);
    const ids = this.presence.forget(connection);
    if (ids.length > 0) awarenessProtocol.removeAwarenessStates(this.awareness, ids, null);
    this.notify('connections');
  }

  /**
   * Handles one frame. Throws on a frame that cannot be decoded; the endpoint then closes that
   * connection only.
   */
  receive(connection: RoomConnection, frame: Uint8Array): void {
    const decoder = decoding.createDecoder(frame);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MESSAGE_SYNC:
        return this.receiveSync(connection, decoder);
      case MESSAGE_AWARENESS: {
        const update = decoding.readVarUint8Array(decoder);
        if (connection.access !== 'write') return;
        const clean = sanitiseAwarenessUpdate(update);
        if (!this.presence.mayAnnounce(connection, awarenessClientIds(clean))) {
          this.stats.droppedPresence++;
          return;
        }
        awarenessProtocol.applyAwarenessUpdate(this.awareness, clean, connection);
        return;
      }
      case MESSAGE_QUERY_AWARENESS:
        connection.send(this.awarenessFrame([...this.awareness.getStates().keys()]));
        return;
      default:
        throw new Error(`Unknown message type ${type}`);
    }
  }

  /** Writes the whole document as one snapshot in place of its update log. */
  async compact(): Promise<void> {
    // A log that is already one snapshot would only be rewritten with the same bytes.
    if (this.loggedUpdates <= 1) return;
    await this.store.compactDoc(this.name, Y.encodeStateAsUpdate(this.doc));
    this.loggedUpdates = 1;
  }

  /**
   * Unloads the room: from now on it counts as gone (new joins load a fresh room), its log is
   * compacted, then its memory is released.
   */
  async close(): Promise<void> {
    if (this.destroyed) return;
    this.destroyed = true;
    try {
      await this.compact();
    } finally {
      this.gate?.destroy();
      this.awareness.destroy();
      this.doc.destroy();
      this.connections.clear();
    }
  }

  private receiveSync(connection: RoomConnection, decoder: decoding.Decoder): void {
    const step = decoding.readVarUint(decoder);
    if (step === SYNC_STEP_1) {
      const stateVector = decoding.readVarUint8Array(decoder);
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      syncProtocol.writeSyncStep2(encoder, this.doc, stateVector);
      connection.send(encoding.toUint8Array(encoder));
      return;
    }
    if (step !== SYNC_STEP_2 && step !== SYNC_UPDATE) throw new Error(`Unknown sync step ${step}`);
    const update = decoding.readVarUint8Array(decoder);
    if (connection.access !== 'write') {
      this.stats.droppedWrites++;
      return;
    }
    const before = this.updatesApplied;
    this.gate ??= new UpdateGate(this.doc, this.rules);
    try {
      this.gate.apply(update, connection, connection.author ?? null);
    } catch (error) {
      this.stats.rejectedUpdates++;
      throw error;
    }
    // Nothing new (a resend after a reconnect): all of it is stored already, say so at once.
    if (connection.wantsStoredAck && this.updatesApplied === before) {
      connection.send(storedFrame(Y.encodeStateVector(this.doc)));
    }
  }

  private onDocUpdate(update: Uint8Array, origin: unknown): void {
    this.updatesApplied++;
    const sender = origin as RoomConnection;
    // What the sender may count as stored once this append is durable: the state right now.
    const storedState =
      this.connections.has(sender) && sender.wantsStoredAck ? Y.encodeStateVector(this.doc) : null;
    // Persist first: once others have seen an edit, a restart must not take it back.
    this.loggedUpdates++;
    this.store
      .appendDocUpdate(this.name, update)
      .then((count) => {
        this.loggedUpdates = count;
        if (storedState && this.connections.has(sender)) sender.send(storedFrame(storedState));
        return count > LIMITS.collabCompactAfterUpdates ? this.compact() : undefined;
      })
      .catch((error: unknown) =>
        this.logger.error('could not store document update', {
          doc: this.name,
          error: String(error),
        }),
      );
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeUpdate(encoder, update);
    const frame = encoding.toUint8Array(encoder);
    for (const connection of this.connections) {
      if (connection !== origin) connection.send(frame);
    }
    // Only after the frame is on its way: watchers must never delay delivery to the table.
    this.notify('doc');
  }

  private notify(change: 'doc' | 'connections'): void {
    for (const listener of this.listeners) {
      try {
        listener(this, change);
      } catch (error) {
        this.logger.error('room listener failed', { doc: this.name, error: String(error) });
      }
    }
  }

  private onAwarenessUpdate(change: AwarenessChange, origin: unknown): void {
    const connection = origin as RoomConnection;
    if (this.connections.has(connection)) {
      this.presence.record(connection, [...change.added, ...change.updated], change.removed);
    }
    const changed = [...change.added, ...change.updated, ...change.removed];
    const frame = this.awarenessFrame(changed);
    for (const connection of this.connections) connection.send(frame);
  }

  private awarenessFrame(clientIds: number[]): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
    encoding.writeVarUint8Array(
      encoder,
      awarenessProtocol.encodeAwarenessUpdate(this.awareness, clientIds),
    );
    return encoding.toUint8Array(encoder);
  }
}

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}
