import { describe, expect, it } from 'vitest';
import { meetingDate } from '../../../client/lib/meeting-date.js';

describe('meetingDate', () => {
  it('writes a meeting date out with the day of the week, in the language of the page', () => {
    expect(meetingDate('2026-12-01', 'nl')).toBe('dinsdag 1 december 2026');
    expect(meetingDate('2026-12-01', 'en')).toBe('Tuesday, 1 December 2026');
  });

  it('keeps the day whatever the time zone: the date has no time', () => {
    expect(meetingDate('2027-01-01', 'nl')).toBe('vrijdag 1 januari 2027');
  });

  it('shows anything that is not a date as it is', () => {
    expect(meetingDate('binnenkort', 'nl')).toBe('binnenkort');
  });
});
