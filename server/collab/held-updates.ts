/** Updates of one room that may wait for a catch-up at once; beyond, they are refused as ever. */
const MAX_HELD = 32;
/**
 * Reading a whole log costs the store; a writer that sends gapped updates on purpose gets one
 * reading per second for the room, not one per update.
 */
const MIN_BETWEEN_MS = 1_000;

/**
 * Updates refused for missing dependencies, held for another look. On several nodes a client
 * may have seen a change from another node that this node has not heard of: stored in the log,
 * but its message over Redis lost (pub/sub delivers at most once; a node killed mid-write loses
 * its last messages). The room reads the stored log, then judges the held updates again; what
 * still misses something is refused then. Updates that arrive meanwhile wait in order, and one
 * reading of the log serves all of them.
 */
export class HeldUpdates<C> {
  private held: { connection: C; update: Uint8Array }[] = [];
  private draining: Promise<void> | null = null;
  private lastCatchUp = -Infinity;

  constructor(
    private readonly catchUp: () => Promise<void>,
    private readonly judgeAgain: (connection: C, update: Uint8Array) => void,
  ) {}

  /** Holds `update` for another look; false when too many wait already. */
  hold(connection: C, update: Uint8Array): boolean {
    if (this.held.length >= MAX_HELD) return false;
    this.held.push({ connection, update });
    this.draining ??= this.drain();
    return true;
  }

  private async drain(): Promise<void> {
    try {
      while (this.held.length > 0) {
        const wait = this.lastCatchUp + MIN_BETWEEN_MS - Date.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        this.lastCatchUp = Date.now();
        await this.catchUp();
        for (const { connection, update } of this.held.splice(0)) {
          this.judgeAgain(connection, update);
        }
      }
    } finally {
      this.draining = null;
    }
  }
}
