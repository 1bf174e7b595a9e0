import { afterAll, describe, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import { WebsocketProvider } from 'y-websocket';
import { withToken } from '../../shared/collab-auth.js';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { Page } from 'playwright-core';
import { createMeeting, joinMeeting } from '../helpers/server.js';
import { addNote } from '../../shared/docs.js';
import type { Ack } from '../../shared/protocol.js';
import type { MyGroup } from '../../shared/model.js';
import { PHONE, useHall, openScreen, seriousA11yViolations } from '../helpers/e2e/browser.js';
import { snapshot } from '../helpers/e2e/room.js';

const REGIE = { viewport: { width: 1440, height: 900 } };

/** The data of an acknowledgement; fails the test with the code otherwise. */
async function ask<T>(socket: Socket, event: string, payload: object): Promise<T> {
  const answer = (await socket.emitWithAck(event, payload)) as Ack<T>;
  if (!answer.ok) throw new Error(`${event}: ${answer.code}`);
  return answer.data;
}

/** The participant numbers at the table a card shows. */
async function numbersAt(page: Page, card: number): Promise<string[]> {
  const members = page.getByTestId('group-card').nth(card).getByTestId('group-member');
  return members.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-number') ?? ''));
}

describe('the Regie makes the groups and watches the tables', () => {
  const hall = useHall();
  const sockets: Socket[] = [];
  const providers: WebsocketProvider[] = [];
  afterAll(() => {
    for (const provider of providers) provider.destroy();
    for (const socket of sockets) socket.close();
  });

  it('proposes, moves someone with the keyboard, names a table, confirms and sends a message', async () => {
    const url = hall.server.url;
    const created = await createMeeting(url);
    const connect = (token: string) => {
      const socket = io(url, { auth: { token }, transports: ['websocket'], forceNew: true });
      sockets.push(socket);
      return socket;
    };
    const regieSocket = connect(created.facilitatorToken);
    const theme = async (title: string) => {
      const made = await ask<{ id: string }>(regieSocket, 'theme:create', {
        title,
        description: '',
        quotes: [],
      });
      await ask(regieSocket, 'theme:publish', { themeId: made.id, published: true });
      return made.id;
    };
    const green = await theme('Groen in de wijk');
    const traffic = await theme('Verkeer');
    await ask(regieSocket, 'phase:set', { phase: 'choose' });

    // Eight residents choose: five want green, three want traffic with green as second choice.
    // Three are too few for a table of 4–7, so traffic is dropped and they join green.
    const phones: { socket: Socket; key: string }[] = [];
    for (let i = 0; i < 8; i++) {
      const joined = await joinMeeting(url, created.meeting.joinCode);
      const socket = connect(joined.key);
      const choice = i < 5 ? { first: green, second: null } : { first: traffic, second: green };
      await ask(socket, 'preference:set', choice);
      phones.push({ socket, key: joined.key });
    }
    const regie = await openScreen(hall.browser, REGIE, `${url}/r#${created.facilitatorToken}`);
    hall.screens.push(regie);
    const r = regie.page;

    // The proposal: two tables for green, and why traffic has none.
    await r.getByTestId('groups-propose').click();
    await expect.poll(() => r.getByTestId('group-card').count()).toBe(2);
    expect(await r.getByTestId('grouping-dropped').innerText()).toContain(
      'Te weinig mensen voor Verkeer',
    );
    expect(await r.getByTestId('first-choice-share').innerText()).toMatch(
      /\d+% kreeg de eerste keus/,
    );
    const titles = await r.getByTestId('group-title').allInnerTexts();
    expect(titles.map((t) => t.replace(/\s+/g, ' '))).toEqual([
      'Tafel 1 · Groen in de wijk A',
      'Tafel 2 · Groen in de wijk B',
    ]);

    // A resident who comes in after the proposal waits under "Nog zonder tafel".
    const phone = await openScreen(hall.browser, PHONE, `${url}/j/${created.meeting.joinCode}`);
    hall.screens.push(phone);
    await expect
      .poll(() => r.getByTestId('grouping-unplaced').getByTestId('group-member').count())
      .toBe(1);
    const late = Number(
      await r
        .getByTestId('grouping-unplaced')
        .getByTestId('group-member')
        .getAttribute('data-number'),
    );
    await snapshot(r, '40-console-groups-proposed');

    // Merging the second table into the first leaves one table; proposing again splits it anew.
    await r.getByTestId('group-card').nth(1).getByTestId('table-merge').click();
    await r.getByTestId('merge-into').selectOption({ index: 1 });
    await r.getByTestId('merge-confirm').click();
    await expect.poll(() => r.getByTestId('group-card').count()).toBe(1);
    expect(await numbersAt(r, 0)).toHaveLength(8);
    await r.getByTestId('groups-propose-again').click();
    await expect.poll(() => r.getByTestId('group-card').count()).toBe(2);

    // Moving one person with the keyboard only: pick them, choose the table, confirm.
    const mover = r.getByTestId('group-card').nth(0).getByTestId('group-member').first();
    const who = (await mover.getAttribute('data-number'))!;
    await mover.focus();
    await r.keyboard.press('Enter');
    await expect
      .poll(() => r.getByTestId('move-target').evaluate((el) => el === document.activeElement))
      .toBe(true);
    await r.keyboard.press('ArrowDown');
    await r.keyboard.press('Tab');
    await expect
      .poll(() => r.getByTestId('move-confirm').evaluate((el) => el === document.activeElement))
      .toBe(true);
    await snapshot(r, '41-console-move-by-keyboard');
    await r.keyboard.press('Enter');
    await expect.poll(() => numbersAt(r, 1)).toContain(who);
    expect(await numbersAt(r, 0)).not.toContain(who);
    expect(await r.getByTestId('console-notice').innerText()).toContain(
      `deelnemer ${who} zit nu aan Tafel 2`,
    );

    // Naming a table.
    await r.getByTestId('group-card').nth(0).getByTestId('table-edit').click();
    await r.getByTestId('table-name').fill('bij het raam');
    await r.getByTestId('table-save').click();
    await expect
      .poll(() => r.getByTestId('group-card').nth(0).getByTestId('group-place').innerText())
      .toBe('bij het raam');
    await snapshot(r, '42-console-groups-adjusted');
    await r.setViewportSize({ width: 1280, height: 720 });
    await snapshot(r, '42-console-groups-adjusted-1280');
    await r.setViewportSize(REGIE.viewport);
    expect(await seriousA11yViolations(r)).toEqual([]);

    // Confirming, after the confirmation box.
    await r.getByTestId('groups-confirm').click();
    await r.getByTestId('groups-confirm-yes').click();
    await expect.poll(() => r.getByTestId('grouping-state').innerText()).toContain('Vastgezet');
    // The late arrival got a seat when the groups were confirmed.
    expect(await r.getByTestId('grouping-unplaced').count()).toBe(0);
    expect([...(await numbersAt(r, 0)), ...(await numbersAt(r, 1))]).toHaveLength(9);
    const group = await ask<MyGroup | null>(phones[0].socket, 'group:mine', {});
    expect(group?.tableNumber).toBeGreaterThan(0);

    // At the tables: the overview shows both, and a note written on a canvas is counted.
    await r.locator('button[data-phase="subgroups"]').click();
    await expect.poll(() => r.getByTestId('activity-card').count()).toBe(2);
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(
      `${url.replace('http', 'ws')}/collab`,
      group!.canvasDoc,
      doc,
      {
        WebSocketPolyfill: withToken(
          WebSocket,
          phones[0].key,
        ) as unknown as typeof globalThis.WebSocket,
        disableBc: true,
      },
    );
    providers.push(provider);
    await expect.poll(() => provider.synced).toBe(true);
    addNote(doc, {
      id: 'note-need-1',
      text: 'Een ruimte in het buurthuis',
      x: 0.2,
      y: 0.3,
      createdAt: Date.now(),
      section: 'needs',
    });
    const card = r.locator(`[data-testid="activity-card"][data-group="${group!.groupId}"]`);
    await expect.poll(() => card.getByTestId('activity-notes-needs').innerText()).toBe('1');
    // Online: this member, and the phone in the browser when it sits at the same table.
    const online = 1 + Number(group!.members.some((member) => member.number === late));
    await expect
      .poll(() => card.getByTestId('activity-online').innerText())
      .toBe(`${online} van ${group!.members.length + 1} online`);
    expect(await card.getByTestId('activity-last').innerText()).toMatch(/nu|geleden/);

    // A message to every phone.
    await r.getByRole('button', { name: 'Nog 5 minuten' }).click();
    await r.getByTestId('message-send').click();
    await expect
      .poll(() => phone.page.getByTestId('room-message-text').innerText())
      .toBe('Nog 5 minuten');
    await expect
      .poll(() => r.getByTestId('message-current').innerText())
      .toContain('Nog 5 minuten');
    await snapshot(r, '43-console-tables-overview');
    await r.setViewportSize({ width: 1280, height: 720 });
    await snapshot(r, '43-console-tables-overview-1280');
    await r.setViewportSize(REGIE.viewport);
    await snapshot(phone.page, '43-phone-room-message');
    expect(await seriousA11yViolations(r)).toEqual([]);

    await r.getByTestId('message-clear').click();
    await expect.poll(() => phone.page.getByTestId('room-message-text').count()).toBe(0);

    // Regrouping after confirming asks first, then leaves a proposal and no tables to watch.
    await r.getByTestId('grouping-adjust').locator('summary').click();
    await r.getByTestId('groups-reopen').click();
    await r.getByTestId('groups-reopen-yes').click();
    await expect.poll(() => r.getByTestId('grouping-state').innerText()).toContain('Voorstel');
    expect(await r.getByTestId('activity-card').count()).toBe(0);
    expect(await ask(phones[0].socket, 'group:mine', {})).toBeNull();

    for (const screen of hall.screens) expect(screen.errors).toEqual([]);
  });
});
