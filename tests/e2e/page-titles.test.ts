/**
 * Every screen its own title (WCAG 2.4.2, issue 11 item 24): a browser tab or a screen reader
 * says which screen of which meeting this is, not just "Buurtkracht". The verslag prints as a
 * tagged PDF, so a screen reader can read the file too.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { joinMeeting } from '../helpers/server.js';
import { cleanUp } from '../helpers/integration/helpers.js';
import {
  ARTEFACTS,
  LAPTOP,
  PHONE,
  PROJECTOR,
  openScreen,
  useHall,
} from '../helpers/e2e/browser.js';
import { returnMeetingReady } from '../helpers/e2e/return-room-setup.js';

const SOON = { timeout: 15_000 };

afterEach(cleanUp);

describe('the title of each screen', () => {
  const hall = useHall();

  it('names the screen and the meeting, in Dutch and in English', async () => {
    const { meeting, henkToken, evening, memberToken } = await returnMeetingReady(hall);
    const base = hall.server.url;
    const { facilitatorToken, projectorToken } = evening.created;
    const name = evening.created.meeting.name;
    const laptop = await openScreen(hall.browser, LAPTOP, 'about:blank');
    const projector = await openScreen(hall.browser, PROJECTOR, `${base}/b#${projectorToken}`);
    const phone = await openScreen(hall.browser, PHONE, `${base}/`);
    hall.screens.push(laptop, projector, phone);
    const titled = (page: Page, title: string) => expect.poll(() => page.title(), SOON).toBe(title);

    await titled(projector.page, `Beamer — ${name}`);
    await titled(phone.page, 'Doe mee — Buurtkracht');
    const joined = await joinMeeting(base, evening.code);
    await phone.context.addInitScript(
      ([key, value]) => localStorage.setItem(key, value),
      [`buurtkracht.key.${evening.code}`, joined.key],
    );
    await phone.page.goto(`${base}/j/${evening.code}`);
    await titled(phone.page, `Doe mee — ${name}`);

    const page = laptop.page;
    const views: [string, string][] = [
      [`/r#${facilitatorToken}`, `Regie — ${name}`],
      [`/kopgroep#${henkToken}`, `Kopgroep — ${name}`],
      [`/werkgroep#${memberToken}`, 'Werkgroep Veilig verkeer'],
      [`/leiden/${meeting.id}#${henkToken}`, 'Leiden — Terugkombijeenkomst voorjaar'],
      [
        `/verslag/${evening.created.meeting.id}#${facilitatorToken}`,
        `Verslag wijkbrede bijeenkomst – ${name}`,
      ],
      [
        `/terugkomverslag/${meeting.id}#${henkToken}`,
        'Verslag terugkombijeenkomst – Terugkombijeenkomst voorjaar',
      ],
    ];
    for (const [where, title] of views) {
      await page.goto(`${base}${where}`);
      await titled(page, title);
    }

    // In English the words around the meeting's name change with the rest of the screen.
    await page.goto(`${base}/r#${facilitatorToken}`);
    await titled(page, `Regie — ${name}`);
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await titled(page, `Console — ${name}`);
  });

  it('prints the verslag as a tagged PDF in Dutch', async () => {
    const { evening } = await returnMeetingReady(hall);
    const { facilitatorToken } = evening.created;
    const url = `${hall.server.url}/verslag/${evening.created.meeting.id}#${facilitatorToken}`;
    const report = await openScreen(hall.browser, LAPTOP, url);
    hall.screens.push(report);
    const page = report.page;
    await expect.poll(() => page.getByTestId('report-meeting').count(), SOON).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    // One h1, and no level skipped below it: the PDF's structure tree follows the headings.
    const levels = await page.$$eval('h1, h2, h3, h4', (all) =>
      all.map((h) => Number(h.tagName[1])),
    );
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    for (let i = 1; i < levels.length; i++)
      expect(levels[i]).toBeLessThanOrEqual(levels[i - 1] + 1);
    await page.emulateMedia({ media: 'print' });
    const pdfPath = path.join(ARTEFACTS, 'verslag-tagged.pdf');
    await page.pdf({
      path: pdfPath,
      format: 'A4',
      printBackground: true,
      tagged: true,
      outline: true,
    });
    const bytes = readFileSync(pdfPath).toString('latin1');
    expect(bytes).toContain('/StructTreeRoot');
    expect(bytes).toMatch(/\/Lang\s*\(nl\)/);
  });
});
