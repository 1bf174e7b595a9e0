import { afterEach, describe, expect, it } from 'vitest';
import { createMeeting, joinMeeting, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import type { JoinStats, SessionInfo } from '../../shared/protocol.js';
import { LIMITS } from '../../shared/limits.js';
import {
  cleanUp,
  connectSocket,
  onCleanup,
  openSyncedDoc,
  record,
  useServer,
  waitFor,
} from '../helpers/integration/helpers.js';

afterEach(cleanUp);

interface JoinAnswer {
  status: number;
  retryAfter: string | null;
  body: { ok: boolean; code?: string; message?: string; data?: { key: string } };
}

async function postJoin(url: string, code: string, key?: string): Promise<JoinAnswer> {
  const res = await fetch(`${url}/api/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(key ? { code, key } : { code }),
  });
  return {
    status: res.status,
    retryAfter: res.headers.get('retry-after'),
    body: (await res.json()) as JoinAnswer['body'],
  };
}

/** `count` phones joining from this one address (127.0.0.1), `parallel` at a time. */
async function joinMany(url: string, code: string, count: number, parallel = 20) {
  const answers: JoinAnswer[] = [];
  for (let start = 0; start < count; start += parallel) {
    const batch = Math.min(parallel, count - start);
    answers.push(...(await Promise.all(Array.from({ length: batch }, () => postJoin(url, code)))));
  }
  return answers;
}

/** A server whose clock the test moves, so the budget's refill is seen without waiting. */
async function serverWithClock(): Promise<{ server: TestServer; advance: (ms: number) => void }> {
  let now = Date.UTC(2026, 11, 1, 18, 30);
  const server = await startServer({ clock: () => now });
  onCleanup(() => server.stop({ removeData: true }));
  return { server, advance: (ms) => (now += ms) };
}

describe('joins are budgeted per address and meeting, sized for a hall behind one router', () => {
  it('lets 200 phones of one hall join from one address at once', async () => {
    const server = await useServer();
    const { meeting } = await createMeeting(server.url);
    const answers = await joinMany(server.url, meeting.joinCode, 200);
    expect(answers.filter((a) => a.status === 200)).toHaveLength(200);
    expect(new Set(answers.map((a) => a.body.data?.key)).size).toBe(200);
  });

  it('refuses a flood beyond the budget with 429 RATE_LIMITED and Retry-After, refills slowly, and lets phones with a key back in', async () => {
    const { server, advance } = await serverWithClock();
    const { meeting } = await createMeeting(server.url);
    const first = await joinMeeting(server.url, meeting.joinCode);

    // A full hall of 300 (the burst) from one router: all welcome …
    const hall = await joinMany(server.url, meeting.joinCode, LIMITS.joinBurstPerAddress - 1);
    expect(hall.every((a) => a.status === 200)).toBe(true);

    // … a script going on beyond that is refused, clearly, and told when to try again.
    const flood = await joinMany(server.url, meeting.joinCode, 50);
    for (const answer of flood) {
      expect(answer.status).toBe(429);
      expect(answer.body).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
      expect(answer.body.message).toMatch(/too many new phones/i);
      expect(Number(answer.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(Number(answer.retryAfter)).toBeLessThanOrEqual(60 / LIMITS.joinRefillPerMinute);
    }

    // Spelling the code another way is the same meeting and the same budget.
    const spelled = `${meeting.joinCode.slice(0, 3).toLowerCase()}-${meeting.joinCode.slice(3)}`;
    expect((await postJoin(server.url, spelled)).status).toBe(429);

    // A phone that comes back with its key is no new join: it gets in as itself.
    const back = await postJoin(server.url, meeting.joinCode, first.key);
    expect(back.status).toBe(200);
    expect(back.body.data?.key).toBe(first.key);

    // The budget refills at joinRefillPerMinute: one more latecomer after 3 seconds, not two.
    advance(60_000 / LIMITS.joinRefillPerMinute);
    expect((await postJoin(server.url, meeting.joinCode)).status).toBe(200);
    expect((await postJoin(server.url, meeting.joinCode)).status).toBe(429);
    // Ten minutes later, a stream of latecomers gets in again.
    advance(10 * 60_000);
    const late = await joinMany(server.url, meeting.joinCode, 10 * LIMITS.joinRefillPerMinute);
    expect(late.every((a) => a.status === 200)).toBe(true);
  });

  it('budgets a second meeting separately', async () => {
    const { server } = await serverWithClock();
    const busy = await createMeeting(server.url);
    const other = await createMeeting(server.url, {
      name: 'Wijkavond Noord',
      date: '2026-12-02',
      place: 'Buurthuis Noord',
    });
    await joinMany(server.url, busy.meeting.joinCode, LIMITS.joinBurstPerAddress);
    expect((await postJoin(server.url, busy.meeting.joinCode)).status).toBe(429);
    const elsewhere = await joinMany(server.url, other.meeting.joinCode, 50);
    expect(elsewhere.every((a) => a.status === 200)).toBe(true);
  });

  it('shows the Regie joins per minute and warns about one address that joins far more than a hall', async () => {
    const { server, advance } = await serverWithClock();
    const { meeting, facilitatorToken } = await createMeeting(server.url);
    const regie = await connectSocket(server.url, facilitatorToken);
    const counted = record(regie, 'joining:counted');
    const phone = await connectSocket(
      server.url,
      (await joinMeeting(server.url, meeting.joinCode)).key,
    );
    const phoneHeard = record(phone, 'joining:counted');

    // A calm hall: 25 in one minute, 30 the next. No warning.
    await joinMany(server.url, meeting.joinCode, 24);
    advance(60_000);
    await joinMany(server.url, meeting.joinCode, 30);
    const calm = (await regie.emitWithAck('joining:get', {})) as { ok: true; data: JoinStats };
    expect(calm.data.perMinute).toHaveLength(LIMITS.joinHistoryMinutes);
    expect(calm.data.perMinute.slice(-3)).toEqual([0, 25, 30]);
    expect(calm.data.warning).toBeNull();
    expect(calm.data.closed).toBe(false);

    // A script in the same minute: it gets what is left of the budget, the rest is refused.
    const left =
      Math.min(
        LIMITS.joinBurstPerAddress,
        LIMITS.joinBurstPerAddress - 25 + LIMITS.joinRefillPerMinute,
      ) - 30;
    const script = await joinMany(server.url, meeting.joinCode, left + 25);
    expect(script.filter((a) => a.status === 200)).toHaveLength(left);
    await waitFor(() =>
      expect(counted.at(-1)?.stats.warning).toEqual({
        peakPerMinute: 30 + left,
        joins: 25 + 30 + left,
        refused: 25,
      }),
    );
    expect(counted.at(-1)?.stats.perMinute.slice(-2)).toEqual([25, 30 + left]);
    // Phones never hear this picture: it is the Regie's.
    expect(phoneHeard).toEqual([]);
  });

  it('only staff read the joins or close joining', async () => {
    const server = await useServer();
    const { meeting, projectorToken } = await createMeeting(server.url);
    const phone = await connectSocket(
      server.url,
      (await joinMeeting(server.url, meeting.joinCode)).key,
    );
    const beamer = await connectSocket(server.url, projectorToken);
    for (const socket of [phone, beamer]) {
      expect(await socket.emitWithAck('joining:set', { closed: true })).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
      expect(await socket.emitWithAck('joining:get', {})).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
    }
    expect((await postJoin(server.url, meeting.joinCode)).status).toBe(200);
  });
});

describe('the facilitator closes joining and opens it again', () => {
  it('refuses new phones while closed, keeps every phone that joined, and keeps the flag across a restart', async () => {
    const first = await useServer();
    const created = await createMeeting(first.url);
    const code = created.meeting.joinCode;
    const joined = await joinMeeting(first.url, code);
    const regie = await connectSocket(first.url, created.facilitatorToken);
    const phone = await connectSocket(first.url, joined.key);
    const heard = record(phone, 'joining:changed');

    const closing = (await regie.emitWithAck('joining:set', { closed: true })) as {
      ok: true;
      data: JoinStats;
    };
    expect(closing.data.closed).toBe(true);
    await waitFor(() => expect(heard).toEqual([{ closed: true }]));

    // A new phone is refused with its own code, which the phone explains in Dutch.
    const newcomer = await postJoin(first.url, code);
    expect(newcomer.status).toBe(403);
    expect(newcomer.body).toMatchObject({ ok: false, code: 'JOINING_CLOSED' });

    // The phone that joined keeps working: its connection, a reload with its key, its documents.
    const sync = (await phone.emitWithAck('session:sync', {})) as { ok: true; data: SessionInfo };
    expect(sync.data.meeting.joiningClosed).toBe(true);
    expect(sync.data.role).toBe('attendee');
    const reload = await postJoin(first.url, code, joined.key);
    expect(reload.status).toBe(200);
    const again = await connectSocket(first.url, joined.key);
    expect(await again.emitWithAck('session:sync', {})).toMatchObject({ ok: true });
    await openSyncedDoc(first.url, created.meeting.id, joined.key);

    // Closed stays closed after a restart.
    await first.stop();
    const second = await useServer({ dataDir: first.dataDir });
    expect((await postJoin(second.url, code)).body).toMatchObject({ code: 'JOINING_CLOSED' });
    const regieAgain = await connectSocket(second.url, created.facilitatorToken);
    const view = (await regieAgain.emitWithAck('session:sync', {})) as {
      ok: true;
      data: SessionInfo;
    };
    expect(view.data.meeting.joiningClosed).toBe(true);

    // Opened again: new phones join, numbered after the first.
    const phoneAgain = await connectSocket(second.url, joined.key);
    const heardAgain = record(phoneAgain, 'joining:changed');
    const reopening = (await regieAgain.emitWithAck('joining:set', { closed: false })) as {
      ok: true;
      data: JoinStats;
    };
    expect(reopening.data.closed).toBe(false);
    await waitFor(() => expect(heardAgain).toEqual([{ closed: false }]));
    expect(await joinMeeting(second.url, code)).toMatchObject({ participantNumber: 2 });
  });
});
