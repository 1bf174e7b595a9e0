import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, record, waitFor } from '../helpers/integration/helpers.js';
import {
  evening,
  ok,
  phone,
  publishedTheme,
  refusal,
  roundTrip,
  themeInput,
} from '../helpers/integration/evening.js';
import type { ClientSocket } from '../helpers/integration/helpers.js';
import type { FieldFlag, PublicTheme, StaffTheme } from '../../shared/model.js';

afterEach(cleanUp);

const NAMING_QUOTE = 'Mevrouw Jansen van nummer 12 zit al maanden alleen thuis';
const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

/** Replaces each flagged span of one field by the anonymiser's suggestion, as "accept" does. */
function acceptSuggestions(text: string, flags: FieldFlag[]): string {
  let out = '';
  let at = 0;
  for (const flag of [...flags].sort((a, b) => a.start - b.start)) {
    if (flag.start < at) continue;
    out += text.slice(at, flag.start) + flag.suggestion;
    at = flag.end;
  }
  return out + text.slice(at);
}

async function publicThemes(socket: ClientSocket): Promise<PublicTheme[]> {
  return ok(await socket.emitWithAck('themes:list', {})) as PublicTheme[];
}

async function staffThemes(regie: ClientSocket): Promise<StaffTheme[]> {
  return ok(await regie.emitWithAck('themes:list', {})) as StaffTheme[];
}

async function flaggedTheme(regie: ClientSocket): Promise<StaffTheme> {
  const theme = ok(
    await regie.emitWithAck(
      'theme:create',
      themeInput('Eenzaamheid', [NAMING_QUOTE, 'Niemand weet wie er naast je woont.']),
    ),
  );
  const quoteField = `quote:${theme.quotes[0].id}`;
  expect(theme.flags.length, 'the anonymiser must flag a quote naming a resident').toBeGreaterThan(
    0,
  );
  expect(theme.flags.every((flag) => flag.field === quoteField)).toBe(true);
  for (const flag of theme.flags) {
    expect(NAMING_QUOTE.slice(flag.start, flag.end)).toBe(flag.text);
    expect(flag.suggestion).not.toBe('');
  }
  expect(theme.flags.map((flag) => flag.text).join(' ')).toContain('Jansen');
  return theme;
}

describe('publishing themes past the anonymiser', () => {
  it('flags a quote naming a resident and publishes it only once the flags are resolved', async () => {
    const e = await evening();
    const attendee = await phone(e);
    const theme = await flaggedTheme(e.regie);

    expect(
      refusal(await e.regie.emitWithAck('theme:publish', { themeId: theme.id, published: true })),
    ).toBe('UNRESOLVED_FLAGS');
    expect((await staffThemes(e.regie))[0]).toMatchObject({ published: false });
    expect(await publicThemes(attendee.socket)).toEqual([]);

    // The facilitator accepts the suggestions: the quote is rewritten in place.
    const anonymised = acceptSuggestions(NAMING_QUOTE, theme.flags);
    expect(anonymised).not.toContain('Jansen');
    const resolved = ok(
      await e.regie.emitWithAck('theme:update', {
        themeId: theme.id,
        theme: {
          title: theme.title,
          description: theme.description,
          quotes: [{ id: theme.quotes[0].id, text: anonymised }, theme.quotes[1]],
        },
      }),
    );
    expect(resolved.flags).toEqual([]);
    expect(resolved.quotes[0]).toEqual({ id: theme.quotes[0].id, text: anonymised });

    ok(await e.regie.emitWithAck('theme:publish', { themeId: theme.id, published: true }));
    const [shown] = await publicThemes(attendee.socket);
    expect(shown.quotes.map((quote) => quote.text)).toEqual([
      anonymised,
      'Niemand weet wie er naast je woont.',
    ]);
    expect(JSON.stringify(shown)).not.toContain('Jansen');
  });

  it('publishes once the facilitator dismisses every flag', async () => {
    const e = await evening();
    const theme = await flaggedTheme(e.regie);
    let current = theme;
    for (const flag of theme.flags) {
      current = ok(
        await e.regie.emitWithAck('flag:dismiss', {
          themeId: theme.id,
          class: flag.class,
          text: flag.text,
        }),
      );
    }
    expect(current.flags).toEqual([]);
    expect(current.dismissedFlags).toHaveLength(theme.flags.length);
    const published = ok(
      await e.regie.emitWithAck('theme:publish', { themeId: theme.id, published: true }),
    );
    expect(published).toMatchObject({ published: true, flags: [] });
  });

  it('publishes despite open flags only when told to ("toch publiceren")', async () => {
    const e = await evening();
    const attendee = await phone(e);
    const theme = await flaggedTheme(e.regie);
    const published = ok(
      await e.regie.emitWithAck('theme:publish', {
        themeId: theme.id,
        published: true,
        force: true,
      }),
    );
    // The flags stay visible to the Regie; the room sees the quote as the facilitator chose.
    expect(published.published).toBe(true);
    expect(published.flags).toEqual(theme.flags);
    const [shown] = await publicThemes(attendee.socket);
    expect(shown.quotes[0].text).toBe(NAMING_QUOTE);
  });

  it('refuses an edit that puts a name in a published theme, unless forced', async () => {
    const e = await evening();
    const attendee = await phone(e);
    const theme = await publishedTheme(
      e.regie,
      themeInput('Eenzaamheid', ['Niemand komt nog langs.']),
    );
    const edit = {
      title: theme.title,
      description: theme.description,
      quotes: [{ id: theme.quotes[0].id, text: NAMING_QUOTE }],
    };

    expect(
      refusal(await e.regie.emitWithAck('theme:update', { themeId: theme.id, theme: edit })),
    ).toBe('UNRESOLVED_FLAGS');
    expect((await publicThemes(attendee.socket))[0].quotes[0].text).toBe('Niemand komt nog langs.');
    expect((await staffThemes(e.regie))[0].quotes[0].text).toBe('Niemand komt nog langs.');

    const forced = ok(
      await e.regie.emitWithAck('theme:update', { themeId: theme.id, theme: edit, force: true }),
    );
    expect(forced.flags.length).toBeGreaterThan(0);
    expect((await publicThemes(attendee.socket))[0].quotes[0].text).toBe(NAMING_QUOTE);
  });

  it('lets a draft be edited freely: flags block publishing, not preparing', async () => {
    const e = await evening();
    const theme = ok(await e.regie.emitWithAck('theme:create', themeInput('Eenzaamheid')));
    const edited = ok(
      await e.regie.emitWithAck('theme:update', {
        themeId: theme.id,
        theme: { title: 'Eenzaamheid', description: '', quotes: [{ text: NAMING_QUOTE }] },
      }),
    );
    expect(edited.published).toBe(false);
    expect(edited.flags.length).toBeGreaterThan(0);
  });
});

describe('arranging themes', () => {
  it('hides, unhides, reorders and deletes themes, and phones follow each change', async () => {
    const e = await evening();
    const attendee = await phone(e);
    const seen = record(attendee.socket, 'themes:changed');
    const a = await publishedTheme(
      e.regie,
      themeInput('Elkaar ontmoeten', ['Een koffieochtend zou al veel schelen.']),
    );
    const b = await publishedTheme(
      e.regie,
      themeInput('Jongeren', ['Vraag ons gewoon wat we willen.']),
    );
    const c = await publishedTheme(
      e.regie,
      themeInput('Het dorpshuis', ['Het hart van het dorp.']),
    );
    const titlesOnPhone = async () =>
      (await publicThemes(attendee.socket)).map((theme) => theme.title);
    const lastBroadcast = () => seen.at(-1)?.themes.map((theme) => theme.title);

    expect(await titlesOnPhone()).toEqual(['Elkaar ontmoeten', 'Jongeren', 'Het dorpshuis']);

    const hidden = ok(await e.regie.emitWithAck('theme:hide', { themeId: b.id, hidden: true }));
    expect(hidden).toMatchObject({ hidden: true, published: true });
    expect(await titlesOnPhone()).toEqual(['Elkaar ontmoeten', 'Het dorpshuis']);
    await waitFor(() => expect(lastBroadcast()).toEqual(['Elkaar ontmoeten', 'Het dorpshuis']));
    // The Regie keeps the hidden theme, marked as such.
    expect((await staffThemes(e.regie)).map((theme) => [theme.title, theme.hidden])).toEqual([
      ['Elkaar ontmoeten', false],
      ['Jongeren', true],
      ['Het dorpshuis', false],
    ]);

    ok(await e.regie.emitWithAck('theme:hide', { themeId: b.id, hidden: false }));
    expect(await titlesOnPhone()).toEqual(['Elkaar ontmoeten', 'Jongeren', 'Het dorpshuis']);

    const reordered = ok(
      await e.regie.emitWithAck('theme:reorder', { themeIds: [c.id, a.id, b.id] }),
    );
    expect(reordered.map((theme) => [theme.title, theme.position])).toEqual([
      ['Het dorpshuis', 0],
      ['Elkaar ontmoeten', 1],
      ['Jongeren', 2],
    ]);
    expect(await titlesOnPhone()).toEqual(['Het dorpshuis', 'Elkaar ontmoeten', 'Jongeren']);
    await waitFor(() =>
      expect(lastBroadcast()).toEqual(['Het dorpshuis', 'Elkaar ontmoeten', 'Jongeren']),
    );

    expect(ok(await e.regie.emitWithAck('theme:delete', { themeId: a.id }))).toEqual({
      themeId: a.id,
    });
    expect(await titlesOnPhone()).toEqual(['Het dorpshuis', 'Jongeren']);
    expect((await staffThemes(e.regie)).map((theme) => theme.title)).toEqual([
      'Het dorpshuis',
      'Jongeren',
    ]);
    expect(refusal(await e.regie.emitWithAck('theme:delete', { themeId: a.id }))).toBe('NOT_FOUND');
    await waitFor(() => expect(lastBroadcast()).toEqual(['Het dorpshuis', 'Jongeren']));
  });

  it('takes a theme off the projector when it is deleted while shown', async () => {
    const e = await evening();
    const focus = record(e.beamer, 'focus:changed');
    const theme = await publishedTheme(e.regie, themeInput('Zorg dichtbij'));
    ok(await e.regie.emitWithAck('focus:set', { themeId: theme.id }));
    ok(await e.regie.emitWithAck('theme:delete', { themeId: theme.id }));
    await waitFor(() => expect(focus).toEqual([{ themeId: theme.id }, { themeId: null }]));
  });
});

describe('importing themes from a file', () => {
  const expectedTitles = [
    'Elkaar ontmoeten',
    'Verkeer op de Dorpsstraat',
    'Groen en spelen',
    'Zorg dichtbij',
    'Jongeren',
    'Het dorpshuis',
  ];

  async function importFixture(format: 'markdown' | 'csv', file: string) {
    const e = await evening();
    const attendee = await phone(e);
    const imported = ok(await e.regie.emitWithAck('theme:import', { format, text: fixture(file) }));
    expect(imported.map((theme) => theme.title)).toEqual(expectedTitles);
    for (const theme of imported) {
      expect(theme.description.length).toBeGreaterThan(20);
      expect(theme.quotes.length).toBeGreaterThanOrEqual(2);
      expect(theme.quotes.length).toBeLessThanOrEqual(3);
      expect(theme).toMatchObject({ published: false, hidden: false, origin: 'prepared' });
    }
    // Imported themes wait in the Regie until the facilitator publishes them.
    expect((await staffThemes(e.regie)).map((theme) => theme.title)).toEqual(expectedTitles);
    expect(await publicThemes(attendee.socket)).toEqual([]);
    return imported.map(({ title, description, quotes }) => ({
      title,
      description,
      quotes: quotes.map((quote) => quote.text),
    }));
  }

  it('reads the example Markdown and CSV files alike: six themes, each with its quotes', async () => {
    const fromMarkdown = await importFixture('markdown', 'themes.md');
    const fromCsv = await importFixture('csv', 'themes.csv');
    expect(fromCsv).toEqual(fromMarkdown);
    // Dutch elisions survive: a quote may start with an apostrophe.
    expect(fromMarkdown[1].quotes[0]).toBe(
      "'s Ochtends durf ik mijn kinderen niet alleen te laten oversteken.",
    );
    expect(fromMarkdown[0].quotes).toEqual([
      'Ik woon hier nu twee jaar en ken alleen de mensen naast me.',
      'Vroeger was er de markt, daar kwam je iedereen tegen.',
      'Een koffieochtend zou al veel schelen.',
    ]);
  });

  it('refuses an unreadable file with IMPORT_UNREADABLE and creates nothing', async () => {
    const e = await evening();
    const tooManyQuotes = [
      '# Te veel',
      ...Array.from({ length: 6 }, (_, i) => `> Citaat ${i + 1}`),
    ].join('\n');
    const unreadable: ['markdown' | 'csv', string][] = [
      ['markdown', 'Alleen wat losse tekst zonder kopjes.\nEn nog een regel.'],
      ['markdown', tooManyQuotes],
      ['markdown', `# ${'x'.repeat(200)}\n> te lange titel`],
      ['csv', 'thema;beschrijving;citaat\n"Jongeren;niet afgesloten\n'],
      ['csv', 'kolom1,kolom2\nfoo,bar\n'],
      ['csv', 'thema;beschrijving;citaat\n'],
    ];
    for (const [format, text] of unreadable) {
      expect(
        refusal(await e.regie.emitWithAck('theme:import', { format, text })),
        `${format}: ${text}`,
      ).toBe('IMPORT_UNREADABLE');
    }
    await roundTrip(e.regie);
    expect(await staffThemes(e.regie)).toEqual([]);
  });
});
