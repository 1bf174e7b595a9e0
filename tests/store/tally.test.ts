import { beforeEach, describe, expect, it } from 'vitest';
import type { RecognitionAnswer } from '../../shared/model.js';
import { BACKENDS, useStore } from './backends.js';

/** The tally rules, on each real store: one answer per person per theme. */
describe.each(BACKENDS)('recognition tally on %s', (backend) => {
  const fixture = useStore(backend);
  const meetingId = 'meeting-0001';

  beforeEach(async () => {
    const store = fixture.store();
    await store.insertMeeting({
      id: meetingId,
      name: 'Wijkavond',
      date: '2026-12-01',
      place: 'De Schakel',
      joinCode: 'K7M4QX',
      phase: 'recognition',
      timer: { state: 'idle' },
      focusThemeId: null,
      message: null,
      groupingState: 'none',
      kind: 'neighbourhood',
      originMeetingId: null,
      leaderId: null,
      facilitatorTokenHash: 'f',
      projectorTokenHash: 'p',
      createdAt: 0,
    });
    for (const id of ['theme-a', 'theme-b']) {
      await store.insertTheme({
        id,
        meetingId,
        title: id,
        description: '',
        quotes: [],
        position: 0,
        hidden: false,
        published: true,
        dismissedFlags: [],
        origin: 'prepared',
        recognitionOpen: true,
        recognitionRevealed: false,
        hands: { yes: 0, partly: 0, no: 0 },
      });
    }
    for (let i = 1; i <= 4; i++) {
      await store.insertParticipant({
        id: `p${i}`,
        meetingId,
        keyHash: `k${i}`,
        joinedAt: 0,
        hostId: null,
      });
    }
  });

  const vote = (participantId: string, themeId: string, answer: RecognitionAnswer) =>
    fixture.store().upsertVote({ meetingId, themeId, participantId, answer, at: 0 });

  it('counts each answer once per person', async () => {
    await vote('p1', 'theme-a', 'yes');
    await vote('p2', 'theme-a', 'yes');
    await vote('p3', 'theme-a', 'no');
    expect(await fixture.store().countVotes('theme-a')).toEqual({ yes: 2, partly: 0, no: 1 });
  });

  it('replaces a changed answer instead of counting it twice', async () => {
    await vote('p1', 'theme-a', 'yes');
    await vote('p1', 'theme-a', 'partly');
    await vote('p1', 'theme-a', 'partly');
    expect(await fixture.store().countVotes('theme-a')).toEqual({ yes: 0, partly: 1, no: 0 });
    expect(await fixture.store().getVote('theme-a', 'p1')).toBe('partly');
  });

  it('keeps themes apart and starts every theme at zero', async () => {
    await vote('p1', 'theme-a', 'no');
    await vote('p1', 'theme-b', 'yes');
    expect(await fixture.store().countVotes('theme-a')).toEqual({ yes: 0, partly: 0, no: 1 });
    expect(await fixture.store().countVotes('theme-b')).toEqual({ yes: 1, partly: 0, no: 0 });
    expect(await fixture.store().getVote('theme-b', 'p4')).toBeNull();
  });

  it('counts a person once when their changed answers arrive at the same moment', async () => {
    const answers: RecognitionAnswer[] = ['yes', 'no', 'partly', 'yes', 'no'];
    await Promise.all(answers.map((answer) => vote('p1', 'theme-a', answer)));
    const counts = await fixture.store().countVotes('theme-a');
    expect(counts.yes + counts.partly + counts.no).toBe(1);
    expect(counts[(await fixture.store().getVote('theme-a', 'p1'))!]).toBe(1);
  });
});
