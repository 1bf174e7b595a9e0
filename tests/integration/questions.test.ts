/**
 * Questions from the room at a terugkombijeenkomst: phones ask the werkgroep that presents, the
 * leader sees them in a queue and puts one at a time on the screen; the room sees only that one.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../../shared/limits.js';
import type { Question } from '../../shared/model.js';
import { cleanUp, record, socketFor, waitFor } from '../helpers/integration/helpers.js';
import { ok, recordAll, refusal, roundTrip } from '../helpers/integration/evening.js';
import {
  consoleOf,
  presentations,
  questionId,
  returnEvening,
  returnMeeting,
  returnPhone,
} from '../helpers/integration/return-room.js';

afterEach(cleanUp);

describe('questions at a return meeting', () => {
  it('takes questions from two phones for the werkgroep presenting, once each', async () => {
    const e = await returnEvening();
    const room = await returnMeeting(e);
    const { slotA } = await presentations(e, room);
    const [anna, bert] = [await returnPhone(e, room), await returnPhone(e, room)];
    const queue = record(room.console, 'question:changed');
    const annaHears = recordAll(anna.socket);
    const beamerHears = recordAll(room.beamer);

    // Before the first slot nobody presents: the phone shows no form and the server takes none.
    expect(
      refusal(
        await anna.socket.emitWithAck('question:send', { id: questionId(1), text: 'Welkom!' }),
      ),
    ).toBe('WRONG_PHASE');
    ok(await room.console.emitWithAck('agenda:start', { itemId: slotA.id }));
    const asked = ok(
      await anna.socket.emitWithAck('question:send', {
        id: questionId(2),
        text: '  Wat vind ik sterk?\u200B Dat u   de school meeneemt. ',
      }),
    );
    expect(asked).toEqual({ id: questionId(2), status: 'received' });
    ok(
      await bert.socket.emitWithAck('question:send', {
        id: questionId(3),
        text: 'Zou de gemeente kunnen helpen met borden?',
      }),
    );
    // A phone that lost its answer sends again: nothing doubles.
    expect(
      ok(
        await anna.socket.emitWithAck('question:send', {
          id: questionId(2),
          text: 'Wat vind ik sterk? Dat u de school meeneemt.',
        }),
      ),
    ).toEqual({ id: questionId(2), status: 'received' });

    const list = ok(await room.console.emitWithAck('question:list', {}));
    expect(
      list.map(({ id, workingGroupId, text, status }) => ({ id, workingGroupId, text, status })),
    ).toEqual([
      {
        id: questionId(2),
        workingGroupId: e.groupA.id,
        text: 'Wat vind ik sterk? Dat u de school meeneemt.',
        status: 'pending',
      },
      {
        id: questionId(3),
        workingGroupId: e.groupA.id,
        text: 'Zou de gemeente kunnen helpen met borden?',
        status: 'pending',
      },
    ]);
    await waitFor(() => expect(queue.map((q) => q.question.id)).toEqual(list.map((q) => q.id)));
    // The queue is the leader's: phones and the Beamer hear nothing of it.
    await roundTrip(anna.socket);
    await roundTrip(room.beamer);
    for (const heard of [annaHears, beamerHears]) {
      expect(heard.map(({ event }) => event)).not.toContain('question:changed');
      expect(heard.map(({ event }) => event)).not.toContain('question:shown');
    }
    // Another phone cannot claim a question id that is taken, nor read the queue.
    expect(
      refusal(await bert.socket.emitWithAck('question:send', { id: questionId(2), text: 'Mijn?' })),
    ).toBe('INVALID_PAYLOAD');
    expect(refusal(await bert.socket.emitWithAck('question:list', {}))).toBe('FORBIDDEN');
  });

  it('limits how many questions one phone sends in a minute', async () => {
    const e = await returnEvening();
    const room = await returnMeeting(e);
    const { slotA } = await presentations(e, room);
    ok(await room.console.emitWithAck('agenda:start', { itemId: slotA.id }));
    const phone = await returnPhone(e, room);
    const other = await returnPhone(e, room);
    for (let n = 0; n < LIMITS.questionsPerMinute; n++) {
      ok(
        await phone.socket.emitWithAck('question:send', { id: questionId(n), text: `Vraag ${n}` }),
      );
    }
    const tooMany = await phone.socket.emitWithAck('question:send', {
      id: questionId(99),
      text: 'Nog een vraag',
    });
    expect(refusal(tooMany)).toBe('RATE_LIMITED');
    // Resending one that arrived is still fine, and another phone is not held back.
    ok(await phone.socket.emitWithAck('question:send', { id: questionId(0), text: 'Vraag 0' }));
    ok(await other.socket.emitWithAck('question:send', { id: questionId(50), text: 'Mijn vraag' }));
    const list = ok(await room.console.emitWithAck('question:list', {}));
    expect(list).toHaveLength(LIMITS.questionsPerMinute + 1);
    expect(list.map((q) => q.id)).not.toContain(questionId(99));
  });

  it('shows one question at a time on the Beamer and the phones', async () => {
    const e = await returnEvening();
    const room = await returnMeeting(e);
    const { slotA } = await presentations(e, room);
    ok(await room.console.emitWithAck('agenda:start', { itemId: slotA.id }));
    const [anna, bert] = [await returnPhone(e, room), await returnPhone(e, room)];
    ok(await anna.socket.emitWithAck('question:send', { id: questionId(1), text: 'Mooi plan!' }));
    ok(await bert.socket.emitWithAck('question:send', { id: questionId(2), text: 'Wie helpt?' }));
    const onBeamer = record(room.beamer, 'question:shown');
    const onPhone = record(bert.socket, 'question:shown');
    const screen = (seen: { question: Question | null }[]) =>
      seen.map(({ question }) => question && { text: question.text, status: question.status });

    const shown = ok(
      await room.console.emitWithAck('question:moderate', { id: questionId(1), action: 'show' }),
    );
    expect(shown.status).toBe('shown');
    await waitFor(() =>
      expect(screen(onBeamer)).toEqual([{ text: 'Mooi plan!', status: 'shown' }]),
    );
    await waitFor(() => expect(screen(onPhone)).toEqual([{ text: 'Mooi plan!', status: 'shown' }]));

    // A Beamer that reloads shows it again at once.
    const reloaded = socketFor(e.server.url, room.beamerAuth.token, { auth: room.beamerAuth });
    const onReloaded = record(reloaded, 'question:shown');
    reloaded.connect();
    await waitFor(() =>
      expect(screen(onReloaded)).toEqual([{ text: 'Mooi plan!', status: 'shown' }]),
    );

    // The next one replaces it; the first counts as answered.
    ok(await room.console.emitWithAck('question:moderate', { id: questionId(2), action: 'show' }));
    await waitFor(() =>
      expect(screen(onBeamer).at(-1)).toEqual({ text: 'Wie helpt?', status: 'shown' }),
    );
    const statuses = () =>
      room.console
        .emitWithAck('question:list', {})
        .then((answer) => ok(answer).map((q) => [q.id, q.status]));
    expect(await statuses()).toEqual([
      [questionId(1), 'answered'],
      [questionId(2), 'shown'],
    ]);

    // Taking it down empties the screen everywhere.
    ok(await room.console.emitWithAck('question:moderate', { id: questionId(2), action: 'hide' }));
    await waitFor(() => expect(onBeamer.at(-1)).toEqual({ question: null }));
    await waitFor(() => expect(onPhone.at(-1)).toEqual({ question: null }));
    expect(await statuses()).toEqual([
      [questionId(1), 'answered'],
      [questionId(2), 'pending'],
    ]);
    ok(
      await room.console.emitWithAck('question:moderate', { id: questionId(2), action: 'reject' }),
    );
    expect(await statuses()).toEqual([
      [questionId(1), 'answered'],
      [questionId(2), 'rejected'],
    ]);
    // Rejecting what was not on screen does not blank the screen again.
    await roundTrip(room.beamer);
    expect(onBeamer).toHaveLength(3);

    // Only the leader moderates: the Regie follows read-only, phones not at all.
    const regieConsole = await consoleOf(e, e.facilitatorToken, room.meeting.id);
    expect(
      refusal(
        await regieConsole.emitWithAck('question:moderate', { id: questionId(2), action: 'show' }),
      ),
    ).toBe('NOT_LEADER');
    expect(
      refusal(
        await anna.socket.emitWithAck('question:moderate', { id: questionId(2), action: 'show' }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      refusal(
        await room.console.emitWithAck('question:moderate', {
          id: 'no-such-question',
          action: 'show',
        }),
      ),
    ).toBe('NOT_FOUND');
  });

  it('refuses questions outside a return meeting', async () => {
    const e = await returnEvening();
    const answer = await e.seats[0].socket.emitWithAck('question:send', {
      id: questionId(1),
      text: 'Mag ik hier iets vragen?',
    });
    // The command belongs to another kind of meeting: refused by the phase rule.
    expect(refusal(answer)).toBe('WRONG_PHASE');
    // The Beamer of the return meeting asks nothing either: it is not an attendee.
    const room = await returnMeeting(e);
    expect(
      refusal(await room.beamer.emitWithAck('question:send', { id: questionId(2), text: 'Hoi' })),
    ).toBe('FORBIDDEN');
    expect(ok(await room.console.emitWithAck('question:list', {}))).toEqual([]);
  });
});
