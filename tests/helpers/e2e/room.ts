/**
 * Shared steps for end-to-end tests that play the room in the browser: a prepared meeting, the
 * Regie and the projector, phones that join by the QR link, and what a phone does at the table.
 * Set-up that no person sees (themes written the day before) goes over Socket.IO; everything
 * the people in the room do goes through the pages.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { CanvasSection, StaffTheme } from '../../../shared/model.js';
import { createMeeting } from '../server.js';
import { connectSocket } from '../integration/helpers.js';
import type { ClientSocket } from '../integration/helpers.js';
import { publishedTheme, themeInput } from '../integration/evening.js';
import { LAPTOP, PHONE, PROJECTOR, openScreen, screenshot } from './browser.js';
import type { Hall, Screen } from './browser.js';

/** An older, small phone: what many residents bring. */
export const SMALL_PHONE = { ...PHONE, viewport: { width: 360, height: 740 } };

export interface PreparedMeeting {
  created: Awaited<ReturnType<typeof createMeeting>>;
  code: string;
  /** The Regie's own socket, for set-up only; needs `afterEach(cleanUp)` in the test file. */
  regie: ClientSocket;
  themes: StaffTheme[];
}

/** A meeting with these themes published, as the facilitator prepared it the day before. */
export async function preparedMeeting(hall: Hall, titles: string[]): Promise<PreparedMeeting> {
  const created = await createMeeting(hall.server.url);
  const regie = await connectSocket(hall.server.url, created.facilitatorToken);
  const themes: StaffTheme[] = [];
  for (const title of titles) themes.push(await publishedTheme(regie, themeInput(title)));
  return { created, code: created.meeting.joinCode, regie, themes };
}

/** Opens the Regie on a laptop and the hall's screen, both registered with the hall. */
export async function openStaffScreens(
  hall: Hall,
  meeting: PreparedMeeting,
): Promise<{ regie: Screen; projector: Screen }> {
  const url = hall.server.url;
  const { facilitatorToken, projectorToken } = meeting.created;
  const regie = await openScreen(hall.browser, LAPTOP, `${url}/r#${facilitatorToken}`);
  const projector = await openScreen(hall.browser, PROJECTOR, `${url}/b#${projectorToken}`);
  hall.screens.push(regie, projector);
  return { regie, projector };
}

/** Phones that open the QR link, alternating a common and a small phone, in the lobby. */
export async function joinPhones(hall: Hall, code: string, count: number): Promise<Screen[]> {
  const phones: Screen[] = [];
  for (let i = 0; i < count; i++) {
    const device = i % 2 === 0 ? PHONE : SMALL_PHONE;
    const phone = await openScreen(hall.browser, device, `${hall.server.url}/j/${code}`);
    hall.screens.push(phone);
    phones.push(phone);
  }
  for (const { page } of phones) {
    await expect.poll(() => page.getByTestId('phase-title').innerText()).toBe('Welkom');
    // The first screen shows from the join's answer; the live step follows once connected.
    await page.getByTestId('phase-news').waitFor({ state: 'attached' });
  }
  return phones;
}

/** Moves the evening on by the Regie's phase list, as the facilitator does. */
export async function regiePhase(regie: Page, phase: string, title: string): Promise<void> {
  await regie.locator(`button[data-phase="${phase}"]`).click();
  await expect.poll(() => regie.getByTestId('console-phase').innerText()).toBe(title);
}

/** Taps a first and a second theme on the phone's choice form and waits until it is stored. */
export async function chooseOnPhone(page: Page, first: string, second: string): Promise<void> {
  const group = (which: 'first' | 'second') =>
    page.locator('fieldset').filter({ has: page.getByTestId(`choose-${which}`) });
  await group('first').getByText(first, { exact: true }).tap();
  await group('second').getByText(second, { exact: true }).tap();
  const checked = (which: 'first' | 'second') =>
    group(which)
      .locator('input:checked')
      .evaluate((input) => input.parentElement?.innerText);
  await expect.poll(() => checked('second')).toBe(second);
  expect(await checked('first')).toBe(first);
  await expect.poll(() => page.getByTestId('choice-status').innerText()).toContain('Opgeslagen');
}

/** Writes a note under one of the canvas questions. */
export async function writeNote(page: Page, section: CanvasSection, text: string): Promise<void> {
  await page.getByTestId(`canvas-add-text-${section}`).fill(text);
  await page.getByTestId(`canvas-add-${section}`).tap();
}

/** How many notes with this text the phone's canvas shows. */
export const notesWith = (page: Page, text: string) =>
  page.getByTestId('canvas-note-text').filter({ hasText: text }).count();

/** "sent" or "unsent", as the note of this text is marked on the phone that wrote it. */
export const statusOf = (page: Page, text: string) =>
  page
    .getByTestId('canvas-note')
    .filter({ hasText: text })
    .getByTestId('canvas-note-status')
    .getAttribute('data-status');

/** How often a text occurs in everything the page shows. */
export async function occurrences(page: Page, text: string): Promise<number> {
  const shown = await page.locator('body').innerText();
  return shown.split(text).length - 1;
}

/**
 * A full-page screenshot taken from the top: sticky bars (the Regie's tabs, the phone's
 * "geen verbinding") would otherwise be drawn where the test last scrolled to.
 */
export async function snapshot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
}
