/**
 * The phase rules of shared/phase-rules.ts over the wire: a command from a role that may send it
 * is refused with WRONG_PHASE when the meeting is not in a phase (or kind) that takes it, and
 * nothing changes; in its phases it is taken.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, connectSocket, untyped } from '../helpers/integration/helpers.js';
import {
  additionId,
  evening,
  ok,
  phone,
  publishedTheme,
  refusal,
  themeInput,
  toPhase,
} from '../helpers/integration/evening.js';
import { signupInput } from '../helpers/integration/signup-helpers.js';
import { confirmedEvening } from '../helpers/integration/grouping-setup.js';
import {
  presentations,
  questionId,
  returnEvening,
  returnMeeting,
  returnPhone,
} from '../helpers/integration/return-room.js';

afterEach(cleanUp);

describe('phase rules', () => {
  it('refuses a sign-up before the sign-up phase and after the evening closed, storing nothing', async () => {
    const e = await evening();
    const groen = await publishedTheme(e.regie, themeInput('Groen en spelen'));
    const p = await phone(e);
    for (const phase of ['lobby', 'recognition', 'subgroups', 'closed'] as const) {
      await toPhase(e, phase);
      expect(
        refusal(await p.socket.emitWithAck('signup:create', signupInput(groen.id))),
        phase,
      ).toBe('WRONG_PHASE');
    }
    expect(ok(await e.regie.emitWithAck('signup:list', {}))).toEqual([]);
    // Taken while people sign up, and still while the results are on the screen.
    await toPhase(e, 'signup');
    ok(await p.socket.emitWithAck('signup:create', signupInput(groen.id)));
    await toPhase(e, 'results');
    ok(await p.socket.emitWithAck('signup:create', signupInput(groen.id, { name: 'Kees' })));
    expect(ok(await e.regie.emitWithAck('signup:counts', {}))).toEqual({ [groen.id]: 2 });
  });

  it('refuses a vote while no theme is open, and outside the recognition phase', async () => {
    const e = await evening();
    const groen = await publishedTheme(e.regie, themeInput('Groen en spelen'));
    const p = await phone(e);
    await toPhase(e, 'recognition');
    const vote = () => p.socket.emitWithAck('vote:cast', { themeId: groen.id, answer: 'yes' });
    expect(refusal(await vote())).toBe('RECOGNITION_CLOSED');
    ok(await e.regie.emitWithAck('recognition:control', { themeId: groen.id, open: true }));
    ok(await vote());
    // The theme stays open, but the room moved on: the phone shows no buttons, the server agrees.
    await toPhase(e, 'break');
    expect(
      refusal(await p.socket.emitWithAck('vote:cast', { themeId: groen.id, answer: 'no' })),
    ).toBe('WRONG_PHASE');
    expect(ok(await p.socket.emitWithAck('vote:mine', {}))).toEqual({ [groen.id]: 'yes' });
  });

  it('takes additions in recognition and the break, not later; a resend of one it has is still received', async () => {
    const e = await evening();
    const groen = await publishedTheme(e.regie, themeInput('Groen en spelen'));
    const p = await phone(e);
    const send = (id: string, text: string) =>
      p.socket.emitWithAck('addition:send', { id, themeId: groen.id, text });
    const [first, second, late] = [additionId(), additionId(), additionId()];
    expect(refusal(await send(first, 'Te vroeg'))).toBe('WRONG_PHASE');
    await toPhase(e, 'recognition');
    ok(await send(first, 'Een moestuin bij de school'));
    await toPhase(e, 'break');
    ok(await send(second, 'Meer bankjes'));
    await toPhase(e, 'choose');
    expect(refusal(await send(late, 'Te laat'))).toBe('WRONG_PHASE');
    // The phone's outbox sends again what it never heard back about: answered, not doubled.
    expect(ok(await send(first, 'Een moestuin bij de school'))).toEqual({
      id: first,
      status: 'received',
    });
    const stored = ok(await e.regie.emitWithAck('addition:list', {}));
    expect(stored.map((a) => a.id).sort()).toEqual([first, second].sort());
  });

  it('takes preferences only while choosing', async () => {
    const e = await evening();
    const groen = await publishedTheme(e.regie, themeInput('Groen en spelen'));
    const p = await phone(e);
    const choose = (first: string | null) =>
      p.socket.emitWithAck('preference:set', { first, second: null });
    expect(refusal(await choose(groen.id))).toBe('WRONG_PHASE');
    await toPhase(e, 'choose');
    ok(await choose(groen.id));
    await toPhase(e, 'subgroups');
    expect(refusal(await choose(null))).toBe('WRONG_PHASE');
    expect(ok(await p.socket.emitWithAck('preference:mine', {}))).toEqual({
      first: groen.id,
      second: null,
    });
  });

  it('takes a display name at the tables only in the subgroups phase', async () => {
    const e = await confirmedEvening(8);
    const seat = e.seats[0];
    const name = (displayName: string) =>
      seat.socket.emitWithAck('group:display-name', { displayName });
    expect(refusal(await name('Anja'))).toBe('WRONG_PHASE');
    await toPhase(e, 'subgroups');
    expect(ok(await name('Anja')).myDisplayName).toBe('Anja');
    await toPhase(e, 'signup');
    expect(refusal(await name('Piet'))).toBe('WRONG_PHASE');
    expect(ok(await seat.socket.emitWithAck('group:mine', {}))?.myDisplayName).toBe('Anja');
  });

  it('lets a tafelhulp add residents until the meeting closes', async () => {
    const e = await evening();
    const { token } = ok(await e.regie.emitWithAck('tablehost:create', { label: 'Tafel 5' }));
    const host = await connectSocket(e.server.url, token);
    ok(await host.emitWithAck('assisted:add', {}));
    await toPhase(e, 'closed');
    expect(refusal(await host.emitWithAck('assisted:add', {}))).toBe('WRONG_PHASE');
    expect(ok(await host.emitWithAck('assisted:list', {}))).toHaveLength(1);
  });

  it('shows the results to the room only from the results phase on', async () => {
    const e = await evening();
    const p = await phone(e);
    await toPhase(e, 'signup');
    expect(refusal(await p.socket.emitWithAck('results:get', {}))).toBe('WRONG_PHASE');
    expect(refusal(await e.beamer.emitWithAck('results:get', {}))).toBe('WRONG_PHASE');
    ok(await e.regie.emitWithAck('results:get', {}));
    await toPhase(e, 'results');
    ok(await p.socket.emitWithAck('results:get', {}));
    ok(await e.beamer.emitWithAck('results:get', {}));
  });

  it('refuses questions between presentations and after the return meeting closed', async () => {
    const e = await returnEvening();
    const room = await returnMeeting(e);
    const { slotA } = await presentations(e, room);
    const p = await returnPhone(e, room);
    const ask = (n: number) =>
      p.socket.emitWithAck('question:send', { id: questionId(n), text: 'Wie helpt er mee?' });
    expect(refusal(await ask(1))).toBe('WRONG_PHASE');
    ok(await room.console.emitWithAck('agenda:start', { itemId: slotA.id }));
    ok(await ask(2));
    ok(await room.console.emitWithAck('agenda:start', { itemId: null }));
    expect(refusal(await ask(3))).toBe('WRONG_PHASE');
    // A resend of the question it has is still answered.
    ok(await ask(2));
    const queue = ok(await room.console.emitWithAck('question:list', {}));
    expect(queue.map((q) => q.id)).toEqual([questionId(2)]);
  });

  it("refuses the evening's answers at a return meeting, and afspraken at the evening", async () => {
    const e = await returnEvening();
    const room = await returnMeeting(e);
    const p = await returnPhone(e, room);
    ok(await room.console.emitWithAck('phase:set', { phase: 'signup' }));
    expect(refusal(await p.socket.emitWithAck('signup:create', signupInput(e.themeA.id)))).toBe(
      'WRONG_PHASE',
    );
    expect(
      refusal(
        await p.socket.emitWithAck('addition:send', {
          id: additionId(),
          themeId: null,
          text: 'Iets anders',
        }),
      ),
    ).toBe('WRONG_PHASE');
    expect(refusal(await e.regie.emitWithAck('agreement:list', {}))).toBe('WRONG_PHASE');
  });

  it("refuses the evening's staff work from a return meeting's console, a kopgroep member's leading one too", async () => {
    const e = await returnEvening();
    const room = await returnMeeting(e);
    // Henk leads this return meeting from his kopgroep link: its facilitator, for this meeting.
    for (const [event, payload] of [
      ['coreGroup:invite', { name: 'Iemand anders' }],
      ['coreGroup:list', {}],
      ['tablehost:create', { label: 'Tafel 1' }],
      ['signup:list', {}],
      ['groups:propose', { minSize: 4, maxSize: 6, seed: 1 }],
      ['theme:create', { title: 'Nieuw', description: '', quotes: [] }],
    ] as const) {
      expect(refusal(await untyped(room.console).emitWithAck(event, payload)), event).toBe(
        'WRONG_PHASE',
      );
    }
    // And the evening's Regie gets no return meeting's agenda or questions.
    expect(refusal(await e.regie.emitWithAck('question:list', {}))).toBe('WRONG_PHASE');
    expect(refusal(await e.regie.emitWithAck('agenda:set', { items: [] }))).toBe('WRONG_PHASE');
    // What the console is for still works.
    ok(await room.console.emitWithAck('question:list', {}));
  });
});
