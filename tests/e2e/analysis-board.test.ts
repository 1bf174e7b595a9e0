/**
 * Step 3 of the method (issue 14): two kopgroep members sort the evening's stories and quotes
 * on the analysis board at the same time, without dragging, choose quotes and make a theme,
 * which then waits in the Regie's Thema's tab with a phone number flagged.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cleanUp } from '../helpers/integration/helpers.js';
import { ok } from '../helpers/integration/evening.js';
import { plannedConversation } from '../helpers/integration/conversation-setup.js';
import { recordEntries } from '../helpers/integration/analysis-setup.js';
import { LAPTOP, openScreen, seriousA11yViolations, useHall } from '../helpers/e2e/browser.js';
import { preparedMeeting } from '../helpers/e2e/room.js';

afterEach(cleanUp);

const SHOTS = '/tmp/analysis-shots';
const WIDE = { viewport: { width: 1920, height: 1080 } };

/** Entries for one conversation: ids the shape of a note's id, texts made to be recognised. */
const entries = (prefix: string, texts: string[]) =>
  texts.map((text, i) => ({
    id: `${prefix}${String(i).padStart(5, '0')}`,
    kind: (['story', 'quote', 'offer'] as const)[i % 3] ?? 'story',
    speaker: (i % 5) + 1,
    text,
  }));

const LINDE = [
  'Sinds de bieb dicht is zie ik niemand meer.',
  'Bel me gerust op 06 12345678 als er koffie is.',
  'Ik wil wel koffie schenken in het buurthuis.',
  'Op zondag is het heel stil in de straat.',
  'De bus stopt niet meer bij de kerk.',
];
const OUDERS = [
  'Er is geen plek om samen te komen.',
  'De speeltuin is altijd leeg.',
  'Auto’s rijden veel te hard langs de school.',
  'Ik help graag met een straatfeest.',
];
const JONGEREN = [
  'Wij hangen bij het winkelcentrum, er is niets anders.',
  'Het fietspad is ’s avonds donker.',
  'Een voetbalkooi zou mooi zijn.',
];

/** The card with this text on a page. */
const card = (page: Page, text: string) =>
  page.getByTestId('analysis-card').filter({ hasText: text });
const clusterBox = (page: Page, name: string) =>
  page.locator(`[data-testid="analysis-cluster"][data-name="${name}"]`);

/** Sorts a card into an existing group with its "Naar groep…" menu, as a keyboard user would. */
async function sortInto(page: Page, text: string, group: string): Promise<void> {
  await card(page, text).getByTestId('analysis-card-move').selectOption({ label: group });
}

describe('the analysis board', () => {
  const hall = useHall();

  it('is sorted by two kopgroep members at once, and a group becomes a theme in the Regie', async () => {
    const meeting = await preparedMeeting(hall, []);
    const url = hall.server.url;
    const e = { server: hall.server, meetingId: meeting.created.meeting.id };
    const henk = ok(await meeting.regie.emitWithAck('coreGroup:invite', { name: 'Henk' }));
    const fatima = ok(await meeting.regie.emitWithAck('coreGroup:invite', { name: 'Fatima' }));
    const plans = [
      { group: 'ouderen De Linde', date: '2027-01-12', texts: LINDE, prefix: 'lin' },
      { group: 'jonge gezinnen', date: '2027-01-14', texts: OUDERS, prefix: 'oud' },
      { group: 'jongeren', date: '2027-01-15', texts: JONGEREN, prefix: 'jon' },
    ];
    const refs: { id: string; token: string }[] = [];
    for (const p of plans) {
      const planned = await plannedConversation(meeting.regie, { group: p.group, date: p.date });
      const ref = { id: planned.conversation.id, token: planned.token };
      await recordEntries(e, ref, entries(p.prefix, p.texts));
      refs.push(ref);
    }

    const a = await openScreen(hall.browser, LAPTOP, henk.link);
    const b = await openScreen(hall.browser, LAPTOP, fatima.link);
    hall.screens.push(a, b);
    const pa = a.page;
    const pb = b.page;
    for (const page of [pa, pb]) {
      await expect.poll(() => page.getByTestId('analysis-card').count()).toBe(12);
      await expect.poll(() => page.getByTestId('analysis-saved').isVisible()).toBe(true);
    }
    await expect.poll(() => card(pa, LINDE[1] ?? '').innerText()).toContain('bewoner 2 · Citaat');
    expect(await card(pa, LINDE[1] ?? '').innerText()).toContain('ouderen De Linde');

    // A makes "Ontmoeten" from a card's own menu, then sorts two more cards into it.
    await card(pa, LINDE[0] ?? '')
      .getByTestId('analysis-card-move')
      .selectOption({ label: 'Nieuwe groep…' });
    await pa.getByTestId('analysis-card-new-name').fill('Ontmoeten');
    await pa.getByTestId('analysis-card-new-save').click();
    await sortInto(pa, LINDE[1] ?? '', 'Ontmoeten');
    await sortInto(pa, OUDERS[0] ?? '', 'Ontmoeten');

    // B sees them at once, makes "Verkeer" and sorts others into it.
    await expect
      .poll(() => clusterBox(pb, 'Ontmoeten').getByTestId('analysis-card').count())
      .toBe(3);
    expect(
      await clusterBox(pb, 'Ontmoeten').getByTestId('analysis-cluster-mentioned').innerText(),
    ).toBe('genoemd in 2 gesprekken: ouderen De Linde, jonge gezinnen');
    await pb.getByTestId('analysis-new-name').fill('Verkeer');
    await pb.getByTestId('analysis-new-save').click();
    await sortInto(pb, OUDERS[2] ?? '', 'Verkeer');
    await sortInto(pb, JONGEREN[1] ?? '', 'Verkeer');
    await sortInto(pb, LINDE[4] ?? '', 'Verkeer');
    await expect.poll(() => clusterBox(pa, 'Verkeer').getByTestId('analysis-card').count()).toBe(3);

    // A theme needs a chosen quote first; the page says so in plain words.
    await clusterBox(pb, 'Verkeer').getByTestId('analysis-cluster-theme').click();
    await expect
      .poll(() => pb.getByTestId('console-error').innerText())
      .toContain('Kies eerst minstens één citaat');

    // "Terug" unsorts a card; both choose quotes, each in a different group.
    await card(pb, LINDE[4] ?? '')
      .getByTestId('analysis-card-back')
      .click();
    await expect.poll(() => clusterBox(pa, 'Verkeer').getByTestId('analysis-card').count()).toBe(2);
    await card(pa, LINDE[1] ?? '')
      .getByTestId('analysis-card-choose')
      .click();
    await card(pa, OUDERS[0] ?? '')
      .getByTestId('analysis-card-choose')
      .click();
    await card(pb, OUDERS[2] ?? '')
      .getByTestId('analysis-card-choose')
      .click();
    await expect
      .poll(() => clusterBox(pb, 'Ontmoeten').getByTestId('analysis-cluster-chosen').innerText())
      .toBe('2 van 5 citaten gekozen');
    await expect
      .poll(() => clusterBox(pa, 'Verkeer').getByTestId('analysis-cluster-chosen').innerText())
      .toBe('1 van 5 citaten gekozen');

    expect(await seriousA11yViolations(pa)).toEqual([]);
    await pa.screenshot({ path: `${SHOTS}/board-1366.png`, fullPage: true });
    await pa.getByTestId('analysis').screenshot({ path: `${SHOTS}/section-1366.png` });
    const wide = await openScreen(hall.browser, WIDE, henk.link);
    hall.screens.push(wide);
    await expect
      .poll(() => clusterBox(wide.page, 'Verkeer').getByTestId('analysis-card').count())
      .toBe(2);
    await wide.page.screenshot({ path: `${SHOTS}/board-1920.png`, fullPage: true });
    await wide.page.getByTestId('analysis').screenshot({ path: `${SHOTS}/section-1920.png` });

    // "Maak thema" on Ontmoeten: both screens show it is done.
    await clusterBox(pa, 'Ontmoeten').getByTestId('analysis-cluster-theme').click();
    await expect
      .poll(() => clusterBox(pa, 'Ontmoeten').getByTestId('analysis-cluster-done').innerText())
      .toBe("Thema gemaakt — bekijk en publiceer het in de Regie bij Thema's.");
    await expect
      .poll(() => clusterBox(pb, 'Ontmoeten').getByTestId('analysis-cluster-done').isVisible())
      .toBe(true);

    // The Regie finds it unpublished in its Thema's tab, the phone number flagged.
    const regie = await openScreen(
      hall.browser,
      LAPTOP,
      `${url}/r#${meeting.created.facilitatorToken}`,
    );
    hall.screens.push(regie);
    const pr = regie.page;
    await pr.getByTestId('console-tab-themes').click();
    const item = pr.getByTestId('theme-item').filter({ hasText: 'Ontmoeten' });
    await expect.poll(() => item.count()).toBe(1);
    await item.click();
    const detail = pr.getByTestId('theme-detail');
    await expect.poll(() => detail.innerText()).toContain(OUDERS[0] ?? '');
    expect(await detail.innerText()).toContain('06 12345678');
    await expect.poll(() => detail.getByTestId('theme-flag-warning').isVisible()).toBe(true);

    // The Regie's own Analyse tab shows the same board.
    await pr.getByTestId('console-tab-analysis').click();
    await expect
      .poll(() => clusterBox(pr, 'Ontmoeten').getByTestId('analysis-card').count())
      .toBe(3);
    expect(await seriousA11yViolations(pr)).toEqual([]);
    await pr.screenshot({ path: `${SHOTS}/regie-1366.png`, fullPage: true });

    // At most five quotes per group, and the page says so.
    for (const text of [LINDE[2], LINDE[3], OUDERS[1], OUDERS[3]]) {
      await sortInto(pa, text ?? '', 'Ontmoeten');
    }
    for (const text of [LINDE[0], LINDE[2], LINDE[3]]) {
      await card(pa, text ?? '')
        .getByTestId('analysis-card-choose')
        .click();
    }
    const ontmoeten = clusterBox(pa, 'Ontmoeten');
    await expect
      .poll(() => ontmoeten.getByTestId('analysis-cluster-chosen').innerText())
      .toBe('5 van 5 citaten gekozen');
    await card(pa, OUDERS[1] ?? '')
      .getByTestId('analysis-card-choose')
      .click();
    await expect
      .poll(() => ontmoeten.getByRole('alert').innerText())
      .toBe('U kunt per groep hoogstens 5 citaten kiezen.');
    expect(await ontmoeten.getByTestId('analysis-cluster-chosen').innerText()).toBe(
      '5 van 5 citaten gekozen',
    );

    // Removing a group asks first; its cards go back to the unsorted ones on every screen.
    await clusterBox(pb, 'Verkeer').getByTestId('analysis-cluster-remove').click();
    await pb.getByTestId('analysis-cluster-remove-confirm').click();
    await expect.poll(() => clusterBox(pa, 'Verkeer').count()).toBe(0);
    expect(await pa.getByTestId('analysis-unsorted').getByTestId('analysis-card').count()).toBe(5);

    // A story recorded later appears on the board by itself, unsorted.
    const late = { id: 'late00001', kind: 'story' as const, speaker: 2, text: 'Laat verhaal.' };
    await recordEntries(e, refs[2] ?? { id: '', token: '' }, [late]);
    await expect.poll(() => card(pb, 'Laat verhaal.').count(), { timeout: 10_000 }).toBe(1);
    expect(await pb.getByTestId('analysis-unsorted').getByTestId('analysis-card').count()).toBe(6);

    for (const screen of [a, b, wide, regie]) expect(screen.errors).toEqual([]);
  });
});
