import type { DocRoom } from './doc-room.js';

/** One client connection as the room sees it; the endpoint owns the socket behind it. */
export interface RoomConnection {
  readonly access: 'read' | 'write';
  /** Asked (with `?ack=1`) to be told when its updates are stored: see MESSAGE_STORED. */
  readonly wantsStoredAck?: boolean;
  /** The participant number of a phone, which signs its changes to a canvas note; else null. */
  readonly author?: number | null;
  send(frame: Uint8Array): void;
  /** Ends the connection; the client reconnects by itself unless the code tells it not to. */
  close(code: number, reason: string): void;
}

/**
 * Told after a room's document changed (`doc`) or a connection came or went (`connections`).
 * Lets a service watch documents by name without the collab layer knowing any service.
 */
export type RoomListener = (room: DocRoom, change: 'doc' | 'connections') => void;

/** Counts what the room refused, so tests and logs can see the checks at work. */
export interface RoomStats {
  /** Updates from readers, dropped. */
  droppedWrites: number;
  /** Updates from writers that broke the document's rules, refused whole. */
  rejectedUpdates: number;
  /** Presence updates dropped: too many, too fast, or naming someone else's presence. */
  droppedPresence: number;
}
