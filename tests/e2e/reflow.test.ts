/**
 * Reflow (WCAG 1.4.10, issue 11 item 21): at 320 CSS pixels wide, and on a phone zoomed to 200 %
 * (a 195 px wide viewport), every screen reads top to bottom without scrolling sideways.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { joinMeeting } from '../helpers/server.js';
import { cleanUp } from '../helpers/integration/helpers.js';
import { ok } from '../helpers/integration/evening.js';
import { PHONE, openScreen, screenshot, useHall } from '../helpers/e2e/browser.js';
import { preparedMeeting } from '../helpers/e2e/room.js';
import { returnMeetingReady } from '../helpers/e2e/return-room-setup.js';

const SOON = { timeout: 15_000 };
const NARROW = { viewport: { width: 320, height: 800 } };
/** A 390 px phone with the text zoomed to 200 %. */
const ZOOMED_PHONE = { ...PHONE, viewport: { width: 195, height: 422 } };

afterEach(cleanUp);

/**
 * How far the page reaches past the right edge of the screen; 0 when it reflows. Measured against
 * the screen's own width, because a mobile browser widens innerWidth to fit a page that overflows.
 */
const sideways = (page: Page) =>
  page.evaluate((width) => {
    const root = document.scrollingElement ?? document.documentElement;
    return Math.max(0, root.scrollWidth - Math.min(window.innerWidth, width));
  }, page.viewportSize()?.width ?? 0);

describe('reflow on a narrow screen', () => {
  const hall = useHall();

  it('the Regie fits 320 px on every tab', async () => {
    const meeting = await preparedMeeting(hall, ['Terugkombijeenkomsten in het buurthuis']);
    const url = `${hall.server.url}/r#${meeting.created.facilitatorToken}`;
    const regie = await openScreen(hall.browser, NARROW, url);
    hall.screens.push(regie);
    const page = regie.page;
    const found: { tab: string; sideways: number }[] = [];
    await expect.poll(() => page.getByTestId('console-tab-evening').isVisible(), SOON).toBe(true);
    const tabs = [
      'evening',
      'themes',
      'additions',
      'tablehosts',
      'signups',
      'coregroup',
      'conversations',
    ];
    for (const tab of tabs) {
      await page.getByTestId(`console-tab-${tab}`).click();
      await expect
        .poll(() => page.getByTestId(`console-tab-${tab}`).getAttribute('aria-selected'))
        .toBe('true');
      await screenshot(page, `reflow-320-regie-${tab}`);
      found.push({ tab, sideways: await sideways(page) });
    }
    expect(found).toEqual(found.map(({ tab }) => ({ tab, sideways: 0 })));
  });

  it('the phone views fit a phone zoomed to 200 %', async () => {
    const meeting = await preparedMeeting(hall, [
      'Terugkombijeenkomsten in het buurthuis',
      'Verkeersveiligheid rond de basisschool',
    ]);
    const { code, regie } = meeting;
    const base = hall.server.url;
    const phone = await openScreen(hall.browser, ZOOMED_PHONE, `${base}/`);
    hall.screens.push(phone);
    const page = phone.page;
    const found: { view: string; sideways: number }[] = [];
    const check = async (view: string) => {
      await screenshot(page, `reflow-195-${view}`);
      found.push({ view, sideways: await sideways(page) });
    };

    // The start page, where a resident types the code from the projector.
    await expect.poll(() => page.locator('input').first().isVisible(), SOON).toBe(true);
    await check('home');

    const joined = await joinMeeting(base, code);
    await phone.context.addInitScript(
      ([name, key]) => localStorage.setItem(name, key),
      [`buurtkracht.key.${code}`, joined.key],
    );
    await page.goto(`${base}/j/${code}`);
    await expect.poll(() => page.getByTestId('phase-title').innerText(), SOON).toBe('Welkom');
    await check('join');

    ok(await regie.emitWithAck('phase:set', { phase: 'choose' }));
    await expect.poll(() => page.getByTestId('choose-first').count(), SOON).toBeGreaterThan(0);
    await check('choose');

    ok(await regie.emitWithAck('phase:set', { phase: 'signup' }));
    await expect.poll(() => page.getByTestId('signup-form').isVisible(), SOON).toBe(true);
    await check('signup');
    await page.getByTestId('signup-theme').selectOption(meeting.themes[0].id);
    await page.getByTestId('signup-name').fill('Wilhelmina van Oosterhout-Brinkman');
    await page.getByTestId('signup-email').fill('wilhelmina.vanoosterhout@voorbeeld.nl');
    await page.getByTestId('signup-consent-contact').check();
    await page.getByTestId('signup-submit').click();
    await expect.poll(() => page.getByTestId('signup-done').isVisible(), SOON).toBe(true);
    await check('signup-done');
    const link = (await page.getByTestId('signup-link').getAttribute('href')) ?? '';

    ok(await regie.emitWithAck('phase:set', { phase: 'results' }));
    await expect
      .poll(() => page.getByTestId('phase-title').innerText(), SOON)
      .toBe('De resultaten');
    await check('results');

    await page.goto(link);
    await expect.poll(() => page.locator('h1').first().isVisible(), SOON).toBe(true);
    await check('aanmelding');
    expect(found).toEqual(found.map(({ view }) => ({ view, sideways: 0 })));
  });

  it('the kopgroep page, the return console and the verslagen fit 320 px', async () => {
    const { meeting, henkToken, evening } = await returnMeetingReady(hall);
    const base = hall.server.url;
    const screen = await openScreen(hall.browser, NARROW, 'about:blank');
    hall.screens.push(screen);
    const page = screen.page;
    const found: { view: string; sideways: number }[] = [];
    const views = [
      ['kopgroep', `/kopgroep#${henkToken}`],
      ['return-console', `/leiden/${meeting.id}#${henkToken}`],
      ['return-verslag', `/terugkomverslag/${meeting.id}#${henkToken}`],
      ['verslag', `/verslag/${evening.created.meeting.id}#${evening.created.facilitatorToken}`],
    ];
    for (const [view, path] of views) {
      await page.goto(`${base}${path}`);
      await expect.poll(() => page.locator('h1').count(), SOON).toBeGreaterThan(0);
      // Let the page's data arrive: the words that overflowed are in it, not in the frame.
      await page.waitForLoadState('networkidle');
      await screenshot(page, `reflow-320-${view}`);
      found.push({ view, sideways: await sideways(page) });
    }
    expect(found).toEqual(found.map(({ view }) => ({ view, sideways: 0 })));
  });
});
