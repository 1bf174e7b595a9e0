/**
 * Step 2 of the method (issue 14): what a gespreksleider's link may write, and what happens to
 * it when the kopgroep makes a new one or revokes it. Real server, Socket.IO and y-websocket.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import { withToken } from '../../shared/collab-auth.js';
import {
  addEntry,
  conversationEntriesOf,
  conversationMetaOf,
} from '../../shared/conversation-doc.js';
import { COLLAB_CLOSE } from '../../shared/codes.js';
import { LIMITS } from '../../shared/limits.js';
import {
  cleanUp,
  closed,
  collabUrl,
  connectSocket,
  flush,
  once,
  onCleanup,
  rawCollab,
  refusedSocket,
  waitFor,
} from '../helpers/integration/helpers.js';
import { ok } from '../helpers/integration/evening.js';
import { tokenOf } from '../helpers/integration/signup-helpers.js';
import {
  captureUpdate,
  conversationEvening,
  openConversation,
  plannedConversation,
  rawEntry,
  storedEntries,
  updateFrame,
} from '../helpers/integration/conversation-setup.js';

afterEach(cleanUp);

const good = { kind: 'story', speaker: 1, text: 'Goed verhaal', createdAt: 1 };

describe("a gespreksleider's link", () => {
  it('has a bad entry refused whole (4422) and nothing of it stored', async () => {
    // These writes misbehave on purpose, more often than a link may in a minute.
    const e = await conversationEvening({ env: { COLLAB_STRIKES_PER_MINUTE: '1000' } });
    const { conversation, token } = await plannedConversation(e.kopgroep);
    const record = await openConversation(e, token, conversation.id);
    addEntry(record.doc, { id: 'entry0001', ...good } as never);
    await flush(record.provider);
    const hostile: [string, (doc: Y.Doc) => void][] = [
      [
        'text too long',
        (doc) =>
          conversationEntriesOf(doc).set(
            'entry0002',
            rawEntry({ ...good, text: 'x'.repeat(LIMITS.conversationEntryLength + 1) }) as never,
          ),
      ],
      [
        'unknown field',
        (doc) =>
          conversationEntriesOf(doc).set(
            'entry0002',
            rawEntry({ ...good, email: 'a@b.nl' }) as never,
          ),
      ],
      [
        'speaker 0',
        (doc) =>
          conversationEntriesOf(doc).set('entry0002', rawEntry({ ...good, speaker: 0 }) as never),
      ],
      [
        'speaker 99',
        (doc) =>
          conversationEntriesOf(doc).set('entry0002', rawEntry({ ...good, speaker: 99 }) as never),
      ],
      [
        'unknown kind',
        (doc) =>
          conversationEntriesOf(doc).set(
            'entry0002',
            rawEntry({ ...good, kind: 'roddel' }) as never,
          ),
      ],
      ['too many residents', (doc) => conversationMetaOf(doc).set('residents', 999)],
      [
        'a good entry and a bad one at once',
        (doc) => {
          conversationEntriesOf(doc).set('entry0003', rawEntry(good) as never);
          conversationEntriesOf(doc).set('entry0004', rawEntry({ ...good, speaker: 21 }) as never);
        },
      ],
    ];
    for (const [label, change] of hostile) {
      const copy = new Y.Doc();
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(record.doc));
      const update = captureUpdate(copy, () => change(copy));
      const ws = rawCollab(e.server.url, e.meetingId, token, `conversation/${conversation.id}`);
      await once(ws, 'message');
      const end = closed(ws);
      ws.send(updateFrame(update));
      expect((await end).code, label).toBe(COLLAB_CLOSE.rejected);
    }
    expect((await storedEntries(e, conversation.id)).map((x) => x.id)).toEqual(['entry0001']);
    const [summary] = ok(await e.kopgroep.emitWithAck('conversation:list', {}));
    expect(summary).toMatchObject({ residents: null, entries: 1 });
    // A name with a story is taken by the shape (only an offer's is ever read back).
    addEntry(record.doc, { id: 'entry0005', ...good, createdAt: 5 } as never);
    conversationEntriesOf(record.doc).get('entry0005')!.set('name', 'Kees');
    await flush(record.provider);
    await waitFor(async () =>
      expect((await storedEntries(e, conversation.id)).map((x) => [x.id, x.name])).toEqual([
        ['entry0001', undefined],
        ['entry0005', undefined],
      ]),
    );
  });

  it('made anew closes the old link at once; what the device still holds goes through with the new one', async () => {
    const e = await conversationEvening();
    const first = await plannedConversation(e.kopgroep);
    const id = first.conversation.id;
    const leader = await connectSocket(e.server.url, first.token);
    const record = await openConversation(e, first.token, id, { ack: '1' });
    addEntry(record.doc, { id: 'entry0001', ...good } as never);
    await flush(record.provider);

    const socketGone = once<string>(leader, 'disconnect');
    const recordGone = closed(record.provider.ws as never);
    const issued = ok(await e.kopgroep.emitWithAck('conversation:link', { id }));
    expect(await socketGone).toBe('io server disconnect');
    expect((await recordGone).code).toBe(COLLAB_CLOSE.unauthorised);
    record.provider.destroy();
    expect((await refusedSocket(e.server.url, first.token)).message).toBe('UNAUTHORISED');
    const again = rawCollab(e.server.url, e.meetingId, first.token, `conversation/${id}`);
    expect((await closed(again)).code).toBe(COLLAB_CLOSE.unauthorised);

    // Offline meanwhile, the gespreksleider kept recording on the same device.
    addEntry(record.doc, { id: 'entry0002', ...good, createdAt: 2 } as never);
    const newToken = tokenOf(issued.link);
    const provider = new WebsocketProvider(
      collabUrl(e.server.url),
      `${e.meetingId}/conversation/${id}`,
      record.doc,
      {
        WebSocketPolyfill: withToken(WebSocket, newToken) as unknown as typeof globalThis.WebSocket,
        params: { ack: '1' },
        disableBc: true,
      },
    );
    onCleanup(() => provider.destroy());
    await waitFor(() => expect(provider.synced).toBe(true));
    addEntry(record.doc, { id: 'entry0003', ...good, createdAt: 3 } as never);
    await flush(provider);
    await waitFor(async () =>
      expect((await storedEntries(e, id)).map((x) => x.id)).toEqual([
        'entry0001',
        'entry0002',
        'entry0003',
      ]),
    );
    ok(await (await connectSocket(e.server.url, newToken)).emitWithAck('conversation:mine', {}));
  });

  it('revoked stops working at once and opens nothing after; the record stays for the kopgroep', async () => {
    const e = await conversationEvening();
    const { conversation, token } = await plannedConversation(e.regie);
    const leader = await connectSocket(e.server.url, token);
    const record = await openConversation(e, token, conversation.id);
    addEntry(record.doc, { id: 'entry0001', ...good } as never);
    await flush(record.provider);
    const socketGone = once<string>(leader, 'disconnect');
    const recordGone = closed(record.provider.ws as never);
    ok(await e.kopgroep.emitWithAck('conversation:revoke', { id: conversation.id }));
    expect(await socketGone).toBe('io server disconnect');
    expect((await recordGone).code).toBe(COLLAB_CLOSE.unauthorised);
    record.provider.destroy();
    expect((await refusedSocket(e.server.url, token)).message).toBe('UNAUTHORISED');
    const [summary] = ok(await e.kopgroep.emitWithAck('conversation:list', {}));
    expect(summary).toMatchObject({ linkIssuedAt: null, entries: 1 });
  });
});
