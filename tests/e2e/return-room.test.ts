/**
 * The room during a terugkombijeenkomst: the Beamer shows the plan a werkgroep presents with its
 * timer, a phone asks a question (first without wifi), the leader puts it on the screen, an
 * afspraak is recorded, and the verslag shows it all. The leader's console is not what this file
 * tests, so its commands go over Socket.IO with the console's handshake.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cleanUp, connectSocket } from '../helpers/integration/helpers.js';
import { ok } from '../helpers/integration/evening.js';
import {
  ARTEFACTS,
  LAPTOP,
  PHONE,
  PROJECTOR,
  openScreen,
  seriousA11yViolations,
  useHall,
} from '../helpers/e2e/browser.js';
import { snapshot } from '../helpers/e2e/room.js';
import {
  ACTION,
  GOAL,
  NEEDED,
  PLANNING,
  returnMeetingReady,
} from '../helpers/e2e/return-room-setup.js';

const QUESTION = 'Sterk plan! Kunnen ouders helpen met klaarovers?';
const AGREEMENT = 'Kopgroep vraagt de gemeente om een zebrapad';
const SOON = { timeout: 15_000 };
const PATIENT = { timeout: 40_000 };

afterEach(cleanUp);

// Soft hyphens (where a long word may break) are not what a person reads.
const text = async (page: Page, testId: string) =>
  (await page.getByTestId(testId).first().innerText()).replace(/\u00AD/g, '');

/** A heading's text line by line, as the screen shows it. */
function linesOf(page: Page, testId: string): Promise<string[]> {
  return page
    .getByTestId(testId)
    .first()
    .evaluate((heading) => {
      const node = heading.firstChild as Text;
      const range = document.createRange();
      const lines: string[] = [];
      let top: number | null = null;
      for (let i = 0; i < node.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        // The character's last box: the first one on a new line also reports a box at the end
        // of the line before.
        const rect = [...range.getClientRects()].filter((box) => box.width > 0).at(-1);
        if (rect && top !== null && Math.abs(rect.top - top) > 2) lines.push('');
        if (rect) top = rect.top;
        if (lines.length === 0) lines.push('');
        lines[lines.length - 1] += node.data[i];
      }
      return lines.map((line) => line.replace(/\u00AD/g, ''));
    });
}

describe('the room at a terugkombijeenkomst', () => {
  const hall = useHall();

  it('shows the presented plan and timer, a question from a phone, an afspraak and the verslag', async () => {
    const url = hall.server.url;
    const { meeting, group, leader, kopgroep, henkToken, beamerPath } =
      await returnMeetingReady(hall);

    // The Beamer and a phone in the lobby.
    const beamer = await openScreen(hall.browser, PROJECTOR, `${url}${beamerPath}`);
    const phone = await openScreen(hall.browser, PHONE, `${url}/j/${meeting.joinCode}`);
    hall.screens.push(beamer, phone);
    await expect.poll(() => text(beamer.page, 'phase-title'), SOON).toBe(meeting.name);
    await expect
      .poll(() => text(beamer.page, 'join-code'), SOON)
      .toContain(meeting.joinCode.slice(0, 3));
    await expect.poll(() => text(phone.page, 'phase-title'), SOON).toBe('Terugkombijeenkomst');
    // On a 390 px phone the long word breaks between its parts, never mid-part.
    expect([['Terugkombijeenkomst'], ['Terugkom', 'bijeenkomst']]).toContainEqual(
      await linesOf(phone.page, 'phase-title'),
    );
    await snapshot(phone.page, '110-return-phone-lobby');
    await snapshot(beamer.page, '110-return-beamer-lobby');
    expect(await seriousA11yViolations(beamer.page)).toEqual([]);

    // The werkgroep's slot starts: its plan as presented and the timer on the Beamer.
    const agenda = ok(
      await leader.emitWithAck('agenda:set', {
        items: [{ kind: 'presentation', workingGroupId: group.id, minutes: 10 }],
      }),
    );
    ok(await leader.emitWithAck('agenda:start', { itemId: agenda.items[0].id }));
    const presents = `Werkgroep ${group.title} presenteert`;
    await expect.poll(() => text(beamer.page, 'presenting-title'), SOON).toBe(presents);
    await expect.poll(() => text(beamer.page, 'plan-snapshot'), SOON).toContain(GOAL);
    const plan = await text(beamer.page, 'plan-snapshot');
    for (const shown of [NEEDED, ACTION, 'Doel', 'Wat is er nodig?', 'bezig']) {
      expect(plan).toContain(shown);
    }
    const planning = beamer.page.locator('[data-part="planning"] li');
    expect(await planning.allInnerTexts()).toEqual(PLANNING.map(([a, b]) => a + b));
    expect(await planning.first().locator('strong').innerText()).toBe(PLANNING[0][1]);
    expect(await text(beamer.page, 'timer')).toMatch(/(10:00|9:5\d)/);
    // Legible from the back row and without scrolling: the screen holds the whole plan.
    const fits = (page: Page) =>
      page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight);
    expect(await fits(beamer.page)).toBe(true);
    await snapshot(beamer.page, '111-return-beamer-presentation');

    // The phone: who presents, and the prompt that keeps questions positive.
    await expect.poll(() => text(phone.page, 'phase-title'), SOON).toBe(presents);
    const field = phone.page.getByTestId('question-text');
    expect(await field.getAttribute('placeholder')).toBe('Wat vindt u sterk? Wat zou helpen?');
    expect(await phone.page.getByText('Stel een vraag die helpt').count()).toBe(1);

    // Without wifi the question waits on the phone, and goes out once when it is back.
    await phone.context.setOffline(true);
    await field.fill(QUESTION);
    await phone.page.getByTestId('question-send').click();
    await expect
      .poll(() => text(phone.page, 'question-status'), SOON)
      .toContain('nog niet verstuurd');
    await snapshot(phone.page, '113-return-phone-question-unsent');
    await phone.context.setOffline(false);
    await expect.poll(() => text(phone.page, 'question-status'), PATIENT).toContain('ontvangen');
    const queue = ok(await leader.emitWithAck('question:list', {}));
    expect(queue.filter((q) => q.text === QUESTION)).toHaveLength(1);

    // The leader puts it on the screen: the Beamer and the phone show it.
    ok(await leader.emitWithAck('question:moderate', { id: queue[0].id, action: 'show' }));
    await expect.poll(() => text(beamer.page, 'projected-question'), SOON).toContain(QUESTION);
    await expect.poll(() => text(phone.page, 'phone-shown-question'), SOON).toContain(QUESTION);
    // A Beamer that is reloaded (or a phone that joins late) shows the question on the screen now.
    await beamer.page.reload();
    await expect.poll(() => text(beamer.page, 'projected-question'), SOON).toContain(QUESTION);
    const late = await openScreen(hall.browser, PHONE, `${url}/j/${meeting.joinCode}`);
    hall.screens.push(late);
    await expect.poll(() => text(late.page, 'phone-shown-question'), SOON).toContain(QUESTION);

    // An afspraak recorded live appears on the Beamer and the phone.
    ok(
      await leader.emitWithAck('agreement:save', {
        what: AGREEMENT,
        owner: { kind: 'person', name: 'Henk' },
        due: '2027-05-01',
        themeIds: [],
        workingGroupIds: [group.id],
      }),
    );
    await expect.poll(() => text(beamer.page, 'projected-agreements'), SOON).toContain(AGREEMENT);
    expect(await text(beamer.page, 'projected-agreements')).toContain('1 mei 2027');
    expect(await fits(beamer.page)).toBe(true);
    await snapshot(beamer.page, '112-return-beamer-question-agreement');
    expect(await seriousA11yViolations(beamer.page)).toEqual([]);
    await beamer.page.setViewportSize({ width: 1280, height: 720 });
    await beamer.page.waitForTimeout(500); // the type is fitted again on the next frame
    expect(await fits(beamer.page)).toBe(true);
    await snapshot(beamer.page, '112-return-beamer-1280');
    await beamer.page.setViewportSize(PROJECTOR.viewport);

    await expect.poll(() => text(phone.page, 'projected-agreements'), SOON).toContain(AGREEMENT);
    await snapshot(phone.page, '114-return-phone-question-shown');
    // The plan as presented, opened on the phone: it fits the narrow screen.
    await phone.page.getByText('Bekijk het plan').tap();
    await expect.poll(() => text(phone.page, 'plan-snapshot')).toContain(GOAL);
    expect(
      await phone.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    await phone.page
      .getByTestId('plan-snapshot')
      .screenshot({ path: path.join(ARTEFACTS, '114-return-phone-plan.png') });
    expect(await seriousA11yViolations(phone.page)).toEqual([]);
    // Readable for a 75-year-old: no text below 18px, the send button at least 48px high.
    const tooSmall = await phone.page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim()))
        .filter((el) => !el.closest('.visually-hidden') && el.getClientRects().length > 0)
        .filter((el) => parseFloat(getComputedStyle(el).fontSize) < 18)
        .map((el) => `${el.tagName} ${el.textContent?.trim().slice(0, 30)}`),
    );
    expect(tooSmall).toEqual([]);
    expect(
      (await phone.page.getByTestId('question-send').boundingBox())!.height,
    ).toBeGreaterThanOrEqual(48);

    // The end: thanks and the afspraken, on the Beamer and the phone.
    ok(await leader.emitWithAck('agenda:start', { itemId: null }));
    await expect
      .poll(() => text(beamer.page, 'closing-title'), SOON)
      .toBe('Bedankt voor uw komst!');
    expect(await text(beamer.page, 'projected-agreements')).toContain(AGREEMENT);
    await snapshot(beamer.page, '115-return-beamer-closed');
    await expect.poll(() => text(phone.page, 'phase-title'), SOON).toBe('Bedankt voor uw komst!');
    await snapshot(phone.page, '116-return-phone-closed');

    // The phone page stayed light: no editor was downloaded for it, and what the return
    // meeting adds (its own chunks, loaded only for it) is small.
    const scripts = await phone.page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((name) => name.endsWith('.js')),
    );
    const sizeOf = (name: string) => statSync(path.resolve('dist/client', `.${name}`)).size;
    const code = scripts.map((name) =>
      readFileSync(path.resolve('dist/client', `.${name}`), 'utf8'),
    );
    expect(code.some((source) => /prosemirror|tiptap/i.test(source))).toBe(false);
    const added = scripts.filter((name) =>
      /\/(PhoneReturn|PlanSnapshot|ProjectedAgreements|plan-format)-/.test(name),
    );
    expect(added.length).toBeGreaterThanOrEqual(2);
    expect(added.reduce((sum, name) => sum + sizeOf(name), 0)).toBeLessThan(30_000);

    // The verslag: the plan as presented, the question and the afspraak; printed to PDF.
    const report = await openScreen(
      hall.browser,
      LAPTOP,
      `${url}/terugkomverslag/${meeting.id}#${henkToken}`,
    );
    hall.screens.push(report);
    await expect.poll(() => text(report.page, 'report-plan'), SOON).toContain(GOAL);
    expect(await text(report.page, 'report-questions')).toContain(QUESTION);
    expect(await text(report.page, 'report-agreements')).toContain(AGREEMENT);
    expect(await report.page.locator('h1').innerText()).toBe('Verslag terugkombijeenkomst');
    const page = await report.page.content();
    expect(page).not.toContain('anna.h16@voorbeeld.nl');
    await snapshot(report.page, '117-return-verslag');
    // Headers and short cells keep their words whole ("Status", not "Statu" / "s"; "Henk", not
    // "Hen" / "k"), also on a tablet. Only the free text of "Wat" may break where it must.
    await report.page.setViewportSize({ width: 560, height: 900 });
    const cells = report.page.getByTestId('report-agreements').locator('th, td:not(:first-child)');
    expect(await cells.count()).toBeGreaterThanOrEqual(9);
    for (const header of await cells.all()) {
      const lines = await header.evaluate((cell) => {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        const tops = new Set<number>();
        for (
          let node = walker.nextNode() as Text | null;
          node;
          node = walker.nextNode() as Text | null
        ) {
          for (let i = 0; i < node.length; i++) {
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const rect = [...range.getClientRects()].filter((box) => box.width > 0).at(-1);
            if (rect && node.data[i].trim()) tops.add(Math.round(rect.top));
          }
        }
        return { words: (cell.textContent ?? '').trim().split(/\s+/).length, lines: tops.size };
      });
      expect(lines.lines).toBeLessThanOrEqual(lines.words);
    }
    await snapshot(report.page, '117-return-verslag-560');
    await report.page.setViewportSize(LAPTOP.viewport);
    expect(await seriousA11yViolations(report.page)).toEqual([]);
    await report.page.emulateMedia({ media: 'print' });
    const pdfPath = path.join(ARTEFACTS, 'terugkom-room-verslag.pdf');
    await report.page.pdf({ path: pdfPath, format: 'A4', printBackground: true });
    expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
    expect(statSync(pdfPath).size).toBeGreaterThan(10_000);
    if (spawnSync('pdftotext', ['-v']).status === 0) {
      const paper = spawnSync('pdftotext', [pdfPath, '-']).stdout.toString().replace(/\s+/g, ' ');
      for (const shown of [GOAL, QUESTION, AGREEMENT]) expect(paper).toContain(shown);
      expect(paper).not.toContain('Afdrukken of opslaan als PDF');
      spawnSync('pdftoppm', [
        '-r',
        '60',
        '-png',
        pdfPath,
        path.join(ARTEFACTS, '117-return-verslag-pdf'),
      ]);
    }

    // The next return meeting opens with the review: the open afspraak, then its outcome.
    const next = ok(
      await kopgroep.emitWithAck('returnMeeting:create', {
        name: 'Terugkombijeenkomst zomer',
        date: '2027-06-10',
        place: 'Dorpshuis De Schakel',
      }),
    );
    const nextLeader = await connectSocket(url, henkToken, {
      auth: { token: henkToken, meetingId: next.id },
    });
    const nextAgenda = ok(
      await nextLeader.emitWithAck('agenda:set', {
        items: [{ kind: 'presentation', workingGroupId: group.id, minutes: 10 }],
      }),
    );
    const review = nextAgenda.items.find((item) => item.kind === 'review');
    expect(review).toBeDefined();
    const nextBeamer = await openScreen(
      hall.browser,
      PROJECTOR,
      `${url}/b/${next.id}#${henkToken}`,
    );
    const nextPhone = await openScreen(hall.browser, PHONE, `${url}/j/${next.joinCode}`);
    hall.screens.push(nextBeamer, nextPhone);
    await expect.poll(() => text(nextPhone.page, 'phase-title'), SOON).toBe('Terugkombijeenkomst');
    ok(await nextLeader.emitWithAck('agenda:start', { itemId: review!.id }));
    const outcome = (page: Page) => text(page, 'agreement-outcome');
    await expect
      .poll(() => text(nextBeamer.page, 'projected-agreements'), SOON)
      .toContain(AGREEMENT);
    expect(await outcome(nextBeamer.page)).toBe('Nog bespreken');
    const carried = ok(await nextLeader.emitWithAck('agreement:list', {})).carriedOver;
    ok(
      await nextLeader.emitWithAck('agreement:review', {
        agreementId: carried[0].id,
        outcome: 'done',
        note: 'Het zebrapad ligt er.',
      }),
    );
    await expect.poll(() => outcome(nextBeamer.page), SOON).toBe('Gedaan');
    await expect.poll(() => outcome(nextPhone.page), SOON).toBe('Gedaan');
    expect(await text(nextBeamer.page, 'projected-agreements')).toContain('Het zebrapad ligt er.');
    expect(await text(nextPhone.page, 'phase-title')).toBe('Afspraken van de vorige keer');
    await snapshot(nextBeamer.page, '118-return-beamer-review');
    await snapshot(nextPhone.page, '119-return-phone-review');
    expect(await seriousA11yViolations(nextBeamer.page)).toEqual([]);
    expect(await seriousA11yViolations(nextPhone.page)).toEqual([]);

    // Its verslag keeps the review: what was agreed, the outcome and the note.
    await report.page.goto(`${url}/terugkomverslag/${next.id}#${henkToken}`);
    await report.page.emulateMedia({ media: 'screen' });
    await expect.poll(() => text(report.page, 'report-reviews'), SOON).toContain(AGREEMENT);
    expect(await text(report.page, 'report-reviews')).toMatch(
      /Gedaan[\s\S]*Het zebrapad ligt er\./,
    );
    await snapshot(report.page, '120-return-verslag-reviews');

    for (const screen of hall.screens) expect(screen.errors).toEqual([]);
  });
});
