import { storedDoc } from '../helpers/stored-doc.js';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { afterEach, describe, expect, it } from 'vitest';
import type WebSocket from 'ws';
import { createMeeting, joinMeeting } from '../helpers/server.js';
import {
  cleanUp,
  closed,
  flush,
  openDoc,
  openSyncedDoc,
  rawCollab,
  record,
  waitFor,
} from '../helpers/integration/helpers.js';
import type { OpenDoc } from '../helpers/integration/helpers.js';
import { ok } from '../helpers/integration/evening.js';
import {
  choosingEvening,
  confirmedEvening,
  propose,
} from '../helpers/integration/grouping-setup.js';
import { COLLAB_CLOSE } from '../../shared/protocol.js';
import { MESSAGE_STORED, addNote, readNotes } from '../../shared/docs.js';

afterEach(cleanUp);

const canvas = (groupId: string) => `canvas/${groupId}`;

/** Resolves once the server took the connection in: its first frame is the sync handshake. */
function accepted(ws: WebSocket): Promise<void> {
  return new Promise((resolve, reject) => {
    ws.once('message', () => resolve());
    ws.once('close', (code) => reject(new Error(`closed with ${code}`)));
  });
}

function note(doc: Y.Doc, id: string, text: string): void {
  expect(addNote(doc, { id, text, x: 0.5, y: 0.5, createdAt: 1, section: 'how' })).toBe(true);
}

describe('who may open a subgroup canvas', () => {
  it('lets each of 60 phones write its own table only, and staff only watch', async () => {
    const e = await confirmedEvening(60);
    const docs = new Map<string, OpenDoc>();
    await Promise.all(
      e.seats.map(async (seat) => {
        const mine = ok(await seat.socket.emitWithAck('group:mine', {}))!;
        docs.set(
          seat.participantId,
          await openSyncedDoc(e.server.url, e.meetingId, seat.key, { kind: canvas(mine.groupId) }),
        );
      }),
    );
    // Every member writes a note; every other member of the table sees all of them.
    for (const group of e.view.groups) {
      for (const m of group.members) note(docs.get(m.participantId)!.doc, m.participantId, 'Idee');
    }
    for (const group of e.view.groups) {
      const expected = group.members.map((m) => m.participantId).sort();
      for (const m of group.members) {
        const doc = docs.get(m.participantId)!.doc;
        await waitFor(() =>
          expect(
            readNotes(doc)
              .map((n) => n.id)
              .sort(),
          ).toEqual(expected),
        );
      }
    }

    // Another table's canvas is refused to every phone.
    const refused = await Promise.all(
      e.seats.map(async (seat, index) => {
        const own = e.view.groups.find((g) =>
          g.members.some((m) => m.participantId === seat.participantId),
        )!;
        const other =
          e.view.groups[(e.view.groups.indexOf(own) + 1 + index) % e.view.groups.length];
        const target = other.id === own.id ? e.view.groups.find((g) => g.id !== own.id)! : other;
        return (await closed(rawCollab(e.server.url, e.meetingId, seat.key, canvas(target.id))))
          .code;
      }),
    );
    expect(new Set(refused)).toEqual(new Set([COLLAB_CLOSE.forbidden]));

    // The Regie and the Beamer see a table's notes; what they write is dropped.
    const table = e.view.groups[0];
    const member = docs.get(table.members[0].participantId)!;
    for (const token of [e.facilitatorToken, e.projectorToken]) {
      const watcher = await openSyncedDoc(e.server.url, e.meetingId, token, {
        kind: canvas(table.id),
      });
      await waitFor(() => expect(readNotes(watcher.doc)).toHaveLength(table.members.length));
      note(watcher.doc, `staff-${token.slice(0, 6)}`, 'Van de zaal');
      await flush(watcher.provider);
      await flush(member.provider);
      expect(readNotes(member.doc)).toHaveLength(table.members.length);
      expect(watcher.provider.wsconnected).toBe(true);
    }
  });

  it('refuses a canvas before the groups are confirmed, to other meetings and unknown tables', async () => {
    const e = await choosingEvening(8);
    const view = await propose(e);
    const seat = e.seats[0];
    const own = view.groups.find((g) =>
      g.members.some((m) => m.participantId === seat.participantId),
    )!;
    // Each refusal is watched from the moment its socket opens: it may arrive at once.
    const refusals = [
      closed(rawCollab(e.server.url, e.meetingId, seat.key, canvas(own.id))),
      closed(rawCollab(e.server.url, e.meetingId, e.facilitatorToken, canvas('no-such-table-1'))),
    ];
    const other = await createMeeting(e.server.url);
    const stranger = await joinMeeting(e.server.url, other.meeting.joinCode);
    refusals.push(closed(rawCollab(e.server.url, e.meetingId, stranger.key, canvas(own.id))));
    refusals.push(
      closed(rawCollab(e.server.url, other.meeting.id, other.facilitatorToken, canvas(own.id))),
    );
    const codes = (await Promise.all(refusals)).map((event) => event.code);
    expect(codes).toEqual(Array(4).fill(COLLAB_CLOSE.forbidden));
    // A late phone with no table (the grouping is only proposed) is refused as well.
    const late = await joinMeeting(e.server.url, e.joinCode);
    expect(
      (await closed(rawCollab(e.server.url, e.meetingId, late.key, canvas(own.id)))).code,
    ).toBe(COLLAB_CLOSE.forbidden);
  });

  it('closes the old canvas of a phone moved after confirming; the new one opens', async () => {
    const e = await confirmedEvening(12);
    const [from, to] = e.view.groups;
    const seat = e.seats.find((s) => s.participantId === from.members[0].participantId)!;
    const assigned = record(seat.socket, 'group:assigned');
    const old = rawCollab(e.server.url, e.meetingId, seat.key, canvas(from.id));
    await accepted(old);
    const closing = closed(old);
    ok(
      await e.regie.emitWithAck('group:move', {
        participantId: seat.participantId,
        groupId: to.id,
      }),
    );
    expect((await closing).code).toBe(COLLAB_CLOSE.forbidden);
    await waitFor(() => expect(assigned.at(-1)?.group?.groupId).toBe(to.id));
    await accepted(rawCollab(e.server.url, e.meetingId, seat.key, canvas(to.id)));
    expect(
      (await closed(rawCollab(e.server.url, e.meetingId, seat.key, canvas(from.id)))).code,
    ).toBe(COLLAB_CLOSE.forbidden);
  });
});

describe('stored-update acknowledgements on a canvas', () => {
  it('tells a phone that asked (?ack=1) the state vector once its note is stored', async () => {
    const e = await confirmedEvening(8);
    const seat = e.seats[0];
    const mine = ok(await seat.socket.emitWithAck('group:mine', {}))!;
    const acks: Map<number, number>[] = [];
    const opened = openDoc(e.server.url, e.meetingId, seat.key, {
      kind: canvas(mine.groupId),
      params: { ack: '1' },
    });
    opened.provider.messageHandlers[MESSAGE_STORED] = (_encoder, decoder) => {
      acks.push(Y.decodeStateVector(decoding.readVarUint8Array(decoder)));
    };
    await waitFor(() => expect(opened.provider.synced).toBe(true));
    note(opened.doc, 'stored-note', 'Buurtmoestuin bij de school');
    const clientId = opened.doc.clientID;
    const written = Y.getState(opened.doc.store, clientId);
    await waitFor(() => expect(acks.at(-1)?.get(clientId) ?? 0).toBeGreaterThanOrEqual(written));
    // What was acknowledged is really on disk, not only in the server's memory.
    expect(readNotes(await storedDoc(e.server.store, mine.canvasDoc)).map((n) => n.text)).toEqual([
      'Buurtmoestuin bij de school',
    ]);
  });
});
