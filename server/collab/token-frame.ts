import * as decoding from 'lib0/decoding';
import { MESSAGE_TOKEN } from '../../shared/collab-auth.js';

/** Longest token a client may send; ours are 22 characters of base64url. */
const MAX_TOKEN_LENGTH = 128;

/** The token in a connection's first frame (shared/collab-auth.ts), or null if it is not one. */
export function readTokenFrame(frame: Uint8Array | null): string | null {
  if (!frame || frame.byteLength > MAX_TOKEN_LENGTH + 8) return null;
  try {
    const decoder = decoding.createDecoder(frame);
    if (decoding.readVarUint(decoder) !== MESSAGE_TOKEN) return null;
    const token = decoding.readVarString(decoder);
    return token.length > 0 && decoding.hasContent(decoder) === false ? token : null;
  } catch {
    return null;
  }
}
