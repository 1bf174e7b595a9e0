import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../../shared/anonymise.js';
import { redact } from '../../../server/domain/redact.js';

describe('redacting unmoderated notes for the results', () => {
  it('replaces names, phone numbers and addresses with the anonymiser’s suggestion', () => {
    expect(redact('Kees belt de gemeente: 06 12345678', findPersonalData)).toBe(
      '[naam] belt de gemeente: [telefoonnummer]',
    );
    expect(redact('Mevrouw Jansen wil helpen', findPersonalData)).toBe('Een bewoner wil helpen');
    expect(redact('Piet en Marie van nummer 12', findPersonalData)).toBe(
      '[naam] en [naam] [adres]',
    );
  });

  it('leaves ordinary notes alone, also words that are lower-case names', () => {
    for (const note of [
      'Drempels in de Dorpsstraat',
      'Oude tegels eruit, groen erin',
      'De buurtvereniging',
    ]) {
      expect(redact(note, findPersonalData)).toBe(note);
    }
  });

  it('keeps the first of overlapping findings', () => {
    const find = () => [
      { class: 'name', start: 0, end: 8, text: 'Jan Smit', suggestion: '[naam]' },
      { class: 'name', start: 4, end: 8, text: 'Smit', suggestion: '[naam]' },
    ];
    expect(redact('Jan Smit helpt', find)).toBe('[naam] helpt');
  });
});

describe('redacting the kinds item 19 of issue 11 added', () => {
  it('replaces initials, house-number additions, bare streets, ages in brackets and described houses', () => {
    expect(redact('H. de Groot van Achterom 22B helpt', findPersonalData)).toBe(
      '[naam] van [adres] helpt',
    );
    expect(
      redact('Kees (82) woont in de flat boven de bakker, tweede links', findPersonalData),
    ).toBe('[naam] ([leeftijd]) woont in [woning]');
    expect(redact('Bankjes op de Brink en bij de bakker', findPersonalData)).toBe(
      'Bankjes op de Brink en bij de bakker',
    );
  });
});
