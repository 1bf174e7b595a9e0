import { afterEach, describe, expect, it } from 'vitest';
import { createMeeting, joinMeeting } from '../helpers/server.js';
import { OUTDATED, PROTOCOL_VERSION } from '../../shared/protocol.js';
import {
  cleanUp,
  connectSocket,
  once,
  record,
  refusedSocket,
  socketFor,
  useServer,
} from '../helpers/integration/helpers.js';

afterEach(cleanUp);

/** What a page of another protocol version is told: Dutch first, English second. */
const RELOAD = /^Deze pagina is verouderd\. Ververs de pagina\. \/ This page is out of date\./;

describe('the protocol version in the Socket.IO handshake', () => {
  it('refuses a page of another version with OUTDATED and the words to reload, and nothing else happens', async () => {
    const server = await useServer();
    const { meeting, facilitatorToken } = await createMeeting(server.url);
    const { key } = await joinMeeting(server.url, meeting.joinCode);
    const regie = await connectSocket(server.url, facilitatorToken);
    const heard = record(regie, 'attendees:counted');

    for (const version of [PROTOCOL_VERSION - 1, PROTOCOL_VERSION + 1, String(PROTOCOL_VERSION)]) {
      const error = await refusedSocket(server.url, key, { auth: { token: key, version } });
      expect(error.message).toBe(OUTDATED);
      expect((error as Error & { data: { message: string } }).data.message).toMatch(RELOAD);
    }
    // The version is checked before the token: an unknown one is told to reload, not refused.
    const unknown = await refusedSocket(server.url, 'no-such-token-000000000000', {
      auth: { token: 'no-such-token-000000000000', version: PROTOCOL_VERSION - 1 },
    });
    expect(unknown.message).toBe(OUTDATED);

    // The page stops there, as the app's own client does: it does not try again by itself.
    const phone = socketFor(server.url, key, {
      auth: { token: key, version: PROTOCOL_VERSION + 1 },
      reconnection: true,
    });
    phone.connect();
    await once(phone, 'connect_error');
    expect(phone.active).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(phone.connected).toBe(false);

    // The server holds only the Regie's connection; the room heard nothing of the refused pages.
    expect(server.app.io.of('/').sockets.size).toBe(1);
    expect(heard).toEqual([]);
    const sync = await regie.emitWithAck('session:sync', {});
    expect(sync).toMatchObject({ ok: true, data: { meeting: { attendeeCount: 1 } } });
  });

  it('takes the current version, and counts a page from before versions were sent as version 1', async () => {
    const server = await useServer();
    const { meeting } = await createMeeting(server.url);
    const { key } = await joinMeeting(server.url, meeting.joinCode);

    const current = await connectSocket(server.url, key, {
      auth: { token: key, version: PROTOCOL_VERSION },
    });
    expect(await current.emitWithAck('session:sync', {})).toMatchObject({ ok: true });

    const unversioned = { auth: { token: key } };
    if (PROTOCOL_VERSION === 1) {
      const old = await connectSocket(server.url, key, unversioned);
      expect(await old.emitWithAck('session:sync', {})).toMatchObject({ ok: true });
    } else {
      expect((await refusedSocket(server.url, key, unversioned)).message).toBe(OUTDATED);
    }
  });
});
