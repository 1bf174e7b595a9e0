/**
 * Label in name (WCAG 2.5.3, issue 11 item 24): someone who uses speech control says what they
 * see ("Werkgroep starten"), so every button and link whose name is longer than its words on
 * screen starts with those words.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cleanUp } from '../helpers/integration/helpers.js';
import { LAPTOP, openScreen, useHall } from '../helpers/e2e/browser.js';
import { returnMeetingReady } from '../helpers/e2e/return-room-setup.js';

const SOON = { timeout: 15_000 };

afterEach(cleanUp);

/** Buttons and links whose accessible name does not start with the words they show. */
const mismatches = (page: Page) =>
  page.$$eval('button[aria-label], a[aria-label]', (controls) =>
    controls
      .map((control) => ({
        shown: (control as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
        name: control.getAttribute('aria-label') ?? '',
      }))
      // Icons such as ↑ carry no words to speak.
      .filter(({ shown }) => /\p{L}/u.test(shown))
      .filter(({ shown, name }) => !name.toLowerCase().startsWith(shown.toLowerCase())),
  );

describe('the names of buttons and links', () => {
  const hall = useHall();

  it('start with the words on screen', async () => {
    const { meeting, henkToken, evening, memberToken } = await returnMeetingReady(hall);
    const base = hall.server.url;
    const screen = await openScreen(hall.browser, LAPTOP, 'about:blank');
    hall.screens.push(screen);
    const page = screen.page;
    const found: { where: string; shown: string; name: string }[] = [];
    const look = async (where: string) => {
      for (const wrong of await mismatches(page)) found.push({ where, ...wrong });
    };

    await page.goto(`${base}/kopgroep#${henkToken}`);
    await expect.poll(() => page.getByRole('link', { name: /^Leiden/ }).count(), SOON).toBe(1);
    // A speech user says "Plan bekijken" and reaches the werkgroep's plan.
    await expect
      .poll(() => page.getByRole('button', { name: /^Plan bekijken/ }).count(), SOON)
      .toBeGreaterThan(0);
    await look('kopgroep');

    await page.goto(`${base}/r#${evening.created.facilitatorToken}`);
    await page.getByTestId('console-tab-signups').click();
    await expect
      .poll(
        () => page.getByRole('button', { name: 'Nieuwe link voor Anna de Vries' }).count(),
        SOON,
      )
      .toBe(1);
    await look('regie-signups');
    await page.getByTestId('console-tab-coregroup').click();
    await expect
      .poll(() => page.getByRole('button', { name: 'Link intrekken van Henk' }).count(), SOON)
      .toBe(1);
    await look('regie-coregroup');

    await page.goto(`${base}/leiden/${meeting.id}#${henkToken}`);
    await expect
      .poll(() => page.getByRole('button', { name: /^Omlaag: / }).count(), SOON)
      .toBeGreaterThan(0);
    await look('leiden');

    await page.goto(`${base}/werkgroep#${memberToken}`);
    await expect
      .poll(() => page.getByRole('button', { name: 'Weghalen: actie 1' }).count(), SOON)
      .toBe(1);
    await look('werkgroep');

    expect(found).toEqual([]);
  });
});
