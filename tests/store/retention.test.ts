import { describe, expect, it } from 'vitest';
import type { Addition, AdditionStatus, QuestionStatus } from '../../shared/model.js';
import { BACKENDS, useStore } from './backends.js';
import { agreement, meeting, meetingWithParticipants, returnMeeting } from './fixtures.js';

const addition = (id: string, status: AdditionStatus): Addition & { participantId: string } => ({
  id,
  meetingId: 'meeting-1',
  themeId: null,
  text: `tekst ${id}`,
  status,
  mergedInto: null,
  weight: 1,
  flags: [],
  createdAt: 1,
  assisted: false,
  participantId: 'meeting-1-p1',
});

describe.each(BACKENDS)('Store contract on %s: retention and erasure', (backend) => {
  const { store } = useStore(backend);

  it('lists meetings of both kinds until a kind of data was applied to them', async () => {
    await store().insertMeeting(meeting({ id: 'b', date: '2026-05-01' }));
    await store().insertMeeting(meeting({ id: 'a', date: '2026-05-01' }));
    await returnMeeting(store(), 'r', 'a');
    const awaiting = await store().listMeetingsAwaitingRetention('notes');
    expect(awaiting).toEqual([
      { id: 'a', date: '2026-05-01', kind: 'neighbourhood' },
      { id: 'b', date: '2026-05-01', kind: 'neighbourhood' },
      { id: 'r', date: '2027-02-01', kind: 'return' },
    ]);
    await store().markRetentionApplied('a', 'notes', 10);
    await store().markRetentionApplied('a', 'notes', 20);
    expect((await store().listMeetingsAwaitingRetention('notes')).map((m) => m.id)).toEqual([
      'b',
      'r',
    ]);
    expect(await store().listMeetingsAwaitingRetention('additions')).toHaveLength(3);
  });

  it('lists document names by a literal prefix', async () => {
    for (const name of ['m_1/canvas/a', 'm_1/canvas/b', 'mx1/canvas/c', 'm_1/plenary', 'm%']) {
      await store().appendDocUpdate(name, new Uint8Array([1]));
    }
    await store().appendDocUpdate('m_1/canvas/a', new Uint8Array([2]));
    expect(await store().listDocNames('m_1/canvas/')).toEqual(['m_1/canvas/a', 'm_1/canvas/b']);
    expect(await store().listDocNames('m_1/plenary')).toEqual(['m_1/plenary']);
    expect(await store().listDocNames('m%')).toEqual(['m%']);
  });

  it('deletes the additions that were never approved, of that meeting only', async () => {
    await meetingWithParticipants(store(), 1);
    await meetingWithParticipants(store(), 1, { id: 'meeting-2' });
    for (const status of ['pending', 'approved', 'rejected', 'merged'] as const) {
      await store().insertAddition(addition(status, status));
    }
    await store().insertAddition({
      ...addition('elsewhere', 'pending'),
      meetingId: 'meeting-2',
      participantId: 'meeting-2-p1',
    });
    expect(await store().deleteUnapprovedAdditions('meeting-1')).toBe(3);
    expect((await store().listAdditions('meeting-1')).map((a) => a.id)).toEqual(['approved']);
    expect(await store().getAddition('elsewhere')).not.toBeNull();
  });

  it('deletes the questions that never reached the screen', async () => {
    await store().insertMeeting(meeting());
    await returnMeeting(store(), 'return-1');
    const statuses: QuestionStatus[] = ['pending', 'shown', 'answered', 'rejected'];
    for (const status of statuses) {
      await store().insertQuestion({
        id: status,
        meetingId: 'return-1',
        workingGroupId: null,
        text: 'vraag',
        status,
        createdAt: statuses.indexOf(status),
        participantId: 'x',
      });
    }
    expect(await store().deleteUnshownQuestions('return-1')).toBe(2);
    expect((await store().listQuestions('return-1')).map((q) => q.id)).toEqual([
      'shown',
      'answered',
    ]);
  });

  it('empties the names people gave themselves at their table', async () => {
    await meetingWithParticipants(store(), 3);
    await store().replaceSubgroups(
      'meeting-1',
      [
        {
          id: 'g',
          meetingId: 'meeting-1',
          themeId: 't',
          suffix: '',
          tableNumber: 1,
          tableName: '',
        },
      ],
      [1, 2, 3].map((n) => ({
        participantId: `meeting-1-p${n}`,
        subgroupId: 'g',
        displayName: n === 2 ? '' : `Naam ${n}`,
      })),
    );
    expect(await store().clearDisplayNames('meeting-1')).toBe(2);
    const names = (await store().listMemberships('meeting-1')).map((m) => m.displayName);
    expect(names).toEqual(['', '', '']);
    expect(await store().clearDisplayNames('meeting-1')).toBe(0);
  });

  it('deletes kopgroep members revoked long enough ago; their lead goes back', async () => {
    await store().insertMeeting(meeting());
    const member = (id: string, revokedAt: number | null) => ({
      id,
      meetingId: 'meeting-1',
      name: `Lid ${id}`,
      tokenHash: `t-${id}`,
      createdAt: 1,
      revokedAt,
    });
    await store().insertCoreGroupMember(member('old', 100));
    await store().insertCoreGroupMember(member('edge', 200));
    await store().insertCoreGroupMember(member('recent', 201));
    await store().insertCoreGroupMember(member('active', null));
    await returnMeeting(store(), 'led-by-old');
    await store().setLeader('led-by-old', 'old');
    await returnMeeting(store(), 'led-by-recent');
    await store().setLeader('led-by-recent', 'recent');
    expect(await store().deleteRevokedCoreGroupMembers(200)).toBe(2);
    expect((await store().listCoreGroupMembers('meeting-1')).map((m) => m.id)).toEqual([
      'active',
      'recent',
    ]);
    expect((await store().getMeeting('led-by-old'))?.leaderId).toBeNull();
    expect((await store().getMeeting('led-by-recent'))?.leaderId).toBe('recent');
  });

  it('replaces the person’s name on settled afspraken last touched before the cutoff', async () => {
    await store().insertMeeting(meeting());
    await returnMeeting(store(), 'return-1');
    const settled = { status: 'done' as const, createdAt: 100 };
    await store().saveAgreement(agreement({ id: 'done', ...settled }));
    await store().saveAgreement(agreement({ id: 'dropped', ...settled, status: 'dropped' }));
    await store().saveAgreement(agreement({ id: 'ongoing', ...settled, status: 'ongoing' }));
    await store().saveAgreement(agreement({ id: 'new', ...settled, createdAt: 300 }));
    await store().saveAgreement(
      agreement({
        id: 'group',
        ...settled,
        owner: { kind: 'workingGroup', workingGroupId: 'wg' },
      }),
    );
    await store().saveAgreement(agreement({ id: 'reviewed-late', ...settled, status: 'open' }));
    await store().saveAgreementReview({
      agreementId: 'reviewed-late',
      meetingId: 'return-1',
      outcome: 'done',
      note: '',
      at: 250,
    });
    expect(await store().replaceAgreementOwnerNames(200, '(naam verwijderd)')).toBe(2);
    expect(await store().replaceAgreementOwnerNames(200, '(naam verwijderd)')).toBe(0);
    const owners = Object.fromEntries(
      (await store().listAgreements('meeting-1')).map((a) => [a.id, a.owner]),
    );
    expect(owners).toEqual({
      done: { kind: 'person', name: '(naam verwijderd)' },
      dropped: { kind: 'person', name: '(naam verwijderd)' },
      ongoing: { kind: 'person', name: 'Fatima' },
      new: { kind: 'person', name: 'Fatima' },
      group: { kind: 'workingGroup', workingGroupId: 'wg' },
      'reviewed-late': { kind: 'person', name: 'Fatima' },
    });
    expect((await store().getAgreement('done'))?.what).toBe('Plantenbakken bij de school');
  });

  it('purges erased data and keeps everything else readable', async () => {
    await meetingWithParticipants(store(), 1);
    await store().appendDocUpdate('meeting-1/plenary', new Uint8Array([1, 2]));
    await store().insertSignup({
      id: 's',
      meetingId: 'meeting-1',
      themeId: 't',
      name: 'Naam',
      email: 'e@example.nl',
      phone: '',
      consents: { contact: true, shareName: true, news: false },
      tokenHash: 'h',
      createdAt: 1,
      retainUntil: 2,
    });
    await store().insertSignup({
      ...(await store().getSignup('s'))!,
      id: 'kept',
      tokenHash: 'h2',
      retainUntil: 99,
    });
    await store().deleteExpiredSignups(10);
    await store().purgeErased();
    expect((await store().listSignups('meeting-1')).map((s) => s.id)).toEqual(['kept']);
    expect(await store().loadDocUpdates('meeting-1/plenary')).toEqual([new Uint8Array([1, 2])]);
    expect(await store().countParticipants('meeting-1')).toBe(1);
  });
});
