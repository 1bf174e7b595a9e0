import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { joinMeeting } from '../helpers/server.js';
import { cleanUp, connectSocket, flush, openSyncedDoc } from '../helpers/integration/helpers.js';
import { ok } from '../helpers/integration/evening.js';
import { signupInput, tokenOf } from '../helpers/integration/signup-helpers.js';
import { writeParagraph } from '../helpers/integration/follow-up-setup.js';
import {
  LAPTOP,
  PHONE,
  openScreen,
  seriousA11yViolations,
  useHall,
} from '../helpers/e2e/browser.js';
import type { Hall } from '../helpers/e2e/browser.js';
import { preparedMeeting, snapshot } from '../helpers/e2e/room.js';

const REGIE = { viewport: { width: 1440, height: 900 } };
const REVOKED = 'Deze link werkt niet meer. Vraag de begeleider om een nieuwe link.';

afterEach(cleanUp);

/**
 * A resident who joined on the evening and signed up for a werkgroep from their phone; returns
 * the token of their personal link, which also opens their werkgroep.
 */
async function signUp(hall: Hall, code: string, themeId: string, name: string, email: string) {
  const joined = await joinMeeting(hall.server.url, code);
  const phone = await connectSocket(hall.server.url, joined.key);
  const consents = { contact: true, shareName: true, news: false };
  const input = signupInput(themeId, { name, email, consents });
  return tokenOf(ok(await phone.emitWithAck('signup:create', input)).link);
}

/** The row of a theme in a werkgroepen list. */
const row = (page: Page, title: string) =>
  page.getByTestId('workinggroup').filter({ has: page.getByText(title, { exact: true }) });

describe('the kopgroep after the evening', () => {
  const hall = useHall();

  it('is invited in the Regie, sees the werkgroepen and sign-ups, starts one, and loses access when revoked', async () => {
    const meeting = await preparedMeeting(hall, ['Groen in de wijk', 'Veilig verkeer']);
    const [green, traffic] = meeting.themes;
    // Residents sign up in phase `signup`, as on the evening.
    ok(await meeting.regie.emitWithAck('phase:set', { phase: 'signup' }));
    const anna = await signUp(hall, meeting.code, green.id, 'Anna de Vries', 'anna@voorbeeld.nl');
    await signUp(hall, meeting.code, green.id, 'Bram Bakker', 'bram@voorbeeld.nl');
    await signUp(hall, meeting.code, traffic.id, 'Cor Jansen', 'cor@voorbeeld.nl');

    // The facilitator invites Henk from the Regie and gets his personal link once.
    const url = hall.server.url;
    const regieScreen = await openScreen(
      hall.browser,
      REGIE,
      `${url}/r#${meeting.created.facilitatorToken}`,
    );
    hall.screens.push(regieScreen);
    const r = regieScreen.page;
    await regieScreen.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: url,
    });
    await r.getByTestId('console-tab-coregroup').click();
    await r.getByTestId('coregroup-name').fill('Henk');
    await r.getByTestId('coregroup-invite').click();
    const issued = r.getByTestId('coregroup-link');
    await expect.poll(() => issued.count()).toBe(1);
    expect(await issued.innerText()).toContain(
      'Met deze link ziet Henk de werkgroepen en de aanmeldingen. Deel hem alleen met Henk.',
    );
    const link = await issued.locator('input').inputValue();
    expect(link).toMatch(/\/kopgroep#[A-Za-z0-9_-]{16,}$/);
    await issued.getByRole('button', { name: 'Kopiëren' }).click();
    await expect.poll(() => r.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await expect
      .poll(() =>
        issued.getByTestId('coregroup-qr').evaluate((img: HTMLImageElement) => img.naturalWidth),
      )
      .toBeGreaterThan(0);
    const henk = r.getByTestId('coregroup-member').filter({ hasText: 'Henk' });
    expect(await henk.getByTestId('coregroup-member-status').innerText()).toBe('actief');
    // Per published theme: its sign-ups, and nothing started yet.
    expect(await row(r, 'Groen in de wijk').getByTestId('workinggroup-signups').innerText()).toBe(
      '2 aanmeldingen',
    );
    expect(await row(r, 'Veilig verkeer').getByTestId('workinggroup-signups').innerText()).toBe(
      '1 aanmelding',
    );
    await snapshot(r, '90-regie-coregroup-invited');
    expect(await seriousA11yViolations(r)).toEqual([]);

    // Printed, the page is a sheet for Henk: his name, what the link gives, the QR code.
    await r.evaluate(() => (window.print = () => undefined));
    await issued.getByTestId('coregroup-link-print').click();
    await r.emulateMedia({ media: 'print' });
    expect(await issued.getByTestId('coregroup-qr').isVisible()).toBe(true);
    expect(await henk.isVisible()).toBe(false);
    expect(await r.getByTestId('console-tab-coregroup').isVisible()).toBe(false);
    await snapshot(r, '90b-regie-coregroup-print');
    await r.emulateMedia({ media: 'screen' });
    await r.evaluate(() => dispatchEvent(new Event('afterprint')));
    await expect.poll(() => henk.isVisible()).toBe(true);

    // Henk opens his link on his laptop: the evening, the werkgroepen and the sign-ups.
    const laptop = await openScreen(hall.browser, { ...LAPTOP, acceptDownloads: true }, link);
    hall.screens.push(laptop);
    const h = laptop.page;
    await expect
      .poll(() => h.getByTestId('coregroup-evening').innerText())
      .toBe('Wijkavond De Schakel, dinsdag 1 december 2026');
    // No werkgroep started yet: the kopgroep sees no one's details, and is told why (item 12).
    await expect.poll(() => h.getByTestId('signups-none').count()).toBe(1);
    expect(await h.getByTestId('signup-row').count()).toBe(0);
    expect(await h.getByTestId('signups-core-group').innerText()).toContain(
      'U ziet alleen aanmeldingen voor werkgroepen die gestart zijn',
    );
    expect(await h.getByTestId('workinggroup').count()).toBe(2);
    expect(await row(h, 'Groen in de wijk').getByTestId('workinggroup-state').innerText()).toBe(
      'Nog niet gestart',
    );
    await snapshot(h, '91-kopgroep-laptop');
    expect(await seriousA11yViolations(h)).toEqual([]);

    // Henk starts the werkgroep "Groen in de wijk"; the Regie sees it started at once.
    await row(h, 'Groen in de wijk').getByTestId('workinggroup-start').click();
    await expect
      .poll(() => row(h, 'Groen in de wijk').getByTestId('workinggroup-state').innerText())
      .toBe('Plan wordt nog geschreven');
    expect(await row(h, 'Groen in de wijk').getByTestId('workinggroup-members').innerText()).toBe(
      '2 leden',
    );
    // Its two sign-ups reach Henk now; Cor's werkgroep has not started, so his stays hidden.
    await expect.poll(() => h.getByTestId('signup-row').count()).toBe(2);
    expect(await h.getByTestId('signup-erase').count()).toBe(0);
    // The CSV download works with Henk's own link, and holds what his page shows.
    const [download] = await Promise.all([
      h.waitForEvent('download'),
      h.getByTestId('signups-csv').click(),
    ]);
    const csv = await readFile((await download.path()) ?? '', 'utf8');
    expect(csv).toContain('Anna de Vries');
    expect(csv).not.toContain('cor@voorbeeld.nl');
    await expect.poll(() => row(r, 'Groen in de wijk').getAttribute('data-started')).toBe('yes');
    expect(await row(r, 'Groen in de wijk').getByTestId('workinggroup-members').innerText()).toBe(
      '2 leden',
    );
    expect(await row(r, 'Veilig verkeer').getAttribute('data-started')).toBe('no');
    await snapshot(r, '92-regie-werkgroep-started');

    // Anna, a member, writes the goal; Henk opens the plan and reads it, without a way to edit.
    const [started] = ok(await meeting.regie.emitWithAck('workingGroup:list', {}));
    const plan = await openSyncedDoc(url, meeting.created.meeting.id, anna, {
      kind: `plan/${started.id}`,
    });
    writeParagraph(plan, 'goal', 'Meer bomen in de Dorpsstraat');
    await flush(plan.provider);
    await row(h, 'Groen in de wijk').getByTestId('workinggroup-plan').click();
    const shown = h.getByTestId('plan-view');
    await expect.poll(() => shown.innerText()).toContain('Meer bomen in de Dorpsstraat');
    expect(await shown.getAttribute('data-readonly')).toBe('true');
    expect(await shown.locator('[contenteditable="true"]').count()).toBe(0);
    await snapshot(h, '93-kopgroep-plan-read-only');
    expect(await seriousA11yViolations(h)).toEqual([]);

    // Anna marks the plan ready to present: the kopgroep and the Regie see it at once.
    const member = await connectSocket(url, anna);
    ok(await member.emitWithAck('plan:ready', { ready: true }));
    for (const page of [h, r]) {
      await expect
        .poll(() => row(page, 'Groen in de wijk').getByTestId('workinggroup-state').innerText())
        .toBe('Plan klaar om te presenteren');
    }

    // The same link on Henk's phone.
    const phone = await openScreen(hall.browser, PHONE, link);
    hall.screens.push(phone);
    const p = phone.page;
    await expect.poll(() => p.getByTestId('signup-row').count()).toBe(2);
    await snapshot(p, '94-kopgroep-phone');
    expect(await seriousA11yViolations(p)).toEqual([]);

    // The facilitator revokes Henk's link: his open screens show that it no longer works.
    await henk.getByTestId('coregroup-revoke').click();
    expect(
      await r.getByRole('group').filter({ hasText: 'Link van Henk intrekken?' }).innerText(),
    ).toContain('sluiten direct');
    await r.getByTestId('coregroup-revoke-confirm').click();
    await expect
      .poll(() => henk.getByTestId('coregroup-member-status').innerText())
      .toBe('ingetrokken');
    for (const page of [h, p]) {
      await expect.poll(() => page.getByTestId('coregroup-revoked').innerText()).toBe(REVOKED);
      expect(await page.getByTestId('signup-row').count()).toBe(0);
    }
    await snapshot(p, '95-kopgroep-phone-revoked');
    expect(await seriousA11yViolations(p)).toEqual([]);
    // Opened again, the old link still does not work.
    await h.reload();
    await expect.poll(() => h.getByTestId('coregroup-revoked').innerText()).toBe(REVOKED);

    // A new link for Henk works; the Regie shows it once, with its QR code.
    await henk.getByTestId('coregroup-reissue').click();
    await r.getByTestId('coregroup-reissue-confirm').click();
    await expect.poll(() => henk.getByTestId('coregroup-member-status').innerText()).toBe('actief');
    const newLink = await r.getByTestId('coregroup-link').locator('input').inputValue();
    expect(newLink).not.toBe(link);
    // A new hash alone would not load the page again, as a fresh tab does.
    await h.goto('about:blank');
    await h.goto(newLink);
    await expect.poll(() => h.getByTestId('signup-row').count()).toBe(2);
    expect(await row(h, 'Groen in de wijk').getAttribute('data-started')).toBe('yes');
    await snapshot(r, '96-regie-coregroup-reissued');

    for (const screen of hall.screens) expect(screen.errors).toEqual([]);
  });
});
