/**
 * Step 3 of the method (issue 14): the analysis board's cards come from every conversation of
 * the evening, and "Maak thema" turns a cluster into an unpublished theme that goes past the
 * anonymiser and the Regie like any other. Real server, Socket.IO and y-websocket.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  addCluster,
  cardKey,
  chooseCard,
  readClusters,
  sortCard,
  updateCluster,
} from '../../shared/analysis-doc.js';
import { LIMITS } from '../../shared/limits.js';
import type { PublicTheme, StaffTheme } from '../../shared/model.js';
import { cleanUp, flush, record, waitFor } from '../helpers/integration/helpers.js';
import { ok, phone, refusal, roundTrip } from '../helpers/integration/evening.js';
import { plannedConversation } from '../helpers/integration/conversation-setup.js';
import {
  LINDE_ENTRIES,
  OUDERS_ENTRIES,
  analysisEvening,
  openBoard,
  recordEntries,
} from '../helpers/integration/analysis-setup.js';

afterEach(cleanUp);

const at = (id: string, name: string, createdAt: number) => ({
  id,
  name,
  x: 0.3,
  y: 0.3,
  createdAt,
});

describe('the cards of the analysis board', () => {
  it('are every entry of every conversation of the evening, with its group and day', async () => {
    const e = await analysisEvening();
    const cards = ok(await e.kopgroep.emitWithAck('analysis:cards', {}));
    expect(ok(await e.regie.emitWithAck('analysis:cards', {}))).toEqual(cards);
    const expected = [
      ...LINDE_ENTRIES.map((entry) => ({
        key: cardKey(e.linde.id, entry.id),
        conversationId: e.linde.id,
        group: 'ouderen De Linde',
        date: '2027-01-12',
        kind: entry.kind,
        speaker: entry.speaker,
        text: entry.text,
      })),
      ...OUDERS_ENTRIES.map((entry) => ({
        key: cardKey(e.ouders.id, entry.id),
        conversationId: e.ouders.id,
        group: 'jonge ouders',
        date: '2027-01-14',
        kind: entry.kind,
        speaker: entry.speaker,
        text: entry.text,
      })),
    ];
    expect([...cards].sort((a, b) => a.key.localeCompare(b.key))).toEqual(
      expected.sort((a, b) => a.key.localeCompare(b.key)),
    );
  });
});

describe('"Maak thema" from a cluster', () => {
  it('makes an unpublished theme with the cluster name and its chosen quotes, flagged, shown to no phone until the Regie publishes it', async () => {
    const e = await analysisEvening();
    const resident = await phone(e);
    const phoneHears = record(resident.socket, 'themes:changed');
    const board = await openBoard(e, e.kopgroepToken);
    addCluster(board.doc, at('ontmoeten', 'Elkaar ontmoeten', 1));
    addCluster(board.doc, at('spelen01', 'Spelen', 2));
    // Chosen in the ouders' conversation first, then in De Linde's: the theme keeps the order
    // of the evening's cards, not of the choosing.
    for (const [key, cluster, chosen] of [
      [cardKey(e.ouders.id, 'ouders001'), 'ontmoeten', true],
      [cardKey(e.linde.id, 'linde0002'), 'ontmoeten', true],
      [cardKey(e.linde.id, 'linde0001'), 'ontmoeten', false],
      [cardKey(e.ouders.id, 'ouders002'), 'spelen01', true],
    ] as const) {
      sortCard(board.doc, key, cluster);
      chooseCard(board.doc, key, chosen);
    }
    await flush(board.provider);

    const theme = ok(await e.kopgroep.emitWithAck('analysis:theme', { clusterId: 'ontmoeten' }));
    expect(theme).toMatchObject({ title: 'Elkaar ontmoeten', description: '', published: false });
    const texts = theme.quotes.map((quote) => quote.text);
    const lindeFirst = [LINDE_ENTRIES[1].text, OUDERS_ENTRIES[0].text];
    const oudersFirst = [...lindeFirst].reverse();
    // The conversations by day, as the evening's list has them: De Linde's (12 January) first.
    expect(texts).toEqual(lindeFirst);
    expect(texts).not.toEqual(oudersFirst);
    // The anonymiser flags the phone number in the quote, as on any theme.
    const phoneQuote = `quote:${theme.quotes[0].id}`;
    expect(
      theme.flags.some((flag) => flag.field === phoneQuote && flag.text.includes('1234')),
    ).toBe(true);
    // The Regie sees it to review; the board learns it was made.
    const staff = ok(await e.regie.emitWithAck('themes:list', {})) as StaffTheme[];
    expect(staff.map((t) => [t.id, t.published])).toEqual([[theme.id, false]]);
    await waitFor(() =>
      expect(readClusters(board.doc).find((c) => c.id === 'ontmoeten')?.themeId).toBe(theme.id),
    );
    // Nothing reaches a phone before the Regie publishes.
    await roundTrip(resident.socket);
    expect(ok(await resident.socket.emitWithAck('themes:list', {}))).toEqual([]);
    expect(JSON.stringify(phoneHears)).not.toContain('12345678');
    expect(phoneHears.every(({ themes }) => themes.length === 0)).toBe(true);
    // A kopgroep member cannot publish; the Regie can, once it decided on the flags.
    expect(
      refusal(
        await e.kopgroep.emitWithAck('theme:publish', { themeId: theme.id, published: true }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      refusal(await e.regie.emitWithAck('theme:publish', { themeId: theme.id, published: true })),
    ).toBe('UNRESOLVED_FLAGS');
    ok(
      await e.regie.emitWithAck('theme:publish', {
        themeId: theme.id,
        published: true,
        force: true,
      }),
    );
    const shown = ok(await resident.socket.emitWithAck('themes:list', {})) as PublicTheme[];
    expect(shown.map((t) => t.title)).toEqual(['Elkaar ontmoeten']);
  });

  it('answers a cluster it cannot make a theme of with a clear code, and makes none', async () => {
    const e = await analysisEvening();
    const long = await plannedConversation(e.regie, { group: 'lange verhalen' });
    const longRef = { id: long.conversation.id, token: long.token };
    const tooLong = 'x'.repeat(LIMITS.quoteLength + 1);
    const many = Array.from({ length: LIMITS.quotesPerTheme + 1 }, (_, i) => ({
      id: `many000${i}`,
      kind: 'quote' as const,
      speaker: 1,
      text: `Citaat ${i}`,
    }));
    await recordEntries(e, longRef, [
      { id: 'long0001', kind: 'story', speaker: 2, text: tooLong },
      ...many,
    ]);
    const board = await openBoard(e, e.facilitatorToken);
    addCluster(board.doc, at('leeg0001', 'Niets gekozen', 1));
    addCluster(board.doc, at('naamloos', '', 2));
    addCluster(board.doc, at('lang0001', 'Te lang', 3));
    addCluster(board.doc, at('veel0001', 'Te veel', 4));
    sortCard(board.doc, cardKey(e.linde.id, 'linde0001'), 'leeg0001');
    chooseCard(board.doc, cardKey(e.linde.id, 'linde0003'), true);
    sortCard(board.doc, cardKey(e.linde.id, 'linde0003'), 'naamloos');
    sortCard(board.doc, cardKey(longRef.id, 'long0001'), 'lang0001');
    chooseCard(board.doc, cardKey(longRef.id, 'long0001'), true);
    for (const { id } of many) {
      sortCard(board.doc, cardKey(longRef.id, id), 'veel0001');
      chooseCard(board.doc, cardKey(longRef.id, id), true);
    }
    // A chosen card whose conversation is not the evening's carries no quote.
    sortCard(board.doc, 'nosuchconv01.entry0001', 'leeg0001');
    chooseCard(board.doc, 'nosuchconv01.entry0001', true);
    await flush(board.provider);

    const cases = [
      ['nosuchcluster', 'NOT_FOUND'],
      ['leeg0001', 'NO_CHOSEN_QUOTE'],
      ['naamloos', 'TEXT_EMPTY'],
      ['lang0001', 'TEXT_TOO_LONG'],
      ['veel0001', 'LIMIT_REACHED'],
    ] as const;
    for (const [clusterId, code] of cases) {
      expect(refusal(await e.regie.emitWithAck('analysis:theme', { clusterId })), clusterId).toBe(
        code,
      );
    }
    expect(refusal(await e.regie.emitWithAck('analysis:theme', { clusterId: 'a.b' }))).toBe(
      'INVALID_PAYLOAD',
    );
    expect(ok(await e.regie.emitWithAck('themes:list', {}))).toEqual([]);
    // Once named, the cluster with one chosen quote makes its theme.
    updateCluster(board.doc, 'naamloos', { name: 'Helpen' });
    await flush(board.provider);
    const made = ok(await e.regie.emitWithAck('analysis:theme', { clusterId: 'naamloos' }));
    expect(made.quotes.map((quote) => quote.text)).toEqual([LINDE_ENTRIES[2].text]);
  });

  it(`stops at the evening's ${LIMITS.themesPerMeeting} themes`, async () => {
    const e = await analysisEvening();
    for (let i = 0; i < LIMITS.themesPerMeeting; i++) {
      ok(
        await e.regie.emitWithAck('theme:create', { title: `T${i}`, description: '', quotes: [] }),
      );
    }
    const board = await openBoard(e, e.kopgroepToken);
    addCluster(board.doc, at('ontmoeten', 'Ontmoeten', 1));
    sortCard(board.doc, cardKey(e.ouders.id, 'ouders001'), 'ontmoeten');
    chooseCard(board.doc, cardKey(e.ouders.id, 'ouders001'), true);
    await flush(board.provider);
    expect(
      refusal(await e.kopgroep.emitWithAck('analysis:theme', { clusterId: 'ontmoeten' })),
    ).toBe('LIMIT_REACHED');
  });
});
