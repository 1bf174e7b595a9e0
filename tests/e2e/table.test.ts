import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createMeeting, joinMeeting } from '../helpers/server.js';
import { cleanUp, connectSocket } from '../helpers/integration/helpers.js';
import type { ClientSocket } from '../helpers/integration/helpers.js';
import { ok, participantIdOf, publishedTheme, themeInput } from '../helpers/integration/evening.js';
import {
  PHONE,
  PROJECTOR,
  openScreen,
  screenshot,
  seriousA11yViolations,
  useHall,
} from '../helpers/e2e/browser.js';
import type { Hall, Screen } from '../helpers/e2e/browser.js';

/** An older, small phone: the canvas must stay readable and tappable on it. */
const SMALL_PHONE = { ...PHONE, viewport: { width: 360, height: 740 } };

const NEED = 'Een aanhanger om de plantenbakken te brengen';
const OFFLINE_NOTE = 'Ik help met water geven in de zomer';
const RELOADED_NOTE = 'Mijn buurman heeft gereedschap';

/** Attendees without a browser, so the room has two real tables of 4–7. */
async function socketAttendee(hall: Hall, code: string): Promise<ClientSocket> {
  const joined = await joinMeeting(hall.server.url, code);
  return connectSocket(hall.server.url, joined.key);
}

const notesWith = (page: Page, text: string) =>
  page.getByTestId('canvas-note-text').filter({ hasText: text }).count();

const statusOf = (page: Page, text: string) =>
  page
    .getByTestId('canvas-note')
    .filter({ hasText: text })
    .getByTestId('canvas-note-status')
    .getAttribute('data-status');

async function keyOf(screen: Screen, code: string): Promise<string> {
  const key = await screen.page.evaluate(
    (name) => localStorage.getItem(name),
    `buurtkracht.key.${code}`,
  );
  if (!key) throw new Error('phone has no key');
  return key;
}

describe('at the table: where to sit, the canvas, offline notes, the room message', () => {
  const hall = useHall();
  afterEach(cleanUp);

  it('sends two phones to their table, shares notes and keeps an offline note exactly once', async () => {
    const created = await createMeeting(hall.server.url);
    const code = created.meeting.joinCode;
    const regie = await connectSocket(hall.server.url, created.facilitatorToken);
    const green = await publishedTheme(regie, themeInput('Groen in de buurt'));
    const meals = await publishedTheme(regie, themeInput('Samen eten'));

    const projector = await openScreen(
      hall.browser,
      PROJECTOR,
      `${hall.server.url}/b#${created.projectorToken}`,
    );
    const phones = [
      await openScreen(hall.browser, SMALL_PHONE, `${hall.server.url}/j/${code}`),
      await openScreen(hall.browser, SMALL_PHONE, `${hall.server.url}/j/${code}`),
    ];
    hall.screens.push(projector, ...phones);
    const [ans, bert] = phones.map((phone) => phone.page);
    for (const page of [ans, bert]) {
      await expect.poll(() => page.getByTestId('phase-title').innerText()).toBe('Welkom');
    }

    // Everyone chooses: the two phones and three others want green, four want to eat together.
    ok(await regie.emitWithAck('phase:set', { phase: 'choose' }));
    for (const page of [ans, bert]) {
      await expect.poll(() => page.getByTestId('choose-first').count()).toBe(2);
      await page.getByText('Groen in de buurt').first().click();
      await expect
        .poll(() => page.getByTestId('choice-status').innerText())
        .toContain('Opgeslagen');
    }
    for (const theme of [green, green, green, meals, meals, meals, meals]) {
      const other = await socketAttendee(hall, code);
      ok(await other.emitWithAck('preference:set', { first: theme.id, second: null }));
    }

    // The Regie proposes, names the green table and confirms; then the tables start.
    const proposal = ok(await regie.emitWithAck('groups:propose', {}));
    expect(proposal.groups).toHaveLength(2);
    const greenTable = proposal.groups.find((group) => group.themeId === green.id)!;
    const mealTable = proposal.groups.find((group) => group.themeId === meals.id)!;
    ok(
      await regie.emitWithAck('group:rename', {
        groupId: greenTable.id,
        tableName: 'bij het raam',
      }),
    );
    ok(await regie.emitWithAck('phase:set', { phase: 'subgroups' }));
    await expect.poll(() => ans.getByTestId('grouping-wait').isVisible()).toBe(true);
    await screenshot(ans, '50-phone-grouping-wait');
    ok(await regie.emitWithAck('groups:confirm', {}));
    ok(await regie.emitWithAck('timer:control', { action: 'start', durationMs: 20 * 60_000 }));

    // Both phones are told where to go, big and clear.
    const go = `Ga naar tafel ${greenTable.tableNumber}, bij het raam`;
    for (const page of [ans, bert]) {
      await expect.poll(() => page.getByTestId('table-go').innerText()).toBe(go);
      expect(await page.getByTestId('table-theme').innerText()).toBe('Thema: Groen in de buurt');
      expect(await page.getByTestId('table-members').locator('li').count()).toBe(4);
      await expect.poll(() => page.getByTestId('canvas').isVisible()).toBe(true);
    }
    expect(await ans.getByTestId('table-members').innerText()).toMatch(/deelnemer \d+/);

    // The hall's screen lists the tables so people find theirs.
    await expect.poll(() => projector.page.getByTestId('projected-table').count()).toBe(2);
    const rows = await projector.page.getByTestId('projected-table').allInnerTexts();
    expect(rows.join('\n')).toContain(`Tafel ${greenTable.tableNumber}`);
    expect(rows.join('\n')).toContain('Groen in de buurt');
    expect(rows.join('\n')).toContain('(bij het raam)');
    expect(rows.join('\n')).toContain(`Tafel ${mealTable.tableNumber}`);
    expect(await projector.page.getByTestId('timer').isVisible()).toBe(true);
    await screenshot(projector.page, '51-projector-tables');
    expect(await seriousA11yViolations(projector.page)).toEqual([]);

    // A first name shows only at the table.
    await ans.getByTestId('table-name').fill('Ans');
    await ans.getByTestId('table-name-save').click();
    await expect.poll(() => bert.getByTestId('table-members').innerText()).toContain('Ans');

    // One phone writes; the other sees it.
    await ans.getByTestId('canvas-add-text-needs').fill(NEED);
    await ans.getByTestId('canvas-add-needs').click();
    await expect.poll(() => notesWith(bert, NEED)).toBe(1);
    expect(await bert.getByTestId('canvas-needs').getByText(NEED).isVisible()).toBe(true);
    await expect.poll(() => statusOf(ans, NEED)).toBe('sent');
    await screenshot(ans, '52-phone-canvas');
    expect(await seriousA11yViolations(ans)).toEqual([]);

    // Without wifi, a note stays on the phone as "nog niet verstuurd".
    await phones[1].context.setOffline(true);
    await expect.poll(() => bert.getByTestId('canvas-offline').isVisible()).toBe(true);
    await bert.getByTestId('canvas-add-text-helpers').fill(OFFLINE_NOTE);
    await bert.getByTestId('canvas-add-helpers').click();
    await expect.poll(() => statusOf(bert, OFFLINE_NOTE)).toBe('unsent');
    expect(
      await bert.getByTestId('canvas-note').filter({ hasText: OFFLINE_NOTE }).innerText(),
    ).toContain('nog niet verstuurd');
    await screenshot(bert, '53-phone-canvas-offline');
    await ans.waitForTimeout(1000);
    expect(await notesWith(ans, OFFLINE_NOTE)).toBe(0);

    // Back online: stored, and at the other phone exactly once.
    await phones[1].context.setOffline(false);
    await expect.poll(() => statusOf(bert, OFFLINE_NOTE), { timeout: 30_000 }).toBe('sent');
    await expect.poll(() => notesWith(ans, OFFLINE_NOTE), { timeout: 30_000 }).toBe(1);
    await ans.waitForTimeout(1500); // a second copy would have arrived by now
    expect(await notesWith(ans, OFFLINE_NOTE)).toBe(1);
    expect(await notesWith(bert, OFFLINE_NOTE)).toBe(1);
    expect(await bert.getByTestId('canvas-offline').count()).toBe(0);

    // A note written while the table cannot be reached survives a reload of the page.
    let blocked = true;
    await phones[1].context.routeWebSocket(/\/collab\//, (ws) => {
      if (blocked) ws.close({ code: 1011, reason: 'test: no table connection' });
      else ws.connectToServer();
    });
    await bert.reload();
    await expect.poll(() => bert.getByTestId('canvas-offline').isVisible()).toBe(true);
    await bert.getByTestId('canvas-add-text-how').fill(RELOADED_NOTE);
    await bert.getByTestId('canvas-add-how').click();
    await expect.poll(() => statusOf(bert, RELOADED_NOTE)).toBe('unsent');
    await bert.waitForTimeout(300); // IndexedDB writes in the background
    await bert.reload();
    await expect.poll(() => notesWith(bert, RELOADED_NOTE)).toBe(1);
    expect(await statusOf(bert, RELOADED_NOTE)).toBe('unsent');
    blocked = false;
    await bert.reload();
    await expect.poll(() => statusOf(bert, RELOADED_NOTE), { timeout: 30_000 }).toBe('sent');
    await expect.poll(() => notesWith(ans, RELOADED_NOTE), { timeout: 30_000 }).toBe(1);
    for (const page of [ans, bert]) {
      expect(await notesWith(page, NEED)).toBe(1);
      expect(await notesWith(page, OFFLINE_NOTE)).toBe(1);
    }

    // The facilitator's message reaches every phone and the hall's screen; a phone may close it.
    ok(await regie.emitWithAck('message:send', { text: 'Nog 5 minuten' }));
    for (const page of [ans, bert, projector.page]) {
      await expect
        .poll(() => page.getByTestId('room-message-text').innerText())
        .toBe('Nog 5 minuten');
    }
    await screenshot(ans, '54-phone-room-message');
    await screenshot(projector.page, '54-projector-room-message');
    await ans.getByTestId('room-message-close').click();
    expect(await ans.getByTestId('room-message').count()).toBe(0);
    expect(await bert.getByTestId('room-message').isVisible()).toBe(true);

    // Moved to the other table, a phone loses the old canvas and gets the new table.
    const bertId = await participantIdOf(hall.server, await keyOf(phones[1], code));
    ok(await regie.emitWithAck('group:move', { participantId: bertId, groupId: mealTable.id }));
    await expect
      .poll(() => bert.getByTestId('table-go').innerText())
      .toBe(`Ga naar tafel ${mealTable.tableNumber}`);
    expect(await bert.getByTestId('table-theme').innerText()).toBe('Thema: Samen eten');
    await expect.poll(() => notesWith(bert, NEED)).toBe(0);
    await expect.poll(() => bert.getByTestId('canvas').isVisible()).toBe(true);
    await screenshot(bert, '55-phone-moved');

    for (const screen of hall.screens) expect(screen.errors).toEqual([]);
  });
});
