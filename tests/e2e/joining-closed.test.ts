/**
 * The Regie closes joining in the lobby: the projector stops inviting people, a new phone is told
 * in Dutch what is going on, and the phone that already joined carries on. The Regie sees joins
 * per minute and a warning when one address joins far more than a hall would. Every screen runs
 * under the server's CSP (connect-src 'self'), and none of them reports a violation.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createMeeting } from '../helpers/server.js';
import { nl } from '../../shared/i18n/nl.js';
import {
  ARTEFACTS,
  PHONE,
  PROJECTOR,
  openScreen,
  screenshot,
  seriousA11yViolations,
  useHall,
} from '../helpers/e2e/browser.js';
import type { Screen } from '../helpers/e2e/browser.js';

const REGIE = { viewport: { width: 1280, height: 800 } };
const SOON = { timeout: 15_000 };

/** Collects CSP violations the page reports, from before its first script runs. */
async function watchCsp(screen: Screen): Promise<() => Promise<string[] | null>> {
  await screen.context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return (): Promise<string[] | null> =>
    screen.page.evaluate(
      // null when the listener was not installed: the check below must not pass by accident.
      () => (window as unknown as { cspViolations?: string[] }).cspViolations ?? null,
    );
}

async function open(hall: ReturnType<typeof useHall>, options: object, url: string) {
  const screen = await openScreen(hall.browser, options, 'about:blank');
  hall.screens.push(screen);
  const violations = await watchCsp(screen);
  // WebSockets that got as far as the server answering: CSP let them through.
  const sockets = new Set<string>();
  screen.page.on('websocket', (ws) =>
    ws.on('framereceived', () => sockets.add(new URL(ws.url()).pathname.split('/')[1])),
  );
  await screen.page.goto(url);
  return { screen, violations, sockets };
}

async function joinByApi(url: string, code: string, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const res = await fetch(`${url}/api/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code }),
    });
    expect(res.status).toBe(200);
  }
}

const panelText = (page: Page) => page.getByTestId('joining-panel').innerText();

describe('the Regie closes joining', () => {
  const hall = useHall();

  it('refuses a new phone with a clear Dutch message, keeps the phone that joined, and opens again', async () => {
    const url = hall.server.url;
    const { meeting, facilitatorToken, projectorToken } = await createMeeting(url);
    const code = meeting.joinCode;

    const regie = await open(hall, REGIE, `${url}/r#${facilitatorToken}`);
    const beamer = await open(hall, PROJECTOR, `${url}/b#${projectorToken}`);
    const early = await open(hall, PHONE, `${url}/j/${code}`);
    await expect
      .poll(() => early.screen.page.getByTestId('phase-title').innerText(), SOON)
      .toBe('Welkom');
    await expect.poll(() => beamer.screen.page.getByTestId('join-code').isVisible()).toBe(true);

    // A script joins 130 phones from this one address: the Regie is warned.
    await joinByApi(url, code, 130);
    await expect
      .poll(() => regie.screen.page.getByTestId('joining-warning').isVisible(), SOON)
      .toBe(true);
    expect(await regie.screen.page.getByTestId('joining-warning').innerText()).toContain(
      nl.joinGate.warningTitle,
    );
    await expect
      .poll(() => regie.screen.page.getByTestId('joining-summary').innerText(), SOON)
      .toBe(nl.joinGate.summary(131, 20));
    expect(await panelText(regie.screen.page)).toContain(nl.joinGate.open);

    // Deelname sluiten.
    await regie.screen.page.getByRole('button', { name: 'Deelname sluiten' }).click();
    await expect
      .poll(() => regie.screen.page.getByTestId('joining-state').innerText(), SOON)
      .toBe(nl.joinGate.closed);
    await regie.screen.page.screenshot({ path: `${ARTEFACTS}/joining-regie-lobby.png` });
    expect(await seriousA11yViolations(regie.screen.page)).toEqual([]);

    // The projector no longer invites anyone to join.
    await expect
      .poll(() => beamer.screen.page.getByTestId('projector-joining-closed').isVisible(), SOON)
      .toBe(true);
    expect(await beamer.screen.page.getByTestId('join-code').count()).toBe(0);
    expect(await beamer.screen.page.locator('img[src^="/api/qr/"]').count()).toBe(0);
    await screenshot(beamer.screen.page, 'joining-projector-closed');

    // A new phone is told, in Dutch, what is going on and what to do.
    const late = await open(hall, PHONE, `${url}/j/${code}`);
    await expect
      .poll(() => late.screen.page.getByRole('alert').innerText(), SOON)
      .toBe('De bijeenkomst neemt nu geen nieuwe deelnemers aan. Vraag de organisatie om hulp.');
    await screenshot(late.screen.page, 'joining-phone-closed');
    expect(await seriousA11yViolations(late.screen.page)).toEqual([]);

    // The phone that joined before keeps working, also after a reload.
    await early.screen.page.reload();
    await expect
      .poll(() => early.screen.page.getByTestId('phase-title').innerText(), SOON)
      .toBe('Welkom');
    await regie.screen.page.getByTestId('next-phase').click();
    await expect
      .poll(() => early.screen.page.getByTestId('phase-title').innerText(), SOON)
      .toBe(nl.phaseTitle.themes);
    // After the lobby the panel sits in the side column, still at hand for latecomers.
    await regie.screen.page.getByTestId('joining-panel').scrollIntoViewIfNeeded();
    await regie.screen.page.screenshot({ path: `${ARTEFACTS}/joining-regie-aside.png` });

    // Deelname weer openen: the late phone tries again and is in.
    await regie.screen.page.getByRole('button', { name: 'Deelname weer openen' }).click();
    await expect
      .poll(() => regie.screen.page.getByTestId('joining-state').innerText(), SOON)
      .toBe(nl.joinGate.open);
    await late.screen.page.getByRole('button', { name: 'Meedoen' }).click();
    await expect
      .poll(() => late.screen.page.getByTestId('phase-title').innerText(), SOON)
      .toBe(nl.phaseTitle.themes);

    // Under connect-src 'self', ws: to this same host works: Socket.IO and the collab endpoint.
    expect([...regie.sockets].sort()).toEqual(['collab', 'socket.io']);
    expect([...beamer.sockets].sort()).toEqual(['collab', 'socket.io']);
    for (const { screen, violations } of [regie, beamer, early, late]) {
      expect(await violations()).toEqual([]);
      expect(screen.errors).toEqual([]);
    }
  });
});
