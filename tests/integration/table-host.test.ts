/**
 * The table host (tafelhulp) answers for residents without a phone, each as their own anonymous
 * participant, and can do nothing else.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  cleanUp,
  connectSocket,
  record,
  refusedSocket,
  waitFor,
} from '../helpers/integration/helpers.js';
import type { ClientSocket } from '../helpers/integration/helpers.js';
import {
  additionId,
  evening,
  ok,
  participantIdOf,
  phone,
  publishedTheme,
  refusal,
  roundTrip,
  themeInput,
  toPhase,
} from '../helpers/integration/evening.js';
import type { Evening } from '../helpers/integration/evening.js';
import type { AssistedPerson } from '../../shared/protocol.js';

afterEach(cleanUp);

async function tableHost(e: Evening, label: string): Promise<ClientSocket> {
  const link = ok(await e.regie.emitWithAck('tablehost:create', { label }));
  expect(link).toMatchObject({ label });
  expect(link.token.length).toBeGreaterThanOrEqual(22);
  const socket = await connectSocket(e.server.url, link.token);
  const session = ok(await socket.emitWithAck('session:sync', {}));
  expect(session).toMatchObject({ role: 'tableHost', participantNumber: null });
  expect(session).not.toHaveProperty('projectorToken');
  return socket;
}

async function openTheme(e: Evening, title: string) {
  const theme = await publishedTheme(e.regie, themeInput(title));
  ok(await e.regie.emitWithAck('recognition:control', { themeId: theme.id, open: true }));
  return theme;
}

describe('a table host', () => {
  it('enters people without a phone, who are counted and answer each for themself', async () => {
    const e = await evening();
    await toPhase(e, 'recognition');
    const theme = await openTheme(e, 'Zorg dichtbij');
    const resident = await phone(e);
    // The phone's own count has arrived before we start listening.
    await Promise.all([roundTrip(e.regie), roundTrip(e.beamer)]);
    const counts = record(e.regie, 'attendees:counted');
    const projectorCounts = record(e.beamer, 'attendees:counted');
    const host = await tableHost(e, 'Tafel 3');
    expect(ok(await e.regie.emitWithAck('tablehost:list', {})).map((h) => h.label)).toEqual([
      'Tafel 3',
    ]);

    const people: AssistedPerson[] = [];
    for (let i = 0; i < 2; i++) people.push(ok(await host.emitWithAck('assisted:add', {})));
    expect(people.map((person) => person.number)).toEqual([
      resident.participantNumber + 1,
      resident.participantNumber + 2,
    ]);
    expect(ok(await host.emitWithAck('assisted:list', {}))).toEqual(people);
    await waitFor(() => expect(counts.map(({ count }) => count)).toEqual([2, 3]));
    await waitFor(() => expect(projectorCounts.at(-1)).toEqual({ count: 3 }));

    // Everyone says "herken ik": the phone, and the table host for each of its two people.
    ok(await resident.socket.emitWithAck('vote:cast', { themeId: theme.id, answer: 'yes' }));
    for (const person of people) {
      ok(
        await host.emitWithAck('vote:cast', {
          themeId: theme.id,
          answer: 'yes',
          onBehalfOf: person.participantId,
        }),
      );
    }
    // One of them changes their mind: replaced, not added.
    ok(
      await host.emitWithAck('vote:cast', {
        themeId: theme.id,
        answer: 'partly',
        onBehalfOf: people[1].participantId,
      }),
    );
    expect(ok(await e.regie.emitWithAck('tally:list', {}))).toEqual([
      {
        themeId: theme.id,
        votes: { yes: 2, partly: 1, no: 0 },
        hands: { yes: 0, partly: 0, no: 0 },
      },
    ]);
    expect(
      ok(await host.emitWithAck('vote:mine', { onBehalfOf: people[1].participantId })),
    ).toEqual({
      [theme.id]: 'partly',
    });

    // Additions for each person count separately and are marked as entered by a table host.
    for (const [i, person] of people.entries()) {
      ok(
        await host.emitWithAck('addition:send', {
          id: additionId(),
          themeId: theme.id,
          text: `Een buurtbus naar de huisarts (${i + 1})`,
          onBehalfOf: person.participantId,
        }),
      );
    }
    const queue = ok(await e.regie.emitWithAck('addition:list', {}));
    expect(queue.map((addition) => addition.assisted)).toEqual([true, true]);
  });

  it("cannot answer for another table host's people or for a phone, nor without naming the person", async () => {
    const e = await evening();
    await toPhase(e, 'recognition');
    const theme = await openTheme(e, 'Jongeren');
    const resident = await phone(e);
    const [mine, theirs] = [await tableHost(e, 'Tafel 1'), await tableHost(e, 'Tafel 2')];
    const theirPerson = ok(await theirs.emitWithAck('assisted:add', {}));
    const residentId = await participantIdOf(e.server, resident.key);

    for (const onBehalfOf of [
      theirPerson.participantId,
      residentId,
      'AAAAAAAAAAAAAAAA',
      undefined,
    ]) {
      expect(
        refusal(
          await mine.emitWithAck('vote:cast', { themeId: theme.id, answer: 'no', onBehalfOf }),
        ),
        String(onBehalfOf),
      ).toBe('FORBIDDEN');
      expect(
        refusal(
          await mine.emitWithAck('addition:send', {
            id: additionId(),
            themeId: null,
            text: 'Namens iemand',
            onBehalfOf,
          }),
        ),
      ).toBe('FORBIDDEN');
      expect(refusal(await mine.emitWithAck('vote:mine', { onBehalfOf }))).toBe('FORBIDDEN');
    }
    expect(ok(await mine.emitWithAck('assisted:list', {}))).toEqual([]);
    expect(ok(await e.regie.emitWithAck('tally:list', {}))[0].votes).toEqual({
      yes: 0,
      partly: 0,
      no: 0,
    });
    expect(ok(await e.regie.emitWithAck('addition:list', {}))).toEqual([]);
  });

  it('cannot prepare, publish, moderate or reveal anything', async () => {
    const e = await evening();
    await toPhase(e, 'recognition');
    const theme = await openTheme(e, 'Het dorpshuis');
    const draft = ok(await e.regie.emitWithAck('theme:create', themeInput('Concept')));
    const resident = await phone(e);
    const additionIdSent = additionId();
    ok(
      await resident.socket.emitWithAck('addition:send', {
        id: additionIdSent,
        themeId: null,
        text: 'Een idee',
      }),
    );
    const host = await tableHost(e, 'Tafel 4');

    const attempts: [string, unknown][] = [
      ['theme:create', themeInput('Van de tafelhulp')],
      ['theme:publish', { themeId: draft.id, published: true, force: true }],
      ['theme:hide', { themeId: theme.id, hidden: true }],
      ['theme:delete', { themeId: theme.id }],
      ['addition:list', {}],
      ['addition:moderate', { action: 'approve', id: additionIdSent }],
      ['addition:promote', { id: additionIdSent, title: 'Nieuw thema' }],
      ['recognition:control', { themeId: theme.id, revealed: true }],
      ['hands:set', { themeId: theme.id, hands: { yes: 50, partly: 0, no: 0 } }],
      ['tablehost:create', { label: 'Nog een tafel' }],
      ['phase:set', { phase: 'break' }],
    ];
    const raw = host as unknown as {
      emitWithAck(event: string, payload: unknown): Promise<unknown>;
    };
    for (const [event, payload] of attempts) {
      expect(await raw.emitWithAck(event, payload), event).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
    }
    const themes = ok(await e.regie.emitWithAck('themes:list', {}));
    expect(
      themes.map((t) => [t.title, 'published' in t && t.published, 'hidden' in t && t.hidden]),
    ).toEqual([
      ['Het dorpshuis', true, false],
      ['Concept', false, false],
    ]);
    expect(ok(await e.regie.emitWithAck('addition:list', {}))).toMatchObject([
      { status: 'pending' },
    ]);
    expect(ok(await e.regie.emitWithAck('tally:list', {}))[0].hands).toEqual({
      yes: 0,
      partly: 0,
      no: 0,
    });
    // It sees what the room sees: published themes only, no tallies before reveal.
    expect(
      (ok(await host.emitWithAck('themes:list', {})) as { title: string }[]).map((t) => t.title),
    ).toEqual(['Het dorpshuis']);
    expect(ok(await host.emitWithAck('tally:list', {}))).toEqual([]);
  });

  it('refuses a made-up table-host link', async () => {
    const e = await evening();
    await toPhase(e, 'recognition');
    await tableHost(e, 'Tafel 5');
    expect((await refusedSocket(e.server.url, 'tafelhulp-zelf-verzonnen-0000000')).message).toBe(
      'UNAUTHORISED',
    );
  });
});
