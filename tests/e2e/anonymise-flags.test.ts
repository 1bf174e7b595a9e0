/**
 * The facilitator sees the anonymiser's harder findings (issue 11, item 19) marked in a theme's
 * quotes, initials, a house number with a letter, a street without a usual ending, an age in
 * brackets and a house described by where it is, and one click replaces them all.
 */
import { describe, expect, it } from 'vitest';
import { createMeeting } from '../helpers/server.js';
import { openScreen, screenshot, useHall } from '../helpers/e2e/browser.js';

const REGIE = { viewport: { width: 1280, height: 800 } };

describe('the anonymiser in the Regie', () => {
  const hall = useHall();

  it('marks initials, house-number additions, ages in brackets and described houses, and replaces them on request', async () => {
    const created = await createMeeting(hall.server.url);
    const regie = await openScreen(
      hall.browser,
      REGIE,
      `${hall.server.url}/r#${created.facilitatorToken}`,
    );
    hall.screens.push(regie);
    const r = regie.page;

    await r.getByTestId('console-tab-themes').click();
    await r.getByTestId('theme-new').click();
    await r.getByTestId('theme-title').fill('Zorgen voor elkaar');
    await r.getByTestId('theme-description').fill('Oudere bewoners hebben hulp nodig.');
    await r
      .getByTestId('theme-quote-0')
      .fill('H. de Groot van Achterom 22B helpt al jaren met de moestuin op de Brink.');
    await r.getByTestId('theme-add-quote').click();
    await r
      .getByTestId('theme-quote-1')
      .fill('Kees (82) woont in de flat boven de bakker, tweede links, en komt nooit buiten.');
    await r.getByTestId('theme-save').click();

    const marks = () =>
      r
        .getByTestId('flag-mark')
        .evaluateAll((els) =>
          els.map((el) => `${el.getAttribute('data-flag-class')}: ${el.firstChild?.textContent}`),
        );
    await expect
      .poll(marks)
      .toEqual([
        'name: H. de Groot',
        'address: Achterom 22B',
        'name: Kees',
        'age: 82',
        'house: de flat boven de bakker, tweede links',
      ]);
    await expect.poll(() => r.getByTestId('theme-publish').isDisabled()).toBe(true);
    await screenshot(r, 'anonymise-regie-flags-1280');

    await r.getByTestId('flag-accept-all').click();
    await expect.poll(() => r.getByTestId('flag-item').count()).toBe(0);
    const fields = () => r.locator('.field').allInnerTexts();
    await expect
      .poll(async () => (await fields()).join('\n'))
      .toContain('[naam] van [adres] helpt al jaren met de moestuin op de Brink.');
    const text = (await fields()).join('\n');
    expect(text).toContain('[naam] ([leeftijd]) woont in [woning], en komt nooit buiten.');
    for (const secret of ['de Groot', '22B', 'Kees', '82', 'bakker'])
      expect(text).not.toContain(secret);
    await expect.poll(() => r.getByTestId('theme-publish').isEnabled()).toBe(true);
    await screenshot(r, 'anonymise-regie-accepted-1280');
  });
});
