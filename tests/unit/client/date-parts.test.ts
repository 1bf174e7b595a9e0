import { describe, expect, it } from 'vitest';
import { joinDate, monthNames, splitDate } from '../../../client/lib/date-parts.js';

describe('a date typed as day, month and year', () => {
  it('reads a stored date into the three boxes and back', () => {
    expect(splitDate('2027-03-01')).toEqual({ day: '1', month: '3', year: '2027' });
    expect(joinDate({ day: '1', month: '3', year: '2027' })).toBe('2027-03-01');
    expect(joinDate({ day: ' 15 ', month: '12', year: '2026' })).toBe('2026-12-15');
    expect(splitDate('')).toEqual({ day: '', month: '', year: '' });
  });

  it('stores nothing until the date is whole and exists', () => {
    expect(joinDate({ day: '', month: '', year: '' })).toBe('');
    expect(joinDate({ day: '1', month: '', year: '2027' })).toBeNull();
    expect(joinDate({ day: '1', month: '3', year: '27' })).toBeNull();
    expect(joinDate({ day: '31', month: '2', year: '2027' })).toBeNull();
    expect(joinDate({ day: '29', month: '2', year: '2028' })).toBe('2028-02-29');
    expect(joinDate({ day: '0', month: '1', year: '2027' })).toBeNull();
  });

  it('names the months in the language of the page', () => {
    expect(monthNames('nl')[0]).toBe('januari');
    expect(monthNames('nl')[2]).toBe('maart');
    expect(monthNames('en')[11]).toBe('December');
  });
});
