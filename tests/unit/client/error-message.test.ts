import { describe, expect, it } from 'vitest';
import { failureMessage } from '../../../client/lib/error-message.js';
import { nl } from '../../../shared/i18n/nl.js';
import { en } from '../../../shared/i18n/en.js';

describe('the message for too many attempts (issue 11, item 11)', () => {
  it('says the wait the server asked for, not "a minute"', () => {
    expect(failureMessage(nl, 'RATE_LIMITED', 7)).toBe(
      'Te veel pogingen. Wacht 7 seconden en probeer het dan opnieuw.',
    );
    expect(failureMessage(nl, 'RATE_LIMITED', 1)).toBe(
      'Te veel pogingen. Wacht 1 seconde en probeer het dan opnieuw.',
    );
    expect(failureMessage(en, 'RATE_LIMITED', 4)).toBe(
      'Too many attempts. Wait 4 seconds and try again.',
    );
  });

  it('keeps the general message when the server names no wait', () => {
    expect(failureMessage(nl, 'RATE_LIMITED')).toBe(nl.errors.RATE_LIMITED);
  });
});
