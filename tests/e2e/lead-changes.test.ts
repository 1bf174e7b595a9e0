/**
 * Issue 11, items 11 and 13, as the consoles show them: handing the lead back and forth costs
 * each open console one pushed message (no burst of requests that ran into "Te veel pogingen"),
 * and revoking a kopgroep member who leads gives the lead back to the facilitator while the
 * revoked page says one thing only.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cleanUp } from '../helpers/integration/helpers.js';
import { ok } from '../helpers/integration/evening.js';
import { useHall } from '../helpers/e2e/browser.js';
import { snapshot } from '../helpers/e2e/room.js';
import { openConsole, openCountedConsole, returnMeeting } from '../helpers/e2e/lead-setup.js';

const YOU_LEAD = 'U leidt deze bijeenkomst.';
const FACILITATOR_LEADS = 'De begeleider leidt; u kijkt mee.';
const HENK_LEADS = 'Henk leidt; u kijkt mee.';

afterEach(cleanUp);

const banner = (page: Page) => page.getByTestId('lead-banner').innerText();

describe('changing who leads a return meeting', () => {
  const hall = useHall();

  it('costs a following console nothing: four hand-overs and back within seconds', async () => {
    const { meeting, facilitatorToken, henkToken } = await returnMeeting(hall);
    const facilitator = await openCountedConsole(hall, meeting.id, facilitatorToken);
    const henk = await openCountedConsole(hall, meeting.id, henkToken);
    const [f, h] = [facilitator.page, henk.page];
    await expect.poll(() => banner(f)).toBe(YOU_LEAD);
    await expect.poll(() => banner(h)).toBe(FACILITATOR_LEADS);
    // Let the consoles finish opening (their first reads and clock pings), then count.
    await expect.poll(() => f.getByLabel('Leiding overdragen aan…').isVisible()).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(henk.requests.events).toContain('session:sync');
    facilitator.requests.events.length = 0;
    henk.requests.events.length = 0;
    const [fromFacilitator, fromHenk] = [facilitator.requests, henk.requests];

    for (let round = 0; round < 4; round++) {
      await f.getByLabel('Leiding overdragen aan…').selectOption({ label: 'Henk' });
      await f.getByTestId('lead-handover-submit').click();
      await expect.poll(() => banner(f)).toBe(HENK_LEADS);
      await expect.poll(() => banner(h)).toBe(YOU_LEAD);
      await f.getByTestId('lead-take-back').click();
      await expect.poll(() => banner(f)).toBe(YOU_LEAD);
      await expect.poll(() => banner(h)).toBe(FACILITATOR_LEADS);
    }
    // Henk's console asked nothing; the facilitator's sent only its eight leader:set commands.
    expect(fromHenk.events).toEqual([]);
    expect(fromFacilitator.events).toEqual(Array(8).fill('leader:set'));
    expect(await f.getByText('Te veel pogingen').count()).toBe(0);
    // And the facilitator still runs the meeting.
    await f.getByTestId('agenda-save').click();
    await expect.poll(() => f.getByTestId('agenda-item').count()).toBe(1);
    for (const screen of hall.screens) expect(screen.errors).toEqual([]);
  });

  it('ends when the leader’s kopgroep link is revoked; the revoked page says one thing', async () => {
    const { regie, meeting, henkId, facilitatorToken, henkToken } = await returnMeeting(hall);
    const f = (await openConsole(hall, meeting.id, facilitatorToken)).page;
    const h = (await openConsole(hall, meeting.id, henkToken)).page;
    await expect.poll(() => banner(f)).toBe(YOU_LEAD);
    await f.getByLabel('Leiding overdragen aan…').selectOption({ label: 'Henk' });
    await f.getByTestId('lead-handover-submit').click();
    await expect.poll(() => banner(h)).toBe(YOU_LEAD);
    await expect.poll(() => banner(f)).toBe(HENK_LEADS);

    ok(await regie.emitWithAck('coreGroup:revoke', { memberId: henkId }));
    // The facilitator leads again without doing anything.
    await expect.poll(() => banner(f)).toBe(YOU_LEAD);
    await expect.poll(() => f.getByTestId('agenda-save').isEnabled()).toBe(true);
    // Henk's page: one message, no "Henk leidt", no second banner that says something else.
    await expect.poll(() => h.getByTestId('lead-refused').count()).toBe(1);
    expect(await h.getByTestId('lead-console').innerText()).toContain(
      'Deze link werkt niet meer voor deze bijeenkomst.',
    );
    expect(await h.getByText('Vraag de begeleider om een nieuwe link').count()).toBe(0);
    expect(await h.getByText('leidt', { exact: false }).count()).toBe(0);
    expect(await h.getByRole('alert').count()).toBe(1);
    // The facilitator's list still held Henk: handing him the lead says why it cannot be, and
    // the list is read again without him.
    const handOver = f.getByLabel('Leiding overdragen aan…');
    await handOver.selectOption({ label: 'Henk' });
    await f.getByTestId('lead-handover-submit').click();
    await expect
      .poll(() => f.getByText('Henk kan de bijeenkomst niet meer leiden', { exact: false }).count())
      .toBe(1);
    expect(await f.getByText('bestaat niet', { exact: false }).count()).toBe(0);
    // Henk was the only kopgroep member: nobody is left to hand the lead to.
    await expect.poll(() => handOver.count()).toBe(0);
    expect(await banner(f)).toBe(YOU_LEAD);
    await snapshot(f, '180-lead-revoked-facilitator-leads');
    await snapshot(h, '181-lead-revoked-page');
  });
});
