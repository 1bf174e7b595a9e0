import { afterEach, describe, expect, it } from 'vitest';
import { ORGANISER_TOKEN, createMeeting } from '../helpers/server.js';
import type { CreatedMeeting } from '../../shared/protocol.js';
import {
  cleanUp,
  closed,
  connectSocket,
  once,
  rawCollab,
  refusedSocket,
  useServer,
} from '../helpers/integration/helpers.js';

afterEach(cleanUp);

async function reissue(url: string, meetingId: string): Promise<CreatedMeeting> {
  const res = await fetch(`${url}/api/meetings/${meetingId}/links`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ORGANISER_TOKEN}` },
  });
  const body = (await res.json()) as { ok: true; data: CreatedMeeting };
  return body.data;
}

describe('new links for a meeting', () => {
  it('cut off the old Regie and Beamer at once, and the new links work', async () => {
    const server = await useServer();
    const created = await createMeeting(server.url);
    const oldConsole = await connectSocket(server.url, created.facilitatorToken);
    const oldProjector = await connectSocket(server.url, created.projectorToken);
    const oldBoard = rawCollab(server.url, created.meeting.id, created.facilitatorToken);
    await once(oldBoard, 'open');

    const consoleGone = once<string>(oldConsole, 'disconnect');
    const projectorGone = once<string>(oldProjector, 'disconnect');
    const boardGone = closed(oldBoard);
    const fresh = await reissue(server.url, created.meeting.id);

    expect(await consoleGone).toBe('io server disconnect');
    expect(await projectorGone).toBe('io server disconnect');
    expect(await boardGone).toMatchObject({ code: 4401 });
    expect((await refusedSocket(server.url, created.facilitatorToken)).message).toBe(
      'UNAUTHORISED',
    );

    const newConsole = await connectSocket(server.url, fresh.facilitatorToken);
    const answer = await newConsole.emitWithAck('phase:set', { phase: 'themes' });
    expect(answer).toMatchObject({ ok: true, data: { phase: 'themes' } });
  });
});
