import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp } from '../helpers/integration/helpers.js';
import { ok } from '../helpers/integration/evening.js';
import { tokenOf, withToken } from '../helpers/integration/signup-helpers.js';
import {
  LAPTOP,
  PHONE,
  openScreen,
  seriousA11yViolations,
  useHall,
} from '../helpers/e2e/browser.js';
import type { Screen } from '../helpers/e2e/browser.js';
import { preparedMeeting, snapshot } from '../helpers/e2e/room.js';
import { signedUpTable, textOf, typeInto } from '../helpers/e2e/working-group-setup.js';
import { dateIn, fillDate } from '../helpers/e2e/date-field.js';

afterEach(cleanUp);

const VERKEER = 'Verkeer op de Dorpsstraat';
/** What the table wrote on the evening; the plan's first version carries it. */
const TABLE_HOW = 'Drempels bij de school';
const TABLE_NEEDS = 'Borden van de gemeente';
const SOON = { timeout: 10_000 };
const PATIENT = { timeout: 20_000 };
/** Browsers set up as the members' are: Dutch, in the Dutch time zone. */
const DUTCH = { locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' };

describe('a werkgroep writes its plan van aanpak together', () => {
  const hall = useHall();

  it('two members in two browsers see each other, their text, an action and "klaar"', async () => {
    const { meeting, ans, piet } = await signedUpTable(hall, VERKEER, TABLE_HOW, TABLE_NEEDS);
    const [theme] = meeting.themes;
    const url = hall.server.url;
    const regie = meeting.regie;

    // Ans opens her link before the kopgroep started the werkgroep: she is told to wait.
    const ansScreen = await openScreen(
      hall.browser,
      { ...LAPTOP, ...DUTCH },
      `${url}/werkgroep#${tokenOf(ans.link)}`,
    );
    hall.screens.push(ansScreen);
    const a = ansScreen.page;
    await expect
      .poll(() => a.getByTestId('workinggroup-not-started').innerText(), SOON)
      .toContain('De kopgroep start de werkgroep binnenkort. U krijgt dan bericht.');
    await snapshot(a, '95-werkgroep-not-started-laptop');
    expect(await seriousA11yViolations(a)).toEqual([]);

    // The werkgroep is started; Ans's open page shows it without a reload.
    const started = ok(await regie.emitWithAck('workingGroup:create', { themeId: theme.id }));
    expect(started.memberCount).toBe(2);
    await expect
      .poll(() => a.getByTestId('workinggroup-title').innerText(), PATIENT)
      .toBe(`Werkgroep ${VERKEER}`);
    await expect
      .poll(() => a.getByTestId('plan-save-state').innerText(), PATIENT)
      .toBe('Opgeslagen');

    // Piet opens his own link on his phone.
    const pietScreen = await openScreen(
      hall.browser,
      { ...PHONE, ...DUTCH },
      `${url}/werkgroep#${tokenOf(piet.link)}`,
    );
    hall.screens.push(pietScreen);
    const p = pietScreen.page;
    await expect
      .poll(() => p.getByTestId('plan-save-state').innerText(), PATIENT)
      .toBe('Opgeslagen');

    // Names only where people agreed: Ans is named to Piet; Piet is "een lid" to Ans.
    expect(await a.getByTestId('workinggroup-members').innerText()).toBe(
      'Ans de Vries (u) en een lid',
    );
    expect(await p.getByTestId('workinggroup-members').innerText()).toBe('U en Ans de Vries');
    expect(await p.locator('body').innerText()).not.toContain('Piet Jansen');
    expect(await a.locator('body').innerText()).not.toContain('Piet');

    // The plan opens with the template carried from the table, under its Dutch headings.
    for (const page of [a, p]) {
      for (const heading of ['Doel', 'Acties', 'Wat is er nodig?', 'Planning', 'Open vragen']) {
        await expect
          .poll(() => page.getByRole('heading', { name: heading, exact: true }).count(), SOON)
          .toBe(1);
      }
      await expect.poll(() => textOf(page, 'goal').innerText(), SOON).toContain(TABLE_HOW);
      expect(await textOf(page, 'needed').innerText()).toContain(TABLE_NEEDS);
    }
    await snapshot(a, '95-werkgroep-plan-laptop');
    await snapshot(p, '95-werkgroep-plan-phone');

    // Both write under "Doel" at the same time; each sees the other's words.
    const ansGoal = 'Een veilige oversteek voor de kinderen';
    const pietGoal = 'Minder hard rijden in de Dorpsstraat';
    await Promise.all([
      typeInto(a, 'goal', 'end', ansGoal),
      typeInto(p, 'goal', 'start', pietGoal),
    ]);
    for (const page of [a, p]) {
      await expect.poll(() => textOf(page, 'goal').innerText(), PATIENT).toContain(ansGoal);
      await expect.poll(() => textOf(page, 'goal').innerText(), PATIENT).toContain(pietGoal);
      expect(await textOf(page, 'goal').innerText()).toContain(TABLE_HOW);
    }

    // The toolbar's "Vet" is a real button that says whether it is on.
    const bold = a.getByTestId('plan-part-goal').getByRole('button', { name: 'Vet' });
    expect(await bold.getAttribute('aria-pressed')).toBe('false');

    // Ans adds an action; Piet sees every field of it.
    await a.getByTestId('plan-action-add').click();
    const row = a.getByTestId('plan-action').last();
    await row.getByTestId('plan-action-what').fill('Handtekeningen ophalen');
    await row.getByTestId('plan-action-who').fill('Ans');
    await fillDate(row.getByTestId('plan-action-due'), '2027-03-01');
    await row.getByTestId('plan-action-status').selectOption('doing');
    const pietRow = p.getByTestId('plan-action').last();
    await expect
      .poll(() => pietRow.getByTestId('plan-action-what').inputValue(), PATIENT)
      .toBe('Handtekeningen ophalen');
    await expect.poll(() => pietRow.getByTestId('plan-action-who').inputValue(), SOON).toBe('Ans');
    await expect
      .poll(() => dateIn(pietRow.getByTestId('plan-action-due')), SOON)
      .toBe('2027-03-01');
    await expect
      .poll(() => pietRow.getByTestId('plan-action-status').inputValue(), SOON)
      .toBe('doing');

    // Piet writes down their first werkgroep meeting; Ans sees it.
    await p.getByTestId('plan-session-add').click();
    await p.getByTestId('plan-session-present').last().fill('Ans, Piet en buurman Kees');
    await p.getByTestId('plan-session-decisions').last().fill('We vragen de gemeente om drempels.');
    await expect
      .poll(() => a.getByTestId('plan-session-present').last().inputValue(), PATIENT)
      .toBe('Ans, Piet en buurman Kees');

    // Piet marks the plan ready to present; Ans's page shows it too.
    await expect
      .poll(() => a.getByTestId('workinggroup-ready-state').innerText(), SOON)
      .toContain('nog niet klaar');
    await p.getByTestId('workinggroup-ready-toggle').click();
    for (const page of [p, a]) {
      await expect
        .poll(
          () => page.getByTestId('workinggroup-ready-state').getAttribute('data-ready'),
          PATIENT,
        )
        .toBe('true');
      expect(await page.getByTestId('workinggroup-ready-state').innerText()).toContain(
        'Het plan is klaar om te presenteren',
      );
    }
    await expect
      .poll(() => a.getByTestId('plan-save-state').innerText(), PATIENT)
      .toBe('Opgeslagen');
    await expect
      .poll(() => p.getByTestId('plan-save-state').innerText(), PATIENT)
      .toBe('Opgeslagen');

    await snapshot(a, '95-werkgroep-written-laptop');
    await snapshot(p, '95-werkgroep-written-phone');
    expect(await seriousA11yViolations(a)).toEqual([]);
    expect(await seriousA11yViolations(p)).toEqual([]);

    // Piet's wifi drops while he writes the planning: his page says his words wait on his phone,
    // and they reach Ans once he is back.
    const planning = 'Eind maart: handtekeningen naar de gemeente';
    await pietScreen.context.setOffline(true);
    await expect
      .poll(() => p.getByTestId('plan-save-state').innerText(), PATIENT)
      .toBe('Niet verbonden — uw wijzigingen worden verstuurd zodra er weer verbinding is');
    await typeInto(p, 'planning', 'end', planning);
    await snapshot(p, '95-werkgroep-offline-phone');
    expect(await textOf(a, 'planning').innerText()).not.toContain(planning);
    await pietScreen.context.setOffline(false);
    await expect
      .poll(() => p.getByTestId('plan-save-state').innerText(), PATIENT)
      .toBe('Opgeslagen');
    await expect.poll(() => textOf(a, 'planning').innerText(), PATIENT).toBe(planning);

    // Ans's sign-up page leads to the same space.
    await a.goto(`${url}/aanmelding#${tokenOf(ans.link)}`);
    await a.getByTestId('own-working-group').click();
    await expect
      .poll(() => a.getByTestId('workinggroup-title').innerText(), PATIENT)
      .toBe(`Werkgroep ${VERKEER}`);

    // Piet withdraws his sign-up elsewhere: his open page stops and says why.
    const withdrawn = await withToken(url, '/signup', tokenOf(piet.link), 'DELETE');
    expect(withdrawn.ok).toBe(true);
    await expect
      .poll(() => p.getByTestId('workinggroup-unknown').innerText(), PATIENT)
      .toContain('Deze link werkt niet (meer)');
    expectNoPageErrors([ansScreen, pietScreen]);
  });

  it('says clearly when a link does not (or no longer) work', async () => {
    const unknown = await openScreen(
      hall.browser,
      PHONE,
      `${hall.server.url}/werkgroep#nietbestaand123456`,
    );
    hall.screens.push(unknown);
    await expect
      .poll(() => unknown.page.getByTestId('workinggroup-unknown').innerText(), SOON)
      .toContain('Deze link werkt niet (meer)');
    await snapshot(unknown.page, '95-werkgroep-unknown-phone');
    expect(await seriousA11yViolations(unknown.page)).toEqual([]);
    expectNoPageErrors([unknown]);
  });

  it("keeps the plan editor out of a phone's evening page", async () => {
    const meeting = await preparedMeeting(hall, [VERKEER]);
    const phone = await openScreen(hall.browser, PHONE, 'about:blank');
    hall.screens.push(phone);
    const scripts: string[] = [];
    phone.page.on('response', (response) => {
      if (response.url().endsWith('.js')) scripts.push(response.url());
    });
    await phone.page.goto(`${hall.server.url}/j/${meeting.code}`);
    await expect.poll(() => phone.page.getByTestId('phase-title').innerText(), SOON).toBe('Welkom');
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((script) => /PlanView|Werkgroep|tiptap/i.test(script))).toEqual([]);
    expectNoPageErrors([phone]);
  });
});

function expectNoPageErrors(screens: Screen[]): void {
  for (const screen of screens) expect(screen.errors).toEqual([]);
}
