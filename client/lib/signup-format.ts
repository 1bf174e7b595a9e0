import type { Locale, Messages } from '../../shared/i18n/index.js';
import type { FailureCode } from './error-message.js';
import { failureMessage } from './error-message.js';
import type { SignupField } from './signup-check.js';
import { LOCALE_TAGS } from './meeting-date.js';

/** "12 maart 2026": a date people read without thinking, in their language. */
export function longDate(epochMs: number, locale: Locale): string {
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale], { dateStyle: 'long' }).format(epochMs);
}

/** "12-03-2026 20:41" for the Regie's list, where many dates sit in a column. */
export function shortDateTime(epochMs: number, locale: Locale): string {
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale], {
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(epochMs);
}

/** The message under a field: specific where the general one would be vague. */
export function fieldMessage(m: Messages, field: SignupField, code: FailureCode): string {
  if (field === 'name' && code === 'TEXT_EMPTY') return m.signup.nameEmpty;
  if (field === 'email' && code === 'INVALID_PAYLOAD') return m.signup.emailInvalid;
  if (field === 'themeId') return m.signup.chooseWerkgroep;
  return failureMessage(m, code);
}
