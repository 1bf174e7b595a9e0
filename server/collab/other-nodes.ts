import * as Y from 'yjs';
import type { DocStore } from '../store/store.js';
import type { Logger } from '../logger.js';
import { FROM_OTHER_NODE } from './doc-fan-out.js';
import type { DocFanOut } from './doc-fan-out.js';

/** What a room lends its line to the other nodes: where their changes go. */
export interface OtherNodesTarget {
  doc: Y.Doc;
  presence: { applyFromOtherNode(update: Uint8Array): void };
  store: DocStore;
  logger: Logger;
  /** The writers on other nodes changed: the room's watchers count again. */
  writersChanged(): void;
}

/** A node tells its writers this often, so the count of a node that died fades out. */
const WRITERS_EVERY_MS = 20_000;
const WRITERS_FADE_MS = 50_000;
const RESYNC_SPREAD_MS = 2_000;

/**
 * A room's line to the same document's rooms on other nodes. It listens before the room loads
 * its log and holds what it hears until `start`, so an update stored elsewhere in between is
 * neither missed nor applied to a document that is not loaded yet. Their changes are applied
 * with the origin FROM_OTHER_NODE: stored already, only this node's clients still need them.
 */
export class OtherNodes {
  private held: (() => void)[] | null = [];
  private stop: (() => Promise<void>) | null = null;
  private left = false;
  /** Writers per other node, with when that node last told. */
  private readonly writers = new Map<string, { count: number; at: number }>();
  private ownWriters = 0;
  private retell: NodeJS.Timeout | null = null;

  private constructor(
    private readonly name: string,
    private readonly fanOut: DocFanOut,
    private readonly target: OtherNodesTarget,
  ) {}

  static async listen(
    name: string,
    fanOut: DocFanOut,
    target: OtherNodesTarget,
  ): Promise<OtherNodes> {
    const line = new OtherNodes(name, fanOut, target);
    line.stop = await fanOut.join(name, {
      update: (update) => line.whenLoaded(() => line.apply(update)),
      presence: (update) => line.whenLoaded(() => target.presence.applyFromOtherNode(update)),
      writers: (node, count) => line.whenLoaded(() => line.heardWriters(node, count)),
      // Every room of every node reads its log when Redis is back: spread over two seconds.
      resync: () =>
        line.whenLoaded(() => {
          setTimeout(() => void line.catchUp(), Math.random() * RESYNC_SPREAD_MS).unref();
        }),
    });
    line.retell = setInterval(() => line.tellWriters(), WRITERS_EVERY_MS);
    line.retell.unref();
    return line;
  }

  /** The room is loaded: what was heard meanwhile is applied, the rest as it comes. */
  start(): void {
    const held = this.held ?? [];
    this.held = null;
    for (const handle of held) handle();
  }

  publishUpdate(update: Uint8Array): void {
    this.fanOut.publishUpdate(this.name, update);
  }

  publishPresence(update: Uint8Array): void {
    this.fanOut.publishPresence(this.name, update);
  }

  /** This node's writers of the document, told to the others now and every so often. */
  announceWriters(count: number): void {
    this.ownWriters = count;
    this.tellWriters();
  }

  /** Writers of the document on the other nodes that told lately. */
  get otherWriters(): number {
    const now = Date.now();
    let total = 0;
    for (const [node, { count, at }] of this.writers) {
      if (now - at > WRITERS_FADE_MS) this.writers.delete(node);
      else total += count;
    }
    return total;
  }

  async leave(): Promise<void> {
    this.left = true;
    if (this.retell) clearInterval(this.retell);
    this.held = null;
    const stop = this.stop;
    this.stop = null;
    await stop?.();
  }

  private tellWriters(): void {
    if (!this.left) this.fanOut.publishWriters(this.name, this.ownWriters);
  }

  private heardWriters(node: string, count: number): void {
    const isNew = !this.writers.has(node);
    this.writers.set(node, { count, at: Date.now() });
    // A node that just opened the document learns ours at once, not at the next retelling.
    if (isNew) this.tellWriters();
    this.target.writersChanged();
  }

  private whenLoaded(handle: () => void): void {
    if (this.left) return;
    if (this.held) this.held.push(handle);
    else handle();
  }

  private apply(update: Uint8Array, fromLog = false): void {
    if (this.left) return;
    try {
      Y.applyUpdate(this.target.doc, update, FROM_OTHER_NODE);
    } catch (error) {
      // Checked by the node that stored it; a broken one is a bug there, not a client's.
      this.target.logger.error('could not apply an update from another node', {
        doc: this.name,
        error: String(error),
      });
      return;
    }
    const store = this.target.doc.store;
    if (store.pendingStructs === null && store.pendingDs === null) return;
    // It builds on a message that never came: the log has it.
    if (!fromLog) return void this.catchUp();
    // Not even the log has it: it can never show, and must not be passed on.
    this.target.logger.warn('dropped changes with missing dependencies', { doc: this.name });
    store.pendingStructs = null;
    store.pendingDs = null;
  }

  /**
   * Reads what the other nodes stored, in case a message of theirs never came: after an outage
   * of Redis, or for a client's update that builds on something not heard of here.
   */
  async catchUp(): Promise<void> {
    try {
      const updates = await this.target.store.loadDocUpdates(this.name);
      if (updates.length > 0) this.apply(Y.mergeUpdates(updates), true);
    } catch (error) {
      this.target.logger.warn('could not catch up with the stored log', {
        doc: this.name,
        error: String(error),
      });
    }
  }
}
