import { request } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ORGANISER_TOKEN, createMeeting, startServer } from '../helpers/server.js';
import { LIMITS } from '../../shared/limits.js';
import { cleanUp, connectSocket, onCleanup, useServer } from '../helpers/integration/helpers.js';

afterEach(cleanUp);

const EVIL = 'evil.example';

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A real HTTP request with a Host header of our choice (fetch does not let one set Host). */
function get(
  url: string,
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<Answer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Opens a WebSocket with the given headers; resolves with the HTTP refusal it got. */
function refusedUpgrade(
  url: string,
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: IncomingHttpHeaders }> {
  const ws = new WebSocket(`${url.replace('http', 'ws')}${path}`, { headers });
  onCleanup(() => ws.terminate());
  return new Promise((resolve, reject) => {
    ws.once('open', () => reject(new Error('the upgrade was accepted')));
    ws.once('unexpected-response', (_req, res: IncomingMessage) =>
      resolve({ status: res.statusCode ?? 0, headers: res.headers }),
    );
    ws.once('error', () => undefined);
  });
}

function expectSecurityHeaders(headers: IncomingHttpHeaders): void {
  expect(headers['content-security-policy']).toContain("connect-src 'self';");
  expect(headers['content-security-policy']).not.toMatch(/ws:|wss:/);
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-frame-options']).toBe('DENY');
}

describe('requests for another host name are refused (DNS rebinding)', () => {
  it('refuses Host evil.example on a page, the API, the Socket.IO handshake and the collab upgrade', async () => {
    const server = await useServer();
    const { meeting, facilitatorToken } = await createMeeting(server.url);
    const port = new URL(server.url).port;
    const evil = { host: `${EVIL}:${port}` };

    const page = await get(server.url, '/r', evil);
    expect(page.status).toBe(421);
    expectSecurityHeaders(page.headers);
    const api = await get(server.url, '/api/meetings', evil);
    expect(api.status).toBe(421);
    expect(JSON.parse(api.body)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expectSecurityHeaders(api.headers);
    // A balancer's health check, one host name for all nodes, is answered: a constant.
    const health = await get(server.url, '/api/health', evil);
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body)).toEqual({ ok: true, data: { status: 'ok' } });
    expect((await get(server.url, '/api/health?x=1', evil)).status).toBe(421);
    // Even with the page's own origin, as a rebinding page would send it.
    const polling = await get(server.url, '/socket.io/?EIO=4&transport=polling', {
      ...evil,
      origin: `http://${EVIL}:${port}`,
    });
    expect(polling.status).toBe(421);
    expectSecurityHeaders(polling.headers);
    for (const host of [evil.host, EVIL]) {
      const socketIo = await refusedUpgrade(server.url, '/socket.io/?EIO=4&transport=websocket', {
        host,
        origin: `http://${host}`,
      });
      expect(socketIo.status).toBe(421);
      expectSecurityHeaders(socketIo.headers);
      const collab = await refusedUpgrade(
        server.url,
        `/collab/${meeting.id}/welcome?token=${facilitatorToken}`,
        { host, origin: `http://${host}` },
      );
      expect(collab.status).toBe(421);
      expectSecurityHeaders(collab.headers);
    }
  });

  it('answers on its own names: the address it listens on and localhost, with its port', async () => {
    const server = await useServer();
    const port = new URL(server.url).port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`]) {
      const answer = await get(server.url, '/api/health', { host });
      expect(answer.status, host).toBe(200);
      expectSecurityHeaders(answer.headers);
    }
    // Another port on a name of ours is another server.
    expect((await get(server.url, '/r', { host: 'localhost:1' })).status).toBe(421);
    // A Socket.IO client (Host 127.0.0.1:port) connects as always.
    const { facilitatorToken } = await createMeeting(server.url);
    const regie = await connectSocket(server.url, facilitatorToken);
    expect(await regie.emitWithAck('session:sync', {})).toMatchObject({ ok: true });
  });
});

describe('security headers on every response', () => {
  it("carries them on Socket.IO's polling answers, its refusals and the page, with connect-src 'self'", async () => {
    const server = await useServer();
    const open = await get(server.url, '/socket.io/?EIO=4&transport=polling');
    expect(open.status).toBe(200);
    expect(open.body).toContain('"sid"');
    expectSecurityHeaders(open.headers);

    // A polling request from a page on another site: refused by Socket.IO, with the headers.
    const foreign = await get(server.url, '/socket.io/?EIO=4&transport=polling', {
      origin: 'http://evil.example',
    });
    expect(foreign.status).toBe(403);
    expectSecurityHeaders(foreign.headers);
    // And its WebSocket upgrade from another site: 403, with the headers.
    const port = new URL(server.url).port;
    const upgrade = await refusedUpgrade(server.url, '/socket.io/?EIO=4&transport=websocket', {
      host: `127.0.0.1:${port}`,
      origin: 'http://evil.example',
    });
    expect(upgrade.status).toBe(403);
    expectSecurityHeaders(upgrade.headers);

    for (const path of ['/', '/api/health', '/api/nothing-here', '/assets/none.js']) {
      expectSecurityHeaders((await get(server.url, path)).headers);
    }
    const csp = (await get(server.url, '/')).headers['content-security-policy'];
    expect(csp).toMatch(/connect-src 'self';/);
  });
});

describe('wrong organiser tokens are throttled per address', () => {
  it('answers the 11th wrong token with 429 and Retry-After, also the right one, until the wait is over', async () => {
    let now = Date.UTC(2026, 11, 1, 18, 0);
    const server = await startServer({ clock: () => now });
    onCleanup(() => server.stop({ removeData: true }));
    const tryToken = (token: string) =>
      get(server.url, '/api/meetings', { authorization: `Bearer ${token}` });

    expect((await tryToken(ORGANISER_TOKEN)).status).toBe(200);
    for (let i = 1; i <= LIMITS.organiserFailuresBurst; i++) {
      expect((await tryToken(`wrong-token-${i}-0123456789`)).status, `wrong ${i}`).toBe(401);
    }
    const eleventh = await tryToken('wrong-token-11-0123456789');
    expect(eleventh.status).toBe(429);
    expect(JSON.parse(eleventh.body)).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
    expect(JSON.parse(eleventh.body).message).toMatch(/too many wrong organiser links/i);
    const wait = Number(eleventh.headers['retry-after']);
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(60 / LIMITS.organiserFailuresRefillPerMinute);
    expectSecurityHeaders(eleventh.headers);
    // While throttled, the right token gets no other answer: a guesser learns nothing.
    expect((await tryToken(ORGANISER_TOKEN)).status).toBe(429);

    now += wait * 1000;
    expect((await tryToken(ORGANISER_TOKEN)).status).toBe(200);
    // Phones joining are not touched by the organiser's throttle.
    const { meeting } = await createMeeting(server.url);
    const join = await fetch(`${server.url}/api/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: meeting.joinCode }),
    });
    expect(join.status).toBe(200);
  });
});
