/**
 * Set-up for the return console's e2e tests of issue 11: the evening after it ended, with one
 * werkgroep, Henk in the kopgroep and a return meeting the facilitator made (so the
 * facilitator leads it until handing it over), and consoles opened on a laptop.
 */
import { joinMeeting } from '../server.js';
import { connectSocket } from '../integration/helpers.js';
import { ok } from '../integration/evening.js';
import { signupInput, tokenOf } from '../integration/signup-helpers.js';
import type { Page } from 'playwright-core';
import { openScreen } from './browser.js';
import type { Hall, Screen } from './browser.js';
import { preparedMeeting } from './room.js';

export const CONSOLE = { viewport: { width: 1280, height: 800 } };

/** The evening after it ended: one werkgroep, Henk in the kopgroep, a return meeting. */
export async function returnMeeting(hall: Hall) {
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

export async function openConsole(hall: Hall, meetingId: string, token: string): Promise<Screen> {
  const screen = await openScreen(
    hall.browser,
    CONSOLE,
    `${hall.server.url}/leiden/${meetingId}#${token}`,
  );
  hall.screens.push(screen);
  return screen;
}

/** A console whose requests are counted from the start (its WebSocket opens with the page). */
export async function openCountedConsole(hall: Hall, meetingId: string, token: string) {
  const context = await hall.browser.newContext(CONSOLE);
  const page = await context.newPage();
  const screen: Screen = { context, page, errors: [] };
  page.on('pageerror', (error) => screen.errors.push(error.message));
  hall.screens.push(screen);
  const requests = countRequests(page);
  await page.goto(`${hall.server.url}/leiden/${meetingId}#${token}`);
  return { page, requests };
}

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
