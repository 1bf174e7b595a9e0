import { afterEach, describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { createMeeting, joinMeeting } from '../helpers/server.js';
import {
  cleanUp,
  closed,
  connectSocket,
  once,
  openSyncedDoc,
  rawCollab,
  untyped,
  useServer,
  waitFor,
} from '../helpers/integration/helpers.js';
import { addNote, readNotes } from '../../shared/docs.js';
import { LIMITS } from '../../shared/limits.js';
import type { SessionInfo } from '../../shared/protocol.js';

afterEach(cleanUp);

async function meeting() {
  const server = await useServer();
  const created = await createMeeting(server.url);
  return { server, created, meetingId: created.meeting.id };
}

describe('Socket.IO requests the server cannot use', () => {
  it('answers an unknown event with INVALID_PAYLOAD', async () => {
    const { server, created } = await meeting();
    const socket = untyped(await connectSocket(server.url, created.facilitatorToken));
    expect(await socket.emitWithAck('meeting:delete', {})).toMatchObject({
      ok: false,
      code: 'INVALID_PAYLOAD',
    });
    expect(await socket.emitWithAck('__proto__', {})).toMatchObject({
      ok: false,
      code: 'INVALID_PAYLOAD',
    });
  });

  it('answers every malformed payload with INVALID_PAYLOAD and changes nothing', async () => {
    const { server, created, meetingId } = await meeting();
    const socket = untyped(await connectSocket(server.url, created.facilitatorToken));
    const bad: [string, unknown][] = [
      ['phase:set', { phase: 'nonsense' }],
      ['phase:set', { phase: 3 }],
      ['phase:set', { phase: 'themes', extra: true }],
      ['phase:set', {}],
      ['phase:set', null],
      ['phase:set', 'themes'],
      ['phase:set', ['themes']],
      ['timer:control', { action: 'start', durationMs: '600000' }],
      ['timer:control', { action: 'start', durationMs: 1e308 }],
      ['timer:control', { action: 'start', durationMs: Number.MAX_SAFE_INTEGER + 2 }],
      ['timer:control', { action: 'start', durationMs: 1.5e3 + 0.5 }],
      ['timer:control', { action: 'start', durationMs: -5_000 }],
      ['timer:control', { action: 'start', durationMs: LIMITS.timerMaxMs + 1 }],
      ['timer:control', { action: 'start' }],
      ['timer:control', { action: 'extend', byMs: 1e20 }],
      ['timer:control', { action: 'explode' }],
      ['timer:control', { action: 'stop', now: 0 }],
      ['timer:control', {}],
      ['session:sync', { anything: 1 }],
      ['clock:ping', 'now'],
    ];
    for (const [event, payload] of bad) {
      const answer = await socket.emitWithAck(event, payload);
      expect(answer, `${event} ${JSON.stringify(payload)}`).toMatchObject({
        ok: false,
        code: 'INVALID_PAYLOAD',
      });
    }
    expect(await server.app.services.meetings.view(meetingId)).toMatchObject({
      phase: 'lobby',
      timer: { state: 'idle' },
    });
  });

  it('answers a request sent without a payload', async () => {
    const { server, created } = await meeting();
    const socket = untyped(await connectSocket(server.url, created.facilitatorToken));
    const session = (await socket.timeout(2_000).emitWithAck('session:sync')) as {
      ok: true;
      data: SessionInfo;
    };
    expect(session).toMatchObject({ ok: true, data: { role: 'facilitator' } });
    expect(await socket.timeout(2_000).emitWithAck('phase:set')).toMatchObject({
      ok: false,
      code: 'INVALID_PAYLOAD',
    });
  });

  it('drops a client that sends an oversized message and keeps serving the others', async () => {
    const { server, created } = await meeting();
    const big = untyped(await connectSocket(server.url, created.facilitatorToken));
    const other = await connectSocket(server.url, created.facilitatorToken);

    const reason = once<string>(big, 'disconnect');
    big.emit('phase:set', {
      phase: 'x'.repeat(LIMITS.socketMessageBytes + 1024),
    });
    expect(await reason).toBe('transport close');

    expect(await other.emitWithAck('phase:set', { phase: 'themes' })).toMatchObject({ ok: true });
    const again = await connectSocket(server.url, created.projectorToken);
    expect(await again.emitWithAck('session:sync', {})).toMatchObject({
      ok: true,
      data: { meeting: { phase: 'themes' } },
    });
  });
});

describe('collab frames the server cannot use', () => {
  /** A facilitator board and a reader that must keep receiving whatever happens next to it. */
  async function boardWithReader() {
    const { server, created, meetingId } = await meeting();
    const { key } = await joinMeeting(server.url, created.meeting.joinCode);
    const board = await openSyncedDoc(server.url, meetingId, created.facilitatorToken);
    const reader = await openSyncedDoc(server.url, meetingId, key);
    let next = 0;
    /** Adds a note on the board and waits until the reader has it. */
    const stillServed = async () => {
      const id = `note-${++next}`;
      addNote(board.doc, {
        id,
        text: 'nog steeds hier',
        x: 0.5,
        y: 0.5,
        createdAt: next,
      });
      await waitFor(() => expect(readNotes(reader.doc).map((n) => n.id)).toContain(id));
    };
    return { server, created, meetingId, stillServed };
  }

  it('closes only the connection that sent an undecodable frame, with 4400', async () => {
    const { server, created, meetingId, stillServed } = await boardWithReader();
    const cases = [[0, 9, 9], [7], [0, 2, 200], [1, 5, 1, 2], []];
    for (const bytes of cases) {
      const ws = rawCollab(server.url, meetingId, created.facilitatorToken);
      await once(ws, 'message'); // authorised and in the room
      const end = closed(ws);
      ws.send(Uint8Array.from(bytes));
      expect(await end, JSON.stringify(bytes)).toMatchObject({ code: 4400 });
      await stillServed();
    }
  });

  it('closes a connection that sends a text frame with 4400', async () => {
    const { server, created, meetingId, stillServed } = await boardWithReader();
    const ws = rawCollab(server.url, meetingId, created.facilitatorToken);
    await once(ws, 'message');
    const end = closed(ws);
    ws.send('{"hello":"world"}');
    expect(await end).toMatchObject({ code: 4400 });
    await stillServed();
  });

  it('closes a connection that sends an oversized frame (1009) and keeps serving', async () => {
    const { server, created, meetingId, stillServed } = await boardWithReader();
    const ws = rawCollab(server.url, meetingId, created.facilitatorToken);
    await once(ws, 'message');
    const end = closed(ws);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint(encoder, 2);
    encoding.writeVarUint8Array(encoder, new Uint8Array(LIMITS.collabMessageBytes + 1024));
    ws.send(encoding.toUint8Array(encoder));
    expect(await end).toMatchObject({ code: 1009 });
    await stillServed();
  });

  it('survives a writer sending a sync update that is not a Yjs update', async () => {
    const { server, created, meetingId, stillServed } = await boardWithReader();
    const ws = rawCollab(server.url, meetingId, created.facilitatorToken);
    await once(ws, 'message');
    const end = closed(ws);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint(encoder, 2);
    encoding.writeVarUint8Array(encoder, Uint8Array.from([255, 255, 255, 255, 15, 1, 2, 3]));
    ws.send(encoding.toUint8Array(encoder));
    expect(await end).toMatchObject({ code: 4400 });
    await stillServed();
    // What was stored is still a readable document.
    const fresh = await openSyncedDoc(server.url, meetingId, created.projectorToken);
    expect(readNotes(fresh.doc).map((n) => n.id)).toEqual(['note-1']);
    expect(fresh.doc).toBeInstanceOf(Y.Doc);
  });
});
