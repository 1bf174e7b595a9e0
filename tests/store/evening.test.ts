import { describe, expect, it } from 'vitest';
import type { Addition } from '../../shared/model.js';
import { BACKENDS, useStore } from './backends.js';
import { meetingWithParticipants, theme } from './fixtures.js';

function addition(
  overrides: Partial<Addition & { participantId: string }> = {},
): Addition & { participantId: string } {
  return {
    id: 'add-1',
    meetingId: 'meeting-1',
    themeId: 'theme-a',
    text: 'Ook de speeltuin',
    status: 'pending',
    mergedInto: null,
    weight: 1,
    flags: [],
    createdAt: 10,
    assisted: false,
    participantId: 'meeting-1-p1',
    ...overrides,
  };
}

describe.each(BACKENDS)(
  'Store contract on %s: themes, additions, preferences, groups',
  (backend) => {
    const { store } = useStore(backend);

    describe('themes', () => {
      it('lists a meeting’s themes by position, then in the order they were added', async () => {
        await meetingWithParticipants(store(), 0);
        await store().insertTheme(theme({ id: 'b', position: 1 }));
        await store().insertTheme(theme({ id: 'z', position: 0 }));
        await store().insertTheme(theme({ id: 'a', position: 1 }));
        expect((await store().listThemes('meeting-1')).map((t) => t.id)).toEqual(['z', 'b', 'a']);
      });

      it('replaces a theme whole on update and forgets it on delete', async () => {
        await meetingWithParticipants(store(), 0);
        await store().insertTheme(theme());
        await store().insertTheme(theme({ id: 'theme-b', position: 1 }));
        const changed = theme({
          title: 'Groen en speelruimte',
          quotes: [],
          position: 2,
          hands: { yes: 4, partly: 1, no: 0 },
          dismissedFlags: ['name:Henk'],
        });
        await store().updateTheme(changed);
        expect(await store().getTheme('theme-a')).toEqual(changed);
        expect((await store().listThemes('meeting-1')).map((t) => t.id)).toEqual([
          'theme-b',
          'theme-a',
        ]);
        await store().deleteTheme('theme-a');
        expect(await store().getTheme('theme-a')).toBeNull();
        expect((await store().listThemes('meeting-1')).map((t) => t.id)).toEqual(['theme-b']);
      });
    });

    describe('additions', () => {
      it('inserts once: a resend with the same id gets the stored addition back', async () => {
        await meetingWithParticipants(store(), 2);
        const first = await store().insertAddition(addition());
        expect(first).toEqual({ addition: addition(), inserted: true });
        const resend = await store().insertAddition(
          addition({ text: 'anders', participantId: 'meeting-1-p2' }),
        );
        expect(resend).toEqual({ addition: addition(), inserted: false });
        expect(await store().getAddition('add-1')).toEqual(addition());
        expect(await store().getAddition('nope')).toBeNull();
      });

      it('stores one addition when the same resend arrives twice at once', async () => {
        await meetingWithParticipants(store(), 1);
        const results = await Promise.all([1, 2, 3].map(() => store().insertAddition(addition())));
        expect(results.filter((r) => r.inserted)).toHaveLength(1);
        expect(await store().listAdditions('meeting-1')).toHaveLength(1);
      });

      it('stores text with a broken character (an unpaired surrogate) instead of failing', async () => {
        await meetingWithParticipants(store(), 1);
        const result = await store().insertAddition(addition({ text: 'kapot \ud800 teken' }));
        expect(result.inserted).toBe(true);
        expect((await store().getAddition('add-1'))?.text).toMatch(/^kapot .* teken$/);
      });

      it('lists the newest first, without the participant, and keeps updates', async () => {
        await meetingWithParticipants(store(), 1);
        await store().insertAddition(addition({ id: 'old', createdAt: 1 }));
        await store().insertAddition(addition({ id: 'new', createdAt: 3, themeId: null }));
        const { participantId: _p, ...publicOld } = addition({ id: 'old', createdAt: 1 });
        const merged: Addition = { ...publicOld, status: 'merged', mergedInto: 'new' };
        await store().updateAddition(merged);
        const listed = await store().listAdditions('meeting-1');
        expect(listed.map((a) => a.id)).toEqual(['new', 'old']);
        expect(listed[1]).toEqual(merged);
        expect(listed.every((a) => !('participantId' in a))).toBe(true);
        expect((await store().getAddition('old'))?.participantId).toBe('meeting-1-p1');
      });
    });

    describe('preferences', () => {
      it('records, replaces and lists first and second choices', async () => {
        await meetingWithParticipants(store(), 2);
        await store().upsertPreference(
          'meeting-1',
          { participantId: 'meeting-1-p2', first: 'a', second: null },
          5,
        );
        await store().upsertPreference(
          'meeting-1',
          { participantId: 'meeting-1-p1', first: 'b', second: 'a' },
          6,
        );
        await store().upsertPreference(
          'meeting-1',
          { participantId: 'meeting-1-p2', first: null, second: 'b' },
          7,
        );
        expect(await store().getPreference('meeting-1', 'meeting-1-p2')).toEqual({
          participantId: 'meeting-1-p2',
          first: null,
          second: 'b',
        });
        expect(await store().getPreference('meeting-1', 'nobody')).toBeNull();
        expect(await store().listPreferences('meeting-1')).toEqual([
          { participantId: 'meeting-1-p1', first: 'b', second: 'a' },
          { participantId: 'meeting-1-p2', first: null, second: 'b' },
        ]);
      });
    });

    describe('subgroups', () => {
      const group = (id: string, tableNumber: number) => ({
        id,
        meetingId: 'meeting-1',
        themeId: 'theme-a',
        suffix: '',
        tableNumber,
        tableName: '',
      });
      const member = (n: number, subgroupId: string, displayName = '') => ({
        participantId: `meeting-1-p${n}`,
        subgroupId,
        displayName,
      });

      it('replaces a whole proposal at once and lists tables and members in order', async () => {
        await meetingWithParticipants(store(), 4);
        await store().replaceSubgroups(
          'meeting-1',
          [group('old', 1)],
          [member(1, 'old'), member(2, 'old')],
        );
        await store().replaceSubgroups(
          'meeting-1',
          [group('g2', 2), group('g1', 1)],
          [member(3, 'g2'), member(1, 'g1', 'Anna'), member(2, 'g2')],
        );
        expect((await store().listSubgroups('meeting-1')).map((g) => g.id)).toEqual(['g1', 'g2']);
        expect(await store().getSubgroup('old')).toBeNull();
        expect(await store().listMemberships('meeting-1')).toEqual([
          member(1, 'g1', 'Anna'),
          member(2, 'g2'),
          member(3, 'g2'),
        ]);
        expect(await store().getMembership('meeting-1', 'meeting-1-p4')).toBeNull();
      });

      it('moves one person, updates a table and deletes a table with its members', async () => {
        await meetingWithParticipants(store(), 3);
        await store().replaceSubgroups(
          'meeting-1',
          [group('g1', 1), group('g2', 2)],
          [member(1, 'g1'), member(2, 'g1')],
        );
        await store().setMembership('meeting-1', member(2, 'g2', 'Bram'));
        await store().setMembership('meeting-1', member(3, 'g2'));
        expect(await store().getMembership('meeting-1', 'meeting-1-p2')).toEqual(
          member(2, 'g2', 'Bram'),
        );
        const renamed = { ...group('g2', 5), suffix: 'B', tableName: 'bij het raam' };
        await store().updateSubgroup(renamed);
        expect(await store().getSubgroup('g2')).toEqual(renamed);
        await store().deleteSubgroup('g2');
        expect(await store().getSubgroup('g2')).toBeNull();
        expect(await store().listMemberships('meeting-1')).toEqual([member(1, 'g1')]);
      });

      it('keeps the grouping meta per meeting', async () => {
        await meetingWithParticipants(store(), 0);
        expect(await store().getGroupingMeta('meeting-1')).toBeNull();
        const meta = { dropped: ['theme-c'], minSize: 3, maxSize: 8 };
        await store().setGroupingMeta('meeting-1', meta);
        expect(await store().getGroupingMeta('meeting-1')).toEqual(meta);
      });
    });
  },
);
