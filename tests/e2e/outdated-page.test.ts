/**
 * A page loaded before the server was updated (issue 12): its Socket.IO handshake names another
 * PROTOCOL_VERSION. The phone and the Regie say in plain words to reload, and go no further.
 * The page's handshake is rewritten on its way out, as an older page would have sent it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { PROTOCOL_VERSION } from '../../shared/protocol.js';
import { createMeeting } from '../helpers/server.js';
import { cleanUp } from '../helpers/integration/helpers.js';
import { LAPTOP, PHONE, useHall } from '../helpers/e2e/browser.js';
import type { Screen } from '../helpers/e2e/browser.js';

const SOON = { timeout: 15_000 };
const OUTDATED = 'Deze pagina is verouderd. Ververs de pagina.';

afterEach(cleanUp);

/** Socket.IO's CONNECT packet (`40{auth}`) with the version an older page would send. */
function asOlderPage(message: string | Buffer): string | Buffer {
  if (typeof message !== 'string' || !message.startsWith('40{')) return message;
  const auth = JSON.parse(message.slice(2)) as Record<string, unknown>;
  return `40${JSON.stringify({ ...auth, version: PROTOCOL_VERSION - 1 })}`;
}

/** A browser whose Socket.IO connections speak as an older page; collab is left alone. */
async function olderPage(context: BrowserContext): Promise<void> {
  await context.routeWebSocket(/\/socket\.io\//, (page) => {
    const server = page.connectToServer();
    page.onMessage((message) => server.send(asOlderPage(message)));
    server.onMessage((message) => page.send(message));
  });
}

describe('a page of an older protocol version', () => {
  const hall = useHall();

  async function open(device: typeof PHONE | typeof LAPTOP, url: string): Promise<Screen> {
    const context = await hall.browser.newContext(device);
    await olderPage(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url);
    const screen = { context, page, errors };
    hall.screens.push(screen);
    return screen;
  }

  it('asks the phone and the Regie to reload, and shows nothing of the meeting', async () => {
    const { meeting, facilitatorToken } = await createMeeting(hall.server.url);
    const phone = await open(PHONE, `${hall.server.url}/j/${meeting.joinCode}`);
    const regie = await open(LAPTOP, `${hall.server.url}/r#${facilitatorToken}`);

    for (const { page } of [phone, regie]) {
      await expect.poll(() => page.getByTestId('page-outdated').innerText(), SOON).toBe(OUTDATED);
    }
    // Nothing else: no phase, no tools, and the page does not keep knocking.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(await phone.page.getByTestId('phase-title').count()).toBe(0);
    expect(await phone.page.getByTestId('offline-banner').count()).toBe(0);
    expect(hall.server.app.io.of('/').sockets.size).toBe(0);
    expect([...phone.errors, ...regie.errors]).toEqual([]);
  });
});
