import { describe, expect, it } from 'vitest';
import { checkSignup, fieldOf } from '../../../client/lib/signup-check.js';
import type { SignupDraft } from '../../../client/lib/signup-check.js';
import { groupByWerkgroep } from '../../../client/lib/signup-groups.js';
import type { Signup, StaffTheme } from '../../../shared/model.js';

const draft = (change: Partial<SignupDraft> = {}): SignupDraft => ({
  themeId: 'theme-groen',
  name: 'Anna de Vries',
  email: 'anna@voorbeeld.nl',
  phone: '',
  consents: { contact: true, shareName: false, news: false },
  ...change,
});

describe('checking the sign-up form on the phone', () => {
  it('lets a complete sign-up through', () => {
    expect(checkSignup(draft())).toEqual({});
    expect(checkSignup(draft({ email: '', phone: '06 12345678' }))).toEqual({});
  });

  it('names every problem at once, by field, with the server codes', () => {
    expect(
      checkSignup(
        draft({
          themeId: '',
          name: '  ',
          email: '',
          phone: '',
          consents: { contact: false, shareName: true, news: true },
        }),
      ),
    ).toEqual({
      themeId: 'INVALID_PAYLOAD',
      name: 'TEXT_EMPTY',
      contact: 'CONTACT_REQUIRED',
      consents: 'CONSENT_REQUIRED',
    });
  });

  it('catches a mistyped e-mail address or phone number', () => {
    expect(checkSignup(draft({ email: 'anna@voorbeeld' }))).toEqual({ email: 'INVALID_PAYLOAD' });
    expect(checkSignup(draft({ phone: '06-abc' }))).toEqual({ phone: 'PHONE_INVALID' });
  });

  it('puts a refusal from the server under the field it is about', () => {
    expect(fieldOf('CONSENT_REQUIRED', draft())).toBe('consents');
    expect(fieldOf('PHONE_INVALID', draft())).toBe('phone');
    expect(fieldOf('INVALID_PAYLOAD', draft())).toBe('email');
    expect(fieldOf('INVALID_PAYLOAD', draft({ email: '' }))).toBeNull();
    expect(fieldOf('RATE_LIMITED', draft())).toBeNull();
  });
});

describe('the Regie groups sign-ups per werkgroep', () => {
  const theme = (id: string, title: string, position: number) =>
    ({ id, title, position }) as StaffTheme;
  const signup = (id: string, themeId: string, createdAt: number) =>
    ({ id, themeId, createdAt, name: id }) as Signup;

  it('follows the order of the themes, oldest sign-up first, deleted themes last', () => {
    const groups = groupByWerkgroep(
      [signup('c', 'gone', 1), signup('b', 'verkeer', 3), signup('a', 'verkeer', 2)],
      [theme('groen', 'Groen', 0), theme('verkeer', 'Verkeer', 1)],
    );
    expect(groups.map((g) => [g.title, g.signups.map((s) => s.id)])).toEqual([
      ['Verkeer', ['a', 'b']],
      [null, ['c']],
    ]);
  });
});
