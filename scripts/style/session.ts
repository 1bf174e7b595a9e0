/**
 * One snapshot run: a real server on a fixed clock, one Chromium, the random values to mask, and
 * `capture`, which writes a view's full-page PNG and its element list.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../tests/helpers/e2e/browser.js';
import { startServer } from '../../tests/helpers/server.js';
import type { TestServer } from '../../tests/helpers/server.js';
import { FREEZE_SCRIPT, RECORD_SCRIPT, maskScript } from './in-page.js';
import type { ElementRecord } from './in-page.js';

/** The evening starts at half past eight in the evening, Dutch winter time, every run. */
const START = Date.parse('2026-12-01T19:30:00Z');

export type Device = Parameters<Browser['newContext']>[0];

/** A phone that joined before: its key, stored as the attendee view keeps it. */
export interface Attendee {
  code: string;
  key: string;
}

export interface Snapshot {
  readonly server: TestServer;
  readonly url: string;
  /**
   * Moves the server's clock on by `seconds`. A page keeps the time it was opened at: moving a
   * live page's clock makes Socket.IO see an expired ping and drop the connection.
   */
  tick(seconds?: number): void;
  /** Registers a random value shown somewhere, and the fixed text drawn in its place. */
  secret(value: string, placeholder: string): void;
  open(device: Device, pathAndHash: string, attendee?: Attendee): Promise<Page>;
  /** Writes DIR/name.png and DIR/name.json once the page has stopped changing. */
  capture(page: Page, name: string): Promise<void>;
  /**
   * Opens a page, waits for `ready`, captures it and closes it. Each view gets a page of its own
   * that lives a few seconds: long-lived pages re-read on their own timers (the Regie's join
   * chart every 30 s), at a moment that differs run to run.
   */
  view(
    device: Device,
    pathAndHash: string,
    name: string,
    ready: (page: Page) => Promise<void>,
    attendee?: Attendee,
  ): Promise<void>;
  readonly views: string[];
  close(): Promise<void>;
}

export async function startSnapshot(outDir: string, clientDir: string): Promise<Snapshot> {
  mkdirSync(outDir, { recursive: true });
  let now = START;
  const server = await startServer({ clientDir, clock: () => now });
  const browser = await launchBrowser();
  const contexts: BrowserContext[] = [];
  // The port differs per run; it shows in addresses on screen.
  const secrets = new Map<string, string>([[new URL(server.url).host, 'buurt.example:8000']]);
  const views: string[] = [];

  const masked = (): [string, string][] =>
    [...secrets.entries()].sort(([a], [b]) => b.length - a.length);

  const snapshot: Snapshot = {
    server,
    url: server.url,
    views,
    tick(seconds = 1) {
      now += seconds * 1000;
    },
    secret(value, placeholder) {
      if (value) secrets.set(value, placeholder);
    },
    async open(device, pathAndHash, attendee) {
      const context = await browser.newContext({
        ...device,
        locale: 'nl-NL',
        timezoneId: 'Europe/Amsterdam',
      });
      contexts.push(context);
      await context.addInitScript(FREEZE_SCRIPT);
      if (attendee) {
        // client/lib/attendee-key.ts keeps the key per code in localStorage.
        const { code, key } = attendee;
        await context.addInitScript(
          `localStorage.setItem(${JSON.stringify(`buurtkracht.key.${code}`)}, ${JSON.stringify(key)})`,
        );
      }
      await context.clock.setFixedTime(now);
      const page = await context.newPage();
      page.on('pageerror', (error) =>
        process.stderr.write(`page error in ${pathAndHash}: ${error.message}\n`),
      );
      await page.goto(`${server.url}${pathAndHash}`);
      return page;
    },
    async capture(page, name) {
      await page.mouse.move(0, 0);
      const elements = await settled(page, masked());
      writeFileSync(path.join(outDir, `${name}.json`), JSON.stringify(elements, null, 1));
      await page.screenshot({
        path: path.join(outDir, `${name}.png`),
        fullPage: true,
        animations: 'disabled',
        caret: 'hide',
        // QR codes encode random tokens: paint them over with one colour.
        mask: [page.locator('img[src*="/api/qr/"], img[src^="data:image"]')],
        maskColor: '#ff00ff',
      });
      views.push(name);
    },
    async view(device, pathAndHash, name, ready, attendee) {
      const page = await snapshot.open(device, pathAndHash, attendee);
      await ready(page);
      await snapshot.capture(page, name);
      await page.context().close();
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await server.stop({ removeData: true });
    },
  };
  return snapshot;
}

/**
 * Masks and records the page until three records 250 ms apart agree: the views load their
 * words, chunks and data in steps, and a snapshot of a half-drawn page would differ run to run.
 */
async function settled(page: Page, replacements: [string, string][]): Promise<ElementRecord[]> {
  await page.evaluate('document.fonts.ready.then(() => true)');
  await page.waitForFunction('[...document.images].every((img) => img.complete)');
  let last = '';
  let same = 0;
  for (let attempt = 0; attempt < 30; attempt++) {
    await page.evaluate(maskScript(replacements));
    const record = (await page.evaluate(RECORD_SCRIPT)) as string;
    same = record === last ? same + 1 : 0;
    if (same === 2) return JSON.parse(record) as ElementRecord[];
    last = record;
    await page.waitForTimeout(250);
  }
  process.stderr.write(`warning: ${page.url()} kept changing; recorded its last state\n`);
  return JSON.parse(last) as ElementRecord[];
}
