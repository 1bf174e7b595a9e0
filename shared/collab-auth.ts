/**
 * How a collaboration connection says who it is without putting a secret in a URL: its first
 * frame carries the token (message type MESSAGE_TOKEN, then the token as a string), the way
 * Hocuspocus authenticates. A reverse proxy logs URLs; it does not log WebSocket frames.
 */
import * as encoding from 'lib0/encoding';

/** A message type of our own on the y-websocket connection (the standard ones are 0–3). */
export const MESSAGE_TOKEN = 101;

/** The first frame of every collaboration connection. */
export function encodeTokenFrame(token: string): Uint8Array<ArrayBuffer> {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_TOKEN);
  encoding.writeVarString(encoder, token);
  return encoding.toUint8Array(encoder) as Uint8Array<ArrayBuffer>;
}

interface SocketLike {
  send(data: Uint8Array<ArrayBuffer>): void;
  addEventListener(type: 'open', listener: () => void): void;
}

// A mixin's base class must take `any[]` (TypeScript's rule for classes extended generically).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type SocketClass = new (...args: any[]) => SocketLike;

/**
 * A WebSocket class for y-websocket's `WebSocketPolyfill` option that sends the token as soon as
 * the socket opens. Its open listener is added in the constructor, before the provider sets
 * `onopen`, so the token goes out before the provider's first sync message.
 */
export function withToken<C extends SocketClass>(Base: C, token: string): C {
  const frame = encodeTokenFrame(token);
  return class TokenSocket extends Base {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    constructor(...args: any[]) {
      super(...args);
      this.addEventListener('open', () => this.send(frame));
    }
  };
}
