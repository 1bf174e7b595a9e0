import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { LIMITS } from '../../shared/limits.js';

/**
 * Presence is anonymous: whatever a client puts in its awareness state, only these fields are
 * passed on. A name typed into a client's state never reaches other screens.
 */
const ALLOWED_FIELDS = new Set(['cursor', 'colour', 'editing']);

function sanitiseState(json: string): string {
  if (Buffer.byteLength(json, 'utf8') > LIMITS.awarenessStateBytes) return 'null';
  const state: unknown = JSON.parse(json);
  if (state === null || typeof state !== 'object' || Array.isArray(state)) return 'null';
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(state)) {
    if (ALLOWED_FIELDS.has(key)) kept[key] = value;
  }
  return JSON.stringify(kept);
}

/**
 * Re-encodes an awareness update (y-protocols layout: count, then per client its id, clock and
 * JSON state) with every state reduced to the allowed fields, and only the clients `keep` takes.
 * Throws on malformed input.
 */
export function sanitiseAwarenessUpdate(
  update: Uint8Array,
  keep: (clientId: number) => boolean = () => true,
): Uint8Array {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  if (count > 64) throw new Error('Too many awareness states in one update');
  const kept: [number, number, string][] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const state = sanitiseState(decoding.readVarString(decoder));
    if (keep(clientId)) kept.push([clientId, clock, state]);
  }
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, kept.length);
  for (const [clientId, clock, state] of kept) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, state);
  }
  return encoding.toUint8Array(encoder);
}

/** The client ids an awareness update speaks for. Throws on malformed input. */
export function awarenessClientIds(update: Uint8Array): number[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    ids.push(decoding.readVarUint(decoder));
    decoding.readVarUint(decoder);
    decoding.readVarString(decoder);
  }
  return ids;
}
