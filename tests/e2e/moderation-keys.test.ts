/**
 * The Regie's one-key moderation shortcuts (WCAG 2.1.4): they act only while focus is inside
 * the list of aanvullingen, a visible switch turns them off (remembered on the laptop), and a
 * rejected addition can be put back with "Ongedaan maken" (the button, or u in the list).
 * Residents' phones send the additions over Socket.IO; the facilitator works in the browser.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { nl } from '../../shared/i18n/nl.js';
import { cleanUp } from '../helpers/integration/helpers.js';
import { additionId, ok, phone, toPhase } from '../helpers/integration/evening.js';
import { openScreen, screenshot, seriousA11yViolations, useHall } from '../helpers/e2e/browser.js';
import { preparedMeeting } from '../helpers/e2e/room.js';

const SOON = { timeout: 15_000 };
const REGIE = { viewport: { width: 1280, height: 800 } };

afterEach(cleanUp);

const statusOf = (page: Page, text: string) =>
  page.evaluate(
    (wanted) =>
      [...document.querySelectorAll<HTMLElement>('[data-testid="addition-item"]')].find((li) =>
        li.textContent?.includes(wanted),
      )?.dataset.status ?? 'not in the list',
    text,
  );

/** The text of the addition whose item holds keyboard focus, or what has focus instead. */
const focusedItem = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    const item = active?.closest<HTMLElement>('[data-testid="addition-item"]');
    if (item) return item.querySelector('.text')?.textContent?.trim() ?? '';
    return `<${active?.tagName.toLowerCase()}> ${active?.getAttribute('data-testid') ?? ''}`;
  });

describe('moderation shortcuts on the Regie', () => {
  const hall = useHall();

  it('act only inside the list, can be switched off, and a rejection can be undone', async () => {
    const meeting = await preparedMeeting(hall, ['Elkaar ontmoeten']);
    await toPhase({ regie: meeting.regie }, 'recognition');
    const resident = await phone({ server: hall.server, joinCode: meeting.code });
    const texts = ['Meer bankjes in het park', 'Een buurtkamer', 'Vaker de bus naar de markt'];
    for (const text of texts) {
      ok(
        await resident.socket.emitWithAck('addition:send', {
          id: additionId(),
          themeId: null,
          text,
        }),
      );
    }

    const regie = await openScreen(
      hall.browser,
      REGIE,
      `${hall.server.url}/r#${meeting.created.facilitatorToken}`,
    );
    hall.screens.push(regie);
    const r = regie.page;
    await r.getByTestId('console-tab-additions').click();
    await expect.poll(() => r.getByTestId('addition-item').count(), SOON).toBe(3);

    // Focus on the tab: r, a and the arrows are ordinary keys there and decide nothing.
    await r.getByTestId('console-tab-additions').focus();
    for (const key of ['r', 'a', 'm', 'p', 'e', 'j', 'ArrowDown']) await r.keyboard.press(key);
    await r.waitForTimeout(700); // a decision would have come back from the server by now
    for (const text of texts) expect(await statusOf(r, text)).toBe('pending');
    expect(await r.getByTestId('addition-edit-text').count()).toBe(0);

    // Inside the list, r rejects the selected one and focus goes on to the next.
    await r.getByTestId('addition-item').first().locator('.select').focus();
    const first = await focusedItem(r);
    await r.keyboard.press('r');
    await expect.poll(() => statusOf(r, first), SOON).toBe('not in the list');
    const others = texts.filter((text) => text !== first);
    await expect.poll(async () => others.includes(await focusedItem(r))).toBe(true);
    const undo = r.getByTestId('moderation-undo-status');
    await expect.poll(() => undo.innerText()).toContain(`Afgewezen: "${first}"`);
    expect(await undo.getAttribute('role')).toBe('status');
    await screenshot(r, 'a11y-20-moderation-undo-1280');

    // "Ongedaan maken" puts it back as new, selected and focused.
    await r.getByTestId('moderation-undo-button').click();
    await expect.poll(() => statusOf(r, first), SOON).toBe('pending');
    await expect.poll(() => focusedItem(r)).toBe(first);
    expect(await undo.innerText()).toBe('');

    // The same by keyboard: r, then u brings it back.
    await r.keyboard.press('r');
    await expect.poll(() => statusOf(r, first), SOON).toBe('not in the list');
    await r.keyboard.press('u');
    await expect.poll(() => statusOf(r, first), SOON).toBe('pending');
    await expect.poll(() => focusedItem(r)).toBe(first);

    // A merge by keyboard (m, j, Enter) can be undone the same way.
    await r.keyboard.press('m');
    await r.keyboard.press('j');
    const into = await focusedItem(r);
    expect(into).not.toBe(first);
    await r.keyboard.press('Enter');
    await expect.poll(() => statusOf(r, first), SOON).toBe('not in the list');
    await expect.poll(() => undo.innerText()).toContain(`Samengevoegd: "${first}"`);
    await r.getByTestId('addition-item').first().locator('.select').focus();
    await r.keyboard.press('u');
    await expect.poll(() => statusOf(r, first), SOON).toBe('pending');
    expect(await r.getByTestId('addition-item').count()).toBe(3);
    expect(await r.getByTestId('moderation-list').innerText()).not.toContain('2× genoemd');

    // Switched off, letters in the list do nothing; the switch is remembered after a reload.
    await r.getByTestId('moderation-shortcuts-on').uncheck();
    expect(await r.getByText(nl.console.shortcutsOffHint).isVisible()).toBe(true);
    await r.getByTestId('addition-item').first().locator('.select').focus();
    for (const key of ['r', 'a', 'j']) await r.keyboard.press(key);
    await r.waitForTimeout(700);
    for (const text of texts) expect(await statusOf(r, text)).toBe('pending');
    await screenshot(r, 'a11y-20-moderation-shortcuts-off-1280');
    await r.reload();
    await r.getByTestId('console-tab-additions').click();
    await expect.poll(() => r.getByTestId('addition-item').count(), SOON).toBe(3);
    expect(await r.getByTestId('moderation-shortcuts-on').isChecked()).toBe(false);
    await r.getByTestId('moderation-shortcuts-on').check();

    // Approving with a: focus goes on to the next. The last one approved by its button leaves
    // an empty list, and focus on that list, not on the page body.
    await r.getByTestId('addition-item').first().locator('.select').focus();
    await r.keyboard.press('a');
    await expect.poll(() => r.getByTestId('addition-item').count(), SOON).toBe(2);
    await expect.poll(async () => texts.includes(await focusedItem(r))).toBe(true);
    await r.keyboard.press('a');
    await expect.poll(() => r.getByTestId('addition-item').count(), SOON).toBe(1);
    await r.getByTestId('addition-approve').click();
    await expect.poll(() => r.getByTestId('addition-item').count(), SOON).toBe(0);
    await expect.poll(() => focusedItem(r)).toBe('<div> moderation-list');
    await r.getByTestId('moderation-filter-all').click();
    for (const text of texts) expect(await statusOf(r, text)).toBe('approved');

    expect(await seriousA11yViolations(r)).toEqual([]);
    expect(regie.errors).toEqual([]);
  });
});
