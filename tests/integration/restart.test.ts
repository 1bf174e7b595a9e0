import { afterEach, describe, expect, it } from 'vitest';
import { createMeeting, joinMeeting } from '../helpers/server.js';
import {
  cleanUp,
  connectSocket,
  flush,
  openSyncedDoc,
  useServer,
} from '../helpers/integration/helpers.js';
import { addNote, readNotes } from '../../shared/docs.js';
import type { SessionInfo } from '../../shared/protocol.js';
import type { Timer } from '../../shared/model.js';

afterEach(cleanUp);

describe('a restart loses nothing that was acknowledged', () => {
  it('brings back the phase, the running timer, the board and the phones', async () => {
    const first = await useServer();
    const created = await createMeeting(first.url);
    const meetingId = created.meeting.id;
    const phone = await joinMeeting(first.url, created.meeting.joinCode);
    const facilitator = await connectSocket(first.url, created.facilitatorToken);
    expect(await facilitator.emitWithAck('phase:set', { phase: 'break' })).toMatchObject({
      ok: true,
    });
    const started = await facilitator.emitWithAck('timer:control', {
      action: 'start',
      durationMs: 900_000,
    });
    const timer = (started as { ok: true; data: Timer }).data;
    expect(timer.state).toBe('running');

    const board = await openSyncedDoc(first.url, meetingId, created.facilitatorToken);
    addNote(board.doc, {
      id: 'koffie',
      text: 'Koffie en thee achterin',
      x: 0.2,
      y: 0.2,
      createdAt: 1,
    });
    addNote(board.doc, {
      id: 'toilet',
      text: 'Toiletten bij de ingang',
      x: 0.7,
      y: 0.2,
      createdAt: 2,
    });
    await flush(board.provider); // the server has both notes

    await first.stop();
    // This laptop stays offline: its provider must not re-send the notes to the new server.
    board.provider.disconnect();
    const second = await useServer({ dataDir: first.dataDir });

    const regie = await connectSocket(second.url, created.facilitatorToken);
    const session = (await regie.emitWithAck('session:sync', {})) as {
      ok: true;
      data: SessionInfo;
    };
    expect(session.data.meeting).toMatchObject({
      phase: 'break',
      timer,
      attendeeCount: 1,
    });

    const projector = await openSyncedDoc(second.url, meetingId, created.projectorToken);
    expect(readNotes(projector.doc).map((n) => n.text)).toEqual([
      'Koffie en thee achterin',
      'Toiletten bij de ingang',
    ]);

    const phoneAgain = await connectSocket(second.url, phone.key);
    const phoneSession = (await phoneAgain.emitWithAck('session:sync', {})) as {
      ok: true;
      data: SessionInfo;
    };
    expect(phoneSession.data).toMatchObject({
      role: 'attendee',
      participantNumber: 1,
      meeting: { phase: 'break' },
    });
    expect(await joinMeeting(second.url, created.meeting.joinCode, phone.key)).toMatchObject({
      key: phone.key,
      participantNumber: 1,
    });
  });
});
