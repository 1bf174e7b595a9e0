/**
 * The client's CollabDoc against the real server: the status a screen shows, the "nog niet
 * verstuurd" mark until the server stored an edit, and what a refusal or a rejected change does
 * to the connection and to the copy on the device. A browser's IndexedDB does not run in Node;
 * the device copy here is a document kept in memory, with the same three calls.
 */
import * as Y from 'yjs';
import WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { createMeeting, joinMeeting } from '../helpers/server.js';
import {
  cleanUp,
  collabUrl,
  onCleanup,
  useServer,
  waitFor,
} from '../helpers/integration/helpers.js';
import { CollabDoc } from '../../client/lib/collab-doc.js';
import type { CollabDocOptions, LocalCopy } from '../../client/lib/collab-doc.js';
import { withToken } from '../../shared/collab-auth.js';
import { addNote, notesOf, readNotes } from '../../shared/docs.js';
import { LIMITS } from '../../shared/limits.js';

afterEach(cleanUp);

/** A device copy in memory: what it holds survives the CollabDoc, as IndexedDB does. */
class MemoryCopy implements LocalCopy {
  readonly whenSynced = Promise.resolve();
  cleared = false;
  async clearData(): Promise<void> {
    this.cleared = true;
  }
  async destroy(): Promise<void> {}
}

async function evening() {
  const server = await useServer();
  const created = await createMeeting(server.url);
  const { key } = await joinMeeting(server.url, created.meeting.joinCode);
  const welcome = `${created.meeting.id}/welcome`;
  const copies: MemoryCopy[] = [];
  const open = (token: string, options: CollabDocOptions = {}) => {
    const link = {
      url: collabUrl(server.url),
      WebSocket: withToken(WebSocket, token) as unknown as typeof globalThis.WebSocket,
      localCopy: () => {
        const copy = new MemoryCopy();
        copies.push(copy);
        return copy;
      },
    };
    const opened = new CollabDoc(welcome, link, options);
    onCleanup(() => opened.destroy());
    return opened;
  };
  return { open, copies, facilitator: created.facilitatorToken, phone: key };
}

describe('a collaborative document as a screen opens it', () => {
  it('connects, syncs, and marks an edit unsent until the server stored it', async () => {
    const e = await evening();
    const board = e.open(e.facilitator, { keep: true });
    expect(board.status).toBe('connecting');
    await waitFor(() => expect(board.status).toBe('synced'));
    expect(board.loaded).toBe(true);
    expect(board.unsent).toBe(false);

    addNote(board.doc, { id: 'n1', text: 'Welkom', x: 0.5, y: 0.5, createdAt: 1 });
    expect(board.unsent).toBe(true);
    await waitFor(() => expect(board.unsent).toBe(false));

    const reader = e.open(e.phone);
    await waitFor(() => expect(readNotes(reader.doc).map((n) => n.id)).toEqual(['n1']));
    expect(reader.unsent).toBe(false);
  });

  it('stops and says "refused" for a link the server does not know, and tells its owner', async () => {
    const e = await evening();
    let told = 0;
    const options = { keep: true, forgetWhenRefused: true, onrefused: () => told++ };
    const doc = e.open('not-a-real-token-0000000000000000', options);
    await waitFor(() => expect(doc.status).toBe('refused'));
    await waitFor(() => expect(told).toBe(1));
    expect(e.copies[0]!.cleared).toBe(true);
    // It does not knock again: still refused, still told once, a while later.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(doc.status).toBe('refused');
    expect(told).toBe(1);
  });

  it('keeps the device copy after a refusal unless asked to forget it', async () => {
    const e = await evening();
    const doc = e.open('not-a-real-token-0000000000000000', { keep: true });
    await waitFor(() => expect(doc.status).toBe('refused'));
    expect(e.copies[0]!.cleared).toBe(false);
  });

  it('says "rejected" and drops the device copy when the server refuses a change', async () => {
    const e = await evening();
    const board = e.open(e.facilitator, { keep: true });
    await waitFor(() => expect(board.status).toBe('synced'));
    // Written past shared/docs (which would refuse it) the way an old or broken client might.
    const note = new Y.Map<unknown>();
    board.doc.transact(() => {
      notesOf(board.doc).set('long', note as never);
      note.set('text', 'x'.repeat(LIMITS.noteTextLength + 1));
    });
    await waitFor(() => expect(board.status).toBe('rejected'));
    expect(e.copies[0]!.cleared).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(board.status).toBe('rejected');
  });

  it('comes back by itself after the server closed it for sending too fast, and loses nothing', async () => {
    const e = await evening();
    const board = e.open(e.facilitator, { keep: true });
    await waitFor(() => expect(board.status).toBe('synced'));
    // One frame per note, more in a second than the server takes (4429): a burst of edits from a
    // device that was offline a long time and sends them one by one.
    const burst = LIMITS.collabFramesPerSecond + 50;
    for (let i = 0; i < burst; i++) {
      addNote(board.doc, { id: `n${i}`, text: `${i}`, x: 0.5, y: 0.5, createdAt: i });
    }
    await waitFor(() => expect(board.status).toBe('offline'));
    await waitFor(() => expect(board.status).toBe('synced'), 15_000);
    await waitFor(() => expect(board.unsent).toBe(false), 15_000);
    const reader = e.open(e.phone);
    await waitFor(() => expect(readNotes(reader.doc)).toHaveLength(burst));
    expect(e.copies[0]!.cleared).toBe(false);
  });
});
