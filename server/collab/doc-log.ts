import * as Y from 'yjs';
import type { DocStore } from '../store/store.js';
import { snapshotOfLog } from './doc-snapshot.js';

/** An update applied in the room, waiting for the store before anyone else may see it. */
export interface PendingUpdate<Sender> {
  update: Uint8Array;
  /** The connection it came from, which has it already; null for the server's own changes. */
  sender: Sender | null;
  /** What the sender may count as stored once this update is: the state when it arrived. */
  storedState: Uint8Array | null;
}

/**
 * A room's side of the stored update log. Updates are appended in the order they were applied,
 * those of one event-loop turn as one row, and each batch is handed on (`onStored`, with the row) only once its
 * append committed: with an asynchronous store (PostgreSQL) nobody sees an edit that a crash
 * could still take back. The first failed append ends the log (`onFailed`); the room then sends
 * its clients away, and they resend what the store did not take when they reconnect.
 */
export class DocLog<Sender> {
  /** Rows in the stored log as far as this process knows: when it is worth compacting. */
  entries = 0;
  private queue: PendingUpdate<Sender>[] = [];
  private flushing: Promise<void> | null = null;
  private compacting: Promise<void> | null = null;
  private failure: unknown = null;

  constructor(
    private readonly name: string,
    private readonly store: DocStore,
    private readonly onStored: (batch: PendingUpdate<Sender>[], row: Uint8Array) => void,
    private readonly onFailed: (error: unknown) => void,
  ) {}

  /** Queues an applied update for the store. */
  push(pending: PendingUpdate<Sender>): void {
    if (this.failure !== null) return;
    this.queue.push(pending);
    this.flushing ??= this.flush();
  }

  /** Resolves once everything pushed so far is stored; rejects if the store failed. */
  async settled(): Promise<void> {
    while (this.flushing) await this.flushing;
    if (this.failure !== null) throw this.failure;
  }

  /**
   * Merges the stored rows into one snapshot. Only after what is queued is stored, so the
   * snapshot has every change made here, a retention rewrite included.
   */
  compact(): Promise<void> {
    this.compacting ??= (async () => {
      try {
        await this.settled();
        if (this.entries <= 1) return;
        await this.store.compactDoc(this.name, snapshotOfLog);
        this.entries = 1;
      } finally {
        this.compacting = null;
      }
    })();
    return this.compacting;
  }

  private async flush(): Promise<void> {
    // The updates that arrive in the same turn (a burst of frames) go as one row.
    await new Promise((resolve) => setImmediate(resolve));
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0);
        const row =
          batch.length === 1 ? batch[0].update : Y.mergeUpdates(batch.map((p) => p.update));
        this.entries = await this.store.appendDocUpdate(this.name, row);
        this.onStored(batch, row);
      }
    } catch (error) {
      this.failure = error;
      this.queue = [];
      this.onFailed(error);
    } finally {
      this.flushing = null;
    }
  }
}
