import * as Y from 'yjs';
import { COLLAB_CLOSE } from '../../shared/codes.js';
import { LIMITS } from '../../shared/limits.js';
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

/** A writer's updates that wait for its answer to the room's sync request. */
interface BeforeAnswer {
  updates: Uint8Array[];
  bytes: number;
  timer: NodeJS.Timeout | null;
}

/**
 * A room's incoming changes: a reader's are dropped, a writer's are judged by the document
 * kind's rules (UpdateGate) before they touch the document. An update that builds on something
 * missing here is not refused at once when more is sure to come:
 * - a writer in the middle of y-websocket's handshake (it asked for our state and has not yet
 *   answered our request for its own) sends, in its answer, everything it has that the room
 *   lacks. After a reconnect that includes the changes it sent into the connection that died
 *   before they were stored, on which its newer updates build; those wait for the answer.
 * - with other nodes, an update that builds on something not heard of here is held until the
 *   stored log was read (HeldUpdates).
 * Only what still misses something after that is refused.
 */
export class RoomWrites {
  /** Made on the first write, as most rooms are only read. */
  private gate: UpdateGate | null = null;
  private held: HeldUpdates<RoomConnection> | null = null;
  /** Writers that sent their sync request and have not answered the room's yet. */
  private readonly beforeAnswer = new Map<RoomConnection, BeforeAnswer>();
  /** Writers whose answer came (or was waited for long enough): nothing waits for it anymore. */
  private readonly answered = new WeakSet<RoomConnection>();

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

  /**
   * The client sent its sync request (its state vector): a y-websocket client does so first
   * thing on every connection, and answers the room's own request (sent when it joined) next.
   */
  requested(connection: RoomConnection): void {
    if (connection.access !== 'write' || this.answered.has(connection)) return;
    if (!this.beforeAnswer.has(connection)) {
      this.beforeAnswer.set(connection, { updates: [], bytes: 0, timer: null });
    }
  }

  /**
   * The client's answer to the room's sync request (sync step 2): taken like any update, then
   * the updates that waited for it are judged again. Throws RejectedUpdate as `write` does.
   */
  answer(connection: RoomConnection, update: Uint8Array): void {
    const waiting = this.stopWaiting(connection);
    this.write(connection, update);
    for (const waited of waiting) this.write(connection, waited);
  }

  /** Takes an update; throws RejectedUpdate when it is refused (the endpoint closes then). */
  write(connection: RoomConnection, update: Uint8Array): void {
    if (connection.access !== 'write') {
      this.room.stats.droppedWrites++;
      return;
    }
    // Once one update waits for the answer, the writer's next ones wait behind it, in order and
    // unjudged: they build on it, and a refused check costs the gate a rebuild of its twin.
    const waiting = this.beforeAnswer.get(connection);
    if (waiting && waiting.updates.length > 0 && this.waitForAnswer(connection, update)) return;
    try {
      this.apply(connection, update);
    } catch (error) {
      const gap = error instanceof RejectedUpdate && error.missesDependencies;
      if (gap && this.waitForAnswer(connection, update)) return;
      if (gap && this.held?.hold(connection, update)) return;
      this.room.stats.rejectedUpdates++;
      throw error;
    }
  }

  /** The connection left: nothing of it waits any longer. */
  forget(connection: RoomConnection): void {
    this.stopWaiting(connection);
  }

  destroy(): void {
    for (const connection of [...this.beforeAnswer.keys()]) this.stopWaiting(connection);
    this.gate?.destroy();
  }

  /** Keeps an update until the writer's answer; false when nothing (more) may wait. */
  private waitForAnswer(connection: RoomConnection, update: Uint8Array): boolean {
    const waiting = this.beforeAnswer.get(connection);
    if (!waiting) return false;
    if (
      waiting.updates.length >= LIMITS.collabUpdatesBeforeAnswer ||
      waiting.bytes + update.byteLength > LIMITS.collabMessageBytes
    ) {
      return false;
    }
    waiting.updates.push(update);
    waiting.bytes += update.byteLength;
    waiting.timer ??= setTimeout(() => this.noAnswer(connection), LIMITS.collabSyncAnswerWaitMs);
    waiting.timer.unref();
    return true;
  }

  /** Ends the wait for `connection`'s answer; returns what waited for it. */
  private stopWaiting(connection: RoomConnection): Uint8Array[] {
    this.answered.add(connection);
    const waiting = this.beforeAnswer.get(connection);
    if (!waiting) return [];
    this.beforeAnswer.delete(connection);
    if (waiting.timer) clearTimeout(waiting.timer);
    return waiting.updates;
  }

  /** The writer never answered: what waited is judged as it is, held for the log or refused. */
  private noAnswer(connection: RoomConnection): void {
    for (const update of this.stopWaiting(connection)) {
      if (!this.judgeAgain(connection, update, true)) return;
    }
  }

  /**
   * A waiting update, after reading the log or waiting for the answer: taken now (or, with
   * `mayHold`, held for the log), or refused for good and the connection closed.
   */
  private judgeAgain(connection: RoomConnection, update: Uint8Array, mayHold = false): boolean {
    if (!this.room.isOpen(connection)) return false;
    try {
      this.apply(connection, update);
      return true;
    } catch (error) {
      const gap = error instanceof RejectedUpdate && error.missesDependencies;
      if (mayHold && gap && this.held?.hold(connection, update)) return true;
      this.room.stats.rejectedUpdates++;
      this.logger.warn('collab update refused', { doc: this.room.name, reason: String(error) });
      connection.close(COLLAB_CLOSE.rejected, 'change not allowed in this document');
      return false;
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
