import { describe, expect, it } from 'vitest';
import { ORGANISER_TOKEN } from '../helpers/server.js';
import {
  LAPTOP,
  PHONE,
  PROJECTOR,
  useHall,
  openScreen,
  screenshot,
  seriousA11yViolations,
} from '../helpers/e2e/browser.js';
import type { Screen } from '../helpers/e2e/browser.js';

/** Seconds shown by a timer ("14:58" → 898). */
async function timerSeconds(screen: Screen): Promise<number> {
  const text = await screen.page.getByTestId('timer').locator('.digits').innerText();
  const [m, s] = text.split(':').map(Number);
  return m * 60 + s;
}

describe('an evening from lobby to break', () => {
  const hall = useHall();

  it('runs with a facilitator, a projector and three phones', async () => {
    // The organiser creates the meeting from the link the server printed.
    const organiser = await openScreen(
      hall.browser,
      LAPTOP,
      `${hall.server.url}/organiser#${ORGANISER_TOKEN}`,
    );
    hall.screens.push(organiser);
    await organiser.page.getByLabel('Naam van de bijeenkomst').fill('Wijkavond De Schakel');
    await organiser.page.getByLabel('Plaats').fill('Dorpshuis De Schakel');
    await organiser.page.getByRole('button', { name: 'Bijeenkomst maken' }).click();
    const links = organiser.page.getByTestId('meeting-links');
    await expect.poll(() => links.isVisible()).toBe(true);
    const consoleUrl = await organiser.page.locator('#console-url').inputValue();
    const projectorUrl = await organiser.page.locator('#projector-url').inputValue();
    const code = (await links.locator('.code').innerText()).replace('-', '');
    await screenshot(organiser.page, '01-organiser-created');

    const facilitator = await openScreen(hall.browser, LAPTOP, consoleUrl);
    const projector = await openScreen(hall.browser, PROJECTOR, projectorUrl);
    hall.screens.push(facilitator, projector);
    await expect
      .poll(() => projector.page.getByTestId('join-code').innerText())
      .toBe(`${code.slice(0, 3)}-${code.slice(3)}`);

    // One resident types the code (as a granddaughter would for Mr de Boer); two scan the QR.
    const typed = await openScreen(hall.browser, PHONE, `${hall.server.url}/`);
    // The empty field looks empty: the example code stands in the hint, not in the box.
    const codeField = typed.page.getByLabel('Code van de bijeenkomst');
    expect(await codeField.getAttribute('placeholder')).toBeNull();
    expect(await codeField.inputValue()).toBe('');
    expect(await typed.page.locator('#join-code-hint').innerText()).toContain(
      'bijvoorbeeld K7M-4QX',
    );
    await screenshot(typed.page, '02b-phone-join-empty');
    await typed.page
      .getByLabel('Code van de bijeenkomst')
      .fill(`${code.slice(0, 3)}-${code.slice(3)}`.toLowerCase());
    await typed.page.getByRole('button', { name: 'Meedoen' }).click();
    const scannedA = await openScreen(hall.browser, PHONE, `${hall.server.url}/j/${code}`);
    const scannedB = await openScreen(hall.browser, PHONE, `${hall.server.url}/j/${code}`);
    const phones = [typed, scannedA, scannedB];
    hall.screens.push(...phones);
    for (const phone of phones) {
      await expect.poll(() => phone.page.getByTestId('phase-title').innerText()).toBe('Welkom');
    }
    await expect
      .poll(() => projector.page.getByTestId('attendee-count').innerText())
      .toBe('3 in de zaal');
    await expect
      .poll(() => facilitator.page.getByTestId('console-attendee-count').innerText())
      .toBe('3 in de zaal');
    // Phones in the hall are never called "aanmeldingen": that is the werkgroep sign-ups' tab.
    await expect
      .poll(() => facilitator.page.getByText('Nieuwe telefoons per minuut').isVisible())
      .toBe(true);
    expect(await facilitator.page.locator('main').innerText()).not.toMatch(/aanmeld/i);

    // People who cannot scan read the address and code off the screen.
    expect(await projector.page.locator('.manual').innerText()).toContain(
      new URL(hall.server.url).host,
    );

    // A wrong code gets a clear Dutch message.
    const lost = await openScreen(hall.browser, PHONE, `${hall.server.url}/j/BBBBBB`);
    hall.screens.push(lost);
    await expect
      .poll(() => lost.page.getByRole('alert').innerText())
      .toContain('Deze code kennen we niet');
    await screenshot(lost.page, '02-phone-wrong-code');

    // An empty welcome board takes no room on phones, and one line in the Regie.
    expect(await typed.page.getByTestId('welcome-board').count()).toBe(0);
    const emptyBoard = facilitator.page.getByTestId('welcome-board');
    expect(await emptyBoard.innerText()).toContain('Nog geen briefjes.');
    expect((await emptyBoard.boundingBox())!.height).toBeLessThan(160);
    await screenshot(typed.page, '04a-phone-lobby-empty-board');
    await screenshot(facilitator.page, '05a-console-lobby-empty-board');

    // The facilitator writes on the welcome board; the projector and phones show it.
    await facilitator.page.getByRole('button', { name: 'Briefje toevoegen' }).click();
    await facilitator.page.getByRole('button', { name: 'Briefje bewerken' }).first().click();
    await facilitator.page
      .getByLabel('Tekst van het briefje')
      .fill('Welkom in De Schakel! Koffie staat achterin.');
    await facilitator.page.getByRole('button', { name: 'Klaar' }).click();
    for (const screen of [projector, ...phones]) {
      await expect
        .poll(() => screen.page.getByTestId('note').first().innerText())
        .toContain('Koffie staat achterin');
    }
    expect(await typed.page.getByTestId('welcome-board').count()).toBe(1);
    await screenshot(projector.page, '03-projector-lobby');
    await screenshot(typed.page, '04-phone-lobby');
    await screenshot(facilitator.page, '05-console-lobby');

    // Phones and projector have no editing controls for the board.
    expect(await typed.page.getByRole('button', { name: 'Briefje toevoegen' }).count()).toBe(0);
    expect(await seriousA11yViolations(typed.page)).toEqual([]);
    expect(await seriousA11yViolations(projector.page)).toEqual([]);

    // Next: themes. Every screen follows the room.
    await facilitator.page.getByTestId('next-phase').click();
    for (const screen of [projector, ...phones]) {
      await expect
        .poll(() => screen.page.getByTestId('phase-title').innerText())
        .toBe("De thema's");
    }
    await screenshot(projector.page, '06-projector-themes');
    await screenshot(scannedA.page, '07-phone-themes');

    // Jump to the break and start a 15-minute timer.
    await facilitator.page.locator('button[data-phase="break"]').click();
    await facilitator.page.getByRole('button', { name: '15 min' }).click();
    for (const screen of [projector, ...phones]) {
      await expect.poll(() => screen.page.getByTestId('phase-title').innerText()).toBe('Pauze');
      await expect.poll(() => screen.page.getByTestId('timer').isVisible()).toBe(true);
    }
    const shown = await Promise.all([projector, ...phones].map(timerSeconds));
    expect(Math.max(...shown) - Math.min(...shown)).toBeLessThanOrEqual(1);
    expect(Math.min(...shown)).toBeGreaterThan(14 * 60);
    // A screen reader hears Dutch with the right singular and plural.
    expect(await typed.page.getByRole('timer').innerText()).toMatch(
      /^(14 minuten en \d{1,2} (seconde|seconden)|15 minuten)$/,
    );
    // "Tijd stilzetten", not "Pauze": the phase right above the timer is called Pauze.
    await facilitator.page.getByRole('button', { name: 'Tijd stilzetten' }).click();
    await expect
      .poll(() => projector.page.getByTestId('timer').innerText())
      .toContain('De tijd staat stil');
    await screenshot(facilitator.page, '10a-console-clock-stopped');
    await facilitator.page.getByRole('button', { name: 'Tijd laten doorlopen' }).click();
    await expect.poll(() => projector.page.getByTestId('timer').innerText()).toContain('Tijd over');
    await screenshot(projector.page, '08-projector-break');
    await screenshot(scannedB.page, '09-phone-break');
    await screenshot(facilitator.page, '10-console-break');
    expect(await seriousA11yViolations(scannedB.page)).toEqual([]);
    expect(await seriousA11yViolations(projector.page)).toEqual([]);

    // A phone that reloads lands in the break, as the same participant.
    const before = await scannedA.page.getByText(/U doet mee als deelnemer \d+/).innerText();
    await scannedA.page.reload();
    await expect.poll(() => scannedA.page.getByTestId('phase-title').innerText()).toBe('Pauze');
    expect(await scannedA.page.getByText(/U doet mee als deelnemer \d+/).innerText()).toBe(before);
    await expect
      .poll(() => projector.page.getByTestId('attendee-count').innerText())
      .toBe('3 in de zaal');

    // A phone that loses the wifi while the room moves on catches up when it is back.
    await scannedB.context.setOffline(true);
    await expect
      .poll(() => scannedB.page.getByText('Geen verbinding').isVisible(), { timeout: 30_000 })
      .toBe(true);
    expect(await scannedB.page.getByTestId('offline-banner').innerText()).toContain(
      'Uw werk blijft bewaard',
    );
    await facilitator.page.locator('button[data-phase="choose"]').click();
    await expect
      .poll(() => projector.page.getByTestId('phase-title').innerText())
      .toBe('Kies een thema');
    await screenshot(scannedB.page, '12-phone-offline');
    await scannedB.context.setOffline(false);
    await expect
      .poll(() => scannedB.page.getByTestId('phase-title').innerText(), { timeout: 30_000 })
      .toBe('Kies een thema');
    await expect.poll(() => scannedB.page.getByText('Geen verbinding').isVisible()).toBe(false);
    // The break's clock belonged to the break: no screen carries it into "Kies een thema",
    // not even the phone that was offline when the phase changed.
    for (const screen of [facilitator, projector, ...phones]) {
      await expect.poll(() => screen.page.getByTestId('timer').count()).toBe(0);
    }
    await screenshot(projector.page, '12b-projector-choose-no-timer');

    // English is one tap away and remembered.
    await scannedA.page.getByRole('button', { name: 'EN' }).click();
    await expect
      .poll(() => scannedA.page.getByTestId('phase-title').innerText())
      .toBe('Choose a theme');
    await screenshot(scannedA.page, '11-phone-choose-english');

    // At 200 % zoom (half the CSS width) nothing needs sideways scrolling.
    const zoomed = await openScreen(
      hall.browser,
      { ...PHONE, viewport: { width: 195, height: 422 } },
      `${hall.server.url}/j/${code}`,
    );
    hall.screens.push(zoomed);
    await expect
      .poll(() => zoomed.page.getByTestId('phase-title').innerText())
      .toBe('Kies een thema');
    const overflow = await zoomed.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    await screenshot(zoomed.page, '13-phone-200-percent');
    expect(overflow).toBeLessThanOrEqual(0);

    // The projector losing the wifi says so to the hall without promising to keep anyone's work.
    await projector.context.setOffline(true);
    await expect
      .poll(() => projector.page.getByTestId('offline-banner').isVisible(), { timeout: 30_000 })
      .toBe(true);
    expect(await projector.page.getByTestId('offline-banner').innerText()).toBe(
      'Dit scherm heeft even geen verbinding. Het probeert het vanzelf opnieuw.',
    );
    await screenshot(projector.page, '14-projector-offline');
    await projector.context.setOffline(false);
    await expect
      .poll(() => projector.page.getByTestId('offline-banner').count(), { timeout: 30_000 })
      .toBe(0);

    for (const screen of hall.screens) expect(screen.errors).toEqual([]);
  });
});
