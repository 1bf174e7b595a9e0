/**
 * Issue 11, item 16: in the return console, starting an agenda item and the clock are two
 * things. The clock of the running item sits in its own box with its own words; restarting a
 * running clock asks first; a console that follows can change nothing, its minutes box included.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cleanUp } from '../helpers/integration/helpers.js';
import { useHall } from '../helpers/e2e/browser.js';
import { snapshot } from '../helpers/e2e/room.js';
import { openConsole, returnMeeting } from '../helpers/e2e/lead-setup.js';

afterEach(cleanUp);

const clock = (page: Page) => page.getByTestId('slot-clock');
/** The clock's "m:ss" as the console shows it. */
const shown = async (page: Page) =>
  /\d+:\d\d/.exec(await clock(page).innerText())?.[0] ?? 'no clock';

describe('the clock of a return meeting’s agenda item', () => {
  const hall = useHall();

  it('is apart from the agenda, asks before a restart, and is read-only for followers', async () => {
    const { meeting, facilitatorToken, henkToken } = await returnMeeting(hall);
    const f = (await openConsole(hall, meeting.id, facilitatorToken)).page;
    const h = (await openConsole(hall, meeting.id, henkToken)).page;
    await f.getByTestId('agenda-save').click();
    await expect.poll(() => f.getByTestId('agenda-item').count()).toBe(1);
    // Starting the first item is "Beginnen"; no clock button says that.
    expect(await f.getByTestId('agenda-next').innerText()).toBe('Beginnen');
    await f.getByTestId('agenda-next').click();
    await expect.poll(() => shown(f)).toMatch(/^(10:00|9:5\d)$/);

    // The clock has its own box, heading and words; Volgende/Afsluiten are not in it.
    const box = clock(f);
    expect(await box.getByRole('heading').innerText()).toBe('Klok van dit punt');
    expect(await box.getByRole('button').allInnerTexts()).toEqual([
      'Klok stilzetten',
      '+1 min',
      '+5 min',
      'Klok stoppen',
      'Klok opnieuw beginnen',
    ]);
    expect(await box.getByTestId('agenda-close').count()).toBe(0);
    expect(await f.getByTestId('slot-clock-minutes').inputValue()).toBe('10');
    const gap = await f.evaluate(() => {
      const close = document.querySelector('[data-testid="agenda-close"]')!;
      const box = document.querySelector('[data-testid="slot-clock"]')!;
      return box.getBoundingClientRect().top - close.getBoundingClientRect().bottom;
    });
    expect(gap).toBeGreaterThanOrEqual(12);

    // A restart while the clock runs asks first; "Nee" keeps the time that runs.
    await f.getByTestId('slot-clock-minutes').fill('3');
    await f.getByTestId('slot-clock-restart').click();
    const question = f.getByText('De klok loopt nog. Opnieuw beginnen met 3 minuten?', {
      exact: false,
    });
    await expect.poll(() => question.count()).toBe(1);
    await snapshot(f, '182-slot-clock-restart-question');
    await f.getByRole('button', { name: 'Nee, laat de klok lopen' }).click();
    expect(await question.count()).toBe(0);
    expect(await shown(f)).toMatch(/^(10:00|9:\d\d)$/);
    // "Ja" starts it again with the chosen minutes; the follower's console sees it too.
    await f.getByTestId('slot-clock-restart').click();
    await f.getByTestId('slot-clock-restart-confirm').click();
    await expect.poll(() => shown(f)).toMatch(/^(3:00|2:5\d)$/);
    await expect.poll(() => shown(h)).toMatch(/^(3:00|2:5\d)$/);
    // The agenda item did not change: still the first, still "Nu bezig".
    expect(
      await f.locator('[data-testid="agenda-item"][data-current="yes"]').innerText(),
    ).toContain('Nu bezig');

    // Henk follows: he sees the clock, and can change nothing, not even the minutes box.
    await expect.poll(() => clock(h).count()).toBe(1);
    expect(await h.getByTestId('slot-clock-minutes').isDisabled()).toBe(true);
    expect(await clock(h).locator('button:enabled').count()).toBe(0);
    expect(await clock(h).getByText('Deze knoppen veranderen alleen de klok').count()).toBe(0);
    await snapshot(f, '183-slot-clock-leader');
    await snapshot(h, '184-slot-clock-follower');
    for (const screen of hall.screens) expect(screen.errors).toEqual([]);
  });
});
