import { describe, expect, it } from 'vitest';
import {
  importProblem,
  parseCsvThemes,
  parseMarkdownThemes,
} from '../../../server/domain/theme-import.js';

describe('importing themes from Markdown', () => {
  it('reads titles, descriptions and quotes', () => {
    const themes = parseMarkdownThemes(
      [
        '# Elkaar ontmoeten',
        'Mensen willen elkaar vaker zien,',
        'vooral ouderen.',
        '> "Ik ken mijn buren bijna niet meer."',
        '> Vroeger was er elke week koffie in het dorpshuis.',
        '',
        '## Verkeer op de Dorpsstraat',
        '> Er wordt veel te hard gereden.',
      ].join('\r\n'),
    );
    expect(themes).toEqual([
      {
        title: 'Elkaar ontmoeten',
        description: 'Mensen willen elkaar vaker zien, vooral ouderen.',
        quotes: [
          'Ik ken mijn buren bijna niet meer.',
          'Vroeger was er elke week koffie in het dorpshuis.',
        ],
      },
      {
        title: 'Verkeer op de Dorpsstraat',
        description: '',
        quotes: ['Er wordt veel te hard gereden.'],
      },
    ]);
  });

  it('ignores text before the first heading and HTML comments', () => {
    expect(parseMarkdownThemes('Inleiding\n<!-- notitie -->\n# Jongeren\n<!-- x -->')).toEqual([
      { title: 'Jongeren', description: '', quotes: [] },
    ]);
  });
});

describe('importing themes from CSV', () => {
  it('groups rows per theme and accepts Dutch headers with semicolons', () => {
    const csv = [
      'thema;beschrijving;citaat',
      'Groen en spelen;Meer plekken om te spelen;"Er is geen speeltuin; de kinderen spelen op straat."',
      'Groen en spelen;;Het park wordt slecht onderhouden.',
      'Zorg dichtbij;De huisarts is ver weg;',
    ].join('\n');
    expect(parseCsvThemes(csv)).toEqual([
      {
        title: 'Groen en spelen',
        description: 'Meer plekken om te spelen',
        quotes: [
          'Er is geen speeltuin; de kinderen spelen op straat.',
          'Het park wordt slecht onderhouden.',
        ],
      },
      { title: 'Zorg dichtbij', description: 'De huisarts is ver weg', quotes: [] },
    ]);
  });

  it('accepts English headers with commas and a byte-order mark', () => {
    expect(
      parseCsvThemes(
        '\uFEFFtheme,description,quote\nJongeren,Plek voor de jeugd,"Er is niks te doen"\n',
      ),
    ).toEqual([
      { title: 'Jongeren', description: 'Plek voor de jeugd', quotes: ['Er is niks te doen'] },
    ]);
  });
});

describe('checking an import before it is used', () => {
  it('refuses an empty file and too many quotes, and accepts a good one', () => {
    expect(importProblem([])).toMatch(/No themes/);
    expect(
      importProblem([{ title: 'A', description: '', quotes: ['1', '2', '3', '4', '5', '6'] }]),
    ).toMatch(/Too many quotes/);
    expect(importProblem([{ title: 'A', description: 'b', quotes: ['c'] }])).toBeNull();
  });
});
