import { afterEach, describe, expect, it } from 'vitest';
import { createMeeting, joinMeeting } from '../helpers/server.js';
import {
  cleanUp,
  connectSocket,
  record,
  useServer,
  waitFor,
} from '../helpers/integration/helpers.js';
import type { SessionInfo } from '../../shared/protocol.js';
import {
  evening,
  ok,
  publishedTheme,
  themeInput,
  toPhase,
} from '../helpers/integration/evening.js';

afterEach(cleanUp);

describe('an evening from the facilitator to every screen', () => {
  it('counts phones on the projector as they join and moves every screen to the new phase', async () => {
    const server = await useServer();
    const created = await createMeeting(server.url);
    const facilitator = await connectSocket(server.url, created.facilitatorToken);
    const projector = await connectSocket(server.url, created.projectorToken);
    const counts = record(projector, 'attendees:counted');

    const joined = [];
    for (let i = 0; i < 3; i++) {
      joined.push(await joinMeeting(server.url, created.meeting.joinCode));
    }
    expect(joined.map((j) => j.participantNumber)).toEqual([1, 2, 3]);
    expect(new Set(joined.map((j) => j.meetingId))).toEqual(new Set([created.meeting.id]));
    await waitFor(() => expect(counts).toEqual([{ count: 1 }, { count: 2 }, { count: 3 }]));

    const phones = await Promise.all(joined.map((j) => connectSocket(server.url, j.key)));
    const screens = [projector, ...phones];
    const seen = screens.map((s) => record(s, 'phase:changed'));

    const answer = await facilitator.emitWithAck('phase:set', {
      phase: 'themes',
    });
    expect(answer).toMatchObject({
      ok: true,
      data: { phase: 'themes', attendeeCount: 3 },
    });
    await waitFor(() => {
      for (const events of seen) expect(events).toEqual([{ phase: 'themes' }]);
    });
  });

  it('puts a phone that reconnects with its key back where the room is', async () => {
    const server = await useServer();
    const created = await createMeeting(server.url);
    const facilitator = await connectSocket(server.url, created.facilitatorToken);
    const projector = await connectSocket(server.url, created.projectorToken);
    const counts = record(projector, 'attendees:counted');
    const first = await joinMeeting(server.url, created.meeting.joinCode);
    await joinMeeting(server.url, created.meeting.joinCode);
    await waitFor(() => expect(counts).toHaveLength(2));

    const phone = await connectSocket(server.url, first.key);
    const before = (await phone.emitWithAck('session:sync', {})) as {
      ok: true;
      data: SessionInfo;
    };
    expect(before.data).toMatchObject({
      role: 'attendee',
      participantNumber: 1,
      meeting: { phase: 'lobby' },
    });

    // The phone loses wifi; meanwhile the evening moves on.
    phone.disconnect();
    await facilitator.emitWithAck('phase:set', { phase: 'recognition' });

    // A reload re-joins with the stored key: same number, and the count does not go up. Its
    // first screen already shows the step the room is at.
    const again = await joinMeeting(server.url, created.meeting.joinCode, first.key);
    expect(again).toEqual({
      meetingId: created.meeting.id,
      key: first.key,
      participantNumber: 1,
      meeting: { name: created.meeting.name, kind: 'neighbourhood', phase: 'recognition' },
    });

    phone.connect();
    await waitFor(() => expect(phone.connected).toBe(true));
    const after = (await phone.emitWithAck('session:sync', {})) as {
      ok: true;
      data: SessionInfo;
    };
    expect(after.data).toMatchObject({
      role: 'attendee',
      participantNumber: 1,
      meeting: { phase: 'recognition', attendeeCount: 2 },
      documents: [
        { name: `${created.meeting.id}/welcome`, access: 'read' },
        { name: `${created.meeting.id}/plenary`, access: 'read' },
      ],
    });
    // Positive signal after the re-join: a new phone is counted as the third, nothing in between.
    await joinMeeting(server.url, created.meeting.joinCode);
    await waitFor(() => expect(counts).toEqual([{ count: 1 }, { count: 2 }, { count: 3 }]));
  });
});

describe('timers', () => {
  it('shows start, pause, resume, extend and stop on every screen', async () => {
    const server = await useServer();
    const created = await createMeeting(server.url);
    const facilitator = await connectSocket(server.url, created.facilitatorToken);
    const projector = await connectSocket(server.url, created.projectorToken);
    const { key } = await joinMeeting(server.url, created.meeting.joinCode);
    const phone = await connectSocket(server.url, key);
    const screens = [facilitator, projector, phone];
    const seen = screens.map((s) => record(s, 'timer:changed'));

    const steps = [
      { command: { action: 'start', durationMs: 600_000 }, state: 'running' },
      { command: { action: 'pause' }, state: 'paused' },
      { command: { action: 'resume' }, state: 'running' },
      { command: { action: 'extend', byMs: 60_000 }, state: 'running' },
      { command: { action: 'stop' }, state: 'idle' },
    ] as const;
    for (const [i, step] of steps.entries()) {
      const answer = await facilitator.emitWithAck('timer:control', step.command);
      expect(answer).toMatchObject({ ok: true, data: { state: step.state } });
      await waitFor(() => {
        for (const events of seen) {
          expect(events).toHaveLength(i + 1);
          expect(events[i]).toEqual({ timer: answer.ok ? answer.data : null });
        }
      });
    }
    const [started, paused, resumed, extended] = seen[0].map((e) => e.timer);
    expect(started).toMatchObject({ state: 'running', durationMs: 600_000 });
    expect(paused).toMatchObject({ state: 'paused', durationMs: 600_000 });
    expect((paused as { remainingMs: number }).remainingMs).toBeGreaterThan(590_000);
    // Extending a running timer moves its end by exactly the extension.
    expect(extended).toMatchObject({ state: 'running', durationMs: 660_000 });
    const endOf = (timer: typeof resumed) => (timer as { endsAt: number }).endsAt;
    expect(endOf(extended) - endOf(resumed)).toBe(60_000);
  });

  it('refuses to pause a timer that is not running', async () => {
    const server = await useServer();
    const created = await createMeeting(server.url);
    const facilitator = await connectSocket(server.url, created.facilitatorToken);
    const projector = await connectSocket(server.url, created.projectorToken);
    const seen = record(projector, 'timer:changed');

    const answer = await facilitator.emitWithAck('timer:control', {
      action: 'pause',
    });
    expect(answer).toMatchObject({ ok: false, code: 'TIMER_STATE' });
    // Nothing was broadcast: the next event the projector sees is the start that follows.
    await facilitator.emitWithAck('timer:control', {
      action: 'start',
      durationMs: 5_000,
    });
    await waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0].timer.state).toBe('running');
  });

  it('ends the timer when the phase changes, on every screen and for a phone that comes back', async () => {
    const server = await useServer();
    const created = await createMeeting(server.url);
    const facilitator = await connectSocket(server.url, created.facilitatorToken);
    const projector = await connectSocket(server.url, created.projectorToken);
    const { key } = await joinMeeting(server.url, created.meeting.joinCode);
    const phone = await connectSocket(server.url, key);
    await facilitator.emitWithAck('phase:set', { phase: 'break' });
    const seen = [projector, phone].map((s) => record(s, 'timer:changed'));
    await facilitator.emitWithAck('timer:control', { action: 'start', durationMs: 900_000 });
    await waitFor(() => {
      for (const events of seen) expect(events).toHaveLength(1);
    });

    // Setting the phase it already is (a double click) keeps the break's clock running.
    await facilitator.emitWithAck('phase:set', { phase: 'break' });
    const answer = await facilitator.emitWithAck('phase:set', { phase: 'choose' });
    expect(answer).toMatchObject({ ok: true, data: { phase: 'choose', timer: { state: 'idle' } } });
    await waitFor(() => {
      for (const events of seen) {
        expect(events.map((e) => e.timer.state)).toEqual(['running', 'idle']);
      }
    });

    // A phone that was asleep during the change finds no timer either.
    phone.disconnect();
    phone.connect();
    await waitFor(() => expect(phone.connected).toBe(true));
    const synced = (await phone.emitWithAck('session:sync', {})) as { ok: true; data: SessionInfo };
    expect(synced.data.meeting).toMatchObject({ phase: 'choose', timer: { state: 'idle' } });
  });
});

describe('entering a phase', () => {
  it('starts from its overview, not on the theme last shown in the phase before', async () => {
    const e = await evening();
    const theme = await publishedTheme(e.regie, themeInput('Groen en spelen'));
    const { key } = await joinMeeting(e.server.url, e.joinCode);
    const resident = await connectSocket(e.server.url, key);
    const focus = [e.beamer, resident].map((s) => record(s, 'focus:changed'));
    await toPhase(e, 'recognition');
    ok(await e.regie.emitWithAck('focus:set', { themeId: theme.id }));

    const results = ok(await e.regie.emitWithAck('phase:set', { phase: 'results' }));
    expect(results).toMatchObject({ phase: 'results', focusThemeId: null });
    await waitFor(() => {
      for (const events of focus)
        expect(events).toEqual([{ themeId: theme.id }, { themeId: null }]);
    });
    const synced = ok(await resident.emitWithAck('session:sync', {}));
    expect(synced.meeting).toMatchObject({ phase: 'results', focusThemeId: null });
  });
});
