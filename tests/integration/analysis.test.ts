/**
 * Step 3 of the method (issue 14): the evening's analysis board, `<meetingId>/analysis`. The
 * kopgroep and the Regie sort the conversations' cards into clusters together, live; nobody else
 * opens the board or asks its commands. Real server, Socket.IO and y-websocket.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCluster,
  analysisCardsOf,
  analysisClustersOf,
  cardKey,
  chooseCard,
  placeCard,
  readCards,
  readClusters,
  sortCard,
  updateCluster,
} from '../../shared/analysis-doc.js';
import { COLLAB_CLOSE } from '../../shared/codes.js';
import { LIMITS } from '../../shared/limits.js';
import {
  cleanUp,
  closed,
  connectSocket,
  flush,
  once,
  rawCollab,
  waitFor,
} from '../helpers/integration/helpers.js';
import { ok, phone, refusal } from '../helpers/integration/evening.js';
import { otherMeeting, tokenOf } from '../helpers/integration/signup-helpers.js';
import { createReturnMeeting } from '../helpers/integration/return-setup.js';
import { captureUpdate, rawEntry, updateFrame } from '../helpers/integration/conversation-setup.js';
import { analysisEvening, openBoard, storedBoard } from '../helpers/integration/analysis-setup.js';

afterEach(cleanUp);

const cluster = (id: string, name: string, createdAt = 1) => ({
  id,
  name,
  x: 0.5,
  y: 0.5,
  createdAt,
});

describe('the analysis board', () => {
  it('is written by the kopgroep and the Regie together, live, and two moves of one card at once end alike', async () => {
    const e = await analysisEvening();
    const kopgroep = await openBoard(e, e.kopgroepToken);
    const regie = await openBoard(e, e.facilitatorToken);
    const story = cardKey(e.linde.id, 'linde0001');
    const quote = cardKey(e.ouders.id, 'ouders001');

    // A cluster made by one is seen by the other, and the other's by the one.
    addCluster(kopgroep.doc, cluster('ontmoeten', 'Ontmoeten'));
    addCluster(regie.doc, cluster('spelen01', 'Spelen', 2));
    placeCard(kopgroep.doc, story, 0.1, 0.9);
    placeCard(regie.doc, quote, 0.2, 0.8);
    await waitFor(() => {
      for (const board of [kopgroep, regie]) {
        expect(readClusters(board.doc).map((c) => c.name)).toEqual(['Ontmoeten', 'Spelen']);
        expect(readCards(board.doc)).toHaveLength(2);
      }
    });

    // Both move the same card into a different cluster at once (neither has seen the other's
    // move), while each changes something else too.
    kopgroep.provider.disconnect();
    regie.provider.disconnect();
    sortCard(kopgroep.doc, story, 'ontmoeten');
    updateCluster(kopgroep.doc, 'spelen01', { name: 'Spelen en bewegen' });
    sortCard(regie.doc, story, 'spelen01');
    chooseCard(regie.doc, quote, true);
    kopgroep.provider.connect();
    regie.provider.connect();
    await waitFor(() => {
      expect(readCards(kopgroep.doc)).toEqual(readCards(regie.doc));
      expect(readClusters(kopgroep.doc)).toEqual(readClusters(regie.doc));
      expect(analysisCardsOf(regie.doc).get(quote)?.get('chosen')).toBe(true);
      expect(readClusters(regie.doc).map((c) => c.name)).toContain('Spelen en bewegen');
    });
    await flush(kopgroep.provider);
    await flush(regie.provider);
    const [sorted] = readCards(regie.doc).filter((card) => card.key === story);
    expect(['ontmoeten', 'spelen01']).toContain(sorted.cluster);
    // Nothing else was lost: the stored board says the same as both screens.
    const stored = await storedBoard(e);
    expect(readCards(stored)).toEqual(readCards(regie.doc));
    expect(readClusters(stored)).toEqual(readClusters(regie.doc));
    expect(readCards(stored).find((card) => card.key === quote)).toMatchObject({
      chosen: true,
      x: 0.2,
      y: 0.8,
      cluster: null,
    });
  });

  it('has a bad change refused whole (4422) and nothing of it stored', async () => {
    // These writes misbehave on purpose, more often than a link may in a minute.
    const e = await analysisEvening({ env: { COLLAB_STRIKES_PER_MINUTE: '1000' } });
    const board = await openBoard(e, e.kopgroepToken);
    addCluster(board.doc, cluster('ontmoeten', 'Ontmoeten'));
    await flush(board.provider);
    const good = cardKey(e.linde.id, 'linde0001');
    const hostile: [string, (doc: Y.Doc) => void][] = [
      ['an unknown root', (doc) => doc.getMap('notes').set('note0001', rawEntry({ text: 'x' }))],
      [
        'a name over the limit',
        (doc) =>
          analysisClustersOf(doc).set(
            'lang0001',
            rawEntry({ ...cluster('lang0001', 'x'.repeat(LIMITS.analysisClusterNameLength + 1)) }),
          ),
      ],
      [
        'a card key that is not two ids',
        (doc) => analysisCardsOf(doc).set('linde0001', rawEntry({ chosen: true })),
      ],
      [
        'a card key of three parts',
        (doc) => analysisCardsOf(doc).set(`${good}.extra`, rawEntry({ chosen: true })),
      ],
      [
        'a chosen that is not a boolean',
        (doc) => analysisCardsOf(doc).set(good, rawEntry({ chosen: 'ja' })),
      ],
      [
        'a card with a text of its own',
        (doc) => analysisCardsOf(doc).set(good, rawEntry({ text: 'Mevrouw Jansen' })),
      ],
      [
        'a position off the board',
        (doc) => analysisCardsOf(doc).set(good, rawEntry({ x: 2, y: 0.5 })),
      ],
      [
        'a good card and a bad cluster at once',
        (doc) => {
          analysisCardsOf(doc).set(good, rawEntry({ cluster: 'ontmoeten' }));
          analysisClustersOf(doc).set('slecht01', rawEntry({ name: 42 }));
        },
      ],
    ];
    for (const [label, change] of hostile) {
      const copy = new Y.Doc();
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(board.doc));
      const update = captureUpdate(copy, () => change(copy));
      const ws = rawCollab(e.server.url, e.meetingId, e.kopgroepToken, 'analysis');
      await once(ws, 'message');
      const end = closed(ws);
      ws.send(updateFrame(update));
      expect((await end).code, label).toBe(COLLAB_CLOSE.rejected);
    }
    const stored = await storedBoard(e);
    expect(readClusters(stored).map((c) => c.id)).toEqual(['ontmoeten']);
    expect(analysisCardsOf(stored).size).toBe(0);
    expect([...stored.share.keys()].sort()).toEqual(['cards', 'clusters']);
  });

  it(`refuses the cluster past ${LIMITS.analysisClusters} whole (4422)`, async () => {
    const e = await analysisEvening();
    const board = await openBoard(e, e.facilitatorToken);
    for (let i = 0; i < LIMITS.analysisClusters; i++) {
      expect(
        addCluster(board.doc, cluster(`cluster${String(i).padStart(3, '0')}`, `C${i}`, i)),
      ).toBe(true);
    }
    // The helper itself stops there; a peer that does not is refused.
    expect(addCluster(board.doc, cluster('cluster999', 'Te veel'))).toBe(false);
    await flush(board.provider);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(board.doc));
    const update = captureUpdate(copy, () =>
      analysisClustersOf(copy).set('cluster999', rawEntry(cluster('cluster999', 'Te veel'))),
    );
    const ws = rawCollab(e.server.url, e.meetingId, e.facilitatorToken, 'analysis');
    await once(ws, 'message');
    const end = closed(ws);
    ws.send(updateFrame(update));
    expect((await end).code).toBe(COLLAB_CLOSE.rejected);
    expect(readClusters(await storedBoard(e))).toHaveLength(LIMITS.analysisClusters);
  });

  it('is refused to the gespreksleider, the hall, another evening and a return meeting, with its commands', async () => {
    const e = await analysisEvening();
    const host = ok(await e.regie.emitWithAck('tablehost:create', { label: 'Tafel 1' }));
    const resident = await phone(e);
    const other = await otherMeeting(e.server);
    const refused = [
      { name: 'gespreksleider', token: e.linde.token },
      { name: 'Beamer', token: e.projectorToken },
      { name: 'phone', token: resident.key },
      { name: 'tafelhulp', token: host.token },
      { name: "another evening's Regie", token: other.facilitatorToken },
    ];
    for (const { name, token } of refused) {
      const ws = rawCollab(e.server.url, e.meetingId, token, 'analysis');
      expect((await closed(ws)).code, name).toBe(COLLAB_CLOSE.forbidden);
      const socket = await connectSocket(e.server.url, token);
      if (name.startsWith('another')) {
        // Its own evening has no such cluster and none of these conversations.
        expect(ok(await socket.emitWithAck('analysis:cards', {})), name).toEqual([]);
        expect(
          refusal(await socket.emitWithAck('analysis:theme', { clusterId: 'ontmoeten' })),
        ).toBe('NOT_FOUND');
        continue;
      }
      expect(refusal(await socket.emitWithAck('analysis:cards', {})), name).toBe('FORBIDDEN');
      expect(
        refusal(await socket.emitWithAck('analysis:theme', { clusterId: 'ontmoeten' })),
        name,
      ).toBe('FORBIDDEN');
    }
    // A return meeting has no board: its consoles are refused the commands, and its name opens
    // for nobody, its own Regie's link included.
    const created = await createReturnMeeting(e.kopgroep);
    for (const token of [e.facilitatorToken, e.kopgroepToken]) {
      const console = await connectSocket(e.server.url, token, {
        auth: { token, meetingId: created.id },
      });
      expect(refusal(await console.emitWithAck('analysis:cards', {}))).toBe('WRONG_PHASE');
      const ws = rawCollab(e.server.url, created.id, token, 'analysis');
      expect((await closed(ws)).code).toBe(COLLAB_CLOSE.forbidden);
    }
    // Nor does a board of a meeting that does not exist.
    const nowhere = rawCollab(e.server.url, 'nosuchmeeting1', e.facilitatorToken, 'analysis');
    expect((await closed(nowhere)).code).toBe(COLLAB_CLOSE.forbidden);
  });

  it("closes a revoked kopgroep member's open board at once, and opens it no more", async () => {
    const e = await analysisEvening();
    const invited = ok(await e.regie.emitWithAck('coreGroup:invite', { name: 'Ans de Vries' }));
    const token = tokenOf(invited.link);
    const ws = rawCollab(e.server.url, e.meetingId, token, 'analysis');
    await once(ws, 'message');
    const end = closed(ws);
    ok(await e.regie.emitWithAck('coreGroup:revoke', { memberId: invited.member.id }));
    expect((await end).code).toBe(COLLAB_CLOSE.unauthorised);
    const again = rawCollab(e.server.url, e.meetingId, token, 'analysis');
    expect((await closed(again)).code).toBe(COLLAB_CLOSE.unauthorised);
  });
});
