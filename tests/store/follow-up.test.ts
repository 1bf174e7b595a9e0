import { describe, expect, it } from 'vitest';
import type { PlanSnapshot, Question } from '../../shared/model.js';
import type { StoredSignup } from '../../server/store/store.js';
import { BACKENDS, useStore } from './backends.js';
import { agreement, meeting, meetingWithParticipants, returnMeeting } from './fixtures.js';

function signup(overrides: Partial<StoredSignup> = {}): StoredSignup {
  return {
    id: 's1',
    meetingId: 'meeting-1',
    themeId: 'theme-a',
    name: 'Fatima Yilmaz',
    email: 'fatima@example.nl',
    phone: '06 12345678',
    consents: { contact: true, shareName: false, news: true },
    tokenHash: 'st-1',
    createdAt: 100,
    retainUntil: 10_000,
    ...overrides,
  };
}

const question = (overrides: Partial<Question> = {}): Question & { participantId: string } => ({
  id: 'q1',
  meetingId: 'return-1',
  workingGroupId: 'wg-1',
  text: 'Wanneer beginnen jullie?',
  status: 'pending',
  createdAt: 50,
  participantId: 'return-1-p1',
  ...overrides,
});

describe.each(BACKENDS)('Store contract on %s: sign-ups and what follows', (backend) => {
  const { store } = useStore(backend);

  describe('sign-ups', () => {
    it('finds, lists, counts and deletes sign-ups; a new token replaces the old', async () => {
      await store().insertMeeting(meeting());
      await store().insertSignup(signup());
      await store().insertSignup(signup({ id: 's2', tokenHash: 'st-2', createdAt: 50 }));
      await store().insertSignup(signup({ id: 's3', tokenHash: 'st-3', themeId: 'theme-b' }));
      expect(await store().findSignupByTokenHash('st-1')).toEqual(signup());
      expect(await store().getSignup('nope')).toBeNull();
      expect((await store().listSignups('meeting-1')).map((s) => s.id)).toEqual(['s2', 's1', 's3']);
      expect(await store().countSignups('meeting-1')).toEqual({ 'theme-a': 2, 'theme-b': 1 });
      expect(await store().replaceSignupToken('s1', 'st-new')).toBe(true);
      expect(await store().findSignupByTokenHash('st-1')).toBeNull();
      expect((await store().findSignupByTokenHash('st-new'))?.id).toBe('s1');
      expect(await store().replaceSignupToken('nope', 'x')).toBe(false);
      expect(await store().deleteSignup('s2')).toBe(true);
      expect(await store().deleteSignup('s2')).toBe(false);
      expect(await store().countSignups('meeting-1')).toEqual({ 'theme-a': 1, 'theme-b': 1 });
    });

    it('deletes exactly the sign-ups whose retention date has passed', async () => {
      await store().insertMeeting(meeting());
      await store().insertSignup(signup({ id: 'due', tokenHash: 'a', retainUntil: 500 }));
      await store().insertSignup(signup({ id: 'now', tokenHash: 'b', retainUntil: 1_000 }));
      await store().insertSignup(signup({ id: 'later', tokenHash: 'c', retainUntil: 1_001 }));
      expect(await store().deleteExpiredSignups(1_000)).toBe(2);
      expect((await store().listSignups('meeting-1')).map((s) => s.id)).toEqual(['later']);
    });
  });

  describe('kopgroep and werkgroepen', () => {
    const member = {
      id: 'm1',
      meetingId: 'meeting-1',
      name: 'Henk',
      tokenHash: 'ct-1',
      createdAt: 10,
      revokedAt: null,
    };

    it('revokes and re-issues a kopgroep link', async () => {
      await store().insertMeeting(meeting());
      await store().insertCoreGroupMember(member);
      await store().insertCoreGroupMember({ ...member, id: 'm0', tokenHash: 'ct-0', createdAt: 5 });
      expect((await store().listCoreGroupMembers('meeting-1')).map((m) => m.id)).toEqual([
        'm0',
        'm1',
      ]);
      await store().updateCoreGroupMember({ ...member, revokedAt: 20 });
      expect((await store().getCoreGroupMember('m1'))?.revokedAt).toBe(20);
      await store().updateCoreGroupMember({ ...member, tokenHash: 'ct-new' });
      expect(await store().findCoreGroupMemberByTokenHash('ct-1')).toBeNull();
      expect(await store().findCoreGroupMemberByTokenHash('ct-new')).toEqual({
        ...member,
        tokenHash: 'ct-new',
      });
    });

    it('allows one werkgroep per theme, even when two are started at once', async () => {
      await store().insertMeeting(meeting());
      const group = {
        id: 'wg-1',
        meetingId: 'meeting-1',
        themeId: 'theme-a',
        title: 'Groen',
        createdAt: 10,
        readyAt: null,
      };
      const started = await Promise.all(
        ['wg-1', 'wg-2', 'wg-3'].map((id) => store().insertWorkingGroup({ ...group, id })),
      );
      expect(started.filter(Boolean)).toHaveLength(1);
      const winner = await store().findWorkingGroupByTheme('meeting-1', 'theme-a');
      expect(await store().getWorkingGroup(winner!.id)).toEqual(winner);
      await store().setWorkingGroupReady(winner!.id, 99);
      expect((await store().getWorkingGroup(winner!.id))?.readyAt).toBe(99);
      await store().insertWorkingGroup({ ...group, id: 'wg-b', themeId: 'theme-b', createdAt: 5 });
      expect((await store().listWorkingGroups('meeting-1')).map((g) => g.id)).toEqual([
        'wg-b',
        winner!.id,
      ]);
      expect(await store().findWorkingGroupByTheme('meeting-1', 'theme-c')).toBeNull();
    });
  });

  describe('return meetings', () => {
    it('keeps the agenda and one plan snapshot per werkgroep', async () => {
      await store().insertMeeting(meeting());
      await returnMeeting(store(), 'return-1');
      expect(await store().getAgenda('return-1')).toBeNull();
      const agenda = {
        items: [{ id: 'i1', kind: 'review' as const, minutes: 10 }],
        currentItemId: 'i1',
      };
      await store().setAgenda('return-1', agenda);
      await store().setAgenda('return-1', { ...agenda, currentItemId: null });
      expect(await store().getAgenda('return-1')).toEqual({ ...agenda, currentItemId: null });
      const snapshot: PlanSnapshot = {
        meetingId: 'return-1',
        workingGroupId: 'wg-1',
        title: 'Groen',
        takenAt: 20,
        parts: {
          goal: [{ type: 'paragraph', content: [{ type: 'text', text: 'Bomen' }] }],
          needed: [],
          planning: [],
          questions: [],
        },
        actions: [{ what: 'Bakken kopen', who: 'Henk', due: '2027-04-01', status: 'todo' }],
      };
      await store().putPlanSnapshot(snapshot);
      await store().putPlanSnapshot({ ...snapshot, workingGroupId: 'wg-0', takenAt: 30 });
      await store().putPlanSnapshot({ ...snapshot, title: 'Groen, tweede keer', takenAt: 40 });
      expect(await store().listPlanSnapshots('return-1')).toEqual([
        { ...snapshot, workingGroupId: 'wg-0', takenAt: 30 },
        { ...snapshot, title: 'Groen, tweede keer', takenAt: 40 },
      ]);
    });

    it('stores a question once and hides its asker from lists', async () => {
      await store().insertMeeting(meeting());
      await meetingWithParticipants(store(), 1, {
        id: 'return-1',
        kind: 'return',
        originMeetingId: 'meeting-1',
      });
      const { participantId: _asker, ...visible } = question();
      expect(await store().insertQuestion(question())).toEqual({
        question: visible,
        inserted: true,
      });
      const resend = await store().insertQuestion(question({ text: 'anders' }));
      expect(resend).toEqual({ question: visible, inserted: false });
      expect(await store().getQuestion('q1')).toEqual(question());
      await store().insertQuestion(question({ id: 'q0', createdAt: 50 }));
      await store().updateQuestion({ ...visible, status: 'shown' });
      const listed = await store().listQuestions('return-1');
      expect(listed).toEqual([
        { ...visible, status: 'shown' },
        { ...visible, id: 'q0' },
      ]);
    });

    it('saves afspraken in the order made and a review sets their status', async () => {
      await store().insertMeeting(meeting());
      await returnMeeting(store(), 'return-1');
      await returnMeeting(store(), 'return-2');
      await store().saveAgreement(agreement({ id: 'b' }));
      await store().saveAgreement(agreement({ id: 'a' }));
      await store().saveAgreement(agreement({ id: 'b', what: 'Ook bij het plein' }));
      expect((await store().listAgreements('meeting-1')).map((a) => [a.id, a.what])).toEqual([
        ['b', 'Ook bij het plein'],
        ['a', 'Plantenbakken bij de school'],
      ]);
      const review = {
        agreementId: 'a',
        meetingId: 'return-2',
        outcome: 'ongoing' as const,
        note: 'loopt',
        at: 60,
      };
      await store().saveAgreementReview(review);
      await store().saveAgreementReview({ ...review, agreementId: 'b', outcome: 'done' });
      await store().saveAgreementReview({ ...review, outcome: 'done', note: 'klaar' });
      await store().saveAgreementReview({ ...review, agreementId: 'gone' });
      expect((await store().getAgreement('a'))?.status).toBe('done');
      expect(await store().getAgreement('gone')).toBeNull();
      expect(await store().listAgreementReviews('return-2')).toEqual([
        { ...review, agreementId: 'b', outcome: 'done' },
        { ...review, outcome: 'done', note: 'klaar' },
      ]);
    });
  });
});
