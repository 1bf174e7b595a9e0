import { readablePhone } from '../../../shared/phone.js';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  checkSignup,
  kopgroepMaySee,
  normalisePhone,
} from '../../../server/domain/signup-rules.js';
import { DomainError } from '../../../server/domain/errors.js';
import { readConfig } from '../../../server/config.js';

const consents = { contact: true, shareName: false, news: false };
const input = { name: 'Ans', email: '', phone: '', consents };

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  throw new Error('no DomainError thrown');
}

describe('phone numbers', () => {
  it('stores Dutch numbers as residents type them in E.164', () => {
    for (const typed of [
      '06 12345678',
      '0612345678',
      '06-12345678',
      '+31 6 1234 5678',
      '0031612345678',
    ]) {
      expect(normalisePhone(typed), typed).toBe('+31612345678');
    }
    expect(normalisePhone('020-123 4567')).toBe('+31201234567');
    expect(normalisePhone('+32 470 12 34 56')).toBe('+32470123456');
  });

  it('refuses what is not a phone number', () => {
    for (const typed of [
      '06 1234',
      '06-123456789',
      '12345',
      'bel mij',
      'bel 0612345678 na zessen',
    ]) {
      expect(normalisePhone(typed), typed).toBeNull();
    }
  });

  it('shows Dutch numbers nationally and others internationally', () => {
    expect(readablePhone('+31612345678')).toBe('06 12345678');
    expect(readablePhone('+32470123456')).toBe('+32 470 12 34 56');
    expect(readablePhone('')).toBe('');
  });
});

describe('checkSignup', () => {
  it('needs consent to be contacted, and one way to be reached', () => {
    expect(
      codeOf(() =>
        checkSignup({ ...input, email: 'a@b.nl', consents: { ...consents, contact: false } }),
      ),
    ).toBe('CONSENT_REQUIRED');
    expect(codeOf(() => checkSignup(input))).toBe('CONTACT_REQUIRED');
    expect(codeOf(() => checkSignup({ ...input, phone: '06 1234' }))).toBe('PHONE_INVALID');
  });

  it('accepts either an e-mail address or a phone number, normalising the number', () => {
    expect(checkSignup({ ...input, email: 'ans@example.nl' })).toEqual({
      ...input,
      email: 'ans@example.nl',
    });
    expect(checkSignup({ ...input, phone: '06 12345678' }).phone).toBe('+31612345678');
  });
});

describe('addMonths', () => {
  it('adds calendar months, staying inside a shorter month', () => {
    expect(addMonths(Date.UTC(2026, 11, 1, 19, 30), 12)).toBe(Date.UTC(2027, 11, 1, 19, 30));
    expect(addMonths(Date.UTC(2026, 0, 31, 8), 1)).toBe(Date.UTC(2026, 1, 28, 8));
    expect(addMonths(Date.UTC(2027, 11, 31), 2)).toBe(Date.UTC(2028, 1, 29));
  });
});

describe('SIGNUP_RETENTION_MONTHS', () => {
  it('defaults to 12 months and takes a whole number of months', () => {
    expect(readConfig({}, {}).signupRetentionMonths).toBe(12);
    expect(readConfig({ SIGNUP_RETENTION_MONTHS: '6' }, {}).signupRetentionMonths).toBe(6);
  });

  it('refuses a value that is not a sensible number of months', () => {
    for (const value of ['0', '-3', '1.5', 'twaalf', '', '121']) {
      expect(() => readConfig({ SIGNUP_RETENTION_MONTHS: value }, {}), value).toThrow(
        /SIGNUP_RETENTION_MONTHS/,
      );
    }
  });
});

describe('what the kopgroep may see of a sign-up (issue 11, item 12)', () => {
  const started = new Set(['verkeer']);
  const signup = (themeId: string, contact: boolean) => ({
    themeId,
    consents: { contact, shareName: false, news: false },
  });

  it('only people who asked for contact, for a werkgroep that started', () => {
    expect(kopgroepMaySee(signup('verkeer', true), started)).toBe(true);
    expect(kopgroepMaySee(signup('verkeer', false), started)).toBe(false);
    expect(kopgroepMaySee(signup('groen', true), started)).toBe(false);
    expect(kopgroepMaySee(signup('groen', true), new Set())).toBe(false);
  });
});
