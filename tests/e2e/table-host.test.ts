import { afterAll, describe, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import { createMeeting } from '../helpers/server.js';
import { useHall, openScreen, screenshot, seriousA11yViolations } from './browser.js';

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
});
