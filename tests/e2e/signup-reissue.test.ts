/**
 * Issue 11, item 14: a werkgroep member lost their link. The kopgroep makes a new one on its
 * page (after a question), copies it, and the old link's open werkgroep page stops at once with
 * the advice that now works: ask the kopgroep for a new link.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { joinMeeting } from '../helpers/server.js';
import { cleanUp, connectSocket } from '../helpers/integration/helpers.js';
import { ok } from '../helpers/integration/evening.js';
import { signupInput, tokenOf } from '../helpers/integration/signup-helpers.js';
import {
  LAPTOP,
  PHONE,
  openScreen,
  seriousA11yViolations,
  useHall,
} from '../helpers/e2e/browser.js';
import { preparedMeeting, snapshot } from '../helpers/e2e/room.js';

afterEach(cleanUp);

const BROKEN = 'Deze link werkt niet (meer).';

describe('a new personal link for a werkgroep member', () => {
  const hall = useHall();

  it('is made by the kopgroep; the old link’s open page stops at once', async () => {
    const url = hall.server.url;
    const evening = await preparedMeeting(hall, ['Groen in de wijk']);
    const regie = evening.regie;
    ok(await regie.emitWithAck('phase:set', { phase: 'signup' }));
    const resident = await connectSocket(url, (await joinMeeting(url, evening.code)).key);
    const anna = ok(
      await resident.emitWithAck(
        'signup:create',
        signupInput(evening.themes[0].id, {
          name: 'Anna de Vries',
          email: 'anna.link@voorbeeld.nl',
          consents: { contact: true, shareName: true, news: false },
        }),
      ),
    );
    ok(await regie.emitWithAck('workingGroup:create', { themeId: evening.themes[0].id }));
    const henk = ok(await regie.emitWithAck('coreGroup:invite', { name: 'Henk' }));

    // Anna's werkgroep page is open on her phone with her old link.
    const annaPhone = await openScreen(
      hall.browser,
      PHONE,
      `${url}/werkgroep#${tokenOf(anna.link)}`,
    );
    hall.screens.push(annaPhone);
    const a = annaPhone.page;
    await expect.poll(() => a.getByText('Groen in de wijk').count()).toBeGreaterThan(0);
    expect(await a.getByText(BROKEN, { exact: false }).count()).toBe(0);

    const laptop = await openScreen(hall.browser, LAPTOP, `${url}/kopgroep#${tokenOf(henk.link)}`);
    hall.screens.push(laptop);
    await laptop.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url });
    const h = laptop.page;
    await expect.poll(() => h.getByTestId('signup-row').count()).toBe(1);
    const reissue = h.getByRole('button', { name: 'Nieuwe link voor Anna de Vries' });
    expect(await reissue.innerText()).toBe('Nieuwe link');
    // The kopgroep cannot erase; it can replace a link, after a question.
    expect(await h.getByTestId('signup-erase').count()).toBe(0);
    await reissue.click();
    const question = h.getByText(
      'Een nieuwe link maken voor Anna de Vries? De oude link werkt dan meteen niet meer.',
    );
    await expect.poll(() => question.count()).toBe(1);
    // Nothing happened yet: Anna's page still works.
    expect(await a.getByText(BROKEN, { exact: false }).count()).toBe(0);
    await h.getByTestId('signup-reissue-confirm').click();

    const shown = h.getByTestId('signup-new-link');
    await expect.poll(() => shown.count()).toBe(1);
    expect(await shown.innerText()).toContain('Geef hem alleen aan Anna de Vries');
    const link = await shown.locator('input').inputValue();
    expect(link).toMatch(/\/aanmelding#[A-Za-z0-9_-]{22}$/);
    expect(tokenOf(link)).not.toBe(tokenOf(anna.link));
    await shown.getByRole('button', { name: 'Kopiëren' }).click();
    await expect.poll(() => h.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await snapshot(h, '187-kopgroep-new-link');
    expect(await seriousA11yViolations(h)).toEqual([]);

    // The old link's open page stops at once and says what to do.
    await expect.poll(() => a.getByText(BROKEN, { exact: false }).count()).toBe(1);
    expect(
      await a.getByText('Vraag de kopgroep om een nieuwe link', { exact: false }).count(),
    ).toBe(1);
    await snapshot(a, '188-werkgroep-old-link');

    // The new link opens Anna's werkgroep.
    const fresh = await openScreen(hall.browser, PHONE, `${url}/werkgroep#${tokenOf(link)}`);
    hall.screens.push(fresh);
    await expect.poll(() => fresh.page.getByText('Groen in de wijk').count()).toBeGreaterThan(0);
    expect(await fresh.page.getByText(BROKEN, { exact: false }).count()).toBe(0);
    for (const screen of hall.screens) expect(screen.errors).toEqual([]);
  });
});
