import { describe, expect, it } from 'vitest';
import { ORGANISER_TOKEN } from '../helpers/server.js';
import {
  LAPTOP,
  PHONE,
  openScreen,
  screenshot,
  seriousA11yViolations,
  useHall,
} from '../helpers/e2e/browser.js';
import { dateIn, fillDate } from '../helpers/e2e/date-field.js';

describe('a date field in a Dutch page on an English laptop', () => {
  const hall = useHall();

  it('asks day, month by name and year in the page language, and refuses a day that does not exist', async () => {
    // The organiser's laptop is set to American English: the browser's own date input would
    // show mm/dd/yyyy in this Dutch page.
    const organiser = await openScreen(
      hall.browser,
      { ...LAPTOP, locale: 'en-US' },
      `${hall.server.url}/organiser#${ORGANISER_TOKEN}`,
    );
    hall.screens.push(organiser);
    const page = organiser.page;
    const field = page.getByRole('group', { name: 'Datum' });
    await expect.poll(() => field.isVisible()).toBe(true);
    expect(await page.locator('input[type="date"]').count()).toBe(0);
    const months = await field.getByLabel('Maand').locator('option').allInnerTexts();
    expect(months.slice(1)).toEqual([
      'januari',
      'februari',
      'maart',
      'april',
      'mei',
      'juni',
      'juli',
      'augustus',
      'september',
      'oktober',
      'november',
      'december',
    ]);
    // It starts on today's date, as before.
    expect(await dateIn(field)).toBe(new Date().toISOString().slice(0, 10));

    await page.getByLabel('Naam van de bijeenkomst').fill('Wijkavond De Schakel');
    await page.getByLabel('Plaats').fill('Dorpshuis De Schakel');
    await fillDate(field, '2027-02-31');
    await expect
      .poll(() => field.locator('.error').innerText())
      .toContain('Deze datum bestaat niet');
    await page.getByRole('button', { name: 'Bijeenkomst maken' }).click();
    // Not sent: the browser's check stops at the day.
    expect(await page.getByTestId('meeting-links').count()).toBe(0);
    expect(
      await field.getByLabel('Dag').evaluate((input: HTMLInputElement) => input.validity.valid),
    ).toBe(false);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, '15-organiser-date-impossible');

    await fillDate(field, '2026-12-01');
    await expect.poll(() => field.locator('.error').count()).toBe(0);
    await page.getByRole('button', { name: 'Bijeenkomst maken' }).click();
    await expect.poll(() => page.getByTestId('meeting-links').isVisible()).toBe(true);
    const consoleUrl = await page.locator('#console-url').inputValue();
    const regie = await openScreen(hall.browser, { ...LAPTOP, locale: 'en-US' }, consoleUrl);
    hall.screens.push(regie);
    await expect
      .poll(() => regie.page.getByTestId('console-meeting-date').innerText())
      .toBe('dinsdag 1 december 2026 · Dorpshuis De Schakel');

    // In English the same boxes speak English.
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    const english = page.getByRole('group', { name: 'Date' });
    await expect
      .poll(() => english.getByLabel('Month').locator('option').nth(3).innerText())
      .toBe('March');
    await screenshot(page, '16-organiser-date-english');

    // On a phone the three boxes sit side by side without sideways scrolling.
    const phone = await openScreen(
      hall.browser,
      { ...PHONE, locale: 'en-US' },
      `${hall.server.url}/organiser#${ORGANISER_TOKEN}`,
    );
    hall.screens.push(phone);
    const phoneField = phone.page.getByRole('group', { name: 'Datum' });
    await expect.poll(() => phoneField.isVisible()).toBe(true);
    const boxes = await Promise.all(
      ['Dag', 'Maand', 'Jaar'].map((label) => phoneField.getByLabel(label).boundingBox()),
    );
    expect(new Set(boxes.map((box) => Math.round(box!.y))).size).toBe(1);
    expect(
      await phone.page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBeLessThanOrEqual(0);
    await screenshot(phone.page, '17-phone-organiser-date');

    for (const screen of hall.screens) expect(screen.errors).toEqual([]);
  });
});
