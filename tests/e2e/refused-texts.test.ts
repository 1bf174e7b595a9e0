/**
 * Texts a phone may not send: an empty field, a text over the limit, and one too many in a
 * minute. For the aanvulling during the evening's recognition and for a question at a
 * terugkombijeenkomst, the phone says why in Dutch, sends nothing that was refused, and keeps a
 * text the server turned away in the field, so nothing typed is lost. The set-up nobody clicks
 * for (themes, the return meeting's agenda) goes over Socket.IO.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LIMITS } from '../../shared/limits.js';
import { nl } from '../../shared/i18n/nl.js';
import { cleanUp } from '../helpers/integration/helpers.js';
import { ok } from '../helpers/integration/evening.js';
import { PHONE, openScreen, seriousA11yViolations, useHall } from '../helpers/e2e/browser.js';
import type { Screen } from '../helpers/e2e/browser.js';
import { preparedMeeting, snapshot } from '../helpers/e2e/room.js';
import { returnMeetingReady } from '../helpers/e2e/return-room-setup.js';

const SOON = { timeout: 15_000 };

afterEach(cleanUp);

/** The test ids of one writing form: `<kind>-text`, `-send`, `-error`, `-notice`, `-item`. */
type Kind = 'addition' | 'question';

/** What the form shows under the field when the text is refused (role="alert"). */
const alertOf = (page: Page, kind: Kind) =>
  page
    .locator('form', { has: page.getByTestId(`${kind}-text`) })
    .getByRole('alert')
    .innerText();

/** Numbered texts, different enough that each can be found in a list. */
const textNo = (kind: Kind, n: number) =>
  kind === 'question'
    ? `Vraag ${n}: wat zou de werkgroep helpen?`
    : `Aanvulling ${n}: meer bankjes`;

/**
 * Plays the three refusals on one phone's form. `stored` is what the staff see arrive (the
 * leader's queue, the Regie's list of aanvullingen); `received` the Dutch "ontvangen" notice.
 */
async function refusals(
  phone: Screen,
  kind: Kind,
  perMinute: number,
  max: number,
  received: string,
  stored: () => Promise<string[]>,
  shots: number,
): Promise<void> {
  const page = phone.page;
  const field = page.getByTestId(`${kind}-text`);
  const send = page.getByTestId(`${kind}-send`);
  const items = page.getByTestId(`${kind}-item`);

  // An empty field, or one of only spaces: the phone says so and sends nothing.
  await send.tap();
  await expect.poll(() => alertOf(page, kind), SOON).toBe(nl.errors.TEXT_EMPTY);
  expect(await field.getAttribute('aria-invalid')).toBe('true');
  await field.fill('   ');
  await send.tap();
  await expect.poll(() => alertOf(page, kind)).toBe(nl.errors.TEXT_EMPTY);
  await snapshot(page, `${shots}-${kind}-refused-empty`);

  // Over the limit: the phone counts how much too long while typing, and sending changes nothing.
  const long = 'Lang verhaal. '.repeat(Math.ceil(max / 14) + 1).trim();
  await field.fill(long);
  await expect.poll(() => alertOf(page, kind)).toBe(nl.room.tooLongBy(long.length - max));
  await send.tap();
  await expect.poll(() => alertOf(page, kind)).toBe(nl.room.tooLongBy(long.length - max));
  expect(await field.inputValue()).toBe(long);
  expect(await items.count()).toBe(0);
  await snapshot(page, `${shots + 1}-${kind}-refused-too-long`);

  // Up to the limit a minute each is received; the next is refused with the text kept.
  for (let n = 1; n <= perMinute; n++) {
    await field.fill(textNo(kind, n));
    await send.tap();
    await expect.poll(() => page.getByTestId(`${kind}-notice`).innerText(), SOON).toBe(received);
    expect(await field.inputValue()).toBe('');
  }
  const extra = textNo(kind, perMinute + 1);
  await field.fill(extra);
  await send.tap();
  await expect.poll(() => alertOf(page, kind), SOON).toBe(nl.errors.RATE_LIMITED);
  expect(await field.inputValue()).toBe(extra);
  expect(await page.getByTestId(`${kind}-notice`).innerText()).toBe('');
  // The accepted ones stay marked as received; the refused one is not in the list.
  expect(await items.count()).toBe(perMinute);
  const statuses = await items.evaluateAll((all) => all.map((li) => li.dataset.status));
  expect(statuses).toEqual(Array(perMinute).fill('received'));
  expect((await items.allInnerTexts()).join('\n')).not.toContain(extra);
  await snapshot(page, `${shots + 2}-${kind}-refused-too-many`);
  expect(await seriousA11yViolations(page)).toEqual([]);

  // What the staff have: exactly the accepted ones, once each, and nothing else.
  const expected = Array.from({ length: perMinute }, (_, i) => textNo(kind, i + 1));
  await expect.poll(async () => (await stored()).sort(), SOON).toEqual(expected.sort());
  await page.waitForTimeout(1500); // a late copy of a refused text would have arrived by now
  expect((await stored()).sort()).toEqual(expected.sort());
  expect(phone.errors).toEqual([]);
}

describe('texts a phone may not send', () => {
  const hall = useHall();

  it('a question at a terugkombijeenkomst: empty, too long, and one too many a minute', async () => {
    const { meeting, group, leader } = await returnMeetingReady(hall);
    const agenda = ok(
      await leader.emitWithAck('agenda:set', {
        items: [{ kind: 'presentation', workingGroupId: group.id, minutes: 10 }],
      }),
    );
    ok(await leader.emitWithAck('agenda:start', { itemId: agenda.items[0].id }));
    const phone = await openScreen(hall.browser, PHONE, `${hall.server.url}/j/${meeting.joinCode}`);
    hall.screens.push(phone);
    await expect.poll(() => phone.page.getByTestId('question-text').count(), SOON).toBe(1);

    const queue = async () => ok(await leader.emitWithAck('question:list', {})).map((q) => q.text);
    await refusals(
      phone,
      'question',
      LIMITS.questionsPerMinute,
      LIMITS.questionLength,
      nl.returnMeeting.room.receivedNotice,
      queue,
      130,
    );
  });

  it('an aanvulling during recognition: empty, too long, and one too many a minute', async () => {
    const evening = await preparedMeeting(hall, ['Elkaar ontmoeten']);
    const { regie } = evening;
    const themeId = evening.themes[0].id;
    ok(await regie.emitWithAck('phase:set', { phase: 'recognition' }));
    ok(await regie.emitWithAck('focus:set', { themeId }));
    ok(await regie.emitWithAck('recognition:control', { themeId, open: true }));
    const phone = await openScreen(hall.browser, PHONE, `${hall.server.url}/j/${evening.code}`);
    hall.screens.push(phone);
    await expect.poll(() => phone.page.getByTestId('addition-text').count(), SOON).toBe(1);

    const additions = async () =>
      ok(await regie.emitWithAck('addition:list', {})).map((a) => a.text);
    await refusals(
      phone,
      'addition',
      LIMITS.additionsPerMinute,
      LIMITS.additionLength,
      nl.room.receivedNotice,
      additions,
      133,
    );
  });
});
