/**
 * The Regie says what personal data is kept and for how long, in Dutch and in English, with
 * the periods the server is configured with.
 */
import { describe, expect, it } from 'vitest';
import { createMeeting } from '../helpers/server.js';
import { RETENTION_DEFAULTS } from '../../shared/model.js';
import { useHall, openScreen, seriousA11yViolations } from '../helpers/e2e/browser.js';
import { snapshot } from '../helpers/e2e/room.js';

const REGIE = { viewport: { width: 1440, height: 900 } };
const NARROW = { viewport: { width: 600, height: 900 } };

describe('what is kept and for how long', () => {
  const hall = useHall();

  it('lists every kind of personal data with its period on the Regie’s sign-ups tab', async () => {
    const created = await createMeeting(hall.server.url);
    const screen = await openScreen(
      hall.browser,
      REGIE,
      `${hall.server.url}/r#${created.facilitatorToken}`,
    );
    hall.screens.push(screen);
    const r = screen.page;
    await r.getByTestId('console-tab-signups').click();
    const overview = r.getByTestId('retention-overview');
    await expect.poll(() => overview.isVisible(), { timeout: 5000 }).toBe(true);

    expect(await overview.getByRole('heading').innerText()).toBe('Wat bewaard blijft en hoe lang');
    const row = (kind: string) => overview.getByTestId(`retention-${kind}`).innerText();
    expect(RETENTION_DEFAULTS.signups).toBe(12);
    expect(await row('signups')).toContain('12 maanden na de aanmelding');
    expect(await row('notes')).toContain('3 maanden na de avond');
    expect(await row('additions')).toContain('Afgewezen en niet behandelde worden gewist');
    expect(await row('displayNames')).toContain('1 maand na de avond');
    expect(await row('coreGroup')).toContain('6 maanden na het intrekken');
    expect(await row('agreementOwners')).toContain('12 maanden nadat de afspraak klaar is');
    expect(await row('planSnapshots')).toContain('12 maanden na die bijeenkomst');
    expect(await row('conversations')).toContain('3 maanden na de avond');
    await overview.scrollIntoViewIfNeeded();
    await snapshot(r, '90-console-retention');
    await overview.screenshot({ path: 'test-results/e2e/90-console-retention-section.png' });
    expect(await seriousA11yViolations(r)).toEqual([]);

    await r.getByRole('button', { name: 'EN' }).click();
    await expect
      .poll(() => overview.getByRole('heading').innerText())
      .toBe('What is kept, and for how long');
    expect(await row('notes')).toContain('3 months after the evening');
    expect(await row('displayNames')).toContain('1 month after the evening');
    await overview.screenshot({ path: 'test-results/e2e/91-console-retention-section-en.png' });

    // In a narrow window each kind becomes a block with its own labels.
    await r.setViewportSize(NARROW.viewport);
    const signups = overview.getByTestId('retention-signups');
    const nameBox = await signups.getByRole('rowheader').boundingBox();
    const periodBox = await signups.locator('td').first().boundingBox();
    expect(periodBox!.y).toBeGreaterThanOrEqual(nameBox!.y + nameBox!.height);
    await overview.screenshot({ path: 'test-results/e2e/92-console-retention-narrow.png' });
    expect(screen.errors).toEqual([]);
  });
});
