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
 * those of one event-loop turn as one row, and each batch is handed on (`onStored`, with the row)
 * only once its append committed: with an asynchronous store (PostgreSQL) no other screen gets an
 * edit as it happens before a crash could no longer take it back. (A screen that opens the
 * document while an append is under way gets the document as it is, that edit included; should
 * the append fail, the room closes and that screen sends the edit back when it reconnects.) The
 * first failed append ends the log (`onFailed`); the room then sends its clients away, and they
 * resend what the store did not take when they reconnect.
 */
export class DocLog<Sender> {
  /** Rows in the stored log as far as this process knows: when it is worth compacting. */
  entries = 0;
  private queue: PendingUpdate<Sender>[] = [];
  private flushing: Promise<void> | null = null;
  private compacting: Promise<void> | null = null;
  private failure: unknown = null;
  /** Updates pushed and stored so far: `settled` waits for a mark, not for an empty queue. */
  private pushed = 0;
  private stored = 0;
  private waiting: { upTo: number; resolve: () => void; reject: (error: unknown) => void }[] = [];

  constructor(
    private readonly name: string,
    private readonly store: DocStore,
    private readonly onStored: (batch: PendingUpdate<Sender>[], row: Uint8Array) => void,
    private readonly onFailed: (error: unknown) => void,
  ) {}

  /** Queues an applied update for the store. */
  push(pending: PendingUpdate<Sender>): void {
    if (this.failure !== null) return;
    this.pushed++;
    this.queue.push(pending);
    this.flushing ??= this.flush();
  }

  /**
   * Resolves once everything pushed so far is stored; rejects if the store failed. Later pushes
   * do not keep it waiting, so a busy room still answers.
   */
  settled(): Promise<void> {
    if (this.failure !== null) return Promise.reject(this.failure);
    const upTo = this.pushed;
    if (this.stored >= upTo) return Promise.resolve();
    return new Promise((resolve, reject) => this.waiting.push({ upTo, resolve, reject }));
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
        this.stored += batch.length;
        this.onStored(batch, row);
        const due = this.waiting.filter((waiter) => waiter.upTo <= this.stored);
        this.waiting = this.waiting.filter((waiter) => waiter.upTo > this.stored);
        for (const waiter of due) waiter.resolve();
      }
    } catch (error) {
      this.failure = error;
      this.queue = [];
      for (const waiter of this.waiting.splice(0)) waiter.reject(error);
      this.onFailed(error);
    } finally {
      this.flushing = null;
    }
  }
}
