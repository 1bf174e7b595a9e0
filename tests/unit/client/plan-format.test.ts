import { describe, expect, it } from 'vitest';
import { workingGroupNl } from '../../../shared/i18n/workingGroup.nl.js';
import { workingGroupEn } from '../../../shared/i18n/workingGroup.en.js';
import type { FellowMember } from '../../../shared/model-follow-up.js';
import { memberLine, planDate, today } from '../../../client/lib/plan-format.js';

const me = (name: string | null): FellowMember => ({ name, isMe: true });
const other = (name: string | null): FellowMember => ({ name, isMe: false });

describe('memberLine', () => {
  it('names only those who agreed, the person first, the rest counted', () => {
    const members = [other('Piet'), other(null), me('Ans'), other(null), other(null)];
    expect(memberLine(members, workingGroupNl)).toBe('Ans (u), Piet en 3 anderen');
    expect(memberLine(members, workingGroupEn)).toBe('Ans (you), Piet and 3 others');
  });

  it('says "een lid" for one other without a shared name', () => {
    expect(memberLine([me('Ans'), other(null)], workingGroupNl)).toBe('Ans (u) en een lid');
  });

  it('calls the person "u" when they did not share their own name', () => {
    expect(memberLine([me(null), other('Ans')], workingGroupNl)).toBe('U en Ans');
    expect(memberLine([me(null)], workingGroupNl)).toBe('U');
    expect(memberLine([me(null), other(null)], workingGroupEn)).toBe('You and a member');
  });
});

describe('plan dates', () => {
  it('writes a plan date out and leaves an empty one empty', () => {
    expect(planDate('2027-03-01', 'nl')).toBe('1 maart 2027');
    expect(planDate('2027-03-01', 'en')).toBe('1 March 2027');
    expect(planDate('', 'nl')).toBe('');
  });

  it("gives today's date in the browser's own time zone", () => {
    expect(today(new Date(2027, 0, 5, 23, 30))).toBe('2027-01-05');
  });
});
