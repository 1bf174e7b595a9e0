/**
 * Two nodes of one installation (issue 13): each a whole app with its own connections to a
 * PostgreSQL and a redis-server the test started, as two machines behind a load balancer would
 * be. People on different nodes must not notice: what one does, the other sees.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { useSharedBackend } from '../helpers/integration/shared-backend.js';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { joinMeeting } from '../helpers/server.js';
import {
  cleanUp,
  connectSocket,
  flush,
  openSyncedDoc,
  rawCollab,
  record,
  useServer,
  waitFor,
} from '../helpers/integration/helpers.js';
import {
  additionId,
  evening,
  ok,
  publishedTheme,
  themeInput,
  toPhase,
} from '../helpers/integration/evening.js';
import {
  followUpEvening,
  kopgroepMember,
  startWorkingGroup,
  textOf,
  writeParagraph,
} from '../helpers/integration/follow-up-setup.js';
import { confirmedEvening, groupOf } from '../helpers/integration/grouping-setup.js';
import { addNote, readNotes } from '../../shared/docs.js';
import { readPlenaryAdditions } from '../../shared/plenary-doc.js';
import { updateFrame } from '../../server/collab/messages.js';
import { COLLAB_CLOSE } from '../../shared/protocol.js';
import { LIMITS } from '../../shared/limits.js';

const services = useSharedBackend();
afterEach(cleanUp);

describe('two nodes on one PostgreSQL and one Redis', () => {
  it('a phone on node A and the Beamer on node B see each other: phase, votes, additions, notes', async () => {
    const shared = await services.backend();
    const e = await evening({ backend: shared });
    const nodeB = await useServer({ backend: shared });
    const beamer = await connectSocket(nodeB.url, e.projectorToken);
    // The phone joins through node B and talks to node A, as a balancer may send it.
    const joined = await joinMeeting(nodeB.url, e.joinCode);
    const phone = await connectSocket(e.server.url, joined.key);

    const phases = record(beamer, 'phase:changed');
    await toPhase(e, 'recognition');
    await waitFor(() => expect(phases.at(-1)?.phase).toBe('recognition'));

    const theme = await publishedTheme(e.regie, themeInput('Groen en spelen', ['Meer bomen.']));
    ok(await e.regie.emitWithAck('recognition:control', { themeId: theme.id, open: true }));
    const tallies = record(beamer, 'tally:changed');
    ok(await phone.emitWithAck('vote:cast', { themeId: theme.id, answer: 'yes' }));
    ok(await e.regie.emitWithAck('recognition:control', { themeId: theme.id, revealed: true }));
    await waitFor(() =>
      expect(tallies.at(-1)?.tally).toMatchObject({
        themeId: theme.id,
        votes: { yes: 1, partly: 0, no: 0 },
      }),
    );

    // An addition sent on node A, approved on node A, on the plenary board node B serves.
    const plenary = await openSyncedDoc(nodeB.url, e.meetingId, e.projectorToken, {
      kind: 'plenary',
    });
    const id = additionId();
    ok(await phone.emitWithAck('addition:send', { id, themeId: theme.id, text: 'Een moestuin' }));
    ok(await e.regie.emitWithAck('addition:moderate', { action: 'approve', id }));
    await waitFor(() =>
      expect(readPlenaryAdditions(plenary.doc).map((a) => a.text)).toEqual(['Een moestuin']),
    );

    // The Regie writes on the welcome board through node A; the phone reads it through node B.
    const board = await openSyncedDoc(e.server.url, e.meetingId, e.facilitatorToken);
    const seen = await openSyncedDoc(nodeB.url, e.meetingId, joined.key);
    addNote(board.doc, { id: 'note0001', text: 'Welkom!', x: 0.5, y: 0.5, createdAt: 1 });
    await flush(board.provider);
    await waitFor(() => expect(readNotes(seen.doc).map((n) => n.text)).toEqual(['Welkom!']));
    // Presence crosses too, anonymous as on one node: the Regie's cursor on the Beamer on B.
    const screenOnB = await openSyncedDoc(nodeB.url, e.meetingId, e.projectorToken);
    board.provider.awareness.setLocalStateField('user', { name: 'Anouk' });
    board.provider.awareness.setLocalStateField('cursor', { x: 0.3, y: 0.7 });
    await waitFor(() =>
      expect(screenOnB.provider.awareness.getStates().get(board.doc.clientID)).toEqual({
        cursor: { x: 0.3, y: 0.7 },
      }),
    );
    // A writer on node B cannot move the presence of someone connected to node A.
    const screenOnA = await openSyncedDoc(e.server.url, e.meetingId, e.projectorToken);
    await waitFor(() =>
      expect(screenOnA.provider.awareness.getStates().has(board.doc.clientID)).toBe(true),
    );
    const spoof = rawCollab(nodeB.url, e.meetingId, e.facilitatorToken);
    await new Promise((resolve) => spoof.once('message', resolve));
    spoof.send(awarenessFrame(board.doc.clientID, 1_000, { cursor: { x: 0, y: 0 } }));
    const marker = await openSyncedDoc(nodeB.url, e.meetingId, e.facilitatorToken);
    marker.provider.awareness.setLocalStateField('cursor', { x: 0.9, y: 0.9 });
    // Once the later marker arrived on A, the spoof (sent before it) would have too.
    await waitFor(() =>
      expect(screenOnA.provider.awareness.getStates().get(marker.doc.clientID)).toEqual({
        cursor: { x: 0.9, y: 0.9 },
      }),
    );
    expect(screenOnA.provider.awareness.getStates().get(board.doc.clientID)).toEqual({
      cursor: { x: 0.3, y: 0.7 },
    });
    // A phone that opens the board later, on either node, gets the note from the store.
    const later = await openSyncedDoc(nodeB.url, e.meetingId, joined.key);
    expect(readNotes(later.doc).map((n) => n.text)).toEqual(['Welkom!']);
  });

  it('a werkgroep writes its plan together from two nodes, each seeing the other', async () => {
    const shared = await services.backend();
    const e = await followUpEvening({ backend: shared });
    const nodeB = await useServer({ backend: shared });
    const group = await startWorkingGroup(e, e.themeA.id);
    // Two volunteers of the same theme, each on their own node.
    const onA = await openSyncedDoc(e.server.url, e.meetingId, e.volunteers.a2.token, {
      kind: `plan/${group.id}`,
    });
    const onB = await openSyncedDoc(nodeB.url, e.meetingId, e.volunteers.a1.token, {
      kind: `plan/${group.id}`,
    });
    writeParagraph(onB, 'goal', 'Veilig naar school');
    await waitFor(() => expect(textOf(onA.doc, 'goal')).toContain('Veilig naar school'));
    writeParagraph(onA, 'goal', 'met drempels');
    await waitFor(() => expect(textOf(onB.doc, 'goal')).toContain('met drempels'));
    // Stored once, in PostgreSQL: a third client gets both from either node.
    await flush(onA.provider);
    await flush(onB.provider);
    const fresh = await openSyncedDoc(nodeB.url, e.meetingId, e.facilitatorToken, {
      kind: `plan/${group.id}`,
    });
    expect(textOf(fresh.doc, 'goal')).toContain('Veilig naar school');
    expect(textOf(fresh.doc, 'goal')).toContain('met drempels');
  });

  it('a kopgroep link revoked on node A closes its page open on node B at once', async () => {
    const shared = await services.backend();
    const e = await followUpEvening({ backend: shared });
    const nodeB = await useServer({ backend: shared });
    const group = await startWorkingGroup(e, e.themeA.id);
    const member = await kopgroepMember(e);
    const socketOnB = await connectSocket(nodeB.url, member.token);
    const planOnB = await openSyncedDoc(nodeB.url, e.meetingId, member.token, {
      kind: `plan/${group.id}`,
    });
    const closes: number[] = [];
    planOnB.provider.on('connection-close', (event: CloseEvent | null) => {
      if (event) closes.push(event.code);
    });

    ok(await e.regie.emitWithAck('coreGroup:revoke', { memberId: member.member.id }));
    await waitFor(() => expect(socketOnB.connected).toBe(false));
    await waitFor(() => expect(closes).toContain(COLLAB_CLOSE.unauthorised));
  });

  it('keeps what one node stored when the other compacts the same document', async () => {
    const shared = await services.backend();
    const e = await evening({ backend: shared });
    const nodeB = await useServer({ backend: shared });
    const onA = await openSyncedDoc(e.server.url, e.meetingId, e.facilitatorToken);
    const onB = await openSyncedDoc(nodeB.url, e.meetingId, e.facilitatorToken);
    for (let i = 0; i < 30; i++) {
      const doc = i % 2 === 0 ? onA.doc : onB.doc;
      addNote(doc, {
        id: `note${String(i).padStart(4, '0')}`,
        text: `${i}`,
        x: 0.1,
        y: 0.1,
        createdAt: i,
      });
    }
    await flush(onA.provider);
    await flush(onB.provider);
    const roomA = await e.server.app.collab.rooms.loaded(`${e.meetingId}/welcome`)!;
    const roomB = await nodeB.app.collab.rooms.loaded(`${e.meetingId}/welcome`)!;
    await Promise.all([roomA.compact(), roomB.compact()]);
    const stored = new Y.Doc();
    for (const update of await e.server.store.loadDocUpdates(`${e.meetingId}/welcome`)) {
      Y.applyUpdate(stored, update);
    }
    expect(readNotes(stored)).toHaveLength(30);
  });

  it("counts join budgets and a phone's additions over both nodes, not per node", async () => {
    const shared = await services.backend();
    const env = { JOIN_BURST: '10' };
    const e = await evening({ backend: shared, env });
    const nodeB = await useServer({ backend: shared, env });
    // One hall behind one address: ten new phones in all, whichever node takes them.
    const attempt = async (url: string) => {
      const res = await fetch(`${url}/api/join`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: e.joinCode }),
      });
      return (await res.json()) as { ok: boolean; code?: string; data?: { key: string } };
    };
    const answers = [];
    for (let i = 0; i < 12; i++) answers.push(await attempt(i % 2 ? nodeB.url : e.server.url));
    expect(answers.map((a) => a.code ?? 'ok')).toEqual([
      ...Array<string>(10).fill('ok'),
      'RATE_LIMITED',
      'RATE_LIMITED',
    ]);

    // The Regie on node A sees the joins of both nodes, and the refusals' warning.
    await waitFor(async () => {
      const stats = ok(await e.regie.emitWithAck('joining:get', {}));
      expect(stats.perMinute.reduce((sum, n) => sum + n, 0)).toBe(10);
      expect(stats.warning).toMatchObject({ joins: 10, refused: 2 });
    });

    // A phone the balancer sends to both nodes gets five additions a minute, not five on each.
    await toPhase(e, 'recognition');
    const key = answers[0].data!.key;
    const sockets = [await connectSocket(e.server.url, key), await connectSocket(nodeB.url, key)];
    const codes: string[] = [];
    for (let i = 0; i < LIMITS.additionsPerMinute + 2; i++) {
      const answer = await sockets[i % 2].emitWithAck('addition:send', {
        id: additionId(),
        themeId: null,
        text: `Idee ${i}`,
      });
      codes.push(answer.ok ? 'ok' : answer.code);
    }
    expect(codes).toEqual([
      ...Array<string>(LIMITS.additionsPerMinute).fill('ok'),
      'RATE_LIMITED',
      'RATE_LIMITED',
    ]);
  });

  it("counts a table's members on both nodes in the Regie's overview", async () => {
    const shared = await services.backend();
    const e = await confirmedEvening(8, { backend: shared });
    const nodeB = await useServer({ backend: shared });
    const table = groupOf(e.view, e.seats[0].participantId);
    const members = e.seats.filter((seat) => groupOf(e.view, seat.participantId).id === table.id);
    expect(members.length).toBeGreaterThanOrEqual(3);
    const kind = `canvas/${table.id}`;
    const open = [
      await openSyncedDoc(e.server.url, e.meetingId, members[0].key, { kind }),
      await openSyncedDoc(nodeB.url, e.meetingId, members[1].key, { kind }),
      await openSyncedDoc(nodeB.url, e.meetingId, members[2].key, { kind }),
    ];
    const connected = async () => {
      const lines = ok(await e.regie.emitWithAck('groups:activity', {}));
      return lines.find((line) => line.groupId === table.id)?.connected;
    };
    await waitFor(async () => expect(await connected()).toBe(3));
    open[2].provider.destroy();
    await waitFor(async () => expect(await connected()).toBe(2));
  });

  it('takes a change that builds on one another node stored but never passed on', async () => {
    const shared = await services.backend();
    const e = await evening({ backend: shared });
    const nodeB = await useServer({ backend: shared });
    const reader = await openSyncedDoc(nodeB.url, e.meetingId, e.projectorToken);
    // A screen on node A writes a note; A stores it and dies before its message reaches B.
    const screen = new Y.Doc();
    Y.applyUpdate(screen, Y.encodeStateAsUpdate(reader.doc));
    const stateBefore = Y.encodeStateVector(screen);
    addNote(screen, { id: 'note0001', text: 'Eerst', x: 0.2, y: 0.2, createdAt: 1 });
    const lost = Y.encodeStateAsUpdate(screen, stateBefore);
    await e.server.store.appendDocUpdate(`${e.meetingId}/welcome`, lost);
    // The screen reconnects to node B and writes on; its next change builds on the lost one.
    const stateAfter = Y.encodeStateVector(screen);
    addNote(screen, { id: 'note0002', text: 'Daarna', x: 0.4, y: 0.4, createdAt: 2 });
    const next = Y.encodeStateAsUpdate(screen, stateAfter);
    const ws = rawCollab(nodeB.url, e.meetingId, e.facilitatorToken);
    await new Promise((resolve) => ws.once('message', resolve));
    ws.send(updateFrame(next));
    await waitFor(() =>
      expect(
        readNotes(reader.doc)
          .map((n) => n.text)
          .sort(),
      ).toEqual(['Daarna', 'Eerst']),
    );
    expect(ws.readyState).toBe(ws.OPEN);
  });

  it('hands the lead of a return meeting between consoles on two nodes', async () => {
    const shared = await services.backend();
    const e = await followUpEvening({ backend: shared });
    const nodeB = await useServer({ backend: shared });
    await startWorkingGroup(e, e.themeA.id);
    const henk = await kopgroepMember(e, 'Henk Bakker');
    const summary = ok(
      await e.regie.emitWithAck('returnMeeting:create', {
        name: 'Terugkomavond',
        date: '2027-02-01',
        place: 'De Schakel',
      }),
    );
    const facilitator = await connectSocket(e.server.url, e.facilitatorToken, {
      auth: { token: e.facilitatorToken, meetingId: summary.id },
    });
    const henkOnB = await connectSocket(nodeB.url, henk.token, {
      auth: { token: henk.token, meetingId: summary.id },
    });
    const heard = record(henkOnB, 'leader:changed');
    ok(await facilitator.emitWithAck('leader:set', { coreGroupMemberId: henk.member.id }));
    await waitFor(() => expect(heard.at(-1)).toEqual({ leaderName: 'Henk Bakker', leading: true }));
    // Node B reads the new leader from the store: Henk's console leads there at once.
    expect(ok(await henkOnB.emitWithAck('session:sync', {})).leading).toBe(true);
    ok(await henkOnB.emitWithAck('leader:set', { coreGroupMemberId: null }));
    expect(ok(await facilitator.emitWithAck('session:sync', {})).leading).toBe(true);
  });
});

/** An awareness frame that speaks for `clientId`, as a hostile client would send it. */
function awarenessFrame(clientId: number, clock: number, state: object): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, 1);
  encoding.writeVarUint(update, clientId);
  encoding.writeVarUint(update, clock);
  encoding.writeVarString(update, JSON.stringify(state));
  const frame = encoding.createEncoder();
  encoding.writeVarUint(frame, 1);
  encoding.writeVarUint8Array(frame, encoding.toUint8Array(update));
  return encoding.toUint8Array(frame);
}
