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
}

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
      // Missed while loading changes nothing: the log being loaded is newer.
      resync: () => line.held || void line.catchUp(),
    });
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

  async leave(): Promise<void> {
    this.left = true;
    this.held = null;
    const stop = this.stop;
    this.stop = null;
    await stop?.();
  }

  private whenLoaded(handle: () => void): void {
    if (this.left) return;
    if (this.held) this.held.push(handle);
    else handle();
  }

  private apply(update: Uint8Array): void {
    if (this.left) return;
    try {
      Y.applyUpdate(this.target.doc, update, FROM_OTHER_NODE);
    } catch (error) {
      // Checked by the node that stored it; a broken one is a bug there, not a client's.
      this.target.logger.error('could not apply an update from another node', {
        doc: this.name,
        error: String(error),
      });
    }
  }

  /** The other nodes were out of reach: what they stored meanwhile is read from the log. */
  private async catchUp(): Promise<void> {
    try {
      const updates = await this.target.store.loadDocUpdates(this.name);
      if (updates.length > 0) this.apply(Y.mergeUpdates(updates));
    } catch (error) {
      this.target.logger.warn('could not catch up with the stored log', {
        doc: this.name,
        error: String(error),
      });
    }
  }
}
