import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEFAULT_CENTRAL_QUESTION } from '../../shared/model-conversations.js';
import { cleanUp } from '../helpers/integration/helpers.js';
import { ok } from '../helpers/integration/evening.js';
import {
  ARTEFACTS,
  LAPTOP,
  PHONE,
  openScreen,
  seriousA11yViolations,
  useHall,
} from '../helpers/e2e/browser.js';
import { fillDate } from '../helpers/e2e/date-field.js';
import { SMALL_PHONE, preparedMeeting, snapshot } from '../helpers/e2e/room.js';

const TABLET = { viewport: { width: 1024, height: 768 }, hasTouch: true };

afterEach(cleanUp);

/** Writes one entry on the gespreksleider's screen, as a person taps and types it. */
async function record(page: Page, speaker: number, kind: string, text: string): Promise<void> {
  await page.getByTestId(`speaker-${speaker}`).click();
  await page.getByTestId(`kind-${kind}`).click();
  await page.getByTestId('entry-text').first().fill(text);
  await page.getByTestId('entry-save').first().click();
  await expect.poll(() => page.getByTestId('entry-text').first().inputValue()).toBe('');
}

/** The sent state of the entry with this text: "Opgeslagen" or "Nog niet verstuurd". */
const stateOf = (page: Page, text: string) =>
  page
    .getByTestId('entry')
    .filter({ has: page.getByText(text, { exact: true }) })
    .getByTestId('entry-state')
    .innerText();

describe('small-group conversations', () => {
  const hall = useHall();

  it('are planned by the kopgroep and recorded on a phone, offline for a while, and counted', async () => {
    const meeting = await preparedMeeting(hall, []);
    const url = hall.server.url;
    const henk = ok(await meeting.regie.emitWithAck('coreGroup:invite', { name: 'Henk' }));

    // The kopgroep plans a conversation on a laptop and makes its gespreksleider's link.
    const kopgroep = await openScreen(hall.browser, LAPTOP, henk.link);
    hall.screens.push(kopgroep);
    const k = kopgroep.page;
    await k.getByTestId('conversation-plan').click();
    await k.getByTestId('conversation-group').fill('ouderen De Linde');
    await k.getByTestId('conversation-place').fill('Buurthuis De Brink');
    await fillDate(k.getByTestId('conversation-date'), '2027-01-14');
    await k.getByTestId('conversation-time').fill('14:00');
    await k.getByTestId('conversation-leader').fill('Ans');
    expect(await k.getByTestId('conversation-question-field').inputValue()).toBe(
      DEFAULT_CENTRAL_QUESTION,
    );
    await k
      .getByTestId('conversation-form')
      .screenshot({ path: path.join(ARTEFACTS, 'gesprekken-form-1366.png') });
    await k.getByTestId('conversation-submit').click();
    const row = k.getByTestId('conversation-row');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.getByTestId('conversation-row-link').innerText()).toBe('Geen link');
    await row.getByTestId('conversation-make-link').click();
    const card = k.getByTestId('conversation-link');
    await expect.poll(() => card.count()).toBe(1);
    const link = await card.locator('input').inputValue();
    expect(link).toMatch(/\/gesprek#[A-Za-z0-9_-]{16,}$/);
    await expect
      .poll(() => row.getByTestId('conversation-row-link').innerText())
      .toBe('Link werkt');

    // The gespreksleider opens it on a phone: the group, the day and the question on top.
    const leader = await openScreen(hall.browser, PHONE, link);
    hall.screens.push(leader);
    const p = leader.page;
    await expect
      .poll(() => p.getByTestId('conversation-group').innerText())
      .toContain('ouderen De Linde');
    expect(await p.getByTestId('conversation-when').innerText()).toContain('14 januari 2027');
    expect(await p.getByTestId('conversation-question').innerText()).toBe(DEFAULT_CENTRAL_QUESTION);
    await expect.poll(() => p.getByTestId('record-saved').count()).toBe(1);

    // A name is flagged in place while it is typed, with a hint in plain Dutch.
    await p
      .getByTestId('entry-text')
      .first()
      .fill('Mevrouw Jansen zegt dat de bus te weinig rijdt.');
    await expect.poll(() => p.getByTestId('entry-flag').count()).toBeGreaterThan(0);
    expect(await p.getByTestId('entry-flags').innerText()).toContain('Dit lijkt een naam');
    await p
      .getByTestId('record-form')
      .screenshot({ path: path.join(ARTEFACTS, 'gesprek-phone-390-flag.png') });

    await record(p, 1, 'quote', 'De bus rijdt hier maar één keer per uur.');
    await record(p, 2, 'story', 'Een buurvrouw brengt elke week soep rond bij ouderen.');
    await expect
      .poll(() => stateOf(p, 'De bus rijdt hier maar één keer per uur.'))
      .toBe('Opgeslagen');
    await expect
      .poll(() => stateOf(p, 'Een buurvrouw brengt elke week soep rond bij ouderen.'))
      .toBe('Opgeslagen');
    await snapshot(p, 'gesprek-phone-390');
    expect(await seriousA11yViolations(p)).toEqual([]);

    // No wifi in the hall: what is written waits on the phone, marked, and the page says so.
    await leader.context.setOffline(true);
    await expect.poll(() => p.getByTestId('record-offline').count()).toBe(1);
    expect(await p.getByTestId('record-offline').innerText()).toContain(
      'Wat u opschrijft blijft op dit apparaat',
    );
    await record(p, 3, 'offer', 'Ik wil wel de moestuin bijhouden.');
    await record(p, 1, 'story', 'Het pad naar de winkel is slecht verlicht.');
    expect(await stateOf(p, 'Ik wil wel de moestuin bijhouden.')).toBe('Nog niet verstuurd');
    expect(await stateOf(p, 'Het pad naar de winkel is slecht verlicht.')).toBe(
      'Nog niet verstuurd',
    );
    await p.getByTestId('residents').fill('5');
    await p.getByTestId('residents').blur();
    await snapshot(p, 'gesprek-phone-390-offline');

    // Back online: everything goes through by itself.
    await leader.context.setOffline(false);
    await expect
      .poll(() => stateOf(p, 'Ik wil wel de moestuin bijhouden.'), { timeout: 15_000 })
      .toBe('Opgeslagen');
    await expect
      .poll(() => stateOf(p, 'Het pad naar de winkel is slecht verlicht.'))
      .toBe('Opgeslagen');
    await expect.poll(() => p.getByTestId('record-saved').count()).toBe(1);

    // An entry is changed in place (another speaker, a better word) and a slip is removed.
    const lampId = await p
      .getByTestId('entry')
      .filter({ has: p.getByText('Het pad naar de winkel is slecht verlicht.', { exact: true }) })
      .getAttribute('data-entry-id');
    const lamp = p.locator(`[data-entry-id="${lampId}"]`);
    await lamp.getByTestId('entry-edit').click();
    await lamp.getByTestId('speaker-4').click();
    await lamp.getByTestId('entry-text').fill('Het pad naar de supermarkt is slecht verlicht.');
    await lamp.getByTestId('entry-save').click();
    const changed = p.getByTestId('entry').filter({
      has: p.getByText('Het pad naar de supermarkt is slecht verlicht.', { exact: true }),
    });
    await expect
      .poll(() => changed.getByTestId('entry-who').innerText())
      .toBe('bewoner 4 · Verhaal');
    await expect
      .poll(() => stateOf(p, 'Het pad naar de supermarkt is slecht verlicht.'))
      .toBe('Opgeslagen');
    await record(p, 2, 'story', 'Per ongeluk opgeschreven.');
    const slip = p
      .getByTestId('entry')
      .filter({ has: p.getByText('Per ongeluk opgeschreven.', { exact: true }) });
    await slip.getByTestId('entry-remove').click();
    await slip.getByTestId('entry-remove-confirm').click();
    await expect.poll(() => p.getByTestId('entry').count()).toBe(4);

    // The kopgroep's list counts what was recorded and how many took part.
    await expect.poll(() => row.getByTestId('conversation-row-entries').innerText()).toBe('4');
    await expect.poll(() => row.getByTestId('conversation-row-residents').innerText()).toBe('5');
    await k
      .getByTestId('conversations')
      .screenshot({ path: path.join(ARTEFACTS, 'gesprekken-1366.png') });

    // The Regie sees the same conversation in its Gesprekken tab.
    const regie = await openScreen(
      hall.browser,
      LAPTOP,
      `${url}/r#${meeting.created.facilitatorToken}`,
    );
    hall.screens.push(regie);
    await regie.page.getByTestId('console-tab-conversations').click();
    const regieRow = regie.page.getByTestId('conversation-row');
    await expect.poll(() => regieRow.getByTestId('conversation-row-entries').innerText()).toBe('4');
    expect(await seriousA11yViolations(regie.page)).toEqual([]);

    // The evening's verslag starts with where its themes came from: counts and groups only.
    const verslag = await openScreen(
      hall.browser,
      LAPTOP,
      `${url}/verslag/${meeting.created.meeting.id}#${meeting.created.facilitatorToken}`,
    );
    hall.screens.push(verslag);
    const origin = verslag.page.getByTestId('report-origin');
    await expect
      .poll(() => origin.innerText(), { timeout: 10_000 })
      .toContain('Voor deze avond was er 1 gesprek in kleine groepen, met samen 5 bewoners.');
    expect(await origin.innerText()).toContain('Gesprekken met: ouderen De Linde.');
    await origin.screenshot({ path: path.join(ARTEFACTS, 'verslag-origin.png') });

    // The same link on a tablet shows the same record, calmly laid out.
    const tablet = await openScreen(hall.browser, TABLET, link);
    hall.screens.push(tablet);
    await expect.poll(() => tablet.page.getByTestId('entry').count()).toBe(4);
    await snapshot(tablet.page, 'gesprek-tablet-1024');

    // At 320 px (WCAG 1.4.10) the record still reads top to bottom, without scrolling sideways.
    await p.setViewportSize({ width: 320, height: 800 });
    await expect
      .poll(() => p.evaluate(() => document.documentElement.scrollWidth - 320))
      .toBeLessThanOrEqual(0);
    expect(await seriousA11yViolations(k)).toEqual([]);

    // The kopgroep revokes the link: the row says so, and the open phone stops sending.
    await row.getByTestId('conversation-revoke').click();
    await k.getByTestId('conversation-confirm').click();
    await expect.poll(() => row.getByTestId('conversation-row-link').innerText()).toBe('Geen link');
    await expect.poll(() => p.getByTestId('record-refused').count(), { timeout: 15_000 }).toBe(1);
    expect(await p.getByTestId('entry').count()).toBe(4);

    expect([
      ...kopgroep.errors,
      ...leader.errors,
      ...regie.errors,
      ...tablet.errors,
      ...verslag.errors,
    ]).toEqual([]);
  });

  it('keeps what a replaced link wrote offline on the device, and sends it with the new link', async () => {
    const meeting = await preparedMeeting(hall, []);
    const regie = meeting.regie;
    const plan = {
      group: 'jonge gezinnen',
      place: 'School De Regenboog',
      date: '2027-01-20',
      time: '',
      leader: 'Piet',
      question: 'Wat heeft u nodig om hier fijn te wonen?',
    };
    const conversation = ok(await regie.emitWithAck('conversation:create', plan));
    const first = ok(await regie.emitWithAck('conversation:link', { id: conversation.id }));

    const leader = await openScreen(hall.browser, SMALL_PHONE, first.link);
    hall.screens.push(leader);
    const p = leader.page;
    await expect.poll(() => p.getByTestId('record-saved').count()).toBe(1);
    await leader.context.setOffline(true);
    await record(p, 1, 'quote', 'Er is geen speeltuin in de wijk.');
    expect(await stateOf(p, 'Er is geen speeltuin in de wijk.')).toBe('Nog niet verstuurd');

    // Meanwhile the kopgroep makes a new link: the old one stops working.
    const second = ok(await regie.emitWithAck('conversation:link', { id: conversation.id }));
    await leader.context.setOffline(false);
    await expect.poll(() => p.getByTestId('record-refused').count(), { timeout: 15_000 }).toBe(1);
    expect(await p.getByTestId('record-refused').innerText()).toContain(
      'Deze link werkt niet meer. Wat u opschreef, blijft op dit apparaat.',
    );
    expect(await stateOf(p, 'Er is geen speeltuin in de wijk.')).toBe('Nog niet verstuurd');
    await snapshot(p, 'gesprek-phone-360-refused');

    // The new link, opened on the same phone, sends what it kept.
    await p.close();
    const again = await leader.context.newPage();
    await again.goto(second.link);
    await expect
      .poll(() => stateOf(again, 'Er is geen speeltuin in de wijk.'), { timeout: 15_000 })
      .toBe('Opgeslagen');
    await expect
      .poll(async () => ok(await regie.emitWithAck('conversation:list', {}))[0]?.entries)
      .toBe(1);
    expect(leader.errors).toEqual([]);
  });

  it('says so when the link is cut short or unknown', async () => {
    const url = hall.server.url;
    const cut = await openScreen(hall.browser, PHONE, `${url}/gesprek`);
    hall.screens.push(cut);
    await expect.poll(() => cut.page.getByTestId('conversation-unknown').count()).toBe(1);
    const unknown = await openScreen(hall.browser, PHONE, `${url}/gesprek#AAAAAAAAAAAAAAAAAAAAAA`);
    hall.screens.push(unknown);
    await expect
      .poll(() => unknown.page.getByTestId('conversation-unknown').innerText())
      .toContain('Deze link werkt niet');
    expect(await seriousA11yViolations(unknown.page)).toEqual([]);
    expect([...cut.errors, ...unknown.errors]).toEqual([]);
  });
});
