import { storedDoc } from '../helpers/stored-doc.js';
import type * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { createMeeting, joinMeeting } from '../helpers/server.js';
import {
  cleanUp,
  flush,
  openSyncedDoc,
  useServer,
  waitFor,
} from '../helpers/integration/helpers.js';
import { addNote, readNotes } from '../../shared/docs.js';

afterEach(cleanUp);

const ids = (doc: Y.Doc) => readNotes(doc).map((n) => n.id);

async function boardWithAudience() {
  const server = await useServer();
  const created = await createMeeting(server.url);
  const meetingId = created.meeting.id;
  const [one, two] = [
    await joinMeeting(server.url, created.meeting.joinCode),
    await joinMeeting(server.url, created.meeting.joinCode),
  ];
  const facilitator = await openSyncedDoc(server.url, meetingId, created.facilitatorToken);
  const projector = await openSyncedDoc(server.url, meetingId, created.projectorToken);
  const phone = await openSyncedDoc(server.url, meetingId, one.key);
  const otherPhone = await openSyncedDoc(server.url, meetingId, two.key);
  const facilitatorToken = created.facilitatorToken;
  return {
    server,
    meetingId,
    facilitatorToken,
    facilitator,
    projector,
    phone,
    otherPhone,
  };
}

describe('who may write the welcome board', () => {
  it("shows the facilitator's note on the phones and the projector", async () => {
    const { facilitator, projector, phone, otherPhone } = await boardWithAudience();
    addNote(facilitator.doc, {
      id: 'n1',
      text: 'Welkom in De Schakel',
      x: 0.2,
      y: 0.3,
      createdAt: 1,
    });
    for (const reader of [projector, phone, otherPhone]) {
      await waitFor(() =>
        expect(readNotes(reader.doc)).toEqual([
          {
            id: 'n1',
            text: 'Welkom in De Schakel',
            x: 0.2,
            y: 0.3,
            colour: 'yellow',
            createdAt: 1,
            section: 'how',
          },
        ]),
      );
    }
  });

  it("drops a phone's own note: not on other screens, not stored, and the phone stays connected", async () => {
    const { server, meetingId, facilitatorToken, facilitator, projector, phone, otherPhone } =
      await boardWithAudience();
    // A second facilitator screen (the Regie on another laptop) writes the later note.
    const coFacilitator = await openSyncedDoc(server.url, meetingId, facilitatorToken);

    addNote(phone.doc, {
      id: 'sneaky',
      text: 'Buurman Jan woont op nr. 12',
      x: 0.5,
      y: 0.5,
      createdAt: 1,
    });
    // The server has handled the phone's frame once it answers the phone's next request.
    await flush(phone.provider);

    // A later note by a facilitator reaches every screen, so anything earlier would have too.
    addNote(coFacilitator.doc, {
      id: 'later',
      text: 'Pauze om 20:30',
      x: 0.1,
      y: 0.1,
      createdAt: 2,
    });
    for (const screen of [facilitator, projector, otherPhone, phone]) {
      await waitFor(() => expect(ids(screen.doc)).toContain('later'));
    }
    for (const screen of [facilitator, projector, otherPhone, coFacilitator]) {
      expect(ids(screen.doc)).toEqual(['later']);
    }
    expect(ids(await storedDoc(server.store, `${meetingId}/welcome`))).toEqual(['later']);

    // The phone keeps its connection (its local note is its own business) and still gets updates.
    expect(phone.provider.wsconnected).toBe(true);
    addNote(facilitator.doc, {
      id: 'last',
      text: 'Tot straks',
      x: 0.9,
      y: 0.9,
      createdAt: 3,
    });
    await waitFor(() => expect(ids(phone.doc)).toContain('last'));
  });
});

describe('presence is anonymous', () => {
  it('passes on the cursor of the facilitator but never a name', async () => {
    const { facilitator, projector, phone } = await boardWithAudience();
    facilitator.provider.awareness.setLocalStateField('user', {
      name: 'Anouk',
    });
    facilitator.provider.awareness.setLocalStateField('cursor', { x: 1, y: 2 });
    const facilitatorId = facilitator.doc.clientID;

    for (const reader of [projector, phone]) {
      await waitFor(() =>
        expect(reader.provider.awareness.getStates().get(facilitatorId)).toEqual({
          cursor: { x: 1, y: 2 },
        }),
      );
      for (const state of reader.provider.awareness.getStates().values()) {
        expect(state).not.toHaveProperty('user');
        expect(state).not.toHaveProperty('name');
        expect(JSON.stringify(state)).not.toContain('Anouk');
      }
    }
  });

  it("does not pass on a phone's presence at all", async () => {
    const { facilitator, projector, phone } = await boardWithAudience();
    phone.provider.awareness.setLocalStateField('cursor', { x: 0.4, y: 0.4 });
    await flush(phone.provider);
    facilitator.provider.awareness.setLocalStateField('cursor', {
      x: 0.1,
      y: 0.1,
    });
    await waitFor(() =>
      expect(projector.provider.awareness.getStates().get(facilitator.doc.clientID)).toEqual({
        cursor: { x: 0.1, y: 0.1 },
      }),
    );
    await flush(projector.provider);
    expect(projector.provider.awareness.getStates().has(phone.doc.clientID)).toBe(false);
  });
});
