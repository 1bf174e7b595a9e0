import { describe, expect, it } from 'vitest';
import { createMeeting } from '../helpers/server.js';
import {
  LAPTOP,
  PHONE,
  PROJECTOR,
  useHall,
  openScreen,
  screenshot,
} from '../helpers/e2e/browser.js';

describe('before the break: an anonymised theme, recognition and an addition', () => {
  const hall = useHall();

  it('goes from a flagged quote to revealed bars and a moderated addition on the projector', async () => {
    const created = await createMeeting(hall.server.url);
    const code = created.meeting.joinCode;
    const regie = await openScreen(
      hall.browser,
      LAPTOP,
      `${hall.server.url}/r#${created.facilitatorToken}`,
    );
    const projector = await openScreen(
      hall.browser,
      PROJECTOR,
      `${hall.server.url}/b#${created.projectorToken}`,
    );
    const phones = [
      await openScreen(hall.browser, PHONE, `${hall.server.url}/j/${code}`),
      await openScreen(hall.browser, PHONE, `${hall.server.url}/j/${code}`),
      await openScreen(hall.browser, PHONE, `${hall.server.url}/j/${code}`),
    ];
    hall.screens.push(regie, projector, ...phones);
    const r = regie.page;
    await expect
      .poll(() => projector.page.getByTestId('attendee-count').innerText())
      .toBe('3 in de zaal');

    // The facilitator enters a theme whose quote names a resident.
    await r.getByTestId('console-tab-themes').click();
    await r.getByTestId('theme-new').click();
    await r.getByTestId('theme-title').fill('Elkaar ontmoeten');
    await r
      .getByTestId('theme-description')
      .fill('Veel bewoners missen een plek om elkaar te zien.');
    await r
      .getByTestId('theme-quote-0')
      .fill('Mevrouw Jansen van nummer 12 zit al maanden alleen thuis.');
    await r.getByTestId('theme-save').click();

    // The anonymiser flags the name and the address; publishing waits until they are resolved.
    await expect.poll(() => r.getByTestId('flag-item').count()).toBeGreaterThanOrEqual(2);
    await expect.poll(() => r.getByTestId('flag-mark').first().innerText()).toContain('Jansen');
    await expect.poll(() => r.getByTestId('theme-publish').isDisabled()).toBe(true);
    await screenshot(r, '20-console-theme-flagged');
    while ((await r.getByTestId('flag-accept').count()) > 0) {
      const before = await r.getByTestId('flag-accept').count();
      await r.getByTestId('flag-accept').first().click();
      await expect.poll(() => r.getByTestId('flag-accept').count()).toBeLessThan(before);
    }
    await expect.poll(() => r.getByTestId('theme-publish').isEnabled()).toBe(true);
    await r.getByTestId('theme-publish').click();
    await expect.poll(() => r.getByTestId('theme-unpublish').isVisible()).toBe(true);
    await screenshot(r, '21-console-theme-published');

    // The theme is presented; the projector and phones show the anonymised quote.
    await r.getByTestId('console-tab-evening').click();
    await r.locator('button[data-phase="themes"]').click();
    // A phase opens on its overview; "Volgende thema" puts the first theme up.
    await expect
      .poll(() => r.getByTestId('focus-current').innerText())
      .toBe('Er staat geen thema op het scherm.');
    await r.getByTestId('focus-next').click();
    for (const screen of [projector, phones[0]]) {
      const shownQuote = () => screen.page.getByTestId('theme-quote').first().innerText();
      await expect.poll(shownQuote).toContain('alleen thuis');
      expect(await shownQuote()).not.toContain('Jansen');
      expect(await shownQuote()).not.toContain('nummer 12');
      expect(await screen.page.getByTestId('theme-title').first().innerText()).toContain(
        'Elkaar ontmoeten',
      );
    }
    await screenshot(projector.page, '22-projector-theme');
    await screenshot(phones[0].page, '22-phone-theme');

    // Into recognition: again from the overview, then the first theme.
    await r.locator('button[data-phase="recognition"]').click();
    await expect
      .poll(() => projector.page.getByTestId('phase-title').innerText())
      .toBe('Herkent u dit?');
    await r.getByTestId('focus-next').click();

    // Answers open; three phones answer; nothing is counted on the projector before the reveal.
    await r.getByTestId('recognition-open').first().click();
    const answers = ['answer-yes', 'answer-yes', 'answer-no'];
    for (const [i, phone] of phones.entries()) {
      await expect.poll(() => phone.page.getByTestId(answers[i]).isEnabled()).toBe(true);
      await phone.page.getByTestId(answers[i]).click();
      await expect
        .poll(() => phone.page.getByTestId('vote-status').innerText())
        .toContain('Ontvangen');
    }
    await screenshot(phones[0].page, '23-phone-answered');
    expect(await projector.page.getByTestId('recognition-waiting').isVisible()).toBe(true);
    expect(await projector.page.getByTestId('tally').count()).toBe(0);
    await screenshot(projector.page, '23-projector-before-reveal');

    await r.getByTestId('recognition-reveal').first().click();
    await expect.poll(() => projector.page.getByTestId('bar-count-yes').innerText()).toContain('2');
    expect(await projector.page.getByTestId('bar-count-no').innerText()).toContain('1');
    expect(await projector.page.getByTestId('bar-count-partly').innerText()).toContain('0');
    await screenshot(projector.page, '24-projector-revealed');

    // An addition goes from a phone through moderation to the projector, as text.
    const addition = 'De bus naar het ziekenhuis <b>rijdt</b> maar één keer per uur';
    await phones[1].page.getByTestId('addition-text').fill(addition);
    await phones[1].page.getByTestId('addition-send').click();
    await expect
      .poll(() => phones[1].page.getByTestId('addition-status').first().innerText())
      .toContain('ontvangen');
    await screenshot(phones[1].page, '25-phone-addition-received');
    await r.getByTestId('console-tab-additions').click();
    await expect.poll(() => r.getByTestId('addition-item').count()).toBe(1);
    await screenshot(r, '26-console-moderation');
    await r.getByTestId('addition-approve').first().click();
    await expect
      .poll(() => projector.page.getByTestId('plenary-addition').first().innerText())
      .toContain('<b>rijdt</b>');
    await projector.page.waitForTimeout(1000); // let the calm fade-in finish for the picture
    await screenshot(projector.page, '27-projector-addition');

    // Offline, an addition waits on the phone as "nog niet verstuurd" and arrives once when back.
    const offline = phones[2];
    await offline.context.setOffline(true);
    await offline.page.getByTestId('addition-text').fill('Een koffieochtend in het dorpshuis');
    await offline.page.getByTestId('addition-send').click();
    await expect
      .poll(() => offline.page.getByTestId('addition-status').first().innerText())
      .toContain('nog niet verstuurd');
    await screenshot(offline.page, '28-phone-addition-offline');
    await offline.context.setOffline(false);
    await expect
      .poll(() => offline.page.getByTestId('addition-status').first().innerText(), {
        timeout: 30_000,
      })
      .toContain('ontvangen');
    const stored = () => hall.server.app.services.additions.list(created.meeting.id);
    await expect.poll(async () => (await stored()).length).toBe(2);
    await r.waitForTimeout(1500); // a second copy would have arrived by now
    expect(
      (await stored()).filter((a) => a.text === 'Een koffieochtend in het dorpshuis'),
    ).toHaveLength(1);
    await expect.poll(() => r.getByText('Een koffieochtend in het dorpshuis').count()).toBe(1);

    // After the break everyone picks a theme for the subgroups.
    await r.getByTestId('console-tab-evening').click();
    await r.locator('button[data-phase="choose"]').click();
    const chooser = phones[0].page;
    await expect.poll(() => chooser.getByTestId('choose-first').count()).toBe(1);
    await chooser.getByText('Elkaar ontmoeten').click();
    await expect
      .poll(() => chooser.getByTestId('choice-status').innerText())
      .toContain('Opgeslagen');
    const counts = await hall.server.app.services.preferences.counts(created.meeting.id);
    expect(Object.values(counts.themes)).toEqual([{ first: 1, second: 0 }]);
    await screenshot(chooser, '29-phone-choose');
    // The facilitator sees the count grow live.
    await expect
      .poll(() => r.getByTestId('preference-row').first().innerText())
      .toMatch(/Elkaar ontmoeten\s+1\s+0/);
    await screenshot(r, '29-console-preferences');

    for (const screen of hall.screens) expect(screen.errors).toEqual([]);
  });
});
