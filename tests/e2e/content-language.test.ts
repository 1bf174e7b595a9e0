/**
 * Language of parts (WCAG 3.1.2, issue 11 item 24): with the screen in English, what residents
 * wrote in Dutch (themes, quotes, notes, additions) is marked Dutch, so a screen reader reads
 * "Elkaar ontmoeten" with a Dutch voice instead of spelling it out in English.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { joinMeeting } from '../helpers/server.js';
import { cleanUp } from '../helpers/integration/helpers.js';
import { ok, publishedTheme, themeInput } from '../helpers/integration/evening.js';
import { PHONE, PROJECTOR, openScreen, screenshot, useHall } from '../helpers/e2e/browser.js';
import { preparedMeeting } from '../helpers/e2e/room.js';

const SOON = { timeout: 15_000 };

afterEach(cleanUp);

/** The language a screen reader uses for this element: the nearest lang attribute. */
const languageOf = (element: Locator) =>
  element.evaluate((node) => node.closest('[lang]')?.getAttribute('lang'));

describe('the language of what residents wrote', () => {
  const hall = useHall();

  it('is Dutch on an English phone and projector, while the rest is English', async () => {
    const meeting = await preparedMeeting(hall, []);
    const { code, regie } = meeting;
    const quote = 'Ik woon hier twee jaar en ken alleen de buren naast me.';
    const theme = await publishedTheme(regie, themeInput('Elkaar ontmoeten', [quote]));
    const base = hall.server.url;
    const phone = await openScreen(hall.browser, PHONE, 'about:blank');
    const projector = await openScreen(hall.browser, PROJECTOR, 'about:blank');
    hall.screens.push(phone, projector);
    const joined = await joinMeeting(base, code);
    for (const screen of [phone, projector]) {
      await screen.context.addInitScript(
        ([key, value]) => {
          localStorage.setItem('buurtkracht.locale', 'en');
          localStorage.setItem(key, value);
        },
        [`buurtkracht.key.${code}`, joined.key],
      );
    }
    ok(await regie.emitWithAck('phase:set', { phase: 'themes' }));
    ok(await regie.emitWithAck('focus:set', { themeId: theme.id }));
    await phone.page.goto(`${base}/j/${code}`);
    await projector.page.goto(`${base}/b#${meeting.created.projectorToken}`);

    for (const { page } of [phone, projector]) {
      const title = page.getByTestId('theme-title').first();
      await expect.poll(() => title.innerText(), SOON).toBe('Elkaar ontmoeten');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await languageOf(title)).toBe('nl');
      const shownQuote = page.getByTestId('theme-quote').first();
      expect(await shownQuote.innerText()).toContain('twee jaar');
      expect(await languageOf(shownQuote)).toBe('nl');
      // The app's own words stay English.
      expect(await languageOf(page.getByTestId('phase-title'))).toBe('en');
    }
    await screenshot(phone.page, 'lang-phone-theme-en');

    ok(await regie.emitWithAck('phase:set', { phase: 'choose' }));
    const first = phone.page
      .locator('fieldset')
      .filter({ has: phone.page.getByTestId('choose-first') });
    const option = first.getByText('Elkaar ontmoeten', { exact: true });
    await expect.poll(() => option.count(), SOON).toBe(1);
    expect(await languageOf(option)).toBe('nl');
  });
});
