/**
 * Focus and announcements (WCAG 2.4.3 and 4.1.3): a button whose command is on its way keeps
 * keyboard focus instead of throwing it to the page body, a sign-up moves focus to its result,
 * and what changes on a phone by itself (a new step, the end of the time, a stored sign-up,
 * "Gekopieerd") is written into a live region that was in the page before.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { nl } from '../../shared/i18n/nl.js';
import { cleanUp } from '../helpers/integration/helpers.js';
import { ok, phone as socketPhone, toPhase } from '../helpers/integration/evening.js';
import { PHONE, openScreen, screenshot, useHall } from '../helpers/e2e/browser.js';
import { preparedMeeting, statusOf, writeNote } from '../helpers/e2e/room.js';

const SOON = { timeout: 15_000 };
const REGIE = { viewport: { width: 1280, height: 800 } };

afterEach(cleanUp);

/** What has keyboard focus: its test id, else its tag and text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active) return 'nothing';
    return active.dataset.testid ?? `<${active.tagName.toLowerCase()}> ${active.innerText.trim()}`;
  });

/** A live region: present, with role="status", and its text. */
const region = async (page: Page, testid: string) => {
  const element = page.getByTestId(testid);
  expect(await element.count()).toBe(1);
  expect(await element.getAttribute('role')).toBe('status');
  return (await element.textContent())?.trim() ?? '';
};

describe('focus stays put and changes are announced', () => {
  const hall = useHall();

  it('on the Regie and on a phone, through the evening to a sign-up', async () => {
    const meeting = await preparedMeeting(hall, ['Groen in de wijk', 'Veilig verkeer']);
    const url = hall.server.url;
    const regie = await openScreen(
      hall.browser,
      REGIE,
      `${url}/r#${meeting.created.facilitatorToken}`,
    );
    const phone = await openScreen(hall.browser, PHONE, `${url}/j/${meeting.code}`);
    hall.screens.push(regie, phone);
    const r = regie.page;
    const p = phone.page;
    await expect.poll(() => p.getByTestId('phase-title').innerText(), SOON).toBe('Welkom');
    // The first screen comes from the join's answer; the live step, with its region, follows.
    await p.getByTestId('phase-news').waitFor({ state: 'attached', ...SOON });
    expect(await region(p, 'phase-news')).toBe('');

    // "Volgende →" by keyboard: focus stays on it while and after the step is sent.
    await r.getByTestId('next-phase').focus();
    await r.keyboard.press('Enter');
    expect(await focused(r)).toBe('next-phase');
    await expect
      .poll(() => p.getByTestId('phase-title').innerText(), SOON)
      .toBe(nl.phaseTitle.themes);
    expect(await focused(r)).toBe('next-phase');
    // The phone says the new step out loud, through the region that was already there.
    expect(await region(p, 'phase-news')).toBe(nl.phaseNow(nl.phaseTitle.themes));

    // A timer preset keeps focus too.
    const preset = r.getByRole('button', { name: '5 min', exact: true });
    await preset.focus();
    await r.keyboard.press('Enter');
    await expect.poll(() => p.getByTestId('timer').count(), SOON).toBe(1);
    expect(await focused(r)).toBe('<button> 5 min');
    await screenshot(r, 'a11y-22-regie-focus-kept-1280');

    // "De tijd is om": the region is on the phone while the time runs, and says it at the end.
    expect(await region(p, 'timer-up-status')).toBe('');
    ok(await meeting.regie.emitWithAck('timer:control', { action: 'start', durationMs: 1000 }));
    await expect.poll(() => region(p, 'timer-up-status'), SOON).toBe(nl.timeUp);

    // "Toon de uitslag" by keyboard: the same button stays focused, now offering to hide it.
    await r.locator('button[data-phase="recognition"]').click();
    await expect.poll(() => r.getByTestId('focus-next').count(), SOON).toBe(1);
    await r.getByTestId('focus-next').click();
    await expect.poll(() => r.getByTestId('recognition-reveal').count(), SOON).toBe(1);
    await r.getByTestId('recognition-reveal').focus();
    await r.keyboard.press('Enter');
    await expect.poll(() => focused(r), SOON).toBe('recognition-hide');

    // Sign-up: sending moves focus to the "aangemeld" heading, and it is announced.
    await toPhase({ regie: meeting.regie }, 'signup');
    await expect.poll(() => p.getByTestId('signup-form').isVisible(), SOON).toBe(true);
    expect(await region(p, 'signup-announce')).toBe('');
    await p.getByTestId('signup-theme').selectOption({ label: 'Groen in de wijk' });
    await p.getByTestId('signup-name').fill('Anna de Vries');
    await p.getByTestId('signup-email').fill('anna@voorbeeld.nl');
    await p.getByTestId('signup-consent-contact').check();
    await p.getByTestId('signup-submit').focus();
    await p.keyboard.press('Enter');
    await expect.poll(() => p.getByTestId('signup-done').count(), SOON).toBe(1);
    const done = nl.signup.done('Groen in de wijk');
    await expect.poll(() => focused(p)).toBe(`<h2> ✓ ${done}`);
    expect(await region(p, 'signup-announce')).toBe(done);

    // "Gekopieerd" is read out from a region next to the button, not only its changed label.
    await phone.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url });
    expect(await region(p, 'signup-copy-status')).toBe('');
    await p.getByTestId('signup-copy').click();
    await expect.poll(() => region(p, 'signup-copy-status')).toBe(nl.copied);
    expect(await focused(p)).toBe('signup-copy');
    await screenshot(p, 'a11y-22-phone-signup-done');

    expect(regie.errors).toEqual([]);
    expect(phone.errors).toEqual([]);
  });

  it('at the tables: confirming them, saving a note, and its "verstuurd" read out', async () => {
    const meeting = await preparedMeeting(hall, ['Groen in de buurt', 'Samen eten']);
    const [green, meals] = meeting.themes;
    const url = hall.server.url;
    const regie = await openScreen(
      hall.browser,
      REGIE,
      `${url}/r#${meeting.created.facilitatorToken}`,
    );
    const phone = await openScreen(hall.browser, PHONE, `${url}/j/${meeting.code}`);
    hall.screens.push(regie, phone);
    const r = regie.page;
    const p = phone.page;
    await expect.poll(() => p.getByTestId('phase-title').innerText(), SOON).toBe('Welkom');

    // Everyone chooses: this phone and three others green, four others eating together.
    await toPhase({ regie: meeting.regie }, 'choose');
    await expect.poll(() => p.getByTestId('choose-first').count(), SOON).toBe(2);
    await p.getByText('Groen in de buurt').first().click();
    await expect
      .poll(() => p.getByTestId('choice-status').innerText(), SOON)
      .toContain('Opgeslagen');
    for (const theme of [green, green, green, meals, meals, meals, meals]) {
      const other = await socketPhone({ server: hall.server, joinCode: meeting.code });
      ok(await other.socket.emitWithAck('preference:set', { first: theme.id, second: null }));
    }
    ok(await meeting.regie.emitWithAck('groups:propose', {}));
    await toPhase({ regie: meeting.regie }, 'subgroups');

    // Confirming the tables by keyboard: focus goes to the new state, not the page body.
    await expect.poll(() => r.getByTestId('groups-confirm').count(), SOON).toBe(1);
    await r.getByTestId('groups-confirm').focus();
    await r.keyboard.press('Enter');
    await r.getByTestId('groups-confirm-yes').focus();
    await r.keyboard.press('Enter');
    // At the tables the confirmed groups fold away; the tables' overview is the result.
    await expect.poll(() => focused(r), SOON).toBe(`<h2> ${nl.groups.overviewTitle}`);
    expect(await r.getByTestId('grouping-state').textContent()).toContain(nl.groups.stateConfirmed);
    await screenshot(r, 'a11y-22-regie-tables-confirmed-1280');

    // A note on the phone: its delivery is in a live region, from "nog niet verstuurd" on.
    await expect.poll(() => p.getByTestId('canvas').isVisible(), SOON).toBe(true);
    await phone.context.setOffline(true);
    const text = 'Ik kan de gieter vullen';
    await writeNote(p, 'helpers', text);
    await expect.poll(() => statusOf(p, text), SOON).toBe('unsent');
    const note = p.getByTestId('canvas-note').filter({ hasText: text });
    const live = note.getByRole('status');
    expect(await live.innerText()).toContain(nl.canvas.notSent);
    await phone.context.setOffline(false);
    await expect.poll(() => statusOf(p, text), SOON).toBe('sent');
    expect(await live.innerText()).toContain(nl.canvas.sent);

    // Saving an edited note by keyboard returns focus to that note's edit button.
    await note.getByRole('button', { name: nl.canvas.edit }).click();
    await p.keyboard.type(' en water geven');
    // While editing, the text is in the field: the note being edited is the one with a field.
    const editing = p.getByTestId('canvas-note').filter({ has: p.locator('textarea') });
    await editing.getByRole('button', { name: nl.canvas.save }).focus();
    await p.keyboard.press('Enter');
    const edited = p.getByTestId('canvas-note').filter({ hasText: `${text} en water geven` });
    await expect.poll(() => edited.count(), SOON).toBe(1);
    await expect.poll(() => focused(p)).toBe(`<button> ${nl.canvas.edit}`);
    expect(await edited.evaluate((li) => li.contains(document.activeElement))).toBe(true);
    await screenshot(p, 'a11y-22-phone-note-saved');

    expect(regie.errors).toEqual([]);
    expect(phone.errors).toEqual([]);
  });
});
