import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { ConsentPurpose } from '../../shared/model.js';
import { DEFAULT_PHONE_COUNTRY } from '../../shared/phone.js';
import { DomainError } from './errors.js';

/**
 * What a person may type in a phone field: digits and the usual separators. The parser would
 * otherwise fish a number out of any text ("bel 06… na zessen"), storing something they did not
 * mean as their number.
 */
const PHONE_CHARACTERS = /^\+?[\d\s\-().]+$/;

/**
 * A phone number in E.164 form ("+31612345678"), or null when it is not a valid number. E.164 is
 * stored because it is unambiguous for numbers from abroad and can be dialled as it is; the
 * export shows it in the national format for Dutch numbers (readablePhone in shared/phone.ts).
 * Uses the full metadata, so "06 1234" or a number with a digit too many is refused.
 */
export function normalisePhone(input: string): string | null {
  if (!PHONE_CHARACTERS.test(input)) return null;
  const parsed = parsePhoneNumberFromString(input, DEFAULT_PHONE_COUNTRY);
  return parsed?.isValid() ? parsed.number : null;
}

/** A sign-up as typed, after the payload schema trimmed and checked its fields. */
export interface SignupInput {
  name: string;
  email: string;
  phone: string;
  consents: Record<ConsentPurpose, boolean>;
}

/**
 * The rules a sign-up must meet before anything is stored: consent to be contacted about the
 * werkgroep (the reason the data is kept at all), a way to reach the person, and a phone number
 * that is a real number. Returns the input with the phone number normalised.
 */
export function checkSignup(input: SignupInput): SignupInput {
  if (!input.consents.contact) {
    throw new DomainError('CONSENT_REQUIRED', 'Consent to be contacted is required');
  }
  if (input.email === '' && input.phone === '') {
    throw new DomainError('CONTACT_REQUIRED', 'An e-mail address or phone number is required');
  }
  let phone = '';
  if (input.phone !== '') {
    const normalised = normalisePhone(input.phone);
    if (normalised === null) throw new DomainError('PHONE_INVALID', 'Not a valid phone number');
    phone = normalised;
  }
  return { ...input, phone };
}

/**
 * `months` calendar months after `epochMs` (UTC), landing on the last day of a shorter month
 * rather than spilling into the next (31 January + 1 month is 28 or 29 February).
 */
export function addMonths(epochMs: number, months: number): number {
  const date = new Date(epochMs);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return date.getTime();
}

/**
 * What the kopgroep (neighbours, not the organisation) may see of the sign-ups: only people who
 * asked to be contacted about their werkgroep, and only for werkgroepen the kopgroep supports,
 * which means: a werkgroep it (or the facilitator) started for that theme. Until a werkgroep is
 * started, the kopgroep sees counts only. The facilitator sees every sign-up.
 */
export function kopgroepMaySee(
  signup: { themeId: string; consents: { contact: boolean } },
  startedThemeIds: ReadonlySet<string>,
): boolean {
  return signup.consents.contact && startedThemeIds.has(signup.themeId);
}
