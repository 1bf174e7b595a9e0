import type { DocRoom } from './doc-room.js';
import type { RoomListener } from './room-types.js';

/**
 * Rooms have a lifecycle: loaded on first join, kept while anyone is connected, compacted and
 * released when the last one leaves. Concurrent joins of a room that is still loading share
 * the same load.
 */
export class RoomRegistry {
  private readonly rooms = new Map<string, Promise<DocRoom>>();
  private readonly closing = new Map<string, Promise<void>>();
  private readonly listeners: RoomListener[] = [];

  constructor(private readonly load: (name: string) => Promise<DocRoom>) {}

  /**
   * Watches every room loaded from now on (changes, connections); a service keeps its own view
   * by document name, since a room comes and goes with its connections.
   */
  watch(listener: RoomListener): void {
    this.listeners.push(listener);
  }

  /**
   * Returns the loaded room for `name`, loading it if needed. A room that is closing is waited
   * for first: its last changes must be stored before a fresh room reads the log.
   */
  async acquire(name: string): Promise<DocRoom> {
    for (;;) {
      const closing = this.closing.get(name);
      if (closing) {
        await closing.catch(() => undefined);
        continue;
      }
      let loading = this.rooms.get(name);
      if (!loading) {
        // Listeners are attached before anyone can join, so they see every connection.
        loading = this.load(name).then((room) => {
          for (const listener of this.listeners) room.watch(listener);
          return room;
        });
        this.rooms.set(name, loading);
        loading.catch(() => this.rooms.delete(name));
      }
      const room = await loading;
      if (!room.isDestroyed) return room;
      // Given up after its store failed (closing rooms are in `closing`): load a fresh one.
      if (this.rooms.get(name) === loading) this.rooms.delete(name);
    }
  }

  /** The room for `name` if it is in memory (or loading) now; never loads one. */
  loaded(name: string): Promise<DocRoom> | undefined {
    return this.rooms.get(name);
  }

  /** Called when a connection leaves; unloads the room when it was the last. */
  async release(name: string, room: DocRoom): Promise<void> {
    if (room.connectionCount > 0 || room.isDestroyed) return;
    const closing = room.close();
    this.closing.set(name, closing);
    if ((await this.rooms.get(name)) === room) this.rooms.delete(name);
    try {
      await closing;
    } finally {
      if (this.closing.get(name) === closing) this.closing.delete(name);
    }
  }

  /** How many documents are in memory now. */
  get size(): number {
    return this.rooms.size;
  }

  async closeAll(): Promise<void> {
    const rooms = await Promise.allSettled([...this.rooms.values()]);
    this.rooms.clear();
    for (const result of rooms) {
      if (result.status === 'fulfilled') await result.value.close().catch(() => undefined);
    }
  }
}
