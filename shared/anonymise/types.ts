import type { FlagClass } from '../anonymise.js';

/** A finding before overlaps are resolved. */
export interface Candidate {
  class: FlagClass;
  start: number;
  end: number;
  suggestion: string;
}

export const SUGGESTIONS: Record<FlagClass, string> = {
  name: '[naam]',
  address: '[adres]',
  postcode: '[postcode]',
  phone: '[telefoonnummer]',
  email: '[e-mailadres]',
  url: '[website]',
  birthdate: '[geboortedatum]',
  age: '[leeftijd]',
  iban: '[rekeningnummer]',
  bsn: '[BSN]',
  plate: '[kenteken]',
  house: '[woning]',
};

/** A candidate of `cls` with the default suggestion. */
export function candidate(
  cls: FlagClass,
  start: number,
  end: number,
  suggestion = SUGGESTIONS[cls],
): Candidate {
  return { class: cls, start, end, suggestion };
}
