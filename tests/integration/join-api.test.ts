import { afterEach, describe, expect, it } from 'vitest';
import { createMeeting, joinMeeting } from '../helpers/server.js';
import { cleanUp, connectSocket, useServer } from '../helpers/integration/helpers.js';
import { LIMITS } from '../../shared/limits.js';

afterEach(cleanUp);

async function postJoin(url: string, body: string) {
  const res = await fetch(`${url}/api/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  const type = res.headers.get('content-type') ?? '';
  return {
    status: res.status,
    type,
    body: (await res.json()) as { ok: boolean; code?: string },
  };
}

/** A code that is well-formed but belongs to no meeting (differs from `code` in one place). */
function otherCode(code: string, i = 0): string {
  const alphabet = '23456789BCDFGHJKMNPQRSTVWXZ';
  const pick = alphabet[(alphabet.indexOf(code[5]) + 1 + i) % alphabet.length];
  return code.slice(0, 5) + pick;
}

describe('joining by code over HTTP', () => {
  it("answers with the meeting's name and step, so the phone's first screen needs no live connection", async () => {
    const server = await useServer();
    const created = await createMeeting(server.url);
    const code = JSON.stringify({ code: created.meeting.joinCode });
    expect((await postJoin(server.url, code)).body).toMatchObject({
      ok: true,
      data: { meeting: { name: created.meeting.name, kind: 'neighbourhood', phase: 'lobby' } },
    });
    const facilitator = await connectSocket(server.url, created.facilitatorToken);
    await facilitator.emitWithAck('phase:set', { phase: 'themes' });
    expect((await postJoin(server.url, code)).body).toMatchObject({
      data: { meeting: { phase: 'themes' } },
    });
  });

  it('answers a body that is not JSON, or far too large, with 400 and a JSON error', async () => {
    const server = await useServer();
    for (const body of [
      '{"code": ',
      'code=K7M4QX',
      JSON.stringify({ code: 'x'.repeat(LIMITS.socketMessageBytes * 2) }),
    ]) {
      const answer = await postJoin(server.url, body);
      expect(answer.status).toBe(400);
      expect(answer.type).toContain('application/json');
      expect(answer.body).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
    }
  });

  it('answers a wrong code with 404 UNKNOWN_JOIN_CODE', async () => {
    const server = await useServer();
    const { meeting } = await createMeeting(server.url);
    for (const code of [otherCode(meeting.joinCode), 'hello', '', 42]) {
      const answer = await postJoin(server.url, JSON.stringify({ code }));
      expect(answer.status, String(code)).toBe(404);
      expect(answer.body).toMatchObject({
        ok: false,
        code: 'UNKNOWN_JOIN_CODE',
      });
    }
    // Typed the way people read it from the projector, the right code works.
    const typed = `${meeting.joinCode.slice(0, 3).toLowerCase()}-${meeting.joinCode.slice(3)} `;
    expect((await postJoin(server.url, JSON.stringify({ code: typed }))).body).toMatchObject({
      ok: true,
    });
  });

  it('takes no newcomers once the meeting is closed, but lets a returning phone back in', async () => {
    const server = await useServer();
    const created = await createMeeting(server.url);
    const phone = await joinMeeting(server.url, created.meeting.joinCode);
    const facilitator = await connectSocket(server.url, created.facilitatorToken);
    await facilitator.emitWithAck('phase:set', { phase: 'closed' });

    const newcomer = await postJoin(server.url, JSON.stringify({ code: created.meeting.joinCode }));
    expect(newcomer.status).toBe(403);
    expect(newcomer.body).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await joinMeeting(server.url, created.meeting.joinCode, phone.key)).toMatchObject({
      participantNumber: 1,
    });
  });

  it('never counts correct joins, and stops guessing after too many wrong codes', async () => {
    const server = await useServer();
    const { meeting } = await createMeeting(server.url);

    // A full hall behind one wifi router: 60 phones, one IP, all welcome.
    const numbers = [];
    for (let i = 0; i < 60; i++)
      numbers.push((await joinMeeting(server.url, meeting.joinCode)).participantNumber);
    expect(numbers).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));

    for (let i = 0; i < LIMITS.failedJoinsPerMinutePerIp; i++) {
      const answer = await postJoin(
        server.url,
        JSON.stringify({ code: otherCode(meeting.joinCode, i % 20) }),
      );
      expect(answer.status, `wrong code ${i + 1}`).toBe(404);
    }
    const blocked = await postJoin(
      server.url,
      JSON.stringify({ code: otherCode(meeting.joinCode) }),
    );
    expect(blocked.status).toBe(429);
    expect(blocked.body).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
  });

  it('lets a returning phone back in while its shared IP is blocked, but no guesser', async () => {
    const server = await useServer();
    const { meeting } = await createMeeting(server.url);
    const phone = await joinMeeting(server.url, meeting.joinCode);
    for (let i = 0; i < LIMITS.failedJoinsPerMinutePerIp; i++) {
      await postJoin(server.url, JSON.stringify({ code: otherCode(meeting.joinCode, i % 20) }));
    }

    // The phone that woke from sleep still holds its key: it lands back as the same participant.
    const back = await postJoin(
      server.url,
      JSON.stringify({ code: meeting.joinCode, key: phone.key }),
    );
    expect(back.status).toBe(200);
    expect(back.body).toMatchObject({ ok: true, data: { participantNumber: 1, key: phone.key } });

    // A made-up key, or a real key with another code, does not get past the block.
    const madeUp = await postJoin(
      server.url,
      JSON.stringify({ code: meeting.joinCode, key: 'A'.repeat(22) }),
    );
    expect(madeUp.status).toBe(429);
    const otherCodeWithKey = await postJoin(
      server.url,
      JSON.stringify({ code: otherCode(meeting.joinCode), key: phone.key }),
    );
    expect(otherCodeWithKey.status).toBe(429);
  });
});
