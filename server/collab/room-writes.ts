import * as Y from 'yjs';
import { COLLAB_CLOSE } from '../../shared/codes.js';
import type { Logger } from '../logger.js';
import type { DocRules } from './doc-rules.js';
import { HeldUpdates } from './held-updates.js';
import { storedFrame } from './messages.js';
import type { RoomConnection, RoomStats } from './room-types.js';
import { RejectedUpdate, UpdateGate } from './update-gate.js';

/** What the writes need of their room. */
export interface WritesRoom {
  readonly name: string;
  readonly doc: Y.Doc;
  readonly stats: RoomStats;
  /** Whether the connection is still in the open room. */
  isOpen(connection: RoomConnection): boolean;
  /** Changes applied to the document so far, to tell whether an update brought anything new. */
  changesApplied(): number;
  /** Resolves once what was applied so far is stored. */
  settled(): Promise<void>;
}

/**
 * A room's incoming changes: a reader's are dropped, a writer's are judged by the document
 * kind's rules (UpdateGate) before they touch the document. With other nodes, an update that
 * builds on something not heard of here is held until the stored log was read (HeldUpdates).
 */
export class RoomWrites {
  /** Made on the first write, as most rooms are only read. */
  private gate: UpdateGate | null = null;
  private held: HeldUpdates<RoomConnection> | null = null;

  constructor(
    private readonly room: WritesRoom,
    private readonly rules: DocRules,
    private readonly logger: Logger,
  ) {}

  /** Holds updates that miss dependencies until `catchUp` read what other nodes stored. */
  holdGapsFor(catchUp: () => Promise<void>): void {
    this.held = new HeldUpdates(catchUp, (connection, update) =>
      this.judgeAgain(connection, update),
    );
  }

  /** Takes an update; throws RejectedUpdate when it is refused (the endpoint closes then). */
  write(connection: RoomConnection, update: Uint8Array): void {
    if (connection.access !== 'write') {
      this.room.stats.droppedWrites++;
      return;
    }
    try {
      this.apply(connection, update);
    } catch (error) {
      const gap = error instanceof RejectedUpdate && error.missesDependencies;
      if (gap && this.held?.hold(connection, update)) return;
      this.room.stats.rejectedUpdates++;
      throw error;
    }
  }

  destroy(): void {
    this.gate?.destroy();
  }

  /** A held update, after reading the log: taken now, or refused for good. */
  private judgeAgain(connection: RoomConnection, update: Uint8Array): void {
    if (!this.room.isOpen(connection)) return;
    try {
      this.apply(connection, update);
    } catch (error) {
      this.room.stats.rejectedUpdates++;
      this.logger.warn('collab update refused', { doc: this.room.name, reason: String(error) });
      connection.close(COLLAB_CLOSE.rejected, 'change not allowed in this document');
    }
  }

  private apply(connection: RoomConnection, update: Uint8Array): void {
    const before = this.room.changesApplied();
    this.gate ??= new UpdateGate(this.room.doc, this.rules);
    this.gate.apply(update, connection, connection.author ?? null);
    // Nothing new (a resend after a reconnect): all of it is stored once what is on its way is.
    if (connection.wantsStoredAck && this.room.changesApplied() === before) {
      const state = Y.encodeStateVector(this.room.doc);
      this.room.settled().then(
        () => connection.send(storedFrame(state)),
        () => undefined,
      );
    }
  }
}
