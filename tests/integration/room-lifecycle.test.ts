import { storedLogLength } from '../helpers/stored-doc.js';
import { afterEach, describe, expect, it } from 'vitest';
import { createMeeting } from '../helpers/server.js';
import {
  cleanUp,
  closed,
  openSyncedDoc,
  rawCollab,
  useServer,
  waitFor,
} from '../helpers/integration/helpers.js';
import { addNote, readNotes } from '../../shared/docs.js';

afterEach(cleanUp);

describe('documents in memory', () => {
  it('unloads a board when its last screen leaves and shows the same notes when it is reopened', async () => {
    const server = await useServer();
    const a = await createMeeting(server.url);
    const b = await createMeeting(server.url);
    const rooms = server.app.collab.rooms;

    const boardA = await openSyncedDoc(server.url, a.meeting.id, a.facilitatorToken);
    const projectorA = await openSyncedDoc(server.url, a.meeting.id, a.projectorToken);
    const boardB = await openSyncedDoc(server.url, b.meeting.id, b.facilitatorToken);
    for (let i = 1; i <= 3; i++) {
      addNote(boardA.doc, {
        id: `a${i}`,
        text: `Thema ${i}`,
        x: 0.1 * i,
        y: 0.5,
        createdAt: i,
      });
    }
    await waitFor(() => expect(readNotes(projectorA.doc)).toHaveLength(3));
    expect(rooms.size).toBe(2);

    boardA.provider.destroy();
    await waitFor(() => expect(rooms.size).toBe(2)); // the projector still has board A open
    projectorA.provider.destroy();
    await waitFor(() => expect(rooms.size).toBe(1));
    boardB.provider.destroy();
    await waitFor(() => expect(rooms.size).toBe(0));
    // Unloading compacted the log of three edits into one snapshot.
    expect(await storedLogLength(server.store, `${a.meeting.id}/welcome`)).toBe(1);

    const reopened = await openSyncedDoc(server.url, a.meeting.id, a.projectorToken);
    expect(readNotes(reopened.doc).map((n) => n.text)).toEqual(['Thema 1', 'Thema 2', 'Thema 3']);
    expect(rooms.size).toBe(1);
    reopened.provider.destroy();
    await waitFor(() => expect(rooms.size).toBe(0));
  });

  it('loads no document for a connection it refuses', async () => {
    const server = await useServer();
    const mine = await createMeeting(server.url);
    const other = await createMeeting(server.url);
    expect(
      await closed(rawCollab(server.url, mine.meeting.id, other.facilitatorToken)),
    ).toMatchObject({
      code: 4403,
    });
    expect(
      await closed(rawCollab(server.url, mine.meeting.id, 'unknown-token-000000000')),
    ).toMatchObject({
      code: 4401,
    });
    expect(server.app.collab.rooms.size).toBe(0);
  });
});
