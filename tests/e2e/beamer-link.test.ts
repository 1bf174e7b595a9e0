/**
 * The Regie's Beamer link (issue 10): the server keeps it only as a hash, so the Regie makes a
 * new one to show it, with a QR code; the screen opened with the old link closes and says so.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cleanUp } from '../helpers/integration/helpers.js';
import {
  LAPTOP,
  PROJECTOR,
  openScreen,
  seriousA11yViolations,
  useHall,
} from '../helpers/e2e/browser.js';
import { preparedMeeting, snapshot } from '../helpers/e2e/room.js';

const SOON = { timeout: 15_000 };
const BROKEN = 'Deze link werkt niet. Vraag de begeleider om een nieuwe link.';
const CLOSED = 'Dit scherm is gesloten. Open het opnieuw met de nieuwe link.';

afterEach(cleanUp);

const beamerText = (page: Page) => page.getByTestId('beamer-link').innerText();
const linkOf = (page: Page) => page.locator('#projector-link').inputValue();

describe('the Beamer link on the Regie', () => {
  const hall = useHall();

  it('is made anew to be shown, and the screen with the old link closes', async () => {
    const url = hall.server.url;
    const meeting = await preparedMeeting(hall, ['Groen in de wijk']);
    const { facilitatorToken, projectorToken } = meeting.created;
    const regie = await openScreen(hall.browser, LAPTOP, `${url}/r#${facilitatorToken}`);
    const first = await openScreen(hall.browser, PROJECTOR, `${url}/b#${projectorToken}`);
    hall.screens.push(regie, first);
    await expect.poll(() => first.page.getByTestId('join-code').innerText(), SOON).toBeTruthy();

    // Not kept, so not shown: the Regie offers to make a new link, and says what that does.
    await expect.poll(() => beamerText(regie.page), SOON).toContain('Wij bewaren deze link niet');
    expect(await regie.page.locator('#projector-link').count()).toBe(0);
    await regie.page.getByTestId('beamer-reissue').click();
    await expect
      .poll(() => beamerText(regie.page), SOON)
      .toContain('De oude link werkt dan niet meer.');
    await snapshot(regie.page, '125-regie-beamer-confirm');
    await regie.page.getByTestId('beamer-reissue-confirm').click();

    // The new link with its QR code; the screen opened with the old one closes.
    await expect.poll(() => linkOf(regie.page), SOON).toMatch(/\/b#[A-Za-z0-9_-]{22}$/);
    const link = await linkOf(regie.page);
    expect(link).not.toContain(projectorToken);
    await expect.poll(() => regie.page.getByTestId('beamer-qr').count(), SOON).toBe(1);
    expect(await beamerText(regie.page)).toContain('U ziet deze link alleen nu.');
    await expect.poll(() => first.page.getByRole('status').first().innerText(), SOON).toBe(BROKEN);
    // Nothing of the meeting stays on the closed screen.
    expect(await first.page.getByTestId('projector-closed').innerText()).toBe(CLOSED);
    expect(await first.page.getByTestId('join-code').count()).toBe(0);
    await snapshot(regie.page, '126-regie-beamer-new-link');
    await snapshot(first.page, '127-beamer-old-link-closed');
    expect(await seriousA11yViolations(regie.page)).toEqual([]);

    // The new link opens the screen, as "Open het grote scherm" does.
    expect(await regie.page.getByTestId('beamer-open').getAttribute('href')).toBe(link);
    const second = await openScreen(hall.browser, PROJECTOR, link);
    hall.screens.push(second);
    await expect
      .poll(() => second.page.getByTestId('join-code').innerText(), SOON)
      .toContain(meeting.code.slice(0, 3));

    // Asked again, the Regie shows another link and that screen closes in turn.
    await regie.page.getByTestId('beamer-reissue').click();
    await regie.page.getByTestId('beamer-reissue-confirm').click();
    await expect.poll(() => linkOf(regie.page), SOON).not.toBe(link);
    await expect.poll(() => second.page.getByRole('status').first().innerText(), SOON).toBe(BROKEN);
    for (const screen of [regie, first, second]) expect(screen.errors).toEqual([]);
  });
});
