import { describe, expect, it } from 'vitest';
import type { StoredConversation } from '../../server/store/store.js';
import { BACKENDS, useStore } from './backends.js';
import { meeting } from './fixtures.js';

function conversation(overrides: Partial<StoredConversation> = {}): StoredConversation {
  return {
    id: 'cv-1',
    meetingId: 'meeting-1',
    group: 'ouderen De Linde',
    place: 'Buurthuis De Linde',
    date: '2027-01-12',
    time: '14:00',
    leader: 'Marieke',
    question: 'Wat heeft u nodig?',
    createdAt: 100,
    linkIssuedAt: null,
    tokenHash: null,
    revokedAt: null,
    ...overrides,
  };
}

describe.each(BACKENDS)('Store contract on %s: conversations (step 2 of the method)', (backend) => {
  const { store } = useStore(backend);

  it('keeps a meeting’s conversations by day and time, finds one by its link’s hash and counts them', async () => {
    await store().insertMeeting(meeting());
    await store().insertMeeting(meeting({ id: 'meeting-2' }));
    await store().insertConversation(conversation());
    await store().insertConversation(
      conversation({ id: 'cv-2', date: '2027-01-10', time: '', tokenHash: 'h-2', linkIssuedAt: 5 }),
    );
    await store().insertConversation(conversation({ id: 'cv-3', time: '09:30', createdAt: 300 }));
    await store().insertConversation(conversation({ id: 'cv-x', meetingId: 'meeting-2' }));
    expect((await store().listConversations('meeting-1')).map((c) => c.id)).toEqual([
      'cv-2',
      'cv-3',
      'cv-1',
    ]);
    expect(await store().countConversations('meeting-1')).toBe(3);
    expect(await store().countConversations('meeting-3')).toBe(0);
    expect(await store().getConversation('cv-1')).toEqual(conversation());
    expect(await store().getConversation('nope')).toBeNull();
    expect(await store().findConversationByTokenHash('h-2')).toEqual(
      conversation({ id: 'cv-2', date: '2027-01-10', time: '', tokenHash: 'h-2', linkIssuedAt: 5 }),
    );
    expect(await store().findConversationByTokenHash('nope')).toBeNull();
  });

  it('replaces the plan and the link: a new hash finds it, the old one no longer; revoked it has none', async () => {
    await store().insertMeeting(meeting());
    await store().insertConversation(conversation({ tokenHash: 'old', linkIssuedAt: 10 }));
    const renewed = conversation({ place: 'Bibliotheek', tokenHash: 'new', linkIssuedAt: 20 });
    expect(await store().updateConversation(renewed)).toBe(true);
    expect(await store().findConversationByTokenHash('old')).toBeNull();
    expect(await store().findConversationByTokenHash('new')).toEqual(renewed);
    const revoked = { ...renewed, tokenHash: null, linkIssuedAt: null, revokedAt: 30 };
    expect(await store().updateConversation(revoked)).toBe(true);
    expect(await store().findConversationByTokenHash('new')).toBeNull();
    expect(await store().getConversation('cv-1')).toEqual(revoked);
    expect(await store().updateConversation(conversation({ id: 'nope' }))).toBe(false);
  });

  it('keeps two conversations without a link apart, but never two with the same hash', async () => {
    await store().insertMeeting(meeting());
    await store().insertConversation(conversation({ id: 'cv-a' }));
    await store().insertConversation(conversation({ id: 'cv-b' }));
    await store().insertConversation(conversation({ id: 'cv-c', tokenHash: 'same' }));
    await expect(
      store().insertConversation(conversation({ id: 'cv-d', tokenHash: 'same' })),
    ).rejects.toThrow();
    expect(await store().countConversations('meeting-1')).toBe(3);
  });
});
