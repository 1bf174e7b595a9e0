import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { LIMITS } from '../../shared/limits.js';
import { COLLAB_CLOSE } from '../../shared/codes.js';
import { parseDocName } from '../../shared/docs.js';
import type { Store } from '../store/store.js';
import type { Logger } from '../logger.js';
import { awarenessClientIds, sanitiseAwarenessUpdate } from './awareness-filter.js';
import { DOC_RULES } from './doc-rules.js';
import type { DocRules } from './doc-rules.js';
import { UpdateGate } from './update-gate.js';
import { PresenceLedger } from './presence-ledger.js';
import { DocLog } from './doc-log.js';
import type { PendingUpdate } from './doc-log.js';
import { applyStoredLog } from './doc-snapshot.js';
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
  /** Ends the connection; the client reconnects by itself unless the code tells it not to. */
  close(code: number, reason: string): void;
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
 * its connections. Every update a writer sends is stored before it is passed on or acknowledged
 * (DocLog); a reader's updates and presence are dropped here, and its connection stays up.
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
  private readonly log: DocLog<RoomConnection>;
  /** Changes applied since loading, to tell whether a client's update brought anything new. */
  private updatesApplied = 0;

  private constructor(
    readonly name: string,
    store: Store,
    private readonly logger: Logger,
  ) {
    // The server holds no presence of its own.
    this.awareness.setLocalState(null);
    const kind = parseDocName(name)?.kind;
    if (!kind) throw new Error(`Not a document name: ${name}`);
    this.rules = DOC_RULES[kind];
    this.log = new DocLog(
      name,
      store,
      (batch) => this.onStored(batch),
      (error) => this.onStoreFailed(error),
    );
  }

  /** Loads a document from the store; its log is merged into one update and applied once. */
  static async load(name: string, store: Store, logger: Logger): Promise<DocRoom> {
    const room = new DocRoom(name, store, logger);
    const updates = await store.loadDocUpdates(name);
    room.log.entries = updates.length;
    if (applyStoredLog(room.doc, updates)) {
      // The next compaction writes the document without them.
      logger.warn('dropped changes with missing dependencies', { doc: name });
      room.log.entries = Math.max(room.log.entries, 2);
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
    if (this.destroyed) return;
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

  /** Resolves once every change made in this room so far is stored; rejects if storing failed. */
  settled(): Promise<void> {
    return this.log.settled();
  }

  /** Merges the stored log into one snapshot, once what is on its way is stored. */
  compact(): Promise<void> {
    return this.log.compact();
  }

  /**
   * Unloads the room: from now on it counts as gone (the registry loads a fresh room for new
   * joins once this one is closed), what is on its way is stored and the log compacted, then its
   * memory is released.
   */
  async close(): Promise<void> {
    if (this.destroyed) return;
    this.destroyed = true;
    try {
      await this.compact();
    } finally {
      this.release();
    }
  }

  private release(): void {
    this.gate?.destroy();
    this.awareness.destroy();
    this.doc.destroy();
    this.connections.clear();
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
    // Nothing new (a resend after a reconnect): all of it is stored once what is on its way is.
    if (connection.wantsStoredAck && this.updatesApplied === before) {
      const state = Y.encodeStateVector(this.doc);
      this.log.settled().then(
        () => connection.send(storedFrame(state)),
        () => undefined,
      );
    }
  }

  private onDocUpdate(update: Uint8Array, origin: unknown): void {
    this.updatesApplied++;
    const sender = this.connections.has(origin as RoomConnection)
      ? (origin as RoomConnection)
      : null;
    this.log.push({
      update,
      sender,
      storedState: sender?.wantsStoredAck ? Y.encodeStateVector(this.doc) : null,
    });
  }

  /** Stored: now the others may see it, and its sender may count it as kept. */
  private onStored(batch: PendingUpdate<RoomConnection>[]): void {
    for (const { update, sender, storedState } of batch) {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      syncProtocol.writeUpdate(encoder, update);
      const frame = encoding.toUint8Array(encoder);
      for (const connection of this.connections) {
        if (connection !== sender) connection.send(frame);
      }
      if (storedState && sender && this.connections.has(sender)) {
        sender.send(storedFrame(storedState));
      }
    }
    // Only after the frames are on their way: watchers must never delay delivery to the table.
    this.notify('doc');
    if (this.log.entries > LIMITS.collabCompactAfterUpdates) {
      this.compact().catch((error: unknown) =>
        this.logger.error('could not compact document', { doc: this.name, error: String(error) }),
      );
    }
  }

  /**
   * The store refused an update. This room's document now holds changes the store does not, so
   * it goes: its clients are sent away and reconnect to a room loaded from the store, and send
   * again what it lacks (y-websocket's sync does that by itself).
   */
  private onStoreFailed(error: unknown): void {
    this.logger.error('could not store document update', {
      doc: this.name,
      error: String(error),
    });
    if (this.destroyed) return;
    this.destroyed = true;
    for (const connection of this.connections) {
      connection.close(COLLAB_CLOSE.unavailable, 'could not store; try again');
    }
    this.release();
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
