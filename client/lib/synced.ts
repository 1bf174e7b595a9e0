/** What a synced state needs of its session: to be told after every (re)connection. */
export interface SyncSource {
  /** Runs `listener` now when in sync, and after every reconnection; returns how to stop. */
  onSynced(listener: () => void): () => void;
}

/**
 * The base of a state class that mirrors part of a meeting on the server: `read` runs once the
 * session is in sync and again after every reconnection, so a screen that slept lands where the
 * room is; broadcasts keep it current in between; `destroy` lets go of all of it. A read that
 * fails keeps what is on screen, and the next reconnection reads again. Framework-free, so it is
 * tested without a browser; state classes extend the reactive SyncedState.
 */
export abstract class Synced {
  /** True once a read succeeded: a screen can tell "none" from "not known yet". */
  abstract loaded: boolean;
  private readonly stops: (() => void)[] = [];

  /** Reads the state from the server; resolves false, or throws, when that failed. */
  protected abstract read(): Promise<boolean | void>;

  /**
   * Reads now when `session` is in sync and after every reconnection, and keeps `listeners`
   * (what `session.on` returned) until destroy. Call it last in the constructor: the first read
   * may start at once.
   */
  protected follow(session: SyncSource, ...listeners: (() => void)[]): void {
    this.stopOnDestroy(
      ...listeners,
      session.onSynced(() => void this.refresh()),
    );
  }

  /** Keeps more listeners (or timers' stops) until destroy. */
  protected stopOnDestroy(...stops: (() => void)[]): void {
    this.stops.push(...stops);
  }

  async refresh(): Promise<void> {
    try {
      if ((await this.read()) !== false) this.loaded = true;
    } catch {
      // Kept as it was; the next reconnection reads again.
    }
  }

  destroy(): void {
    for (const stop of this.stops.splice(0)) stop();
  }
}
