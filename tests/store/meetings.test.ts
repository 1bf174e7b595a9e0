import { describe, expect, it } from 'vitest';
import { BACKENDS, useStore } from './backends.js';
import { meeting, meetingWithParticipants, returnMeeting } from './fixtures.js';

describe.each(BACKENDS)('Store contract on %s: meetings, participants, table hosts', (backend) => {
  const { store } = useStore(backend);

  describe('meetings', () => {
    it('gives back a stored meeting as it was inserted, open for joining', async () => {
      const stored = meeting({ timer: { state: 'running', endsAt: 9_999, durationMs: 600_000 } });
      await store().insertMeeting(stored);
      expect(await store().getMeeting(stored.id)).toEqual({ ...stored, joiningClosed: false });
      expect(await store().getMeeting('nope')).toBeNull();
    });

    it('finds a meeting by its join code and by either staff token hash', async () => {
      await store().insertMeeting(meeting());
      expect((await store().findMeetingByJoinCode('J-meeting-1'))?.id).toBe('meeting-1');
      expect(await store().findMeetingByJoinCode('ZZZZZZ')).toBeNull();
      const facilitator = await store().findMeetingByTokenHash('f-meeting-1');
      expect([facilitator?.meeting.id, facilitator?.role]).toEqual(['meeting-1', 'facilitator']);
      const projector = await store().findMeetingByTokenHash('p-meeting-1');
      expect([projector?.meeting.id, projector?.role]).toEqual(['meeting-1', 'projector']);
      expect(await store().findMeetingByTokenHash('other')).toBeNull();
    });

    it('refuses a second meeting with a join code already in use', async () => {
      await store().insertMeeting(meeting());
      await expect(
        store().insertMeeting(
          meeting({ id: 'meeting-2', joinCode: 'J-meeting-1', facilitatorTokenHash: 'x' }),
        ),
      ).rejects.toThrow();
    });

    it('lists meetings newest first', async () => {
      await store().insertMeeting(meeting({ id: 'old', createdAt: 1 }));
      await store().insertMeeting(meeting({ id: 'new', createdAt: 3 }));
      await store().insertMeeting(meeting({ id: 'mid', createdAt: 2 }));
      expect((await store().listMeetings()).map((m) => m.id)).toEqual(['new', 'mid', 'old']);
    });

    it('keeps what each setter changes, and nothing else', async () => {
      await store().insertMeeting(meeting());
      const s = store();
      await s.setPhase('meeting-1', 'recognition');
      await s.setTimer('meeting-1', { state: 'paused', remainingMs: 30_000, durationMs: 60_000 });
      await s.setFocus('meeting-1', 'theme-a');
      await s.setMessage('meeting-1', { text: 'Nog 5 minuten', at: 42 });
      await s.setGroupingState('meeting-1', 'proposed');
      await s.setJoiningClosed('meeting-1', true);
      await s.setLeader('meeting-1', 'member-1');
      expect(await s.getMeeting('meeting-1')).toEqual({
        ...meeting(),
        phase: 'recognition',
        timer: { state: 'paused', remainingMs: 30_000, durationMs: 60_000 },
        focusThemeId: 'theme-a',
        message: { text: 'Nog 5 minuten', at: 42 },
        groupingState: 'proposed',
        joiningClosed: true,
        leaderId: 'member-1',
      });
      await s.setMessage('meeting-1', null);
      await s.setFocus('meeting-1', null);
      await s.setJoiningClosed('meeting-1', false);
      await s.setLeader('meeting-1', null);
      const cleared = await s.getMeeting('meeting-1');
      expect([cleared?.message, cleared?.focusThemeId, cleared?.joiningClosed]).toEqual([
        null,
        null,
        false,
      ]);
      expect(cleared?.leaderId).toBeNull();
    });

    it('replaces staff token hashes: the old ones no longer find the meeting', async () => {
      await store().insertMeeting(meeting());
      await store().setTokens('meeting-1', 'f-new', 'p-new');
      expect(await store().findMeetingByTokenHash('f-meeting-1')).toBeNull();
      expect((await store().findMeetingByTokenHash('f-new'))?.role).toBe('facilitator');
      await store().setProjectorTokenHash('meeting-1', 'p-newer');
      expect(await store().findMeetingByTokenHash('p-new')).toBeNull();
      expect((await store().findMeetingByTokenHash('p-newer'))?.role).toBe('projector');
      expect((await store().getMeeting('meeting-1'))?.facilitatorTokenHash).toBe('f-new');
    });

    it('lists the return meetings of a neighbourhood meeting by date', async () => {
      await store().insertMeeting(meeting());
      await store().insertMeeting(
        meeting({ id: 'r-late', kind: 'return', originMeetingId: 'meeting-1', date: '2027-06-01' }),
      );
      await returnMeeting(store(), 'r-early');
      await store().insertMeeting(meeting({ id: 'unrelated', date: '2027-01-01' }));
      const list = await store().listReturnMeetings('meeting-1');
      expect(list.map((m) => [m.id, m.kind, m.originMeetingId])).toEqual([
        ['r-early', 'return', 'meeting-1'],
        ['r-late', 'return', 'meeting-1'],
      ]);
    });
  });

  describe('participants', () => {
    it('numbers participants 1, 2, 3 per meeting and finds them by key and id', async () => {
      const { participants } = await meetingWithParticipants(store(), 3);
      await meetingWithParticipants(store(), 1, { id: 'meeting-2' });
      expect(participants.map((p) => p.number)).toEqual([1, 2, 3]);
      expect(await store().findParticipantByKeyHash('meeting-1-key2')).toEqual(participants[1]);
      expect(await store().getParticipant('meeting-1-p3')).toEqual(participants[2]);
      expect(await store().findParticipantByKeyHash('unknown')).toBeNull();
      expect(await store().countParticipants('meeting-1')).toBe(3);
      expect(await store().countParticipants('meeting-2')).toBe(1);
      expect(await store().listParticipants('meeting-1')).toEqual(participants);
    });

    it('gives phones that join at the same moment different numbers', async () => {
      await store().insertMeeting(meeting());
      const joined = await Promise.all(
        Array.from({ length: 25 }, (_, i) =>
          store().insertParticipant({
            id: `p${i}`,
            meetingId: 'meeting-1',
            keyHash: `k${i}`,
            joinedAt: 0,
            hostId: null,
          }),
        ),
      );
      const numbers = joined.map((p) => p.number).sort((a, b) => a - b);
      expect(numbers).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    });

    it('refuses a second participant with the same key', async () => {
      await meetingWithParticipants(store(), 1);
      await expect(
        store().insertParticipant({
          id: 'other',
          meetingId: 'meeting-1',
          keyHash: 'meeting-1-key1',
          joinedAt: 0,
          hostId: null,
        }),
      ).rejects.toThrow();
      expect(await store().countParticipants('meeting-1')).toBe(1);
    });
  });

  describe('table hosts', () => {
    it('finds a host by token and lists the people entered by that host', async () => {
      await meetingWithParticipants(store(), 1);
      const host = {
        id: 'host-1',
        meetingId: 'meeting-1',
        label: 'Tafel bij het raam',
        tokenHash: 'th-1',
        createdAt: 3_000,
      };
      await store().insertTableHost(host);
      await store().insertTableHost({ ...host, id: 'host-2', tokenHash: 'th-2', createdAt: 4_000 });
      for (const id of ['a1', 'a2']) {
        await store().insertParticipant({
          id,
          meetingId: 'meeting-1',
          keyHash: `unused-${id}`,
          joinedAt: 5_000,
          hostId: 'host-1',
        });
      }
      expect(await store().findTableHostByTokenHash('th-1')).toEqual(host);
      expect(await store().findTableHostByTokenHash('nope')).toBeNull();
      expect((await store().listTableHosts('meeting-1')).map((h) => h.id)).toEqual([
        'host-1',
        'host-2',
      ]);
      const assisted = await store().listAssisted('host-1');
      expect(assisted.map((p) => [p.id, p.number, p.hostId])).toEqual([
        ['a1', 2, 'host-1'],
        ['a2', 3, 'host-1'],
      ]);
      expect(await store().listAssisted('host-2')).toEqual([]);
    });
  });
});
