import { afterAll, describe, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import { createMeeting, joinMeeting } from '../helpers/server.js';
import {
  PROJECTOR,
  useHall,
  openScreen,
  screenshot,
  seriousA11yViolations,
} from '../helpers/e2e/browser.js';

const TABLET = { viewport: { width: 800, height: 1280 }, isMobile: true, hasTouch: true };

describe('a table host enters answers for residents without a phone', () => {
  const hall = useHall();
  let regie: Socket;
  afterAll(() => regie?.close());

  it('counts each resident once, separately', async () => {
    const created = await createMeeting(hall.server.url);
    regie = io(hall.server.url, {
      auth: { token: created.facilitatorToken },
      transports: ['websocket'],
    });
    const ask = async (event: string, payload: object) => {
      const answer = await regie.emitWithAck(event, payload);
      if (!answer.ok) throw new Error(`${event}: ${answer.code}`);
      return answer.data;
    };
    const theme = await ask('theme:create', {
      title: 'Zorg dichtbij',
      description: '',
      quotes: [],
    });
    await ask('theme:publish', { themeId: theme.id, published: true });
    await ask('phase:set', { phase: 'recognition' });
    await ask('focus:set', { themeId: theme.id });
    await ask('recognition:control', { themeId: theme.id, open: true });
    const host = await ask('tablehost:create', { label: 'Tafel 5' });

    const tablet = await openScreen(hall.browser, TABLET, `${hall.server.url}/t#${host.token}`);
    hall.screens.push(tablet);
    const t = tablet.page;
    for (let i = 0; i < 2; i++) {
      await t.getByTestId('add-person').click();
      await expect.poll(() => t.getByTestId('person-button').count()).toBe(i + 1);
    }
    await t.getByTestId('person-button').nth(0).click();
    await expect.poll(() => t.getByTestId('filling-for').innerText()).toMatch(/\d/);
    await t.getByTestId('answer-yes').click();
    await expect.poll(() => t.getByTestId('vote-status').innerText()).toContain('Ontvangen');
    await t.getByTestId('person-button').nth(1).click();
    await t.getByTestId('answer-partly').click();
    await expect.poll(() => t.getByTestId('vote-status').innerText()).toContain('Ontvangen');
    await screenshot(t, '30-tablet-table-host');
    expect(await seriousA11yViolations(t)).toEqual([]);

    const [tally] = await ask('tally:list', {});
    expect(tally.votes).toEqual({ yes: 1, partly: 1, no: 0 });
    expect(tablet.errors).toEqual([]);
  });

  it('chooses a theme for a resident, groups them by it and tells the tafelhulp their table', async () => {
    const created = await createMeeting(hall.server.url);
    regie = io(hall.server.url, {
      auth: { token: created.facilitatorToken },
      transports: ['websocket'],
    });
    const ask = async (event: string, payload: object) => {
      const answer = await regie.emitWithAck(event, payload);
      if (!answer.ok) throw new Error(`${event}: ${answer.code}`);
      return answer.data;
    };
    const themes: Record<string, string> = {};
    for (const title of ['Groen en spelen', 'Verkeer op de Dorpsstraat']) {
      const theme = await ask('theme:create', { title, description: '', quotes: [] });
      await ask('theme:publish', { themeId: theme.id, published: true });
      themes[title] = theme.id;
    }
    await ask('phase:set', { phase: 'choose' });
    const host = await ask('tablehost:create', { label: 'Tafel 5' });
    // Phones elsewhere in the hall: four want green, three want traffic.
    const phones: Socket[] = [];
    for (const title of [1, 2, 3, 4]
      .map(() => 'Groen en spelen')
      .concat([1, 2, 3].map(() => 'Verkeer op de Dorpsstraat'))) {
      const joined = await joinMeeting(hall.server.url, created.meeting.joinCode);
      const socket = io(hall.server.url, {
        auth: { token: joined.key },
        transports: ['websocket'],
      });
      phones.push(socket);
      const answer = await socket.emitWithAck('preference:set', {
        first: themes[title],
        second: null,
      });
      expect(answer.ok).toBe(true);
    }

    const tablet = await openScreen(hall.browser, TABLET, `${hall.server.url}/t#${host.token}`);
    const projector = await openScreen(
      hall.browser,
      PROJECTOR,
      `${hall.server.url}/b#${created.projectorToken}`,
    );
    hall.screens.push(tablet, projector);
    const t = tablet.page;
    await t.getByTestId('add-person').click();
    await expect.poll(() => t.getByTestId('filling-for').innerText()).toMatch(/Bewoner \d+/);
    const number = Number(await t.getByTestId('person-button').getAttribute('data-number'));

    // The tafelhulp enters Mrs Yilmaz's first and second choice, as a phone would.
    const legend = (text: string) => t.locator('fieldset').filter({ hasText: text });
    await legend(`Eerste keuze van Bewoner ${number}`)
      .getByText('Verkeer op de Dorpsstraat', { exact: true })
      .click();
    await legend(`Tweede keuze van Bewoner ${number}`)
      .getByText('Groen en spelen', { exact: true })
      .click();
    await expect.poll(() => t.getByTestId('choice-status').innerText()).toContain('Opgeslagen');
    await screenshot(t, '31-tablet-table-host-choose');
    expect(await seriousA11yViolations(t)).toEqual([]);
    // Her choice survives a reload of the tablet.
    await t.reload();
    await t.getByTestId('person-button').click();
    await expect
      .poll(() =>
        legend(`Eerste keuze van Bewoner ${number}`)
          .locator('input:checked')
          .evaluate((input) => input.parentElement?.innerText),
      )
      .toBe('Verkeer op de Dorpsstraat');

    // The Regie makes the tables: she sits with the others who chose traffic.
    const view = await ask('groups:propose', {});
    const traffic = view.groups.find(
      (g: { themeId: string }) => g.themeId === themes['Verkeer op de Dorpsstraat'],
    );
    expect(traffic.members.map((m: { number: number }) => m.number)).toContain(number);
    await ask('group:rename', { groupId: traffic.id, tableName: 'bij het raam' });
    await ask('phase:set', { phase: 'subgroups' });
    await ask('groups:confirm', {});

    // The tafelhulp sees where she goes, at the top of the page.
    const seat = t.getByTestId('assisted-seat');
    await expect
      .poll(() => seat.locator('.go').innerText())
      .toBe(`Bewoner ${number} → tafel ${traffic.tableNumber}, bij het raam`);
    expect(await seat.innerText()).toContain('Thema: Verkeer op de Dorpsstraat');
    await screenshot(t, '32-tablet-table-host-seats');
    expect(await seriousA11yViolations(t)).toEqual([]);
    // A tafelhulp with a phone instead of a tablet reads it without scrolling sideways.
    await t.setViewportSize({ width: 390, height: 844 });
    await screenshot(t, '32-phone-table-host-seats');
    expect(await t.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // The hall's list of tables speaks to people without a phone too.
    const noPhone = projector.page.getByTestId('projected-no-phone');
    await expect.poll(() => noPhone.innerText()).toBe('Geen telefoon? Vraag de tafelhulp.');
    // Readable from the back of the hall: at least 32 px on a 1080p screen.
    const size = await noPhone.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(32);
    await screenshot(projector.page, '33-projector-tables-no-phone');
    await projector.page.setViewportSize({ width: 1280, height: 720 });
    await screenshot(projector.page, '33-projector-tables-no-phone-720');
    const fits = await projector.page.evaluate(
      () => document.documentElement.scrollHeight <= window.innerHeight,
    );
    expect(fits).toBe(true);

    phones.forEach((socket) => socket.close());
    expect(tablet.errors).toEqual([]);
    expect(projector.errors).toEqual([]);
  });
});
