import * as Y from 'yjs';
import { LIMITS } from '../../shared/limits.js';
import { COLLAB_CLOSE } from '../../shared/codes.js';
import { parseDocName } from '../../shared/docs.js';
import type { Store } from '../store/store.js';
import type { Logger } from '../logger.js';
import { DOC_RULES } from './doc-rules.js';
import { RoomWrites } from './room-writes.js';
import { RoomPresence } from './room-presence.js';
import { FROM_OTHER_NODE } from './doc-fan-out.js';
import type { DocFanOut } from './doc-fan-out.js';
import { OtherNodes } from './other-nodes.js';
import { DocLog } from './doc-log.js';
import type { PendingUpdate } from './doc-log.js';
import { applyStoredLog } from './doc-snapshot.js';
import type { RoomConnection, RoomListener, RoomStats } from './room-types.js';
import { readFrame } from './frame-reader.js';
import { storedFrame, syncAnswerFrame, syncRequestFrame, updateFrame } from './messages.js';

/**
 * One collaborative document in memory while anyone has it open on this node: the Y.Doc, its
 * presence and its connections. Every update a writer sends is stored before it is passed on or
 * acknowledged (DocLog), here and, through the fan-out, on the other nodes; a reader's updates
 * and presence are dropped here, and its connection stays up.
 */
export class DocRoom {
  readonly doc = new Y.Doc();
  readonly stats: RoomStats = { droppedWrites: 0, rejectedUpdates: 0, droppedPresence: 0 };
  private readonly connections = new Set<RoomConnection>();
  private readonly presence: RoomPresence<RoomConnection>;
  private readonly writes: RoomWrites;
  private readonly listeners: RoomListener[] = [];
  private destroyed = false;
  private readonly log: DocLog<RoomConnection>;
  /** Changes applied since loading, to tell whether a client's update brought anything new. */
  private updatesApplied = 0;
  /** The same document's rooms on other nodes; set while loading when there are any. */
  private otherNodes: OtherNodes | null = null;

  private constructor(
    readonly name: string,
    store: Store,
    private readonly logger: Logger,
  ) {
    const kind = parseDocName(name)?.kind;
    if (!kind) throw new Error(`Not a document name: ${name}`);
    this.writes = new RoomWrites(
      {
        name,
        doc: this.doc,
        stats: this.stats,
        isOpen: (connection) => !this.destroyed && this.connections.has(connection),
        changesApplied: () => this.updatesApplied,
        settled: () => this.log.settled(),
      },
      DOC_RULES[kind],
      logger,
    );
    this.presence = new RoomPresence(this.doc, this.connections, (update) =>
      this.otherNodes?.publishPresence(update),
    );
    this.log = new DocLog(
      name,
      store,
      (batch, row) => this.onStored(batch, row),
      (error) => this.onStoreFailed(error),
    );
  }

  /**
   * Loads a document from the store, its log merged into one update and applied once. With other
   * nodes it listens to them first: what one of them stores while this loads is heard, and
   * applied once the log is in.
   */
  static async load(
    name: string,
    store: Store,
    logger: Logger,
    fanOut: DocFanOut | null = null,
  ): Promise<DocRoom> {
    const room = new DocRoom(name, store, logger);
    room.otherNodes = fanOut
      ? await OtherNodes.listen(name, fanOut, {
          doc: room.doc,
          presence: room.presence,
          store,
          logger,
          writersChanged: () => room.notify('connections'),
        })
      : null;
    try {
      const updates = await store.loadDocUpdates(name);
      room.log.entries = updates.length;
      if (applyStoredLog(room.doc, updates)) {
        // The next compaction writes the document without them.
        logger.warn('dropped changes with missing dependencies', { doc: name });
        room.log.entries = Math.max(room.log.entries, 2);
      }
    } catch (error) {
      await room.otherNodes?.leave();
      throw error;
    }
    room.doc.on('update', (update: Uint8Array, origin: unknown) =>
      room.onDocUpdate(update, origin),
    );
    // What they stored while the log loaded.
    room.otherNodes?.start();
    const others = room.otherNodes;
    if (others) room.writes.holdGapsFor(() => others.catchUp());
    return room;
  }

  get isDestroyed(): boolean {
    return this.destroyed;
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  /** Writers with the document open, e.g. the members of a table: here and on other nodes. */
  get writerCount(): number {
    return this.localWriters() + (this.otherNodes?.otherWriters ?? 0);
  }

  /** Adds a listener for changes and comings and goings; see RoomListener. */
  watch(listener: RoomListener): void {
    this.listeners.push(listener);
  }

  /** Adds a connection and starts the handshake: our state vector, then everyone's presence. */
  add(connection: RoomConnection): void {
    this.connections.add(connection);
    connection.send(syncRequestFrame(this.doc));
    const everyone = this.presence.everyoneFrame();
    if (everyone) connection.send(everyone);
    this.otherNodes?.announceWriters(this.localWriters());
    this.notify('connections');
  }

  /** Removes a connection and the presence it announced. */
  remove(connection: RoomConnection): void {
    this.connections.delete(connection);
    this.writes.forget(connection);
    if (this.destroyed) return;
    this.presence.forget(connection);
    this.otherNodes?.announceWriters(this.localWriters());
    this.notify('connections');
  }

  /**
   * Handles one frame. Throws on a frame that cannot be read or a change that breaks the
   * document's rules; the endpoint then closes that connection only.
   */
  receive(connection: RoomConnection, frame: Uint8Array): void {
    readFrame(frame, {
      syncRequest: (stateVector) => {
        this.writes.requested(connection);
        connection.send(syncAnswerFrame(this.doc, stateVector));
      },
      syncAnswer: (update) => this.writes.answer(connection, update),
      update: (update) => this.writes.write(connection, update),
      presence: (update) => {
        if (connection.access !== 'write') return;
        if (!this.presence.receive(connection, update)) this.stats.droppedPresence++;
      },
      presenceQuery: () => {
        const everyone = this.presence.everyoneFrame();
        if (everyone) connection.send(everyone);
      },
    });
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
      await this.release();
    }
  }

  private async release(): Promise<void> {
    this.writes.destroy();
    this.presence.destroy();
    this.doc.destroy();
    this.connections.clear();
    await this.otherNodes?.leave().catch((error: unknown) =>
      this.logger.warn('could not stop hearing other nodes', {
        doc: this.name,
        error: String(error),
      }),
    );
  }

  private onDocUpdate(update: Uint8Array, origin: unknown): void {
    this.updatesApplied++;
    if (origin === FROM_OTHER_NODE) {
      // Stored by the node it came from: only our clients still need it.
      this.passOn(update, null);
      this.notify('doc');
      return;
    }
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
  private onStored(batch: PendingUpdate<RoomConnection>[], row: Uint8Array): void {
    this.otherNodes?.publishUpdate(row);
    for (const { update, sender, storedState } of batch) {
      this.passOn(update, sender);
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

  private passOn(update: Uint8Array, sender: RoomConnection | null): void {
    const frame = updateFrame(update);
    for (const connection of this.connections) {
      if (connection !== sender) connection.send(frame);
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
    void this.release();
  }

  private localWriters(): number {
    let writers = 0;
    for (const connection of this.connections) if (connection.access === 'write') writers++;
    return writers;
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
}
