import { afterEach, describe, expect, it } from 'vitest';
import { createMeeting, joinMeeting } from '../helpers/server.js';
import {
  cleanUp,
  connectSocket,
  flush,
  openSyncedDoc,
  record,
  untyped,
  useServer,
  waitFor,
} from '../helpers/integration/helpers.js';
import { addNote, readNotes } from '../../shared/docs.js';
import type { SessionInfo } from '../../shared/protocol.js';

afterEach(cleanUp);

async function meetingWithPhone() {
  const server = await useServer();
  const created = await createMeeting(server.url);
  const facilitator = await connectSocket(server.url, created.facilitatorToken);
  const projector = await connectSocket(server.url, created.projectorToken);
  const { key } = await joinMeeting(server.url, created.meeting.joinCode);
  return { server, created, facilitator, projector, key };
}

describe('the role comes from the token, never from the client', () => {
  it('answers a phone that tries to run the evening with FORBIDDEN and changes nothing', async () => {
    const { server, created, facilitator, projector, key } = await meetingWithPhone();
    const phone = await connectSocket(server.url, key);
    const phases = record(projector, 'phase:changed');
    const timers = record(projector, 'timer:changed');

    expect(await phone.emitWithAck('phase:set', { phase: 'closed' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(
      await phone.emitWithAck('timer:control', {
        action: 'start',
        durationMs: 60_000,
      }),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    // The projector, a screen without commands either, is refused the same way.
    expect(await projector.emitWithAck('phase:set', { phase: 'closed' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });

    // Positive signal: the facilitator's later change arrives, and it is the only one.
    await facilitator.emitWithAck('phase:set', { phase: 'themes' });
    await waitFor(() => expect(phases).toEqual([{ phase: 'themes' }]));
    expect(timers).toEqual([]);
    const view = await server.app.services.meetings.view(created.meeting.id);
    expect(view).toMatchObject({ phase: 'themes', timer: { state: 'idle' } });
  });

  it('ignores a role claimed in the handshake or in a payload', async () => {
    const { server, created, facilitator, projector, key } = await meetingWithPhone();
    const phases = record(projector, 'phase:changed');
    const phone = await connectSocket(server.url, key, {
      auth: { token: key, role: 'facilitator' },
      query: { role: 'facilitator' },
    });

    const session = (await phone.emitWithAck('session:sync', {})) as {
      ok: true;
      data: SessionInfo;
    };
    expect(session.data.role).toBe('attendee');
    expect(session.data).not.toHaveProperty('projectorToken');
    expect(session.data.documents).toEqual([
      { name: `${created.meeting.id}/welcome`, access: 'read' },
      { name: `${created.meeting.id}/plenary`, access: 'read' },
    ]);

    const raw = untyped(phone);
    expect(
      await raw.emitWithAck('phase:set', {
        phase: 'closed',
        role: 'facilitator',
      }),
    ).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await raw.emitWithAck('session:sync', { role: 'facilitator' })).toMatchObject({
      ok: false,
      code: 'INVALID_PAYLOAD',
    });

    await facilitator.emitWithAck('phase:set', { phase: 'themes' });
    await waitFor(() => expect(phases).toEqual([{ phase: 'themes' }]));
  });

  it('keeps a phone that claims a role in its collab URL a reader', async () => {
    const { server, created, key } = await meetingWithPhone();
    const board = await openSyncedDoc(server.url, created.meeting.id, created.facilitatorToken);
    const phone = await openSyncedDoc(server.url, created.meeting.id, key, {
      params: { role: 'facilitator', access: 'write' },
    });

    addNote(phone.doc, {
      id: 'claimed',
      text: 'ik ben de baas',
      x: 0.5,
      y: 0.5,
      createdAt: 1,
    });
    await flush(phone.provider);
    addNote(board.doc, {
      id: 'later',
      text: 'Welkom',
      x: 0.1,
      y: 0.1,
      createdAt: 2,
    });
    await waitFor(() => expect(readNotes(phone.doc).map((n) => n.id)).toContain('later'));
    await flush(board.provider);
    expect(readNotes(board.doc).map((n) => n.id)).toEqual(['later']);
  });
});
