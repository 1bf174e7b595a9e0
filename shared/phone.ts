import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

/** Residents type Dutch numbers without a country code ("06 12345678"). */
export const DEFAULT_PHONE_COUNTRY = 'NL';

/**
 * A stored E.164 number as people read and dial it: "06 12345678", or "+32 470 12 34 56" from
 * abroad. Formatting needs only the small metadata, so the Regie's bundle stays light.
 */
export function readablePhone(e164: string): string {
  if (e164 === '') return '';
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return e164;
  return parsed.country === DEFAULT_PHONE_COUNTRY
    ? parsed.formatNational()
    : parsed.formatInternational();
}
