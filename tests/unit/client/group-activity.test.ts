import { describe, expect, it } from 'vitest';
import { STUCK_AFTER_MS, relativeTime, stuck } from '../../../client/lib/group-activity.svelte.js';
import { listTitles, memberLabel, themeLabel } from '../../../client/lib/grouping.svelte.js';
import { nl } from '../../../shared/i18n/nl.js';

const MINUTE = 60_000;
const none = { how: 0, needs: 0, helpers: 0 };

describe('a table that needs a look on the overview', () => {
  const since = 1_000_000;

  it('is not marked while the tables have only just started', () => {
    expect(stuck({ lastActivityAt: 0, notes: none }, since + STUCK_AFTER_MS - 1, since)).toBeNull();
  });

  it('is marked when nothing was written at all after the threshold', () => {
    expect(stuck({ lastActivityAt: 0, notes: none }, since + STUCK_AFTER_MS, since)).toEqual({
      kind: 'empty',
    });
  });

  it('is marked as quiet, in whole minutes, when the last note is older than the threshold', () => {
    const notes = { how: 2, needs: 1, helpers: 0 };
    const last = since + 2 * MINUTE;
    expect(stuck({ lastActivityAt: last, notes }, last + 4 * MINUTE, since)).toBeNull();
    expect(stuck({ lastActivityAt: last, notes }, last + 7.5 * MINUTE, since)).toEqual({
      kind: 'quiet',
      minutes: 7,
    });
  });
});

describe('labels of the grouping', () => {
  it('says how long ago in Dutch', () => {
    const now = 10 * 60 * MINUTE;
    expect(relativeTime('nl', now - 20_000, now)).toBe('nu');
    expect(relativeTime('nl', now - 2 * MINUTE, now)).toBe('2 minuten geleden');
    expect(relativeTime('nl', now - 2 * 60 * MINUTE, now)).toBe('2 uur geleden');
  });

  it('names people and tables the way the Regie shows them', () => {
    expect(memberLabel(nl, { number: 17, displayName: '' })).toBe('deelnemer 17');
    expect(memberLabel(nl, { number: 17, displayName: 'Anna' })).toBe('Anna');
    const titles = new Map([['t1', 'Groen']]);
    expect(themeLabel(nl, { themeId: 't1', suffix: 'A' }, titles)).toBe('Groen A');
    expect(themeLabel(nl, { themeId: '', suffix: '' }, titles)).toBe('Vrij gesprek');
    expect(listTitles(nl, ['Verkeer', 'Zorg', 'Wonen'])).toBe('Verkeer, Zorg en Wonen');
  });
});
