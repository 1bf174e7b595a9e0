/**
 * Moving a note on the welcome board without dragging (WCAG 2.5.7, issue 11 item 24): a
 * facilitator with a shaky hand or a touchpad that will not hold a drag chooses "Verplaatsen" and
 * taps the new spot; the projector shows the note there.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cleanUp } from '../helpers/integration/helpers.js';
import { screenshot, seriousA11yViolations, useHall } from '../helpers/e2e/browser.js';
import { openStaffScreens, preparedMeeting } from '../helpers/e2e/room.js';

const SOON = { timeout: 15_000 };

afterEach(cleanUp);

/** Where a note sits on its board, as fractions of the board's width and height. */
const placeOf = (page: Page) =>
  page.getByTestId('welcome-board').evaluate((board) => {
    const surface = board.querySelector('[data-testid="board-surface"]')!.getBoundingClientRect();
    const note = board.querySelector('[data-testid="note"]')!.getBoundingClientRect();
    return {
      x: Math.round(((note.left - surface.left) / surface.width) * 100) / 100,
      y: Math.round(((note.top - surface.top) / surface.height) * 100) / 100,
    };
  });

describe('the welcome board', () => {
  const hall = useHall();

  it('moves a note with "Verplaatsen" and one tap on the new spot', async () => {
    const meeting = await preparedMeeting(hall, ['Elkaar ontmoeten']);
    const { regie, projector } = await openStaffScreens(hall, meeting);
    const r = regie.page;
    await r.getByRole('button', { name: 'Briefje toevoegen' }).click();
    await expect.poll(() => projector.page.getByTestId('note').count(), SOON).toBe(1);
    const before = await placeOf(r);
    expect(before.x).toBeLessThan(0.2);

    await r.getByRole('button', { name: 'Verplaatsen', exact: true }).click();
    expect(
      await r
        .getByRole('button', { name: 'Verplaatsen', exact: true })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    await expect
      .poll(() => r.getByRole('status').filter({ hasText: 'Tik op de plek' }).count(), SOON)
      .toBe(1);
    await screenshot(r, 'board-move-choose-spot');

    // One click, no drag: the note's corner lands where the pointer touched the board.
    const board = r.getByTestId('board-surface');
    const surface = (await board.boundingBox())!;
    const spot = (x: number, y: number) => ({
      position: { x: surface.width * x, y: surface.height * y },
    });
    await board.click(spot(0.6, 0.5));
    await expect.poll(() => placeOf(r), SOON).toEqual({ x: 0.6, y: 0.5 });
    await expect.poll(() => placeOf(projector.page), SOON).toEqual({ x: 0.6, y: 0.5 });
    expect(await r.getByRole('status').filter({ hasText: 'Tik op de plek' }).count()).toBe(0);
    await screenshot(projector.page, 'board-move-projector');

    // Changing one's mind: "Niet verplaatsen" leaves the note where it is, and so does a tap
    // after that.
    await r.getByRole('button', { name: 'Verplaatsen', exact: true }).click();
    await r.getByRole('button', { name: 'Niet verplaatsen' }).click();
    await board.click(spot(0.3, 0.1));
    expect(await placeOf(r)).toEqual({ x: 0.6, y: 0.5 });
    expect(await seriousA11yViolations(r)).toEqual([]);
  });
});
