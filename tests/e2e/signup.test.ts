import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import { createMeeting, joinMeeting } from '../helpers/server.js';
import type { Ack } from '../../shared/protocol.js';
import { PHONE, useHall, openScreen, seriousA11yViolations } from '../helpers/e2e/browser.js';
import { snapshot } from '../helpers/e2e/room.js';

/** The phone size the sign-up form must work on: a small, older Android phone. */
const SMALL_PHONE = { ...PHONE, viewport: { width: 360, height: 740 } };
const REGIE = { viewport: { width: 1440, height: 900 } };

describe('signing up for a werkgroep', () => {
  const hall = useHall();
  const sockets: Socket[] = [];
  afterAll(() => sockets.forEach((socket) => socket.close()));

  /** A Socket.IO client for a token, as the tests set the evening up without clicking. */
  function connect(token: string) {
    const socket = io(hall.server.url, { auth: { token }, transports: ['websocket'] });
    sockets.push(socket);
    return async <T>(event: string, payload: object): Promise<T> => {
      const answer = (await socket.emitWithAck(event, payload)) as Ack<T>;
      if (!answer.ok) throw new Error(`${event}: ${answer.code}`);
      return answer.data;
    };
  }

  it('goes from the form on a phone to the Regie list, the CSV file and a withdrawal', async () => {
    const created = await createMeeting(hall.server.url);
    const code = created.meeting.joinCode;
    const regie = connect(created.facilitatorToken);
    const themeIds: Record<string, string> = {};
    for (const title of ['Groen in de wijk', 'Veilig verkeer']) {
      const theme = await regie<{ id: string }>('theme:create', {
        title,
        description: '',
        quotes: [],
      });
      await regie('theme:publish', { themeId: theme.id, published: true });
      themeIds[title] = theme.id;
    }

    // Four residents choose "Veilig verkeer" and sit at one table; the first is the phone below.
    await regie('phase:set', { phase: 'choose' });
    const residents = [];
    for (let i = 0; i < 4; i++) {
      const joined = await joinMeeting(hall.server.url, code);
      const ask = connect(joined.key);
      await ask('preference:set', { first: themeIds['Veilig verkeer'], second: null });
      residents.push({ key: joined.key, ask });
    }
    await regie('groups:propose', {});
    await regie('groups:confirm', {});
    await regie('phase:set', { phase: 'signup' });

    // Someone else at the table signs up by another route, so the Regie has two werkgroepen.
    await residents[1].ask('signup:create', {
      themeId: themeIds['Veilig verkeer'],
      name: 'Bram Bakker',
      email: '',
      phone: '+31 6 87654321',
      consents: { contact: true, shareName: false, news: true },
    });

    // The phone of the first resident, who joined earlier with the QR code.
    const phone = await openScreen(hall.browser, SMALL_PHONE, 'about:blank');
    hall.screens.push(phone);
    await phone.context.addInitScript(
      ([name, key]) => localStorage.setItem(name, key),
      [`buurtkracht.key.${code}`, residents[0].key],
    );
    const p = phone.page;
    await p.goto(`${hall.server.url}/j/${code}`);
    await expect.poll(() => p.getByTestId('signup-form').isVisible()).toBe(true);

    // The werkgroep of the table is chosen already; no consent box is ticked.
    await expect
      .poll(() => p.getByTestId('signup-theme').inputValue())
      .toBe(themeIds['Veilig verkeer']);
    for (const purpose of ['contact', 'shareName', 'news']) {
      expect(await p.getByTestId(`signup-consent-${purpose}`).isChecked()).toBe(false);
    }
    expect(await p.getByTestId('signup-retention').innerText()).toContain(
      'We bewaren uw gegevens 12 maanden. Daarna worden ze gewist.',
    );
    // Before sending, the form names exactly who sees what (issue 11, item 12).
    expect(await p.getByTestId('signup-privacy').locator('li').allInnerTexts()).toEqual([
      'De begeleider van de bijeenkomst ziet uw naam, e-mail en telefoon.',
      'Start er een werkgroep over dit thema? Dan ziet ook de kopgroep uw naam, e-mail en telefoon. De kopgroep is een paar buurtbewoners die de werkgroepen helpen starten. Zij nemen contact met u op.',
      'De andere leden van de werkgroep zien alleen uw naam, en alleen als u dat hierboven aanvinkt.',
      'Niemand anders ziet uw e-mail of telefoon. Uw antwoorden van vanavond blijven anoniem.',
    ]);
    expect(await p.getByText('Alleen de organisatie', { exact: false }).count()).toBe(0);
    expect(await p.getByTestId('signup-email').getAttribute('type')).toBe('email');
    expect(await p.getByTestId('signup-phone').getAttribute('autocomplete')).toBe('tel');

    // The person picks another werkgroep and sends without the required consent.
    await p.getByTestId('signup-theme').selectOption(themeIds['Groen in de wijk']);
    await p.getByTestId('signup-name').fill('Anna de Vries');
    await p.getByTestId('signup-email').fill('anna@voorbeeld.nl');
    await p.getByTestId('signup-phone').fill('06 12345678');
    await p.getByTestId('signup-submit').click();
    await expect
      .poll(() => p.getByTestId('signup-error-consents').innerText())
      .toContain('Zet een vinkje bij „Ik wil dat de werkgroep contact met mij opneemt”');
    // The quoted words are the box's own label, as the person reads it on the page.
    const quotedLabel = /„(.+)”/.exec(
      await p.getByTestId('signup-error-consents').innerText(),
    )?.[1];
    expect(quotedLabel).toBeTruthy();
    expect(await p.getByLabel(quotedLabel!).getAttribute('data-testid')).toBe(
      'signup-consent-contact',
    );
    expect(await p.getByTestId('signup-form-error').innerText()).toContain('Nog niet verstuurd');
    await snapshot(p, '60-phone-signup-consent-missing');
    expect(await seriousA11yViolations(p)).toEqual([]);

    await p.getByTestId('signup-consent-contact').check();
    await p.getByTestId('signup-consent-shareName').check();
    await p.getByTestId('signup-submit').click();
    await expect
      .poll(() => p.getByTestId('signup-done').innerText())
      .toContain('U bent aangemeld voor werkgroep Groen in de wijk');
    expect(await p.getByTestId('signup-done').innerText()).toContain('Bewaar deze link');
    const link = (await p.getByTestId('signup-link').getAttribute('href')) ?? '';
    expect(link).toMatch(/\/aanmelding#[A-Za-z0-9_-]{16,}$/);
    await snapshot(p, '61-phone-signup-done');
    expect(await seriousA11yViolations(p)).toEqual([]);

    // The link survives a reload of the phone.
    await p.reload();
    await expect.poll(() => p.getByTestId('signup-link').getAttribute('href')).toBe(link);

    // The personal link shows the sign-up, on its own page.
    const own = await phone.context.newPage();
    own.on('pageerror', (error) => phone.errors.push(error.message));
    await own.goto(link);
    await expect.poll(() => own.getByTestId('own-werkgroep').innerText()).toBe('Groen in de wijk');
    expect(await own.getByTestId('own-name').innerText()).toBe('Anna de Vries');
    expect(await own.getByTestId('own-email').innerText()).toBe('anna@voorbeeld.nl');
    expect(await own.getByTestId('own-consent-contact').innerText()).toContain('ja');
    expect(await own.getByTestId('own-consent-news').innerText()).toContain('nee');
    expect(await own.getByTestId('own-kept-until').innerText()).toMatch(/^\d{1,2} \w+ \d{4}$/);
    await snapshot(own, '62-phone-own-signup');
    expect(await seriousA11yViolations(own)).toEqual([]);

    // The Regie lists both sign-ups per werkgroep.
    const regieScreen = await openScreen(
      hall.browser,
      REGIE,
      `${hall.server.url}/r#${created.facilitatorToken}`,
    );
    hall.screens.push(regieScreen);
    const r = regieScreen.page;
    await r.getByTestId('console-tab-signups').click();
    await expect.poll(() => r.getByTestId('signup-row').count()).toBe(2);
    expect(await r.getByTestId('signup-group').count()).toBe(2);
    const anna = r.getByTestId('signup-row').filter({ hasText: 'Anna de Vries' });
    expect(await anna.innerText()).toContain('anna@voorbeeld.nl');
    expect(await anna.getByTestId('signup-row-consent-shareName').innerText()).toBe('Naam delen');
    expect(await anna.getByTestId('signup-row-consent-news').innerText()).toBe(
      'geen nieuws over de buurt',
    );
    await snapshot(r, '63-console-signups');
    expect(await seriousA11yViolations(r)).toEqual([]);

    // The CSV file arrives as a download, with both people in it.
    const [download] = await Promise.all([
      r.waitForEvent('download'),
      r.getByTestId('signups-csv').click(),
    ]);
    expect(download.suggestedFilename()).toBe('aanmeldingen-2026-12-01.csv');
    expect(download.url()).not.toContain(created.facilitatorToken);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.toLowerCase()).toContain('werkgroep');
    expect(csv).toContain('Anna de Vries');
    expect(csv).toContain('anna@voorbeeld.nl');
    expect(csv).toContain('Bram Bakker');

    // The Regie erases Bram's data on his request, after a confirmation.
    const bram = r.getByTestId('signup-row').filter({ hasText: 'Bram Bakker' });
    await bram.getByTestId('signup-erase').click();
    await r.getByTestId('signup-erase-confirm').click();
    await expect.poll(() => r.getByTestId('signup-row').count()).toBe(1);

    // Anna withdraws on her own page; the Regie's list follows by itself.
    await own.getByTestId('own-withdraw').click();
    await own.getByTestId('own-withdraw-confirm').click();
    await expect
      .poll(() => own.getByTestId('own-withdrawn').innerText())
      .toBe('Uw aanmelding is ingetrokken en uw gegevens zijn gewist.');
    await snapshot(own, '64-phone-own-withdrawn');
    await expect.poll(() => r.getByTestId('signup-row').count()).toBe(0);
    await expect.poll(() => r.getByTestId('signups-none').isVisible()).toBe(true);

    // The link no longer works, and says so plainly.
    await own.reload();
    await expect
      .poll(() => own.getByTestId('own-unknown').innerText())
      .toContain('Deze link kennen we niet (meer)');

    for (const screen of hall.screens) expect(screen.errors).toEqual([]);
  });

  it('offers the form while the server takes sign-ups (signup, results) and never after closed', async () => {
    const created = await createMeeting(hall.server.url);
    const code = created.meeting.joinCode;
    const regie = connect(created.facilitatorToken);
    const theme = await regie<{ id: string }>('theme:create', {
      title: 'Groen in de wijk',
      description: '',
      quotes: [],
    });
    await regie('theme:publish', { themeId: theme.id, published: true });
    const phone = await openScreen(hall.browser, SMALL_PHONE, `${hall.server.url}/j/${code}`);
    hall.screens.push(phone);
    const p = phone.page;
    const title = () => p.getByTestId('phase-title').innerText();
    const form = () => p.getByTestId('signup-form').isVisible();

    await regie('phase:set', { phase: 'signup' });
    await expect.poll(form).toBe(true);
    // The results are on the big screen; a phone that did not finish may still sign up.
    await regie('phase:set', { phase: 'results' });
    await expect.poll(title).toBe('De resultaten');
    await expect.poll(form).toBe(true);
    // After closing the server takes no sign-up, and the phone offers none.
    await regie('phase:set', { phase: 'closed' });
    await expect.poll(title).toBe('Afgelopen');
    expect(await form()).toBe(false);
    await snapshot(p, '65-phone-closed-no-signup');
    for (const screen of hall.screens) expect(screen.errors).toEqual([]);
  });
});
