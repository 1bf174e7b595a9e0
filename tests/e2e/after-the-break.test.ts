import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cleanUp } from '../helpers/integration/helpers.js';
import { ARTEFACTS, seriousA11yViolations, useHall } from '../helpers/e2e/browser.js';
import type { Screen } from '../helpers/e2e/browser.js';
import {
  chooseOnPhone,
  joinPhones,
  notesWith,
  occurrences,
  openStaffScreens,
  preparedMeeting,
  regiePhase,
  snapshot,
  statusOf,
  writeNote,
} from '../helpers/e2e/room.js';

afterEach(cleanUp);

const GROEN = 'Groen en spelen';
const VERKEER = 'Verkeer op de Dorpsstraat';
const JONGEREN = 'Jongeren';
/** Written while the wifi is gone: must reach the projector and the report exactly once. */
const OFFLINE_NOTE = 'Ik maak een rooster voor het oversteken bij school';
const SIGNUP = { name: 'Fatma Yilmaz', email: 'fatma.yilmaz@example.nl', phone: '06 41234567' };
/** Slower steps: a reconnect after the wifi is back, a broadcast to eight phones. */
const PATIENT = { timeout: 30_000 };
const SOON = { timeout: 10_000 };

/** "Ga naar tafel 2" → 2; the phone's own table, as it tells the resident. */
async function tableOf(page: Page): Promise<{ number: number; theme: string }> {
  await expect.poll(() => page.getByTestId('table-go').isVisible(), SOON).toBe(true);
  const go = await page.getByTestId('table-go').innerText();
  const theme = (await page.getByTestId('table-theme').innerText()).replace(/^Thema: /, '');
  return { number: Number(/Ga naar tafel (\d+)/.exec(go)?.[1]), theme };
}

describe('after the break, as the room lives it', () => {
  const hall = useHall();

  it('eight phones choose, sit at two tables, write (once offline), sign up and see the results', async () => {
    const meeting = await preparedMeeting(hall, [GROEN, VERKEER, JONGEREN]);
    const { regie, projector } = await openStaffScreens(hall, meeting);
    const r = regie.page;
    const b = projector.page;
    const phones = await joinPhones(hall, meeting.code, 8);
    const pages = phones.map((phone) => phone.page);
    // The Regie writes the date out as the verslag does.
    expect(await r.getByTestId('console-meeting-date').innerText()).toBe(
      'dinsdag 1 december 2026 · Dorpshuis De Schakel',
    );

    // 20:55 Choose. Four want green, three traffic, one the youth, who then falls back to traffic.
    await regiePhase(r, 'choose', 'Kies een thema');
    const choices: [string, string][] = [
      ...Array.from({ length: 4 }, (): [string, string] => [GROEN, VERKEER]),
      ...Array.from({ length: 3 }, (): [string, string] => [VERKEER, GROEN]),
      [JONGEREN, VERKEER],
    ];
    for (const [i, page] of pages.entries()) await chooseOnPhone(page, ...choices[i]);
    await snapshot(pages[7], '80-phone-choose');
    await expect
      .poll(() => r.getByTestId('preference-panel').innerText(), SOON)
      .toContain('8 deelnemers hebben gekozen.');

    // The Regie proposes two tables and confirms them.
    await r.getByTestId('groups-propose').click();
    await expect.poll(() => r.getByTestId('group-card').count(), SOON).toBe(2);
    expect(await r.getByTestId('grouping-dropped').innerText()).toContain(
      `Te weinig mensen voor ${JONGEREN}`,
    );
    await snapshot(r, '81-console-groups-proposed');
    await r.getByTestId('groups-confirm').click();
    await r.getByTestId('groups-confirm-yes').click();
    await expect
      .poll(() => r.getByTestId('grouping-state').innerText(), SOON)
      .toContain('Vastgezet');

    // 21:00 At the tables: every phone says where to go; green and traffic each have four people.
    await regiePhase(r, 'subgroups', 'In groepjes');
    const tables = [];
    for (const page of pages) tables.push(await tableOf(page));
    const themes = tables.map((table) => table.theme);
    expect(themes).toEqual([...Array(4).fill(GROEN), ...Array(4).fill(VERKEER)]);
    const [green, traffic] = [tables[0].number, tables[4].number];
    expect(new Set(tables.map((table) => table.number))).toEqual(new Set([green, traffic]));
    expect(green).not.toBe(traffic);
    // The phone lists the three others at its table.
    expect(await pages[4].getByTestId('table-members').locator('li').count()).toBe(3);
    await snapshot(pages[4], '82-phone-go-to-table');
    await expect.poll(() => b.getByTestId('projected-table').count(), SOON).toBe(2);
    await snapshot(b, '82-projector-tables');

    // Both tables write on their canvas.
    const written: [number, 'how' | 'needs', string][] = [
      [0, 'how', 'Samen met de school een moestuin beginnen'],
      [1, 'needs', 'Gereedschap en een schuurtje'],
      [4, 'how', 'Drempels bij de bakker'],
      [5, 'needs', 'Een gesprek met de wethouder'],
    ];
    for (const [i, section, text] of written) {
      await expect.poll(() => pages[i].getByTestId('canvas').isVisible(), SOON).toBe(true);
      await writeNote(pages[i], section, text);
      await expect.poll(() => statusOf(pages[i], text), SOON).toBe('sent');
    }
    await expect.poll(() => notesWith(pages[7], 'Drempels bij de bakker'), SOON).toBe(1);
    expect(await notesWith(pages[7], 'Gereedschap en een schuurtje')).toBe(0);
    await snapshot(pages[5], '83-phone-canvas');
    expect(await seriousA11yViolations(pages[5])).toEqual([]);

    // The wifi drops for one phone: its note waits on the phone as "nog niet verstuurd".
    const offline = phones[6];
    await offline.context.setOffline(true);
    await expect
      .poll(() => offline.page.getByTestId('canvas-offline').isVisible(), SOON)
      .toBe(true);
    await writeNote(offline.page, 'helpers', OFFLINE_NOTE);
    await expect.poll(() => statusOf(offline.page, OFFLINE_NOTE)).toBe('unsent');
    expect(
      await offline.page.getByTestId('canvas-note').filter({ hasText: OFFLINE_NOTE }).innerText(),
    ).toContain('nog niet verstuurd');
    // One warning, the canvas's: it says that what is written waits on the phone. Written at
    // the last question, down the page, the warning still sits at the top of the screen.
    expect(await occurrences(offline.page, 'Geen verbinding')).toBe(1);
    expect(await offline.page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
    expect((await offline.page.getByTestId('canvas-offline').boundingBox())?.y).toBe(0);
    await snapshot(offline.page, '84-phone-offline-unsent');
    await pages[4].waitForTimeout(1000); // a note that slipped out would have arrived by now
    expect(await notesWith(pages[4], OFFLINE_NOTE)).toBe(0);

    // The wifi is back: the note is stored and reaches the others at the table once.
    await offline.context.setOffline(false);
    await expect.poll(() => statusOf(offline.page, OFFLINE_NOTE), PATIENT).toBe('sent');
    await expect.poll(() => notesWith(pages[4], OFFLINE_NOTE), PATIENT).toBe(1);
    expect(await offline.page.getByTestId('canvas-offline').count()).toBe(0);
    await snapshot(offline.page, '84-phone-back-online-sent');

    // Anouk's overview: per table, the notes per question.
    const card = (theme: string) => r.getByTestId('activity-card').filter({ hasText: theme });
    const counts = (theme: string) =>
      Promise.all(
        ['how', 'needs', 'helpers'].map((s) =>
          card(theme).getByTestId(`activity-notes-${s}`).innerText(),
        ),
      );
    await expect.poll(() => counts(GROEN), SOON).toEqual(['1', '1', '0']);
    await expect.poll(() => counts(VERKEER), SOON).toEqual(['1', '1', '1']);
    expect(await card(VERKEER).getByTestId('activity-online').innerText()).toContain(
      'van 4 online',
    );
    await snapshot(r, '85-console-tables-overview');

    // 21:30 Sign-up: one resident at the traffic table joins its werkgroep, with consent.
    await regiePhase(r, 'signup', 'Meedoen in een werkgroep');
    const helper = pages[4];
    await expect.poll(() => helper.getByTestId('signup-form').isVisible(), SOON).toBe(true);
    const trafficId = meeting.themes[1].id;
    await expect.poll(() => helper.getByTestId('signup-theme').inputValue()).toBe(trafficId);
    expect(await helper.getByTestId('signup-table-theme').innerText()).toBe(
      `Uw tafel praatte over: ${VERKEER}`,
    );
    await helper.getByTestId('signup-name').fill(SIGNUP.name);
    await helper.getByTestId('signup-email').fill(SIGNUP.email);
    await helper.getByTestId('signup-phone').fill(SIGNUP.phone);
    await helper.getByTestId('signup-consent-contact').tap();
    await snapshot(helper, '86-phone-signup-form');
    await helper.getByTestId('signup-submit').tap();
    await expect
      .poll(() => helper.getByTestId('signup-done').innerText(), SOON)
      .toContain(`U bent aangemeld voor werkgroep ${VERKEER}`);
    expect(await helper.getByTestId('signup-link').getAttribute('href')).toMatch(
      /\/aanmelding#[A-Za-z0-9_-]{16,}$/,
    );
    await snapshot(helper, '86-phone-signup-done');

    // 21:45 Results: all themes at a glance, then the traffic table's answers.
    await regiePhase(r, 'results', 'De resultaten');
    const trafficCard = b.locator(`[data-testid="results-card"][data-theme-id="${trafficId}"]`);
    await expect
      .poll(() => trafficCard.getByTestId('results-helpers').innerText(), SOON)
      .toBe('1 persoon wil helpen in de werkgroep');
    await snapshot(b, '87-projector-results-overview');
    await r.locator(`[data-testid="focus-show"][data-theme-id="${trafficId}"]`).click();
    const detail = b.getByTestId('results-theme');
    await expect.poll(() => detail.getAttribute('data-theme-id'), SOON).toBe(trafficId);
    expect(await detail.getByTestId('results-helpers').innerText()).toBe(
      '1 persoon wil helpen in de werkgroep',
    );
    expect(await detail.getByTestId('results-table').innerText()).toContain(`Tafel ${traffic}`);
    expect(await occurrences(b, OFFLINE_NOTE)).toBe(1);
    for (const secret of Object.values(SIGNUP)) expect(await occurrences(b, secret)).toBe(0);
    await b.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    expect(await seriousA11yViolations(b)).toEqual([]);
    await snapshot(b, '87-projector-results-traffic');
    await snapshot(r, '88-console-results');

    // The verslag for the gemeente: once the offline note, no trace of the sign-up's details.
    const report = await openReport(regie);
    await expect.poll(() => report.page.getByTestId('report-theme').count(), SOON).toBe(3);
    expect(await occurrences(report.page, OFFLINE_NOTE)).toBe(1);
    const text = await report.page.locator('body').innerText();
    expect(text).toContain('1 persoon wil helpen in de werkgroep');
    for (const secret of [...Object.values(SIGNUP), '41234567']) expect(text).not.toContain(secret);
    await snapshot(report.page, '89-report');
    await report.page.emulateMedia({ media: 'print' });
    const pdfPath = path.join(ARTEFACTS, 'after-the-break-verslag.pdf');
    await report.page.pdf({ path: pdfPath, format: 'A4', printBackground: true });
    expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
    // Where poppler is installed: the paper's text checked too, and its pages as images to look at.
    if (spawnSync('pdftotext', ['-v']).status === 0) {
      const paper = spawnSync('pdftotext', [pdfPath, '-']).stdout.toString().replace(/\s+/g, ' ');
      expect(paper.split(OFFLINE_NOTE).length - 1).toBe(1);
      for (const secret of Object.values(SIGNUP)) expect(paper).not.toContain(secret);
      spawnSync('pdftoppm', ['-r', '60', '-png', pdfPath, path.join(ARTEFACTS, '89-verslag')]);
    }

    for (const screen of [...hall.screens, report]) expect(screen.errors).toEqual([]);
  });
});

/** The report opens in a new tab from the Regie's report link; its page errors are kept. */
async function openReport(regie: Screen): Promise<Screen> {
  const [page] = await Promise.all([
    regie.context.waitForEvent('page'),
    regie.page.getByTestId('report-link').click(),
  ]);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.setViewportSize({ width: 1100, height: 1400 });
  return { context: regie.context, page, errors };
}
