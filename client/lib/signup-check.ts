import type { ConsentPurpose } from '../../shared/model.js';
import type { FailureCode } from './error-message.js';

/** What a person typed into the sign-up form. */
export interface SignupDraft {
  themeId: string;
  name: string;
  email: string;
  phone: string;
  consents: Record<ConsentPurpose, boolean>;
}

/** The form's fields that can carry their own error message. */
export type SignupField = 'themeId' | 'name' | 'email' | 'phone' | 'contact' | 'consents';
export type FieldErrors = Partial<Record<SignupField, FailureCode>>;

// Deliberately loose: the server decides; this only catches typos before a slow round trip.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s().-]{8,}$/;

/**
 * Every problem in the draft at once, keyed by field, using the server's error codes so the
 * messages are the same whether the phone or the server found it. Empty when it may be sent.
 */
export function checkSignup(draft: SignupDraft): FieldErrors {
  const errors: FieldErrors = {};
  const email = draft.email.trim();
  const phone = draft.phone.trim();
  if (!draft.themeId) errors.themeId = 'INVALID_PAYLOAD';
  if (!draft.name.trim()) errors.name = 'TEXT_EMPTY';
  if (email && !EMAIL.test(email)) errors.email = 'INVALID_PAYLOAD';
  if (phone && !PHONE.test(phone)) errors.phone = 'PHONE_INVALID';
  if (!email && !phone) errors.contact = 'CONTACT_REQUIRED';
  if (!draft.consents.contact) errors.consents = 'CONSENT_REQUIRED';
  return errors;
}

/**
 * The field a refusal from the server belongs to; null for problems of the whole form
 * (no connection, too many attempts). The payload is checked in field order, so a
 * malformed payload with an e-mail address is about that address.
 */
export function fieldOf(code: FailureCode, draft: SignupDraft): SignupField | null {
  switch (code) {
    case 'CONSENT_REQUIRED':
      return 'consents';
    case 'CONTACT_REQUIRED':
      return 'contact';
    case 'PHONE_INVALID':
      return 'phone';
    case 'TEXT_EMPTY':
    case 'TEXT_TOO_LONG':
      return 'name';
    case 'NOT_FOUND':
    case 'NOT_PUBLISHED':
      return 'themeId';
    case 'INVALID_PAYLOAD':
      return draft.email.trim() ? 'email' : null;
    default:
      return null;
  }
}
