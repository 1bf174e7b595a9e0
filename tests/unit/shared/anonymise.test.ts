import { describe, expect, it } from 'vitest';
import {
  applySuggestions,
  FLAG_CLASSES,
  findPersonalData,
  type Flag,
  type FlagClass,
} from '../../../shared/anonymise.js';
import fixture from '../../fixtures/anonymise/sentences.json' with { type: 'json' };

/** The flags as [class, text] pairs, for compact expectations. */
const found = (text: string) => findPersonalData(text).map((f) => [f.class, f.text]);
const classes = (text: string) => findPersonalData(text).map((f) => f.class);

function expectWellFormed(text: string, flags: Flag[]): void {
  let end = 0;
  for (const flag of flags) {
    expect(FLAG_CLASSES).toContain(flag.class);
    expect(flag.start).toBeGreaterThanOrEqual(end);
    expect(flag.end).toBeGreaterThan(flag.start);
    expect(flag.text).toBe(text.slice(flag.start, flag.end));
    expect(flag.suggestion.length).toBeGreaterThan(0);
    end = flag.end;
  }
}

describe('findPersonalData: names', () => {
  it('flags a title with a surname as one flag that becomes "een bewoner"', () => {
    const [flag] = findPersonalData('Gisteren sprak ik mevrouw De Vries bij de bushalte.');
    expect(flag).toMatchObject({
      class: 'name',
      text: 'mevrouw De Vries',
      suggestion: 'een bewoner',
    });
    expect(findPersonalData('Meneer Jansen belt nooit terug.')[0]).toMatchObject({
      text: 'Meneer Jansen',
      suggestion: 'Een bewoner',
    });
  });

  it('flags first names, full names and names after kinship words as "[naam]"', () => {
    expect(found('Henk zegt dat de lantaarnpalen kapot zijn.')).toEqual([['name', 'Henk']]);
    expect(found('Jan van de Bakker organiseert de rommelmarkt.')).toEqual([
      ['name', 'Jan van de Bakker'],
    ]);
    expect(found('Opa Gerrit en tante Truus komen ook.')).toEqual([
      ['name', 'Gerrit'],
      ['name', 'Truus'],
    ]);
    expect(findPersonalData('Bel Henk even.')[0].suggestion).toBe('[naam]');
  });

  it('finds names in lower case after a cue, and names introduced by "heet"', () => {
    expect(found('mevrouw jansen kan niet meer zelf boodschappen doen')).toEqual([
      ['name', 'mevrouw jansen'],
    ]);
    expect(found('die heet Marja en ze wil helpen')).toEqual([['name', 'Marja']]);
    expect(found('kees en truus willen ook meedoen')).toEqual([
      ['name', 'kees'],
      ['name', 'truus'],
    ]);
  });

  it('flags a name and "van nummer 12" separately', () => {
    expect(found('Mevrouw Jansen van nummer 12 zit alleen thuis.')).toEqual([
      ['name', 'Mevrouw Jansen'],
      ['address', 'van nummer 12'],
    ]);
  });

  it('leaves common words, shops, places, months and streets alone', () => {
    for (const text of [
      'De zon schijnt en er is hoop.',
      'In het bos is het stil; meer groen in de wijk graag.',
      'Groen is belangrijk voor kinderen.',
      'Brood haal ik bij de bakker.',
      'De Bakker op de hoek gaat dicht.',
      'Op de Dorpsstraat is het druk.',
      'In mei en op maandag is er markt.',
      'Mijn moeder ligt in het ziekenhuis in Ede.',
      'De gemeente en Albert Heijn doen mee.',
      'Het is hier 30 km per uur, in 2025 wordt het beter, over 15 minuten.',
      'Vanaf 1 jan gaat de huur omhoog.',
      'Wil de gemeente iets doen? Ik ben benieuwd.',
    ]) {
      expect(found(text), text).toEqual([]);
    }
  });
});

describe('findPersonalData: addresses and houses', () => {
  it.each([
    ['Het afval ligt bij Dorpsstraat 12.', 'Dorpsstraat 12'],
    ['De lekkage begon bij Kerkweg 3a.', 'Kerkweg 3a'],
    ['De man op nummer 7 laat zijn hond los.', 'op nummer 7'],
    ['Er staat een auto voor huisnummer 12.', 'huisnummer 12'],
    ['ik woon op dorpsstraat 44', 'dorpsstraat 44'],
  ])('%s', (text, address) => {
    expect(found(text)).toEqual([['address', address]]);
  });

  it('does not take table or agenda numbers for a home', () => {
    expect(found('Tafel nummer 3 en punt nummer 2 zijn klaar.')).toEqual([]);
  });

  it('finds postcodes with and without a space', () => {
    expect(found('Postcode 1234 AB en 1234AB.')).toEqual([
      ['postcode', '1234 AB'],
      ['postcode', '1234AB'],
    ]);
  });

  it('flags descriptions of one house as "[woning]"', () => {
    const [flag] = findPersonalData('Iemand in het gele huis naast de kerk komt nooit buiten.');
    expect(flag).toMatchObject({
      class: 'house',
      text: 'het gele huis naast de kerk',
      suggestion: '[woning]',
    });
    expect(classes('De boerderij achter de school wordt verkocht.')).toEqual(['house']);
    expect(classes('Het huis naast ons staat leeg.')).toEqual([]);
  });
});

describe('findPersonalData: contact details and numbers', () => {
  it.each([
    ['06-12345678'],
    ['06 1234 5678'],
    ['0318-123456'],
    ['+31 6 12345678'],
    ['0031 6 2345 6789'],
    ['(0318) 412345'],
    ['0612345678'],
  ])('phone number %s', (phone) => {
    expect(found(`Bel ${phone} na zes uur.`)).toEqual([['phone', phone]]);
  });

  it('does not take amounts, years, times or 112 for phone numbers', () => {
    expect(found('Bel 112, om 19.30 uur, 25.000 euro, in 2025, op 12-03-2025 10:00.')).toEqual([]);
  });

  it('finds e-mail addresses and web addresses', () => {
    expect(found('Mail h.jansen@gmail.com of kijk op www.buurt-oost.nl.')).toEqual([
      ['email', 'h.jansen@gmail.com'],
      ['url', 'www.buurt-oost.nl'],
    ]);
    expect(found('Zie https://example.org/a?b=c en facebook.com/groups/buurt')).toEqual([
      ['url', 'https://example.org/a?b=c'],
      ['url', 'facebook.com/groups/buurt'],
    ]);
  });

  it('finds IBANs with and without spaces', () => {
    expect(found('Maak over op NL91ABNA0417164300 of NL91 ABNA 0417 1643 00.')).toEqual([
      ['iban', 'NL91ABNA0417164300'],
      ['iban', 'NL91 ABNA 0417 1643 00'],
    ]);
  });

  it('finds 9-digit numbers that pass the 11-proef as BSN, and not others', () => {
    expect(found('Zijn BSN is 111222333.')).toEqual([['bsn', '111222333']]);
    expect(found('Het ordernummer is 123456789.')).toEqual([]);
    expect(findPersonalData('nummer 123456782')[0].suggestion).toBe('[BSN]');
  });

  it.each(['12-ABC-3', 'AB-123-C', '1-ABC-23', 'XG-LN-52', '34-xz-fg'])(
    'licence plate %s',
    (plate) => {
      expect(found(`Die auto met ${plate} staat er weer.`)).toEqual([['plate', plate]]);
    },
  );
});

describe('findPersonalData: birth dates and ages', () => {
  it('finds dates of birth near "geboren" but not other dates', () => {
    expect(found('Ze is geboren op 3 mei 1945.')).toEqual([['birthdate', '3 mei 1945']]);
    expect(found('Hij is geboren 12-03-1950.')).toEqual([['birthdate', '12-03-1950']]);
    expect(found('Op 3 mei 1945 was het feest.')).toEqual([]);
  });

  it('finds ages next to a name', () => {
    expect(found('Kees (84) woont alleen.')).toEqual([
      ['name', 'Kees'],
      ['age', '84'],
    ]);
    expect(found('Kees van 84 loopt elke dag.')).toEqual([
      ['name', 'Kees'],
      ['age', '84'],
    ]);
    expect(found('De 92-jarige mevrouw Smit durft niet.')).toEqual([
      ['age', '92-jarige'],
      ['name', 'mevrouw Smit'],
    ]);
    expect(found('Er wonen veel mensen van 80 in de flat.')).toEqual([]);
  });
});

describe('applySuggestions', () => {
  it('replaces every flag with its suggestion', () => {
    const text = 'Mevrouw Jansen van nummer 12 belt Henk op 06-12345678.';
    expect(applySuggestions(text, findPersonalData(text))).toBe(
      'Een bewoner [adres] belt [naam] op [telefoonnummer].',
    );
  });

  it('keeps text without flags, and replaces only the flags it is given', () => {
    expect(applySuggestions('Niets aan de hand.', [])).toBe('Niets aan de hand.');
    const text = 'Bel Henk op 06-12345678.';
    const flags = findPersonalData(text).filter((f) => f.class === 'phone');
    expect(applySuggestions(text, flags)).toBe('Bel Henk op [telefoonnummer].');
  });

  it('ignores a flag that does not belong to the text', () => {
    const flags = findPersonalData('Bel Henk even.');
    expect(applySuggestions('Bel Kees even.', flags)).toBe('Bel Kees even.');
  });
});

describe('findPersonalData: shape of the result', () => {
  it('returns flags sorted by start that never overlap, on every fixture sentence', () => {
    for (const { text } of fixture.sentences) expectWellFormed(text, findPersonalData(text));
    const all = fixture.sentences.map((s) => s.text).join(' ');
    expectWellFormed(all, findPersonalData(all));
  });

  it('returns nothing for empty or blank text', () => {
    expect(findPersonalData('')).toEqual([]);
    expect(findPersonalData('   \n\t ')).toEqual([]);
  });

  it('handles a 10 kB text', () => {
    let text = '';
    for (let i = 0; text.length < 10_000; i++)
      text += `${fixture.sentences[i % fixture.sentences.length].text} `;
    const flags = findPersonalData(text);
    expectWellFormed(text, flags);
    expect(flags.length).toBeGreaterThan(100);
  });

  it('handles a long run of initials quickly', () => {
    const started = performance.now();
    expect(findPersonalData('A. '.repeat(10_000))).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('treats HTML as text: offsets point into the raw string', () => {
    const text =
      '<b>Henk</b> zegt: <script>alert("06-12345678")</script> <a href="https://x.nl">mail</a>';
    const flags = findPersonalData(text);
    expectWellFormed(text, flags);
    expect(flags.map((f) => [f.class, f.text])).toEqual([
      ['name', 'Henk'],
      ['phone', '06-12345678'],
      ['url', 'https://x.nl'],
    ]);
    expect(applySuggestions(text, flags)).toBe(
      '<b>[naam]</b> zegt: <script>alert("[telefoonnummer]")</script> <a href="[website]">mail</a>',
    );
  });

  it('uses only the documented classes', () => {
    const seen = new Set<FlagClass>(fixture.sentences.flatMap((s) => classes(s.text)));
    for (const cls of seen) expect(FLAG_CLASSES).toContain(cls);
  });
});

describe('findPersonalData: the kinds an unseen set showed missing (issue 11, item 19)', () => {
  const redacted = (text: string) => applySuggestions(text, findPersonalData(text));

  it('takes the letter or addition of a house number into the address', () => {
    for (const [text, address] of [
      ['Ze woont op Achterom 22B.', 'Achterom 22B'],
      ['Stuur het naar Kerkstraat 14-II.', 'Kerkstraat 14-II'],
      ['Hij woont op Molenweg 3 hs sinds mei.', 'Molenweg 3 hs'],
      ['Dorpsstraat 12a heeft een hond.', 'Dorpsstraat 12a'],
      ['Mijn oude adres was Prinsengracht 7 rood.', 'Prinsengracht 7 rood'],
      ['Havenstraat 31-hs is verkocht.', 'Havenstraat 31-hs'],
      ['De buren op nummer 7 rood maken lawaai.', 'op nummer 7 rood'],
      ['Geef het af op Kerkstraat 14 3-hoog.', 'Kerkstraat 14 3-hoog'],
      ['Hij woont op Oude Achterom 7.', 'Oude Achterom 7'],
      ['Het is Lange Voorhout 19 hs.', 'Lange Voorhout 19 hs'],
    ]) {
      expect(found(text), text).toEqual([['address', address]]);
    }
  });

  it('finds a street without a usual ending when a house number follows, and leaves the word alone without one', () => {
    expect(redacted('De sleutel ligt bij Brink 4, de bel doet het niet.')).toBe(
      'De sleutel ligt bij [adres], de bel doet het niet.',
    );
    expect(redacted('Op Markt 11 woont een vrouw alleen.')).toBe(
      'Op [adres] woont een vrouw alleen.',
    );
    expect(redacted('Mijn buurman van Noordeinde 40-3 is boos.')).toBe(
      'Mijn buurman van [adres] is boos.',
    );
    expect(redacted('ze woont aan de brink 4')).toBe('ze woont aan de [adres]');
    expect(found('Ik woon op de Van Speijkstraat 12.')).toEqual([
      ['address', 'Van Speijkstraat 12'],
    ]);
    for (const text of [
      'Op zaterdag is er markt op het plein.',
      'Op de Brink staan zes oude lindebomen.',
      'Het Achterom is slecht verlicht.',
      'Er staan 3 bankjes op de Brink.',
      'Wij hebben de Markt 3 keer per jaar schoongemaakt.',
      'Voor de Markt 2025 zoeken we vrijwilligers.',
      'In Zaal 2B staat de koffie klaar.',
      'Groep 3b van de basisschool heeft tekeningen gemaakt.',
      'Hoofdstuk 3a gaat over de speeltuinen.',
      'Windows 11 werkt niet op de computer in het buurthuis.',
      'Psalm 23 werd gezongen bij de opening.',
      'Op Burendag 27 september zijn de koffie en de taart gratis.',
    ]) {
      expect(found(text), text).toEqual([]);
    }
  });

  it('finds initials with a surname, also after a title, and not the letters of a list', () => {
    for (const [text, name] of [
      ['H. de Groot heeft de klacht ingediend.', 'H. de Groot'],
      ['Volgens J.P. van Dijk moet het gras korter.', 'J.P. van Dijk'],
      ['Ik heb gebeld met Th. Brouwer van de volkstuinen.', 'Th. Brouwer'],
      ['P. Zwart stelde voor om een buurtbus te regelen.', 'P. Zwart'],
      ['De penningmeester is R.M. ter Horst.', 'R.M. ter Horst'],
    ]) {
      expect(found(text), text).toEqual([['name', name]]);
    }
    expect(findPersonalData('Mw. G. Hoekstra kan op dinsdag niet.')[0]).toMatchObject({
      text: 'Mw. G. Hoekstra',
      suggestion: 'Een bewoner',
    });
    expect(found('A. Verkeer')).toEqual([]);
    expect(found('B. Groen en spelen')).toEqual([]);
  });

  it('finds an age in brackets after a person, and the whole name before it', () => {
    expect(redacted('Kees (82) komt elke week.')).toBe('[naam] ([leeftijd]) komt elke week.');
    expect(redacted('Onze Fokje (79 jaar) bakt voor de buurt.')).toBe(
      'Onze [naam] ([leeftijd]) bakt voor de buurt.',
    );
    expect(redacted('Gerolf Nijboer (73) zit in de kerkenraad.')).toBe(
      '[naam] ([leeftijd]) zit in de kerkenraad.',
    );
    expect(redacted('Mijn moeder (88) durft niet meer over straat.')).toBe(
      'Mijn moeder ([leeftijd]) durft niet meer over straat.',
    );
    expect(redacted('J. van der Meer (81) is overleden.')).toBe(
      '[naam] ([leeftijd]) is overleden.',
    );
    expect(redacted('Truus (ruim 80) is alleen.')).toBe('[naam] (ruim [leeftijd]) is alleen.');
    expect(redacted('De oude heer (91) wil hulp.')).toBe('De oude heer ([leeftijd]) wil hulp.');
    for (const text of [
      'Ouderen (75+) voelen zich vaak eenzaam.',
      'Kinderen (8-12 jaar) kunnen meedoen.',
      'De kinderen van groep 7 (11 jaar) maakten een filmpje.',
      'Deze mensen (80+) hebben hulp nodig.',
      'De kinderen (6 en 8) spelen buiten.',
    ]) {
      expect(found(text), text).toEqual([]);
    }
  });

  it('finds a house described by where it is, with the door or floor after it', () => {
    expect(redacted('Het gaat om de flat boven de bakker, tweede links.')).toBe(
      'Het gaat om [woning].',
    );
    for (const [text, house] of [
      ['Het pand naast de apotheek is gekraakt.', 'Het pand naast de apotheek'],
      ['Het tweede huis na de brug heeft een hond.', 'Het tweede huis na de brug'],
      ['Het vierde huis links na de bocht is oud.', 'Het vierde huis links na de bocht'],
      ['De flat naast de kerk, 3 hoog, is klein.', 'De flat naast de kerk, 3 hoog'],
      [
        'De woning links naast het tankstation is verkocht.',
        'De woning links naast het tankstation',
      ],
      [
        'De portiekflat bij de rotonde, vierde hoog, heeft geen lift.',
        'De portiekflat bij de rotonde, vierde hoog',
      ],
      [
        'De kamer boven het café, derde deur links, is klein.',
        'De kamer boven het café, derde deur links',
      ],
    ]) {
      expect(found(text), text).toEqual([['house', house]]);
    }
    for (const text of [
      'Brood haal ik altijd bij de bakker op de hoek.',
      'Mijn zoon wil bakker worden.',
      'Het huis naast ons staat leeg.',
      'De flat is in de jaren zestig gebouwd.',
      'De flat na de verbouwing is mooi.',
      'De kamer naast de keuken is voor de vergadering.',
    ]) {
      expect(found(text), text).toEqual([]);
    }
  });
});
