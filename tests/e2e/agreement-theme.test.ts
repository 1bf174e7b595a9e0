/**
 * Issue 11, item 15: the afspraak form asks one optional "Over welk thema?" (no list of the same
 * names twice after "Wie"), and the verslag shows the theme the afspraak is about.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp } from '../helpers/integration/helpers.js';
import { openScreen, seriousA11yViolations, useHall } from '../helpers/e2e/browser.js';
import { snapshot } from '../helpers/e2e/room.js';
import { fillDate } from '../helpers/e2e/date-field.js';
import { CONSOLE, openConsole, returnMeeting } from '../helpers/e2e/lead-setup.js';

afterEach(cleanUp);

const AFSPRAAK = 'Verkeersborden aanvragen bij de gemeente';

describe('an afspraak and its theme', () => {
  const hall = useHall();

  it('is asked once, may stay empty, and reaches the verslag', async () => {
    const { meeting, facilitatorToken } = await returnMeeting(hall);
    const f = (await openConsole(hall, meeting.id, facilitatorToken)).page;
    const form = f.getByTestId('agreement-form');
    await expect.poll(() => f.getByTestId('agreement-theme').isEnabled()).toBe(true);

    // One question about the theme, with "Geen thema" first; nothing else asks for links.
    expect(await form.getByLabel('Over welk thema?').count()).toBe(1);
    expect(await f.getByTestId('agreement-theme').locator('option').allInnerTexts()).toEqual([
      'Geen thema',
      'Veilig verkeer',
    ]);
    expect(await form.getByText('Hoort bij', { exact: false }).count()).toBe(0);
    expect(await form.locator('input[type="checkbox"]').count()).toBe(0);
    await snapshot(f, '185-agreement-form-theme');

    await f.getByTestId('agreement-what-input').fill(AFSPRAAK);
    await f.getByTestId('agreement-who-group').selectOption({ label: 'Veilig verkeer' });
    await fillDate(f.getByTestId('agreement-due'), '2027-05-01');
    await f.getByTestId('agreement-theme').selectOption({ label: 'Veilig verkeer' });
    await f.getByTestId('agreement-save').click();
    await expect.poll(() => f.getByTestId('agreements-made').innerText()).toContain(AFSPRAAK);
    // Saved, the form starts empty again, "Geen thema" chosen.
    expect(await f.getByTestId('agreement-theme').inputValue()).toBe('');

    // A second afspraak without a theme is fine.
    await f.getByTestId('agreement-what-input').fill('Koffieochtend plannen');
    await f.getByTestId('agreement-who-person').check();
    await f.getByTestId('agreement-who-name').fill('Henk');
    await fillDate(f.getByTestId('agreement-due'), '2027-06-01');
    await f.getByTestId('agreement-save').click();
    await expect
      .poll(() => f.getByTestId('agreements-made').innerText())
      .toContain('Koffieochtend plannen');

    const report = await openScreen(
      hall.browser,
      CONSOLE,
      `${hall.server.url}/terugkomverslag/${meeting.id}#${facilitatorToken}`,
    );
    hall.screens.push(report);
    const table = report.page.getByTestId('report-agreements');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(2);
    const header = await table.locator('thead th').allInnerTexts();
    const column = header.indexOf('Over thema');
    expect(column).toBeGreaterThan(0);
    const cells = async (what: string) =>
      table.locator('tbody tr', { hasText: what }).locator('td').allInnerTexts();
    expect((await cells(AFSPRAAK))[column]).toBe('Veilig verkeer');
    expect((await cells('Koffieochtend plannen'))[column]).toBe('–');
    await snapshot(report.page, '186-return-verslag-theme');
    expect(await seriousA11yViolations(report.page)).toEqual([]);
    for (const screen of hall.screens) expect(screen.errors).toEqual([]);
  });
});
