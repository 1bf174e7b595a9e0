/**
 * How a room hears about the same document's changes on other nodes, and tells them its own.
 * Single-process (no REDIS_URL) there is none; with several nodes server/cluster/ passes
 * them over Redis. What goes out is already stored: another node only shows it to its clients.
 */
export interface DocFanOut {
  /**
   * Starts passing on what other nodes publish for `name`; resolves once listening, so a room
   * subscribes before it loads and nothing stored in between is missed. Returns how to stop.
   */
  join(name: string, listener: FanOutListener): Promise<() => Promise<void>>;
  /** A stored update of `name`, for the other nodes' rooms. */
  publishUpdate(name: string, update: Uint8Array): void;
  /** A presence (awareness) update of `name`, for the other nodes' rooms. */
  publishPresence(name: string, update: Uint8Array): void;
  /** How many writers have `name` open on this node, for the other nodes' counts. */
  publishWriters(name: string, count: number): void;
}

export interface FanOutListener {
  update(update: Uint8Array): void;
  presence(update: Uint8Array): void;
  /** Node `node` has `count` writers on this document now. */
  writers(node: string, count: number): void;
  /**
   * The link to the other nodes was down: what they published meanwhile is lost, so the room
   * reads the stored log again (a Yjs update applies twice harmlessly).
   */
  resync(): void;
}

/** The origin of changes that came from another node: already stored, not to be stored again. */
export const FROM_OTHER_NODE = Symbol('from another node');
