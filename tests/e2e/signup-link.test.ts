import { afterEach, describe, expect, it } from 'vitest';
import { createMeeting, joinMeeting } from '../helpers/server.js';
import { cleanUp, connectSocket } from '../helpers/integration/helpers.js';
import { ok, publishedTheme, themeInput } from '../helpers/integration/evening.js';
import { PROJECTOR, openScreen, seriousA11yViolations, useHall } from '../helpers/e2e/browser.js';
import { SMALL_PHONE, occurrences, snapshot } from '../helpers/e2e/room.js';

describe('the personal link of a sign-up, found again after the sign-up phase', () => {
  const hall = useHall();
  afterEach(cleanUp);

  it('shows the link with copy, share and a QR code on that phone in results and closed, never on the projector', async () => {
    const created = await createMeeting(hall.server.url);
    const code = created.meeting.joinCode;
    const regie = await connectSocket(hall.server.url, created.facilitatorToken);
    const green = await publishedTheme(regie, themeInput('Groen in de wijk'));
    ok(await regie.emitWithAck('phase:set', { phase: 'signup' }));

    const joined = await joinMeeting(hall.server.url, code);
    const phone = await openScreen(hall.browser, SMALL_PHONE, 'about:blank');
    const projector = await openScreen(
      hall.browser,
      PROJECTOR,
      `${hall.server.url}/b#${created.projectorToken}`,
    );
    hall.screens.push(phone, projector);
    await phone.context.addInitScript(
      ([name, key]) => {
        localStorage.setItem(name, key);
        // Headless Chromium on Linux has no share sheet; record what a phone's would receive.
        const shared: ShareData[] = [];
        Object.assign(window, { shared });
        Object.defineProperty(navigator, 'share', {
          value: (data: ShareData) => {
            shared.push(data);
            return Promise.resolve();
          },
        });
      },
      [`buurtkracht.key.${code}`, joined.key],
    );
    const p = phone.page;
    const requested: string[] = [];
    p.on('request', (request) => requested.push(request.url()));
    await p.goto(`${hall.server.url}/j/${code}`);
    await expect.poll(() => p.getByTestId('signup-form').isVisible()).toBe(true);
    await p.getByTestId('signup-theme').selectOption(green.id);
    await p.getByTestId('signup-name').fill('Anna de Vries');
    await p.getByTestId('signup-email').fill('anna@voorbeeld.nl');
    await p.getByTestId('signup-consent-contact').check();
    await p.getByTestId('signup-submit').click();
    await expect.poll(() => p.getByTestId('signup-done').isVisible()).toBe(true);
    const link = (await p.getByTestId('signup-link').getAttribute('href')) ?? '';
    expect(link).toMatch(/\/aanmelding#[A-Za-z0-9_-]{16,}$/);
    const secret = link.split('#')[1];

    // The evening ends; Anna closed her screen too early and opens the page again.
    ok(await regie.emitWithAck('phase:set', { phase: 'results' }));
    await p.reload();
    await expect.poll(() => p.getByTestId('phase-title').innerText()).toBe('De resultaten');
    await expect.poll(() => p.getByTestId('signup-link').getAttribute('href')).toBe(link);
    expect(await p.getByTestId('signup-show-qr').isVisible()).toBe(true);
    ok(await regie.emitWithAck('phase:set', { phase: 'closed' }));
    await p.reload();
    await expect.poll(() => p.getByTestId('phase-title').innerText()).toBe('Afgelopen');
    const again = p.getByTestId('signup-again');
    await expect.poll(() => again.isVisible()).toBe(true);
    expect(await again.innerText()).toContain('Uw aanmelding');
    expect(await again.innerText()).toContain('U bent aangemeld voor werkgroep Groen in de wijk');
    expect(await again.getByTestId('signup-link').getAttribute('href')).toBe(link);

    // Send it to herself: the phone's share sheet gets the link itself.
    await again.getByTestId('signup-share').click();
    await expect
      .poll(() => p.evaluate(() => (window as unknown as { shared: ShareData[] }).shared))
      .toEqual([{ title: 'Mijn aanmelding voor werkgroep Groen in de wijk', url: link }]);

    // A QR code drawn on the phone, large enough to scan from another device.
    await again.getByTestId('signup-show-qr').click();
    const qr = again.getByTestId('signup-qr');
    await expect.poll(() => qr.isVisible()).toBe(true);
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    const box = await qr.boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(200);
    expect(await again.getByTestId('signup-show-qr').innerText()).toBe('QR-code verbergen');
    // The QR code fits the small phone: nothing scrolls sideways.
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await snapshot(p, '65-phone-closed-signup-link-again');
    expect(await seriousA11yViolations(p)).toEqual([]);

    // The link is secret: the projector never shows it, and no request carried it.
    await expect
      .poll(() => projector.page.getByTestId('phase-title').innerText())
      .toBe('Afgelopen');
    expect(requested.filter((url) => url.includes(secret))).toEqual([]);
    expect(await occurrences(projector.page, secret)).toBe(0);
    expect(await projector.page.content()).not.toContain(secret);

    for (const screen of hall.screens) expect(screen.errors).toEqual([]);
  });
});
