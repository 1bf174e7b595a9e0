import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parse } from 'csv-parse/sync';
import { cleanUp } from '../helpers/integration/helpers.js';
import { ok } from '../helpers/integration/evening.js';
import { openScreen, useHall } from '../helpers/e2e/browser.js';
import type { Hall, Screen } from '../helpers/e2e/browser.js';
import { snapshot } from '../helpers/e2e/room.js';
import { returnMeetingReady } from '../helpers/e2e/return-room-setup.js';
import { returnMeeting } from '../helpers/e2e/lead-setup.js';

/** The leaders' laptops. */
const YOU_LEAD = 'U leidt deze bijeenkomst.';
const FACILITATOR_LEADS = 'De begeleider leidt; u kijkt mee.';
const HENK_LEADS = 'Henk leidt; u kijkt mee.';
const NOTHING_TO_CHANGE = 'U kunt alles zien, maar niets veranderen.';
const AFSPRAAK = 'Verkeersborden aanvragen bij de gemeente';

afterEach(cleanUp);

const CONSOLE = { viewport: { width: 1440, height: 900 } };

async function openConsole(hall: Hall, meetingId: string, token: string): Promise<Screen> {
  const screen = await openScreen(
    hall.browser,
    CONSOLE,
    `${hall.server.url}/leiden/${meetingId}#${token}`,
  );
  hall.screens.push(screen);
  return screen;
}

const banner = (page: Page) => page.getByTestId('lead-banner').innerText();
const currentItem = (page: Page) => page.locator('[data-testid="agenda-item"][data-current="yes"]');

/**
 * The buttons a console still lets its user press; a following console keeps only the downloads
 * (its Beamer opens by a link with its own token, not by a button; no Beamer token to copy).
 */
const enabledButtons = (page: Page) => page.locator('main button:enabled').allInnerTexts();
const FOLLOWER_BUTTONS = ['Afspraken voor Excel', 'Afspraken in uw agenda'];

describe('the lead of a terugkombijeenkomst and its downloads', () => {
  const hall = useHall();

  it('is handed to a kopgroep member and taken back; the other console follows read-only', async () => {
    const { meeting, facilitatorToken, henkToken } = await returnMeeting(hall);

    // The facilitator opens the console and leads: the agenda is prepared there.
    const facilitator = await openConsole(hall, meeting.id, facilitatorToken);
    const f = facilitator.page;
    await expect.poll(() => banner(f)).toBe(YOU_LEAD);
    await expect.poll(() => f.getByTestId('agenda-row').count()).toBe(1);
    await f.getByTestId('agenda-save').click();
    await expect.poll(() => f.getByTestId('agenda-item').count()).toBe(1);

    // Henk opens the same meeting with his kopgroep link and only follows.
    const henk = await openConsole(hall, meeting.id, henkToken);
    const h = henk.page;
    await expect.poll(() => banner(h)).toBe(FACILITATOR_LEADS);
    await expect.poll(() => h.getByTestId('agenda-item').count()).toBe(1);
    expect(await h.getByTestId('lead-hint').innerText()).toBe(NOTHING_TO_CHANGE);
    expect(await h.getByTestId('agenda-next').isDisabled()).toBe(true);
    expect(await h.getByTestId('lead-handover').count()).toBe(0);

    // The facilitator hands the lead to Henk.
    await f.getByLabel('Leiding overdragen aan…').selectOption({ label: 'Henk' });
    await f.getByTestId('lead-handover-submit').click();
    await expect.poll(() => f.getByText('Henk leidt nu de bijeenkomst.').count()).toBe(1);
    await expect.poll(() => banner(f)).toBe(HENK_LEADS);
    expect(await f.getByTestId('lead-hint').innerText()).toBe(
      'U kunt alles zien. Wilt u zelf weer leiden? Kies dan Leiding terugnemen.',
    );
    expect(await f.getByTestId('lead-handover').count()).toBe(0);
    expect(await f.getByTestId('lead-take-back').isEnabled()).toBe(true);
    expect(await f.getByTestId('agenda-next').isDisabled()).toBe(true);

    // Henk's console leads now and starts the werkgroep's slot.
    await expect.poll(() => banner(h)).toBe(YOU_LEAD);
    await expect.poll(() => h.getByTestId('agenda-next').isEnabled()).toBe(true);
    expect(await h.getByTestId('lead-take-back').count()).toBe(0);
    await h.getByTestId('agenda-next').click();
    await expect.poll(() => currentItem(h).innerText()).toContain('Veilig verkeer');
    // The facilitator sees the slot start, and can run none of it.
    await expect.poll(() => currentItem(f).innerText()).toContain('Veilig verkeer');
    expect(await f.getByTestId('agenda-close').isDisabled()).toBe(true);
    expect(await f.getByTestId('agreement-save').isDisabled()).toBe(true);
    expect(await enabledButtons(f)).toEqual(FOLLOWER_BUTTONS);
    expect(await enabledButtons(h)).toContain('Afsluiten');
    await snapshot(f, '120-return-lead-facilitator-follows');
    await snapshot(h, '121-return-lead-henk-leads');

    // The facilitator takes the lead back; Henk's console follows again.
    await f.getByTestId('lead-take-back').click();
    await expect.poll(() => banner(f)).toBe(YOU_LEAD);
    await expect.poll(() => f.getByText('U leidt de bijeenkomst weer.').count()).toBe(1);
    await expect.poll(() => f.getByTestId('agenda-close').isEnabled()).toBe(true);
    await expect.poll(() => banner(h)).toBe(FACILITATOR_LEADS);
    await expect.poll(() => h.getByTestId('agenda-close').isDisabled()).toBe(true);
    expect(await h.getByTestId('lead-hint').innerText()).toBe(NOTHING_TO_CHANGE);
    expect(await f.getByTestId('lead-hint').count()).toBe(0);
    expect(await enabledButtons(h)).toEqual(FOLLOWER_BUTTONS);
    expect(await h.getByText('Iemand anders leidt deze bijeenkomst nu.').count()).toBe(0);
    await snapshot(f, '122-return-lead-facilitator-took-back');
    await snapshot(h, '123-return-lead-henk-follows');

    for (const screen of hall.screens) expect(screen.errors).toEqual([]);
  });

  it('downloads the afspraken as CSV and iCalendar without a token in any URL', async () => {
    const { meeting, group, leader, henkToken } = await returnMeetingReady(hall);
    const agenda = ok(
      await leader.emitWithAck('agenda:set', {
        items: [{ kind: 'presentation', workingGroupId: group.id, minutes: 10 }],
      }),
    );
    ok(await leader.emitWithAck('agenda:start', { itemId: agenda.items[0].id }));
    ok(
      await leader.emitWithAck('agreement:save', {
        what: AFSPRAAK,
        owner: { kind: 'workingGroup', workingGroupId: group.id },
        due: '2027-05-01',
        themeIds: [],
        workingGroupIds: [group.id],
      }),
    );

    const henk = await openConsole(hall, meeting.id, henkToken);
    const h = henk.page;
    await expect.poll(() => banner(h)).toBe(YOU_LEAD);
    await expect
      .poll(() => h.getByTestId('agreements-made').getByTestId('agreement').innerText())
      .toContain(AFSPRAAK);
    const requested: string[] = [];
    h.on('request', (request) => requested.push(request.url()));

    const download = async (button: string) => {
      const [file] = await Promise.all([
        h.waitForEvent('download'),
        h.getByRole('button', { name: button }).click(),
      ]);
      const where = await file.path();
      return { name: file.suggestedFilename(), text: await readFile(where, 'utf8') };
    };

    const csv = await download('Afspraken voor Excel');
    expect(csv.name).toMatch(/\.csv$/);
    const rows = parse(csv.text.replace(/^\uFEFF/, ''), { delimiter: ';' }) as string[][];
    expect(rows[0]).toEqual([
      'afspraak',
      'wie',
      'uiterlijk',
      'status',
      "thema's",
      'werkgroepen',
      'gemaakt op',
    ]);
    expect(rows).toHaveLength(2);
    expect(rows[1][0]).toBe(AFSPRAAK);
    expect(rows[1][2]).toBe('01-05-2027');
    await expect.poll(() => h.getByText('Het bestand is gedownload.').count()).toBe(1);

    const ics = await download('Afspraken in uw agenda');
    expect(ics.name).toMatch(/\.ics$/);
    const calendar = ics.text.replace(/\r\n[ \t]/g, '');
    expect(calendar.startsWith('BEGIN:VCALENDAR')).toBe(true);
    const events = calendar.split('BEGIN:VEVENT').slice(1);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatch(/^DTSTART;VALUE=DATE:20270501\r?$/m);
    expect(events[0]).toContain(`SUMMARY:Afspraak: ${AFSPRAAK}`);

    // Both files came over fetch with the token in a header, never in an address.
    expect(requested.filter((u) => /\/agreements\.csv$/.test(u))).toHaveLength(1);
    expect(requested.filter((u) => /\/agreements\.ics$/.test(u))).toHaveLength(1);
    expect(requested.filter((u) => u.includes(henkToken))).toEqual([]);
    await snapshot(h, '124-return-lead-downloads');

    for (const screen of hall.screens) expect(screen.errors).toEqual([]);
  });
});
