import type { IncomingMessage } from 'node:http';
import { encodeTokenFrame } from '../../shared/collab-auth.js';
import { afterEach, describe, expect, it } from 'vitest';
import { createMeeting, joinMeeting } from '../helpers/server.js';
import {
  cleanUp,
  closed,
  connectSocket,
  once,
  openDoc,
  rawCollab,
  rawSocket,
  refusedSocket,
  useServer,
} from '../helpers/integration/helpers.js';
import type { SessionInfo } from '../../shared/protocol.js';

afterEach(cleanUp);

const EVIL = 'http://evil.example';

describe('the collaboration endpoint refuses whom it must', () => {
  it('closes a connection with an unknown token with 4401', async () => {
    const server = await useServer();
    const { meeting } = await createMeeting(server.url);
    const ws = rawCollab(server.url, meeting.id, 'not-a-token-at-all-0000');
    expect(await closed(ws)).toMatchObject({ code: 4401 });
  });

  it('closes a connection whose first frame is not a token with 4401', async () => {
    const server = await useServer();
    const { meeting } = await createMeeting(server.url);
    const ws = rawSocket(server.url, `/collab/${meeting.id}/welcome`);
    ws.once('open', () => ws.send(Uint8Array.from([0, 0, 0])));
    expect(await closed(ws)).toMatchObject({ code: 4401 });
  });

  it('does not take a token from the URL, where a proxy would log it', async () => {
    const server = await useServer();
    const { meeting, facilitatorToken } = await createMeeting(server.url);
    const ws = rawSocket(server.url, `/collab/${meeting.id}/welcome?token=${facilitatorToken}`);
    ws.once('open', () => ws.send(Uint8Array.from([0, 0, 0])));
    expect(await closed(ws)).toMatchObject({ code: 4401 });
  });

  it('closes a valid token of another meeting with 4403, and the provider stops retrying', async () => {
    const server = await useServer();
    const mine = await createMeeting(server.url);
    const other = await createMeeting(server.url);
    const { key } = await joinMeeting(server.url, other.meeting.joinCode);
    for (const token of [other.facilitatorToken, other.projectorToken, key]) {
      expect(await closed(rawCollab(server.url, mine.meeting.id, token))).toMatchObject({
        code: 4403,
      });
    }
    const { provider } = openDoc(server.url, mine.meeting.id, other.facilitatorToken);
    expect(await once<{ code: number }>(provider, 'closed')).toMatchObject({
      code: 4403,
    });
    expect(provider.shouldConnect).toBe(false);
  });

  it('closes a document kind that does not exist with 4403', async () => {
    const server = await useServer();
    const { meeting, facilitatorToken } = await createMeeting(server.url);
    for (const kind of ['secrets', 'welcome/extra', '']) {
      expect(await closed(rawCollab(server.url, meeting.id, facilitatorToken, kind))).toMatchObject(
        {
          code: 4403,
        },
      );
    }
  });

  it('refuses an upgrade from a page on another site with HTTP 403', async () => {
    const server = await useServer();
    const { meeting, facilitatorToken } = await createMeeting(server.url);
    const path = `/collab/${meeting.id}/welcome`;
    const ws = rawSocket(server.url, path, { origin: EVIL });
    const status = await new Promise<number | undefined>((resolve) =>
      ws.once('unexpected-response', (_req, res: IncomingMessage) => resolve(res.statusCode)),
    );
    expect(status).toBe(403);

    // The same request from the server's own page is accepted.
    const own = rawSocket(server.url, path, { origin: server.url });
    own.once('open', () => own.send(encodeTokenFrame(facilitatorToken)));
    await once(own, 'message');
  });
});

describe('Socket.IO refuses whom it must', () => {
  it('refuses a wrong token with connect_error', async () => {
    const server = await useServer();
    await createMeeting(server.url);
    const error = await refusedSocket(server.url, 'wrong-token-0000000000000');
    expect(error.message).toBe('UNAUTHORISED');
    expect((await refusedSocket(server.url, '')).message).toBe('UNAUTHORISED');
  });

  it('refuses a connection from a page on another site', async () => {
    const server = await useServer();
    const { facilitatorToken } = await createMeeting(server.url);
    const error = await refusedSocket(server.url, facilitatorToken, {
      extraHeaders: { origin: EVIL },
    });
    // The handshake is refused before Socket.IO's own auth runs: a transport error, not UNAUTHORISED.
    expect(error.message).toBe('websocket error');

    // The same token from the server's own origin works.
    const own = await connectSocket(server.url, facilitatorToken, {
      extraHeaders: { origin: server.url },
    });
    const session = (await own.emitWithAck('session:sync', {})) as {
      ok: true;
      data: SessionInfo;
    };
    expect(session.data.role).toBe('facilitator');
  });
});
