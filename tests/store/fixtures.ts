/** Small builders for the contract suite: valid records with defaults a test overrides. */
import type { Store } from '../../server/store/store.js';
import type { Agreement, Meeting, Participant, Theme } from '../../shared/model.js';

export function meeting(overrides: Partial<Meeting> = {}): Meeting {
  const id = overrides.id ?? 'meeting-1';
  return {
    id,
    name: 'Wijkavond Oost',
    date: '2026-12-01',
    place: 'De Schakel',
    joinCode: `J-${id}`,
    phase: 'lobby',
    timer: { state: 'idle' },
    focusThemeId: null,
    message: null,
    groupingState: 'none',
    kind: 'neighbourhood',
    originMeetingId: null,
    leaderId: null,
    facilitatorTokenHash: `f-${id}`,
    projectorTokenHash: `p-${id}`,
    createdAt: 1_000,
    ...overrides,
  };
}

export function theme(overrides: Partial<Theme> = {}): Theme {
  return {
    id: 'theme-a',
    meetingId: 'meeting-1',
    title: 'Groen in de wijk',
    description: 'Meer bomen en plantenbakken',
    quotes: [{ id: 'q1', text: 'Het is hier zo grijs' }],
    position: 0,
    hidden: false,
    published: true,
    dismissedFlags: [],
    origin: 'prepared',
    recognitionOpen: false,
    recognitionRevealed: false,
    hands: { yes: 0, partly: 0, no: 0 },
    ...overrides,
  };
}

export function agreement(overrides: Partial<Agreement> = {}): Agreement {
  return {
    id: 'agreement-1',
    originMeetingId: 'meeting-1',
    madeAtMeetingId: 'return-1',
    what: 'Plantenbakken bij de school',
    owner: { kind: 'person', name: 'Fatima' },
    due: '2027-03-01',
    themeIds: ['theme-a'],
    workingGroupIds: [],
    status: 'open',
    createdAt: 5_000,
    ...overrides,
  };
}

/** A meeting with `count` phone participants p1…pN. */
export async function meetingWithParticipants(
  store: Store,
  count: number,
  overrides: Partial<Meeting> = {},
): Promise<{ meeting: Meeting; participants: Participant[] }> {
  const stored = meeting(overrides);
  await store.insertMeeting(stored);
  const participants: Participant[] = [];
  for (let i = 1; i <= count; i++) {
    participants.push(
      await store.insertParticipant({
        id: `${stored.id}-p${i}`,
        meetingId: stored.id,
        keyHash: `${stored.id}-key${i}`,
        joinedAt: 2_000 + i,
        hostId: null,
      }),
    );
  }
  return { meeting: stored, participants };
}

/** A return meeting following `originId`. */
export async function returnMeeting(store: Store, id: string, originId = 'meeting-1') {
  const stored = meeting({ id, kind: 'return', originMeetingId: originId, date: '2027-02-01' });
  await store.insertMeeting(stored);
  return stored;
}
