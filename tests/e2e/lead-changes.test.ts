/**
 * Issue 11, items 11 and 13, as the consoles show them: handing the lead back and forth costs
 * each open console one pushed message (no burst of requests that ran into "Te veel pogingen"),
 * and revoking a kopgroep member who leads gives the lead back to the facilitator while the
 * revoked page says one thing only.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { joinMeeting } from '../helpers/server.js';
import { cleanUp, connectSocket } from '../integration/helpers.js';
import { ok } from '../integration/evening.js';
import { signupInput, tokenOf } from '../integration/signup-helpers.js';
import { openScreen, useHall } from './browser.js';
import type { Hall, Screen } from './browser.js';
import { preparedMeeting, snapshot } from './room.js';

const CONSOLE = { viewport: { width: 1280, height: 800 } };
const YOU_LEAD = 'U leidt deze bijeenkomst.';
const FACILITATOR_LEADS = 'De begeleider leidt; u kijkt mee.';
const HENK_LEADS = 'Henk leidt; u kijkt mee.';

afterEach(cleanUp);

/** The evening after it ended: one werkgroep, Henk in the kopgroep, a return meeting. */
async function returnMeeting(hall: Hall) {
  const url = hall.server.url;
  const evening = await preparedMeeting(hall, ['Veilig verkeer']);
  const regie = evening.regie;
  ok(await regie.emitWithAck('phase:set', { phase: 'signup' }));
  const resident = await connectSocket(url, (await joinMeeting(url, evening.code)).key);
  const input = signupInput(evening.themes[0].id, {
    name: 'Anna de Vries',
    email: 'anna.lead@voorbeeld.nl',
    consents: { contact: true, shareName: true, news: false },
  });
  ok(await resident.emitWithAck('signup:create', input));
  ok(await regie.emitWithAck('workingGroup:create', { themeId: evening.themes[0].id }));
  const henk = ok(await regie.emitWithAck('coreGroup:invite', { name: 'Henk' }));
  const meeting = ok(
    await regie.emitWithAck('returnMeeting:create', {
      name: 'Terugkombijeenkomst voorjaar',
      date: '2027-03-10',
      place: 'Dorpshuis De Schakel',
    }),
  );
  return {
    regie,
    meeting,
    henkId: henk.member.id,
    facilitatorToken: evening.created.facilitatorToken,
    henkToken: tokenOf(henk.link),
  };
}

async function openConsole(hall: Hall, meetingId: string, token: string): Promise<Screen> {
  const screen = await openScreen(
    hall.browser,
    CONSOLE,
    `${hall.server.url}/leiden/${meetingId}#${token}`,
  );
  hall.screens.push(screen);
  return screen;
}

/** A console whose requests are counted from the start (its WebSocket opens with the page). */
async function openCountedConsole(hall: Hall, meetingId: string, token: string) {
  const context = await hall.browser.newContext(CONSOLE);
  const page = await context.newPage();
  const screen: Screen = { context, page, errors: [] };
  page.on('pageerror', (error) => screen.errors.push(error.message));
  hall.screens.push(screen);
  const requests = countRequests(page);
  await page.goto(`${hall.server.url}/leiden/${meetingId}#${token}`);
  return { page, requests };
}

const banner = (page: Page) => page.getByTestId('lead-banner').innerText();

/**
 * Counts the requests a page sends to the server: Socket.IO events (with or without an answer)
 * over the WebSocket, and anything sent over HTTP polling; heartbeats are not requests.
 */
function countRequests(page: Page): { events: string[] } {
  const seen = { events: [] as string[] };
  // Engine.IO packets: "4" is a message, "42" a Socket.IO event, an id before "[" asks an answer.
  const note = (packet: string) => {
    const event = /^42\d*\["([^"]+)"/.exec(packet);
    if (event) seen.events.push(event[1]);
  };
  page.on('websocket', (socket) => socket.on('framesent', ({ payload }) => note(String(payload))));
  // Before the upgrade to WebSocket, packets go by HTTP polling, separated by \x1e.
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().includes('/socket.io/')) {
      for (const packet of (request.postData() ?? '').split('\x1e')) note(packet);
    }
  });
  return seen;
}

describe('changing who leads a return meeting', () => {
  const hall = useHall();

  it('costs a following console nothing: four hand-overs and back within seconds', async () => {
    const { meeting, facilitatorToken, henkToken } = await returnMeeting(hall);
    const facilitator = await openCountedConsole(hall, meeting.id, facilitatorToken);
    const henk = await openCountedConsole(hall, meeting.id, henkToken);
    const [f, h] = [facilitator.page, henk.page];
    await expect.poll(() => banner(f)).toBe(YOU_LEAD);
    await expect.poll(() => banner(h)).toBe(FACILITATOR_LEADS);
    // Let the consoles finish opening (their first reads and clock pings), then count.
    await expect.poll(() => f.getByLabel('Leiding overdragen aan…').isVisible()).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(henk.requests.events).toContain('session:sync');
    facilitator.requests.events.length = 0;
    henk.requests.events.length = 0;
    const [fromFacilitator, fromHenk] = [facilitator.requests, henk.requests];

    for (let round = 0; round < 4; round++) {
      await f.getByLabel('Leiding overdragen aan…').selectOption({ label: 'Henk' });
      await f.getByTestId('lead-handover-submit').click();
      await expect.poll(() => banner(f)).toBe(HENK_LEADS);
      await expect.poll(() => banner(h)).toBe(YOU_LEAD);
      await f.getByTestId('lead-take-back').click();
      await expect.poll(() => banner(f)).toBe(YOU_LEAD);
      await expect.poll(() => banner(h)).toBe(FACILITATOR_LEADS);
    }
    // Henk's console asked nothing; the facilitator's sent only its eight leader:set commands.
    expect(fromHenk.events).toEqual([]);
    expect(fromFacilitator.events).toEqual(Array(8).fill('leader:set'));
    expect(await f.getByText('Te veel pogingen').count()).toBe(0);
    // And the facilitator still runs the meeting.
    await f.getByTestId('agenda-save').click();
    await expect.poll(() => f.getByTestId('agenda-item').count()).toBe(1);
    for (const screen of hall.screens) expect(screen.errors).toEqual([]);
  });

  it('ends when the leader’s kopgroep link is revoked; the revoked page says one thing', async () => {
    const { regie, meeting, henkId, facilitatorToken, henkToken } = await returnMeeting(hall);
    const f = (await openConsole(hall, meeting.id, facilitatorToken)).page;
    const h = (await openConsole(hall, meeting.id, henkToken)).page;
    await expect.poll(() => banner(f)).toBe(YOU_LEAD);
    await f.getByLabel('Leiding overdragen aan…').selectOption({ label: 'Henk' });
    await f.getByTestId('lead-handover-submit').click();
    await expect.poll(() => banner(h)).toBe(YOU_LEAD);
    await expect.poll(() => banner(f)).toBe(HENK_LEADS);

    ok(await regie.emitWithAck('coreGroup:revoke', { memberId: henkId }));
    // The facilitator leads again without doing anything.
    await expect.poll(() => banner(f)).toBe(YOU_LEAD);
    await expect.poll(() => f.getByTestId('agenda-save').isEnabled()).toBe(true);
    // Henk's page: one message, no "Henk leidt", no second banner that says something else.
    await expect.poll(() => h.getByTestId('lead-refused').count()).toBe(1);
    expect(await h.getByTestId('lead-console').innerText()).toContain(
      'Deze link werkt niet meer voor deze bijeenkomst.',
    );
    expect(await h.getByText('Vraag de begeleider om een nieuwe link').count()).toBe(0);
    expect(await h.getByText('leidt', { exact: false }).count()).toBe(0);
    expect(await h.getByRole('alert').count()).toBe(1);
    await snapshot(f, '180-lead-revoked-facilitator-leads');
    await snapshot(h, '181-lead-revoked-page');
  });
});
