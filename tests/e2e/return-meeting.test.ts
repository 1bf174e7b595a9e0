import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { joinMeeting } from '../helpers/server.js';
import { cleanUp, connectSocket, flush, openSyncedDoc } from '../helpers/integration/helpers.js';
import { ok } from '../helpers/integration/evening.js';
import { signupInput, tokenOf } from '../helpers/integration/signup-helpers.js';
import { writeParagraph } from '../helpers/integration/follow-up-setup.js';
import {
  ARTEFACTS,
  PHONE,
  PROJECTOR,
  openScreen,
  seriousA11yViolations,
  useHall,
} from '../helpers/e2e/browser.js';
import type { Hall, Screen } from '../helpers/e2e/browser.js';
import { preparedMeeting, snapshot } from '../helpers/e2e/room.js';
import path from 'node:path';
import { fillDate } from '../helpers/e2e/date-field.js';

/** The leader's laptop. */
const CONSOLE = { viewport: { width: 1440, height: 900 } };
const DUE_REQUIRED = 'Kies een datum waarop de afspraak klaar moet zijn.';
const PROMPT = 'Wat vindt u sterk? Wat zou helpen?';

afterEach(cleanUp);

/**
 * The evening after it ended: two werkgroepen started from the sign-ups (one wrote its goal in
 * the plan), and Henk invited to the kopgroep. Nobody clicks for this, so it goes over sockets.
 */
async function eveningWithTwoGroups(hall: Hall) {
  const url = hall.server.url;
  const meeting = await preparedMeeting(hall, ['Groen in de wijk', 'Veilig verkeer']);
  const regie = meeting.regie;
  ok(await regie.emitWithAck('phase:set', { phase: 'signup' }));
  const tokens: string[] = [];
  for (const [i, theme] of meeting.themes.entries()) {
    const joined = await joinMeeting(url, meeting.code);
    const phone = await connectSocket(url, joined.key);
    const input = signupInput(theme.id, {
      name: ['Anna de Vries', 'Cor Jansen'][i],
      email: `bewoner${i}@voorbeeld.nl`,
      consents: { contact: true, shareName: true, news: false },
    });
    tokens.push(tokenOf(ok(await phone.emitWithAck('signup:create', input)).link));
  }
  const groups = [];
  for (const theme of meeting.themes) {
    groups.push(ok(await regie.emitWithAck('workingGroup:create', { themeId: theme.id })));
  }
  // Anna's werkgroep wrote its goal; the projector shows it when they present.
  const plan = await openSyncedDoc(url, meeting.created.meeting.id, tokens[0], {
    kind: `plan/${groups[0].id}`,
  });
  writeParagraph(plan, 'goal', 'Meer bankjes en bloemen in het park.');
  await flush(plan.provider);
  const henk = ok(await regie.emitWithAck('coreGroup:invite', { name: 'Henk' }));
  return { meeting, groups, henkLink: henk.link };
}

/** Henk makes a return meeting on his kopgroep page and opens its console. */
async function createAndLead(page: Page, name: string, date: string): Promise<string> {
  const list = page.getByTestId('return-meetings');
  await list.getByLabel('Naam').fill(name);
  await fillDate(list.getByRole('group', { name: 'Datum' }), date);
  await list.getByLabel('Plaats').fill('Buurthuis De Schakel');
  await page.getByTestId('return-meeting-submit').click();
  const row = page.getByTestId('return-meeting').filter({ hasText: name });
  await expect.poll(() => row.count()).toBe(1);
  expect(await row.getByTestId('return-meeting-leader').innerText()).toBe('Leiding: Henk');
  await row.getByTestId('return-meeting-lead').click();
  await page.waitForURL(/\/leiden\//);
  await expect
    .poll(() => page.getByTestId('lead-banner').innerText())
    .toBe('U leidt deze bijeenkomst.');
  return new URL(page.url()).pathname.split('/')[2];
}

const agendaItems = (page: Page) => page.getByTestId('agenda-item');
const currentItem = (page: Page) => page.locator('[data-testid="agenda-item"][data-current="yes"]');

async function noA11yProblems(page: Page): Promise<void> {
  expect(await seriousA11yViolations(page)).toEqual([]);
}

describe('a terugkombijeenkomst led by the kopgroep', () => {
  const hall = useHall();

  it('is prepared, run with the projector and two phones, and the next one reviews its afspraken', async () => {
    const url = hall.server.url;
    const { henkLink } = await eveningWithTwoGroups(hall);
    const henk = await openScreen(hall.browser, CONSOLE, henkLink);
    hall.screens.push(henk);
    const h = henk.page;

    // Henk makes the first return meeting on his kopgroep page and leads it.
    await expect.poll(() => h.getByTestId('return-meetings-none').count()).toBe(1);
    const firstId = await createAndLead(h, 'Terugkombijeenkomst voorjaar', '2027-03-10');
    expect(await h.getByRole('heading', { level: 1 }).innerText()).toBe(
      'Terugkombijeenkomst voorjaar',
    );

    // The agenda: both werkgroepen, ten minutes each; the second gets fifteen.
    const editor = h.getByTestId('agenda-editor');
    await expect.poll(() => editor.getByTestId('agenda-row').count()).toBe(2);
    await editor.getByLabel('Minuten voor: Werkgroep Veilig verkeer presenteert').fill('15');
    await h.getByTestId('agenda-save').click();
    await expect.poll(() => agendaItems(h).count()).toBe(2);
    expect(await agendaItems(h).allInnerTexts()).toEqual([
      expect.stringContaining('Werkgroep Groen in de wijk presenteert'),
      expect.stringContaining('15 min'),
    ]);
    await snapshot(h, '100-return-console-agenda');
    await noA11yProblems(h);

    // The Beamer from the console's link, and two phones by the code. It opens with Henk's
    // own link (so it closes when that is revoked); no Beamer token is shown to the kopgroep.
    const beamerUrl = await h.getByTestId('lead-beamer').getAttribute('href');
    expect(beamerUrl).toBe(`${url}/b/${firstId}#${new URL(henkLink).hash.slice(1)}`);
    expect(await h.getByTestId('lead-room').locator('input').count()).toBe(0);
    const beamer = await openScreen(hall.browser, PROJECTOR, beamerUrl ?? '');
    hall.screens.push(beamer);
    const code = (await h.getByTestId('lead-join-code').innerText()).replace(/\s/g, '');
    const phones: Screen[] = [];
    for (let i = 0; i < 2; i++) {
      const phone = await openScreen(hall.browser, PHONE, `${url}/j/${code}`);
      hall.screens.push(phone);
      phones.push(phone);
    }
    await expect.poll(() => h.getByText('2 deelnemers').count()).toBe(1);

    // The first slot: its plan and timer on the Beamer, the positive prompt on the phones.
    await h.getByTestId('agenda-next').click();
    await expect.poll(() => currentItem(h).innerText()).toContain('Groen in de wijk');
    const b = beamer.page;
    await expect
      .poll(() => b.getByTestId('presenting-title').innerText())
      .toContain('Groen in de wijk');
    await expect
      .poll(() => b.getByTestId('plan-snapshot').innerText())
      .toContain('Meer bankjes en bloemen in het park.');
    for (const [i, phone] of phones.entries()) {
      const p = phone.page;
      await expect.poll(() => p.getByText(PROMPT).first().isVisible()).toBe(true);
      await p
        .getByTestId('question-text')
        .fill(['Sterk plan! Wie onderhoudt de bloemen?', 'Kan de gemeente helpen met bankjes?'][i]);
      await p.getByTestId('question-send').tap();
      await expect
        .poll(() => p.getByTestId('question-notice').innerText())
        .toBe('Ontvangen. Dank u wel!');
    }
    const queue = h.getByTestId('question-queue');
    await expect.poll(() => queue.getByTestId('question').count()).toBe(2);
    // Newest first.
    expect(await queue.getByTestId('question').first().innerText()).toContain('gemeente');
    await queue.getByRole('button', { name: /Tonen op de beamer: Sterk plan/ }).click();
    await expect
      .poll(() => b.getByTestId('projected-question').innerText())
      .toContain('Wie onderhoudt de bloemen?');
    await snapshot(h, '101-return-console-questions');
    await snapshot(b, '102-return-beamer-question');
    await snapshot(phones[0].page, '103-return-phone-question');
    await noA11yProblems(phones[0].page);
    await queue.getByTestId('question-answered').first().click();

    // The second slot.
    await h.getByTestId('agenda-next').click();
    await expect.poll(() => currentItem(h).innerText()).toContain('Veilig verkeer');
    await expect
      .poll(() => b.getByTestId('presenting-title').innerText())
      .toContain('Veilig verkeer');
    await snapshot(b, '104-return-beamer-second-slot');

    // Two afspraken; the first try has no date and the form says so at the date field.
    const form = h.getByTestId('agreement-form');
    await form.getByLabel('Wat').fill('Bankjes aanvragen bij de gemeente');
    await form.getByTestId('agreement-who-group').selectOption({ label: 'Groen in de wijk' });
    await h.getByTestId('agreement-save').click();
    await expect.poll(() => h.getByTestId('agreement-due-error').innerText()).toBe(DUE_REQUIRED);
    await snapshot(h, '105-return-console-due-required');
    await fillDate(form.getByTestId('agreement-due'), '2027-05-01');
    await form.getByLabel('Over welk thema?').selectOption({ label: 'Groen in de wijk' });
    await h.getByTestId('agreement-save').click();
    const made = h.getByTestId('agreements-made').getByTestId('agreement');
    await expect.poll(() => made.count()).toBe(1);
    expect(await h.getByTestId('agreement-due-error').count()).toBe(0);
    await form.getByLabel('Wat').fill('Verkeersteller lenen voor de Dorpsstraat');
    await form.getByTestId('agreement-who-person').check();
    await form.getByTestId('agreement-who-name').fill('Henk');
    await fillDate(form.getByTestId('agreement-due'), '2027-06-15');
    await h.getByTestId('agreement-save').click();
    await expect.poll(() => made.count()).toBe(2);
    expect(await made.nth(1).innerText()).toContain('Henk');
    await snapshot(h, '106-return-console-agreements');
    await noA11yProblems(h);

    // Closing.
    await h.getByTestId('agenda-close').click();
    await h.getByTestId('agenda-close-confirm').click();
    await expect.poll(() => h.getByTestId('agenda-closed').count()).toBe(1);
    await expect.poll(() => b.getByTestId('closing-title').count()).toBe(1);
    await snapshot(b, '107-return-beamer-closed');

    // The next return meeting starts with the review of both afspraken.
    await h.goto(henkLink);
    await expect.poll(() => h.getByTestId('return-meeting').count()).toBe(1);
    await createAndLead(h, 'Terugkombijeenkomst najaar', '2027-10-06');
    const rows = h.getByTestId('agenda-editor').getByTestId('agenda-row');
    await expect.poll(() => rows.count()).toBe(3);
    expect(await rows.first().getAttribute('data-kind')).toBe('review');
    expect(await rows.first().innerText()).toContain('2 afspraken van de vorige keer');
    await h.getByTestId('agenda-save').click();
    await expect.poll(() => agendaItems(h).count()).toBe(3);
    await h.getByTestId('agenda-next').click();
    await expect.poll(() => currentItem(h).innerText()).toContain('Afspraken van de vorige keer');
    const review = h.getByTestId('review-item');
    await expect.poll(() => review.count()).toBe(2);
    const bankjes = review.filter({ hasText: 'Bankjes aanvragen' });
    await bankjes.getByTestId('review-done').click();
    await expect.poll(() => bankjes.getAttribute('data-outcome')).toBe('done');
    const teller = review.filter({ hasText: 'Verkeersteller' });
    await teller.getByLabel(/Opmerking bij/).fill('Aangevraagd, komt in juni');
    await teller.getByTestId('review-ongoing').click();
    await expect.poll(() => teller.getAttribute('data-outcome')).toBe('ongoing');
    expect(await bankjes.getByTestId('review-outcome').innerText()).toBe('Nagelopen: gedaan');
    await snapshot(h, '108-return-console-review');
    await noA11yProblems(h);

    // The verslag of the first meeting, printed to PDF and looked at.
    const henkToken = new URL(henkLink).hash.slice(1);
    const report = await openScreen(
      hall.browser,
      CONSOLE,
      `${url}/terugkomverslag/${firstId}#${henkToken}`,
    );
    hall.screens.push(report);
    const r = report.page;
    await expect.poll(() => r.getByTestId('report-meeting').count()).toBe(1);
    const shown = await r.locator('body').innerText();
    expect(shown).toContain('Verslag terugkombijeenkomst');
    expect(shown).toContain('Meer bankjes en bloemen in het park.');
    expect(shown).toContain('Bankjes aanvragen bij de gemeente');
    expect(shown).not.toContain('@voorbeeld.nl');
    await r.emulateMedia({ media: 'print' });
    await r.pdf({ path: path.join(ARTEFACTS, 'terugkom-verslag.pdf'), format: 'A4' });
    await r.emulateMedia({ media: 'screen' });
    await snapshot(r, '109-return-report');

    for (const screen of hall.screens) expect(screen.errors).toEqual([]);
  });
});
