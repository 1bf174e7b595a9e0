import * as decoding from 'lib0/decoding';
import {
  MESSAGE_AWARENESS,
  MESSAGE_QUERY_AWARENESS,
  MESSAGE_SYNC,
  SYNC_STEP_1,
  SYNC_STEP_2,
  SYNC_UPDATE,
} from './messages.js';

/** What a client's frame asks of a room, one handler per kind of y-websocket message. */
export interface FrameHandlers {
  /** Sync step 1: the client's state vector; it wants what it lacks. */
  syncRequest(stateVector: Uint8Array): void;
  /** Sync step 2: the client's answer to the room's sync request, what it has that we lack. */
  syncAnswer(update: Uint8Array): void;
  /** An update: a change to the document. */
  update(update: Uint8Array): void;
  /** An awareness update: the client's presence. */
  presence(update: Uint8Array): void;
  /** A query for everyone's presence. */
  presenceQuery(): void;
}

/**
 * Reads one y-websocket frame and calls the handler for it. Throws on a frame it cannot read
 * (an unknown type or step, bytes missing); the endpoint then closes that connection only.
 */
export function readFrame(frame: Uint8Array, handlers: FrameHandlers): void {
  const decoder = decoding.createDecoder(frame);
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case MESSAGE_SYNC: {
      const step = decoding.readVarUint(decoder);
      if (step === SYNC_STEP_1) return handlers.syncRequest(decoding.readVarUint8Array(decoder));
      if (step === SYNC_STEP_2) return handlers.syncAnswer(decoding.readVarUint8Array(decoder));
      if (step === SYNC_UPDATE) return handlers.update(decoding.readVarUint8Array(decoder));
      throw new Error(`Unknown sync step ${step}`);
    }
    case MESSAGE_AWARENESS:
      return handlers.presence(decoding.readVarUint8Array(decoder));
    case MESSAGE_QUERY_AWARENESS:
      return handlers.presenceQuery();
    default:
      throw new Error(`Unknown message type ${type}`);
  }
}
