import { afterEach, describe, expect, it } from 'vitest';
import { joinMeeting } from '../helpers/server.js';
import { cleanUp, connectSocket, record, waitFor } from '../helpers/integration/helpers.js';
import {
  evening,
  ok,
  phone,
  publishedTheme,
  refusal,
  roundTrip,
  themeInput,
  toPhase,
} from '../helpers/integration/evening.js';
import type { Evening } from '../helpers/integration/evening.js';
import { RECOGNITION_ANSWERS } from '../../shared/model.js';
import type { RecognitionAnswer, Tally } from '../../shared/model.js';

afterEach(cleanUp);

const ZERO = { yes: 0, partly: 0, no: 0 };

/** Many people at once, in batches so the two cores are not flooded with handshakes. */
async function inBatches<T>(
  count: number,
  size: number,
  make: (index: number) => Promise<T>,
): Promise<T[]> {
  const made: T[] = [];
  for (let start = 0; start < count; start += size) {
    const batch = Array.from({ length: Math.min(size, count - start) }, (_, i) => make(start + i));
    made.push(...(await Promise.all(batch)));
  }
  return made;
}

async function openTheme(e: Evening, title: string) {
  const theme = await publishedTheme(
    e.regie,
    themeInput(title, ['Een citaat om over na te denken.']),
  );
  ok(await e.regie.emitWithAck('recognition:control', { themeId: theme.id, open: true }));
  return theme;
}

async function staffTallies(e: Evening): Promise<Tally[]> {
  return ok(await e.regie.emitWithAck('tally:list', {}));
}

describe('recognition with 300 people in the hall', () => {
  it('counts every answer exactly once and shows no tally to the room before it is revealed', async () => {
    const e = await evening();
    await toPhase(e, 'recognition');
    const [a, b] = [await openTheme(e, 'Elkaar ontmoeten'), await openTheme(e, 'Groen en spelen')];

    // Everyone joins first, then connects: 300 phones in one process.
    const keys = await inBatches(
      300,
      50,
      async () => (await joinMeeting(e.server.url, e.joinCode)).key,
    );
    const phones = await inBatches(300, 50, (i) => connectSocket(e.server.url, keys[i]));
    const watchers = [phones[0], phones[137], phones[299], e.beamer];
    const roomTallies = watchers.map((socket) => record(socket, 'tally:changed'));
    const staffSeen = record(e.regie, 'tally:changed');

    // Person i answers theme a; two out of three also answer theme b. Every fifth changes their
    // mind on a, every seventh sends the same answer twice. The last answer counts.
    const answerA = (i: number): RecognitionAnswer => RECOGNITION_ANSWERS[i % 3];
    const answerB = (i: number): RecognitionAnswer | null =>
      i % 3 === 2 ? null : RECOGNITION_ANSWERS[(i * 7) % 3];
    const expected = { [a.id]: { ...ZERO }, [b.id]: { ...ZERO } };
    await Promise.all(
      phones.map(async (socket, i) => {
        const cast = async (themeId: string, answer: RecognitionAnswer) =>
          expect(ok(await socket.emitWithAck('vote:cast', { themeId, answer }))).toEqual({
            themeId,
            answer,
          });
        if (i % 5 === 0) await cast(a.id, RECOGNITION_ANSWERS[(i + 1) % 3]);
        await cast(a.id, answerA(i));
        if (i % 7 === 0) await cast(a.id, answerA(i));
        const onB = answerB(i);
        if (onB) await cast(b.id, onB);
      }),
    );
    for (let i = 0; i < 300; i++) {
      expected[a.id][answerA(i)]++;
      const onB = answerB(i);
      if (onB) expected[b.id][onB]++;
    }
    expect(expected[a.id]).toEqual({ yes: 100, partly: 100, no: 100 });
    const exact = (themeId: string): Tally => ({ themeId, votes: expected[themeId], hands: ZERO });

    // The Regie follows the count live; the room does not.
    await waitFor(() => {
      for (const themeId of [a.id, b.id]) {
        expect(staffSeen.filter((seen) => seen.tally.themeId === themeId).at(-1)?.tally).toEqual(
          exact(themeId),
        );
      }
    });
    for (const themeId of [a.id, b.id]) {
      ok(await e.regie.emitWithAck('recognition:control', { themeId, open: false }));
    }
    expect(await staffTallies(e)).toEqual([exact(a.id), exact(b.id)]);
    for (const socket of watchers) {
      await roundTrip(socket);
      expect(ok(await socket.emitWithAck('tally:list', {}))).toEqual([]);
    }
    expect(roomTallies.every((seen) => seen.length === 0)).toBe(true);

    // Too late: refused, and the count stays as it was.
    expect(refusal(await phones[1].emitWithAck('vote:cast', { themeId: a.id, answer: 'no' }))).toBe(
      'RECOGNITION_CLOSED',
    );
    expect(await staffTallies(e)).toEqual([exact(a.id), exact(b.id)]);

    // Reveal: the room now gets the exact count, for the revealed theme only.
    ok(await e.regie.emitWithAck('recognition:control', { themeId: a.id, revealed: true }));
    for (const seen of roomTallies) {
      await waitFor(() => expect(seen.at(-1)?.tally).toEqual(exact(a.id)));
      expect(seen.every(({ tally }) => tally.themeId === a.id)).toBe(true);
    }
    expect(ok(await phones[42].emitWithAck('tally:list', {}))).toEqual([exact(a.id)]);
  });
});

describe('answering', () => {
  it('replaces a second answer instead of counting it twice, and remembers it after reconnecting', async () => {
    const e = await evening();
    await toPhase(e, 'recognition');
    const theme = await openTheme(e, 'Verkeer op de Dorpsstraat');
    const other = await openTheme(e, 'Jongeren');
    const joined = await phone(e);
    ok(await joined.socket.emitWithAck('vote:cast', { themeId: theme.id, answer: 'yes' }));
    ok(await joined.socket.emitWithAck('vote:cast', { themeId: theme.id, answer: 'no' }));
    ok(await joined.socket.emitWithAck('vote:cast', { themeId: other.id, answer: 'partly' }));
    expect((await staffTallies(e)).map((tally) => tally.votes)).toEqual([
      { yes: 0, partly: 0, no: 1 },
      { yes: 0, partly: 1, no: 0 },
    ]);

    // The phone drops off and comes back (a reload joins again with its key).
    joined.socket.disconnect();
    const rejoined = await joinMeeting(e.server.url, e.joinCode, joined.key);
    expect(rejoined.participantNumber).toBe(joined.participantNumber);
    const again = await connectSocket(e.server.url, rejoined.key);
    expect(ok(await again.emitWithAck('vote:mine', {}))).toEqual({
      [theme.id]: 'no',
      [other.id]: 'partly',
    });
    ok(await again.emitWithAck('vote:cast', { themeId: theme.id, answer: 'partly' }));
    expect((await staffTallies(e))[0].votes).toEqual({ yes: 0, partly: 1, no: 0 });
  });

  it('refuses an answer for an unpublished, hidden or unknown theme, and changes nothing', async () => {
    const e = await evening();
    await toPhase(e, 'recognition');
    const open = await openTheme(e, 'Zorg dichtbij');
    const draft = ok(await e.regie.emitWithAck('theme:create', themeInput('Nog niet klaar')));
    const hidden = await openTheme(e, 'Het dorpshuis');
    ok(await e.regie.emitWithAck('theme:hide', { themeId: hidden.id, hidden: true }));
    const joined = await phone(e);
    for (const themeId of [draft.id, hidden.id, 'AAAAAAAAAAAAAAAA']) {
      expect(
        refusal(await joined.socket.emitWithAck('vote:cast', { themeId, answer: 'yes' })),
        themeId,
      ).toBe('NOT_FOUND');
    }
    expect(ok(await joined.socket.emitWithAck('vote:mine', {}))).toEqual({});
    expect((await staffTallies(e)).map((tally) => tally.votes)).toEqual([ZERO, ZERO, ZERO]);
    expect(
      refusal(
        await joined.socket.emitWithAck('vote:cast', {
          themeId: open.id,
          answer: 'maybe' as never,
        }),
      ),
    ).toBe('INVALID_PAYLOAD');
  });

  it('adds counted hands to the tally, shown apart from the phones', async () => {
    const e = await evening();
    await toPhase(e, 'recognition');
    const theme = await openTheme(e, 'Elkaar ontmoeten');
    const joined = await phone(e);
    const seen = record(joined.socket, 'tally:changed');
    ok(await joined.socket.emitWithAck('vote:cast', { themeId: theme.id, answer: 'yes' }));
    const hands = { yes: 12, partly: 3, no: 1 };
    expect(ok(await e.regie.emitWithAck('hands:set', { themeId: theme.id, hands }))).toEqual({
      themeId: theme.id,
      votes: { yes: 1, partly: 0, no: 0 },
      hands,
    });
    // Still not revealed: the phone sees nothing of it.
    await roundTrip(joined.socket);
    expect(seen).toEqual([]);

    ok(await e.regie.emitWithAck('recognition:control', { themeId: theme.id, revealed: true }));
    await waitFor(() =>
      expect(seen.at(-1)?.tally).toEqual({
        themeId: theme.id,
        votes: { yes: 1, partly: 0, no: 0 },
        hands,
      }),
    );
    const corrected = { yes: 10, partly: 3, no: 1 };
    ok(await e.regie.emitWithAck('hands:set', { themeId: theme.id, hands: corrected }));
    await waitFor(() => expect(seen.at(-1)?.tally.hands).toEqual(corrected));
    expect(seen.at(-1)?.tally.votes).toEqual({ yes: 1, partly: 0, no: 0 });

    // Hiding the result again stops updates to the room.
    ok(await e.regie.emitWithAck('recognition:control', { themeId: theme.id, revealed: false }));
    // Whatever was sent while still revealed has arrived after this round trip.
    await roundTrip(joined.socket);
    const before = seen.length;
    ok(await e.regie.emitWithAck('hands:set', { themeId: theme.id, hands: ZERO }));
    await roundTrip(joined.socket);
    expect(seen.length).toBe(before);
    expect(ok(await joined.socket.emitWithAck('tally:list', {}))).toEqual([]);
  });
});
