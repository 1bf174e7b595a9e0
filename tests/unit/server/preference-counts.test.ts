import { describe, expect, it } from 'vitest';
import { countPreferences } from '../../../server/services/preferences.js';

describe('counting preferred themes', () => {
  it('counts first and second choices per theme, and "maakt niet uit" apart', () => {
    expect(
      countPreferences([
        { participantId: 'p1', first: 'verkeer', second: 'groen' },
        { participantId: 'p2', first: 'verkeer', second: null },
        { participantId: 'p3', first: null, second: 'groen' },
        { participantId: 'p4', first: null, second: null },
      ]),
    ).toEqual({
      themes: { verkeer: { first: 2, second: 0 }, groen: { first: 0, second: 2 } },
      noPreference: 2,
      total: 4,
    });
  });

  it('is empty before anyone chose', () => {
    expect(countPreferences([])).toEqual({ themes: {}, noPreference: 0, total: 0 });
  });
});
