/**
 * The projector is read from the back of a hall: nothing a resident must read is under 32 px on
 * a 1080p screen (and as large in proportion on smaller ones), the lobby's QR code takes at least
 * 40 % of the screen's height, nothing is cut off on a 1280×720 or a 4:3 1024×768 beamer (a
 * projector cannot scroll), the timer never covers a count, and the segments of a
 * results bar are told apart by a contrasting separator (WCAG 1.4.11). Sizes are measured with
 * getComputedStyle on the real views.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createMeeting } from '../helpers/server.js';
import { cleanUp, connectSocket } from '../helpers/integration/helpers.js';
import {
  additionId,
  ok,
  phone,
  publishedTheme,
  themeInput,
} from '../helpers/integration/evening.js';
import type { Phone } from '../helpers/integration/evening.js';
import { openScreen, screenshot, useHall } from '../helpers/e2e/browser.js';
import { returnMeetingReady } from '../helpers/e2e/return-room-setup.js';

afterEach(cleanUp);

const SOON = { timeout: 15_000 };
const SCREENS = [
  { name: '1920x1080', viewport: { width: 1920, height: 1080 } },
  { name: '1280x720', viewport: { width: 1280, height: 720 } },
  { name: '1024x768', viewport: { width: 1024, height: 768 } },
] as const;

/** 32 px at 1080p, in proportion on a smaller picture (a 4:3 beamer is bound by its width). */
const minimumFor = ({ width, height }: { width: number; height: number }) =>
  32 * Math.min(width / 1920, height / 1080);

interface Measured {
  /** Visible text under the minimum: "24.0px: Een moestuin bij de school". */
  small: string[];
  /** Visible text that runs off the screen. */
  cut: string[];
  /** The page scrolls, which a projector cannot. */
  scrolls: boolean;
}

/** Every visible piece of text on the page: its computed size and whether it is on screen. */
function measure(page: Page, minimum: number): Promise<Measured> {
  return page.evaluate((min) => {
    const small: string[] = [];
    const cut: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const element = node.parentElement;
      if (!text || !element) continue;
      // Text for screen readers only is not on the wall.
      if (element.closest('.visually-hidden, [hidden]')) continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rect = range.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      const px = parseFloat(style.fontSize);
      if (px < min - 0.05) small.push(`${px.toFixed(1)}px: ${text.slice(0, 50)}`);
      if (
        rect.left < -1 ||
        rect.top < -1 ||
        rect.right > innerWidth + 1 ||
        rect.bottom > innerHeight + 1
      )
        cut.push(
          `${text.slice(0, 50)} (${Math.round(rect.left)},${Math.round(rect.top)}–${Math.round(rect.right)},${Math.round(rect.bottom)})`,
        );
    }
    const root = document.documentElement;
    return {
      small,
      cut,
      scrolls: root.scrollHeight > innerHeight + 1 || root.scrollWidth > innerWidth + 1,
    };
  }, minimum);
}

/** WCAG's contrast ratio of two CSS colours as getComputedStyle gives them ("rgb(…)"). */
function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r, g, bl] = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

async function eveningWithVotes(url: string) {
  const created = await createMeeting(url);
  const regie = await connectSocket(url, created.facilitatorToken);
  const groen = await publishedTheme(
    regie,
    themeInput('Groen en spelen', [], 'Bewoners willen meer groen en plekken om te spelen.'),
  );
  const phones: Phone[] = [];
  for (let i = 0; i < 6; i++)
    phones.push(await phone({ server: { url } as never, joinCode: created.meeting.joinCode }));
  return { created, regie, groen, phones };
}

describe('the projector from the back of the hall', () => {
  const hall = useHall();

  it('shows the lobby with a large QR code and the whole join code on every screen', async () => {
    const url = hall.server.url;
    const { created } = await eveningWithVotes(url);
    for (const screen of SCREENS) {
      const beamer = await openScreen(
        hall.browser,
        { viewport: screen.viewport },
        `${url}/b#${created.projectorToken}`,
      );
      hall.screens.push(beamer);
      const page = beamer.page;
      await expect
        .poll(() => page.getByTestId('join-code').innerText(), SOON)
        .toContain(created.meeting.joinCode.slice(0, 3));
      await page.locator('.join img').evaluate((img: HTMLImageElement) => img.decode());
      const qr = await page.locator('.join img').boundingBox();
      expect(qr?.height ?? 0, screen.name).toBeGreaterThanOrEqual(0.4 * screen.viewport.height);
      const measured = await measure(page, minimumFor(screen.viewport));
      expect(measured.small, screen.name).toEqual([]);
      expect(measured.cut, screen.name).toEqual([]);
      expect(measured.scrolls, screen.name).toBe(false);
      await screenshot(page, `projector-lobby-${screen.name}`);
      expect(beamer.errors).toEqual([]);
    }
  }, 90_000);

  it('keeps the timer off the counts and tells bar segments apart', async () => {
    const url = hall.server.url;
    const { created, regie, groen, phones } = await eveningWithVotes(url);
    ok(await regie.emitWithAck('phase:set', { phase: 'recognition' }));
    ok(await regie.emitWithAck('recognition:control', { themeId: groen.id, open: true }));
    for (const [i, answer] of (['yes', 'yes', 'partly', 'no', 'no', 'no'] as const).entries())
      ok(await phones[i].socket.emitWithAck('vote:cast', { themeId: groen.id, answer }));
    ok(
      await regie.emitWithAck('hands:set', {
        themeId: groen.id,
        hands: { yes: 4, partly: 2, no: 3 },
      }),
    );
    ok(await regie.emitWithAck('focus:set', { themeId: groen.id }));
    ok(
      await regie.emitWithAck('recognition:control', {
        themeId: groen.id,
        open: false,
        revealed: true,
      }),
    );
    ok(await regie.emitWithAck('timer:control', { action: 'start', durationMs: 300_000 }));
    for (const screen of SCREENS) {
      const beamer = await openScreen(
        hall.browser,
        { viewport: screen.viewport },
        `${url}/b#${created.projectorToken}`,
      );
      hall.screens.push(beamer);
      const page = beamer.page;
      await expect.poll(() => page.getByTestId('bar-count-no').innerText(), SOON).toBe('6');
      const timer = await page.getByTestId('timer').boundingBox();
      expect(timer, screen.name).not.toBeNull();
      for (const answer of ['yes', 'partly', 'no']) {
        const count = await page.getByTestId(`bar-${answer}`).boundingBox();
        const overlaps =
          !!timer &&
          !!count &&
          timer.x < count.x + count.width &&
          count.x < timer.x + timer.width &&
          timer.y < count.y + count.height &&
          count.y < timer.y + timer.height;
        expect(overlaps, `${screen.name}: timer over "${answer}"`).toBe(false);
      }
      // Votes and counted hands are two segments of one bar: a separator of at least 3:1
      // against the votes' colour marks where one ends and the other begins.
      const colours = await page.getByTestId('bar-yes').evaluate((row) => {
        const [votes, hands] = [...row.querySelectorAll('.fill')].map((el) => getComputedStyle(el));
        return {
          votes: votes.backgroundColor,
          separator: hands.borderLeftColor,
          separatorWidth: parseFloat(hands.borderLeftWidth),
        };
      });
      expect(contrast(colours.votes, colours.separator)).toBeGreaterThanOrEqual(3);
      expect(colours.separatorWidth).toBeGreaterThanOrEqual(2);
      const measured = await measure(page, minimumFor(screen.viewport));
      expect(measured.small, screen.name).toEqual([]);
      expect(measured.cut, screen.name).toEqual([]);
      await screenshot(page, `projector-recognition-timer-${screen.name}`);
    }
  }, 90_000);

  it("shows a theme's results in detail in type the back row reads", async () => {
    const url = hall.server.url;
    const { created, regie, groen, phones } = await eveningWithVotes(url);
    ok(await regie.emitWithAck('phase:set', { phase: 'recognition' }));
    ok(await regie.emitWithAck('recognition:control', { themeId: groen.id, open: true }));
    for (const [i, answer] of (['yes', 'yes', 'partly', 'no', 'yes', 'yes'] as const).entries())
      ok(await phones[i].socket.emitWithAck('vote:cast', { themeId: groen.id, answer }));
    for (const [i, text] of ['Een moestuin bij de school', 'Meer bankjes in het park'].entries()) {
      const id = additionId();
      ok(await phones[i].socket.emitWithAck('addition:send', { id, themeId: groen.id, text }));
      ok(await regie.emitWithAck('addition:moderate', { action: 'approve', id }));
    }
    ok(await regie.emitWithAck('phase:set', { phase: 'results' }));
    ok(await regie.emitWithAck('focus:set', { themeId: groen.id }));
    for (const screen of SCREENS) {
      const beamer = await openScreen(
        hall.browser,
        { viewport: screen.viewport },
        `${url}/b#${created.projectorToken}`,
      );
      hall.screens.push(beamer);
      const page = beamer.page;
      await expect.poll(() => page.getByTestId('results-theme').count(), SOON).toBe(1);
      await expect.poll(() => page.getByTestId('plenary-addition').count(), SOON).toBe(2);
      const measured = await measure(page, minimumFor(screen.viewport));
      expect(measured.small, screen.name).toEqual([]);
      expect(measured.cut, screen.name).toEqual([]);
      expect(measured.scrolls, screen.name).toBe(false);
      await screenshot(page, `projector-results-detail-${screen.name}`);
    }
  }, 90_000);

  it("shows a return meeting's lobby, and a werkgroep's plan during its slot, to the back row", async () => {
    const url = hall.server.url;
    const { group, leader, beamerPath } = await returnMeetingReady(hall);
    const screens = [];
    for (const screen of SCREENS) {
      const beamer = await openScreen(
        hall.browser,
        { viewport: screen.viewport },
        `${url}${beamerPath}`,
      );
      hall.screens.push(beamer);
      screens.push({ ...screen, page: beamer.page });
      await expect.poll(() => beamer.page.getByTestId('join-code').count(), SOON).toBe(1);
      const qr = await beamer.page.locator('.join img').boundingBox();
      expect(qr?.height ?? 0, screen.name).toBeGreaterThanOrEqual(0.4 * screen.viewport.height);
      const measured = await measure(beamer.page, minimumFor(screen.viewport));
      await screenshot(beamer.page, `projector-return-lobby-${screen.name}`);
      expect(measured.small, screen.name).toEqual([]);
      expect(measured.cut, screen.name).toEqual([]);
      expect(measured.scrolls, screen.name).toBe(false);
    }

    const agenda = ok(
      await leader.emitWithAck('agenda:set', {
        items: [{ kind: 'presentation', workingGroupId: group.id, minutes: 10 }],
      }),
    );
    ok(await leader.emitWithAck('agenda:start', { itemId: agenda.items[0].id }));
    for (const screen of screens) {
      const page = screen.page;
      await expect.poll(() => page.getByTestId('plan-snapshot').count(), SOON).toBe(1);
      const measured = await measure(page, minimumFor(screen.viewport));
      await screenshot(page, `projector-return-slot-${screen.name}`);
      expect(measured.small, screen.name).toEqual([]);
      expect(measured.cut, screen.name).toEqual([]);
      expect(measured.scrolls, screen.name).toBe(false);
    }
  }, 120_000);
});
