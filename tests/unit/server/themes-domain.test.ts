import { describe, expect, it } from 'vitest';
import type { Theme } from '../../../shared/model.js';
import {
  isPublic,
  mergeQuotes,
  openFlags,
  reorder,
  toPublicTheme,
} from '../../../server/domain/themes.js';
import type { FlagFinder } from '../../../server/domain/themes.js';

const theme = (over: Partial<Theme> = {}): Theme => ({
  id: 'theme-0001',
  meetingId: 'meeting-01',
  title: 'Elkaar ontmoeten',
  description: 'Mensen willen elkaar vaker zien',
  quotes: [{ id: 'quote-001', text: 'Mevrouw Jansen zit alleen thuis' }],
  position: 0,
  hidden: false,
  published: false,
  dismissedFlags: [],
  origin: 'prepared',
  recognitionOpen: false,
  recognitionRevealed: false,
  hands: { yes: 0, partly: 0, no: 0 },
  ...over,
});

/** Flags "Jansen" wherever it occurs: enough to test the bookkeeping around the anonymiser. */
const findJansen: FlagFinder = (text) => {
  const start = text.indexOf('Jansen');
  return start < 0
    ? []
    : [{ class: 'name', start, end: start + 6, text: 'Jansen', suggestion: '[naam]' }];
};

describe('open anonymiser flags of a theme', () => {
  it('locates each finding in its field', () => {
    expect(openFlags(theme(), findJansen)).toEqual([
      {
        field: 'quote:quote-001',
        class: 'name',
        start: 8,
        end: 14,
        text: 'Jansen',
        suggestion: '[naam]',
      },
    ]);
  });

  it('does not raise a finding the facilitator dismissed', () => {
    expect(openFlags(theme({ dismissedFlags: ['name:Jansen'] }), findJansen)).toEqual([]);
  });
});

describe('what the room sees of a theme', () => {
  it('is only published and visible themes, without flags or dismissals', () => {
    expect(isPublic(theme())).toBe(false);
    expect(isPublic(theme({ published: true, hidden: true }))).toBe(false);
    expect(isPublic(theme({ published: true }))).toBe(true);
    const shown = toPublicTheme(theme({ published: true, dismissedFlags: ['name:Jansen'] }));
    expect(Object.keys(shown).sort()).toEqual([
      'description',
      'id',
      'quotes',
      'recognitionOpen',
      'recognitionRevealed',
      'title',
    ]);
  });
});

describe('editing quotes', () => {
  it('keeps known ids and gives new quotes new ones, ignoring ids it does not know', () => {
    let next = 0;
    const ids = () => `new-${++next}`;
    expect(
      mergeQuotes(
        [{ id: 'quote-001', text: 'aangepast' }, { text: 'nieuw' }, { id: 'made-up', text: 'x' }],
        [{ id: 'quote-001', text: 'oud' }],
        ids,
      ),
    ).toEqual([
      { id: 'quote-001', text: 'aangepast' },
      { id: 'new-1', text: 'nieuw' },
      { id: 'new-2', text: 'x' },
    ]);
  });
});

describe('reordering themes', () => {
  it('follows the given order and keeps unnamed themes after it', () => {
    const themes = ['a', 'b', 'c', 'd'].map((id, position) => theme({ id, position }));
    expect(reorder(themes, ['c', 'a']).map((t) => [t.id, t.position])).toEqual([
      ['c', 0],
      ['a', 1],
      ['b', 2],
      ['d', 3],
    ]);
  });
});
