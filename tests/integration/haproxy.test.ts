/**
 * The HAProxy configuration the README ships (deploy/haproxy.cfg), run by Debian's haproxy in
 * front of two nodes: a hall's phones, all from one address, spread over both nodes; a screen
 * on long-polling stays with its node; a node that stops is taken out and nobody new lands on it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { useSharedBackend } from '../helpers/integration/shared-backend.js';
import { io } from 'socket.io-client';
import { haProxyPort, startHaProxy } from '../helpers/haproxy.js';
import { createMeeting, joinMeeting } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { cleanUp, onCleanup, record, useServer, waitFor } from '../helpers/integration/helpers.js';
import type { ClientSocket } from '../helpers/integration/helpers.js';
import { ok } from '../helpers/integration/evening.js';
import { PROTOCOL_VERSION } from '../../shared/protocol-version.js';

const shared = useSharedBackend();
afterEach(cleanUp);

/** Two nodes on a fresh database behind HAProxy. */
async function behindHaProxy() {
  const port = await haProxyPort();
  const backend = await shared.backend();
  const env = { ALLOWED_HOSTS: `127.0.0.1:${port}` };
  const nodes = [await useServer({ backend, env }), await useServer({ backend, env })];
  const proxy = await startHaProxy(port, [portOf(nodes[0]), portOf(nodes[1])]);
  onCleanup(() => proxy.stop());
  return { proxy, nodes };
}

const portOf = (server: TestServer) => Number(new URL(server.url).port);

/** A screen as a browser opens it: its own cookies, on the transport given. */
async function screen(url: string, token: string, transport: 'polling' | 'websocket') {
  const socket: ClientSocket = io(url, {
    auth: { token, version: PROTOCOL_VERSION },
    transports: [transport],
    withCredentials: true,
    reconnection: false,
  });
  onCleanup(() => socket.disconnect());
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  return socket;
}

const sockets = async (server: TestServer) => (await server.app.io.local.fetchSockets()).length;

describe('HAProxy with the shipped configuration, in front of two nodes', () => {
  it('spreads one hall over both nodes and keeps each long-polling phone on its node', async () => {
    const { proxy, nodes } = await behindHaProxy();
    const created = await createMeeting(proxy.url);
    const beamer = await screen(proxy.url, created.projectorToken, 'websocket');
    const phases = record(beamer, 'phase:changed');
    const keys: string[] = [];
    for (let i = 0; i < 6; i++)
      keys.push((await joinMeeting(proxy.url, created.meeting.joinCode)).key);
    const phones: ClientSocket[] = [];
    for (const key of keys) {
      // Long-polling: every poll is a request of its own; on the other node it would be refused.
      const phone = await screen(proxy.url, key, 'polling');
      for (let round = 0; round < 3; round++) ok(await phone.emitWithAck('clock:ping', {}));
      phones.push(phone);
    }
    expect(await sockets(nodes[0])).toBeGreaterThanOrEqual(2);
    expect(await sockets(nodes[1])).toBeGreaterThanOrEqual(2);

    const regie = await screen(proxy.url, created.facilitatorToken, 'websocket');
    ok(await regie.emitWithAck('phase:set', { phase: 'recognition' }));
    await waitFor(() => expect(phases.at(-1)?.phase).toBe('recognition'));
    for (const phone of phones) expect(phone.connected).toBe(true);
  });

  it('takes a node that stopped out of the rotation: every new screen lands on the other', async () => {
    const { proxy, nodes } = await behindHaProxy();
    const created = await createMeeting(proxy.url);
    await nodes[1].stop();
    // Health checks every 2 s, out after two misses; until then a request may still fail.
    await waitFor(async () => {
      for (let i = 0; i < 4; i++) {
        const res = await fetch(`${proxy.url}/api/health`, { headers: { connection: 'close' } });
        expect(res.status).toBe(200);
      }
    }, 15_000);
    for (let i = 0; i < 4; i++) {
      const joined = await joinMeeting(proxy.url, created.meeting.joinCode);
      await screen(proxy.url, joined.key, 'polling');
    }
    expect(await sockets(nodes[0])).toBe(4);
  });
});
