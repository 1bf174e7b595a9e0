/**
 * Phones and the projector can answer and read, nothing more: every staff command is refused
 * and changes nothing, and the plenary board is written by the server alone.
 */
import { storedDoc } from '../helpers/stored-doc.js';
import type * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, flush, openSyncedDoc, untyped, waitFor } from '../helpers/integration/helpers.js';
import type { ClientSocket } from '../helpers/integration/helpers.js';
import {
  additionId,
  evening,
  ok,
  participantIdOf,
  phone,
  publishedTheme,
  themeInput,
  toPhase,
} from '../helpers/integration/evening.js';
import type { Evening } from '../helpers/integration/evening.js';
import { putPlenaryAddition, readPlenaryAdditions } from '../../shared/plenary-doc.js';

afterEach(cleanUp);

/** What the Regie can see of the meeting's state, to compare before and after refused commands. */
async function staffView(e: Evening) {
  return {
    themes: ok(await e.regie.emitWithAck('themes:list', {})),
    tallies: ok(await e.regie.emitWithAck('tally:list', {})),
    additions: ok(await e.regie.emitWithAck('addition:list', {})),
    tableHosts: ok(await e.regie.emitWithAck('tablehost:list', {})),
    meeting: ok(await e.regie.emitWithAck('session:sync', {})).meeting,
  };
}

const plenaryIds = (doc: Y.Doc) => readPlenaryAdditions(doc).map((addition) => addition.id);

describe('phones and the projector cannot run the evening', () => {
  it('refuses every staff command from a phone or the projector, and nothing changes', async () => {
    const e = await evening();
    await toPhase(e, 'recognition');
    const theme = await publishedTheme(
      e.regie,
      themeInput('Groen en spelen', ['Het speelveldje is een modderpoel.']),
    );
    const draft = ok(await e.regie.emitWithAck('theme:create', themeInput('Concept')));
    const resident = await phone(e);
    const sent = additionId();
    ok(
      await resident.socket.emitWithAck('addition:send', {
        id: sent,
        themeId: theme.id,
        text: 'Meer bomen',
      }),
    );
    const before = await staffView(e);

    const attempts: [string, unknown][] = [
      ['theme:create', themeInput('Van een telefoon')],
      ['theme:update', { themeId: theme.id, theme: themeInput('Overgenomen') }],
      ['theme:publish', { themeId: draft.id, published: true, force: true }],
      ['theme:hide', { themeId: theme.id, hidden: true }],
      ['theme:delete', { themeId: theme.id }],
      ['theme:reorder', { themeIds: [draft.id, theme.id] }],
      ['theme:import', { format: 'markdown', text: '# Overgenomen\n> ja' }],
      ['flag:dismiss', { themeId: draft.id, class: 'name', text: 'Jansen' }],
      ['focus:set', { themeId: theme.id }],
      ['recognition:control', { themeId: theme.id, open: true, revealed: true }],
      ['hands:set', { themeId: theme.id, hands: { yes: 99, partly: 0, no: 0 } }],
      ['addition:list', {}],
      ['addition:moderate', { action: 'approve', id: sent }],
      ['addition:moderate', { action: 'reject', id: sent }],
      ['addition:promote', { id: sent, title: 'Bomen' }],
      ['tablehost:create', { label: 'Tafel van de telefoon' }],
      ['tablehost:list', {}],
      ['assisted:add', {}],
      ['phase:set', { phase: 'recognition' }],
    ];
    for (const [name, socket] of [
      ['phone', resident.socket],
      ['projector', e.beamer],
    ] as const) {
      for (const [event, payload] of attempts) {
        expect(await untyped(socket).emitWithAck(event, payload), `${name} ${event}`).toMatchObject(
          {
            ok: false,
            code: 'FORBIDDEN',
          },
        );
      }
    }
    expect(await staffView(e)).toEqual(before);
  });

  it('refuses answers from the projector and the Regie, and an attendee answering for someone else', async () => {
    const e = await evening();
    await toPhase(e, 'recognition');
    const theme = await publishedTheme(e.regie, themeInput('Zorg dichtbij'));
    ok(await e.regie.emitWithAck('recognition:control', { themeId: theme.id, open: true }));
    const [resident, neighbour] = [await phone(e), await phone(e)];
    const neighbourId = await participantIdOf(e.server, neighbour.key);
    const ownId = await participantIdOf(e.server, resident.key);

    const vote = (socket: ClientSocket, onBehalfOf?: string) =>
      socket.emitWithAck('vote:cast', { themeId: theme.id, answer: 'yes', onBehalfOf });
    const add = (socket: ClientSocket, onBehalfOf?: string) =>
      socket.emitWithAck('addition:send', {
        id: additionId(),
        themeId: null,
        text: 'Namens een ander',
        onBehalfOf,
      });
    for (const socket of [e.beamer, e.regie]) {
      expect(await vote(socket)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await add(socket)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await socket.emitWithAck('vote:mine', {})).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
    }
    for (const onBehalfOf of [neighbourId, ownId]) {
      expect(await vote(resident.socket, onBehalfOf)).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
      expect(await add(resident.socket, onBehalfOf)).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
      expect(await resident.socket.emitWithAck('vote:mine', { onBehalfOf })).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
    }
    expect(ok(await e.regie.emitWithAck('tally:list', {}))[0].votes).toEqual({
      yes: 0,
      partly: 0,
      no: 0,
    });
    expect(ok(await e.regie.emitWithAck('addition:list', {}))).toEqual([]);
    expect(ok(await neighbour.socket.emitWithAck('vote:mine', {}))).toEqual({});
  });
});

describe('the plenary board is written by the server alone', () => {
  it("drops anyone's own write: not on other screens, not stored, and the writer stays connected", async () => {
    const e = await evening();
    await toPhase(e, 'recognition');
    const [resident, other] = [await phone(e), await phone(e)];
    const board = async (token: string) =>
      openSyncedDoc(e.server.url, e.meetingId, token, { kind: 'plenary' });
    const writers = {
      phone: await board(resident.key),
      projector: await board(e.projectorToken),
      facilitator: await board(e.facilitatorToken),
    };
    const reader = await board(other.key);

    for (const [name, { doc, provider }] of Object.entries(writers)) {
      putPlenaryAddition(doc, {
        id: `sneaky-${name}`,
        themeId: '',
        text: 'Buurman Jan is gek',
        weight: 99,
        approvedAt: 1,
      });
      // The server has handled the frame once it answers this connection's next request.
      await flush(provider);
    }

    // A moderated addition written by the server reaches every screen, so anything earlier would have too.
    const id = additionId();
    ok(
      await other.socket.emitWithAck('addition:send', {
        id,
        themeId: null,
        text: 'Een bankje bij de kerk',
      }),
    );
    ok(await e.regie.emitWithAck('addition:moderate', { action: 'approve', id }));
    for (const [name, screen] of [...Object.entries(writers), ['reader', reader] as const]) {
      await waitFor(() => expect(plenaryIds(screen.doc), name).toContain(id));
      // Each writer keeps only its own local attempt; nobody receives another's.
      const own = name === 'reader' ? [] : [`sneaky-${name}`];
      expect(plenaryIds(screen.doc).sort(), name).toEqual([id, ...own].sort());
      expect(screen.provider.wsconnected, name).toBe(true);
    }
    expect(plenaryIds(await storedDoc(e.server.store, `${e.meetingId}/plenary`))).toEqual([id]);
  });
});
