import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { LIMITS } from '../../../shared/limits.js';
import { sanitiseAwarenessUpdate } from '../../../server/collab/awareness-filter.js';

const created: Awareness[] = [];

function awareness(): Awareness {
  const a = new Awareness(new Y.Doc());
  created.push(a);
  return a;
}

afterEach(() => {
  // Awareness keeps an interval timer for outdated states; stop it.
  for (const a of created.splice(0)) a.destroy();
});

/** The update a client with this local state would send. */
function updateFrom(state: Record<string, unknown> | null): {
  update: Uint8Array;
  clientID: number;
} {
  const sender = awareness();
  sender.setLocalState(state);
  return {
    update: encodeAwarenessUpdate(sender, [sender.clientID]),
    clientID: sender.clientID,
  };
}

/** What another screen sees after the server has sanitised and relayed the update. */
function receivedState(update: Uint8Array, clientID: number): unknown {
  const receiver = awareness();
  applyAwarenessUpdate(receiver, sanitiseAwarenessUpdate(update), 'server');
  return receiver.getStates().get(clientID);
}

describe('sanitiseAwarenessUpdate', () => {
  it('passes the cursor on but drops the user name', () => {
    const { update, clientID } = updateFrom({
      user: { name: 'Mevrouw Jansen', colour: '#f00' },
      cursor: { x: 0.4, y: 0.6 },
    });
    const state = receivedState(update, clientID);
    expect(state).toEqual({ cursor: { x: 0.4, y: 0.6 } });
    expect(state).not.toHaveProperty('user');
  });

  it('keeps exactly the allowed fields cursor, colour and editing', () => {
    const { update, clientID } = updateFrom({
      cursor: { x: 0.1, y: 0.2 },
      colour: 'green',
      editing: 'note-7',
      name: 'Piet',
      email: 'piet@example.nl',
      ip: '10.0.0.2',
    });
    expect(receivedState(update, clientID)).toEqual({
      cursor: { x: 0.1, y: 0.2 },
      colour: 'green',
      editing: 'note-7',
    });
  });

  it('never lets a typed name reach the relayed bytes', () => {
    const { update } = updateFrom({
      user: { name: 'Geheime Naam' },
      cursor: null,
    });
    const relayed = new TextDecoder().decode(sanitiseAwarenessUpdate(update));
    expect(relayed).not.toContain('Geheime Naam');
  });

  it('sanitises every client in an update carrying several', () => {
    const a = awareness();
    const b = awareness();
    a.setLocalState({ user: { name: 'A' }, cursor: { x: 0, y: 0 } });
    b.setLocalState({ user: { name: 'B' }, colour: 'pink' });
    applyAwarenessUpdate(a, encodeAwarenessUpdate(b, [b.clientID]), 'peer');
    const update = encodeAwarenessUpdate(a, [a.clientID, b.clientID]);

    const receiver = awareness();
    applyAwarenessUpdate(receiver, sanitiseAwarenessUpdate(update), 'server');
    expect(receiver.getStates().get(a.clientID)).toEqual({
      cursor: { x: 0, y: 0 },
    });
    expect(receiver.getStates().get(b.clientID)).toEqual({ colour: 'pink' });
  });

  it('passes on a client leaving (null state) so others remove it', () => {
    const sender = awareness();
    sender.setLocalState({ cursor: { x: 0.5, y: 0.5 } });
    const receiver = awareness();
    applyAwarenessUpdate(
      receiver,
      sanitiseAwarenessUpdate(encodeAwarenessUpdate(sender, [sender.clientID])),
      's',
    );
    expect(receiver.getStates().has(sender.clientID)).toBe(true);

    sender.setLocalState(null);
    applyAwarenessUpdate(
      receiver,
      sanitiseAwarenessUpdate(encodeAwarenessUpdate(sender, [sender.clientID])),
      's',
    );
    expect(receiver.getStates().has(sender.clientID)).toBe(false);
  });

  it('turns an oversized state into null, so the client is treated as gone', () => {
    const { update, clientID } = updateFrom({
      cursor: { x: 0.5, y: 0.5, junk: 'x'.repeat(LIMITS.awarenessStateBytes) },
    });
    const receiver = awareness();
    applyAwarenessUpdate(receiver, sanitiseAwarenessUpdate(update), 'server');
    expect(receiver.getStates().has(clientID)).toBe(false);
  });

  it('keeps a state that is just under the size limit', () => {
    const filler = 'x'.repeat(LIMITS.awarenessStateBytes - 40);
    const { update, clientID } = updateFrom({ cursor: filler });
    expect(receivedState(update, clientID)).toEqual({ cursor: filler });
  });

  // The limit is in bytes: non-ASCII text must not pass at up to three times the limit.
  it('drops a state over the byte limit even when it has fewer characters than the limit', () => {
    const text = '路'.repeat(Math.floor(LIMITS.awarenessStateBytes / 2)); // ~512 chars, ~1536 UTF-8 bytes
    const { update, clientID } = updateFrom({ cursor: text });
    const json = JSON.stringify({ cursor: text });
    expect(json.length).toBeLessThan(LIMITS.awarenessStateBytes);
    expect(new TextEncoder().encode(json).length).toBeGreaterThan(LIMITS.awarenessStateBytes);
    const receiver = awareness();
    applyAwarenessUpdate(receiver, sanitiseAwarenessUpdate(update), 'server');
    expect(receiver.getStates().has(clientID)).toBe(false);
  });

  it('treats a state that is not an object as no state (null)', () => {
    for (const json of ['"Mevrouw Jansen"', '[1,2,3]', '42']) {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 1);
      encoding.writeVarUint(encoder, 1234);
      encoding.writeVarUint(encoder, 1);
      encoding.writeVarString(encoder, json);
      const receiver = awareness();
      applyAwarenessUpdate(receiver, sanitiseAwarenessUpdate(encoding.toUint8Array(encoder)), 's');
      expect(receiver.getStates().has(1234), json).toBe(false);
    }
  });

  it('throws on malformed bytes', () => {
    const { update } = updateFrom({ cursor: { x: 0.5, y: 0.5 } });
    expect(() => sanitiseAwarenessUpdate(new Uint8Array())).toThrow();
    expect(() => sanitiseAwarenessUpdate(update.slice(0, update.length - 3))).toThrow();
    expect(() =>
      sanitiseAwarenessUpdate(Uint8Array.from([1, 5, 1, 3, 0x7b, 0x7b, 0x7b])),
    ).toThrow();
  });

  it('throws on an update claiming more than 64 states', () => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 65);
    for (let i = 0; i < 65; i++) {
      encoding.writeVarUint(encoder, i + 1);
      encoding.writeVarUint(encoder, 1);
      encoding.writeVarString(encoder, '{}');
    }
    expect(() => sanitiseAwarenessUpdate(encoding.toUint8Array(encoder))).toThrow();
  });
});
