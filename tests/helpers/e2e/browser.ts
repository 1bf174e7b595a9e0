import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll } from 'vitest';
import { startServer } from '../server.js';
import type { TestServer } from '../server.js';

/** Where screenshots of each view are kept as test artefacts. */
export const ARTEFACTS = path.resolve('test-results/e2e');

/** Debian's Chromium; downloading a browser is not possible on these machines. */
export async function launchBrowser(): Promise<Browser> {
  mkdirSync(ARTEFACTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export const PROJECTOR = { viewport: { width: 1920, height: 1080 } };
export const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};
export const LAPTOP = { viewport: { width: 1366, height: 900 } };

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTEFACTS, `${name}.png`), fullPage: true });
}

/** Runs axe-core on the page and returns the violations a user would be hurt by. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

export interface Screen {
  context: BrowserContext;
  page: Page;
  /** Uncaught errors in the page; a test ends by asserting there were none. */
  errors: string[];
}

export async function openScreen(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0],
  url: string,
): Promise<Screen> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  return { context, page, errors };
}

/** A real server with the built client and one Chromium, shared by the tests of one file. */
export interface Hall {
  readonly server: TestServer;
  readonly browser: Browser;
  /** Screens opened by the test; closed after the file, and checked for page errors by tests. */
  readonly screens: Screen[];
}

/** Starts the hall before the file's tests and tears everything down after them. */
export function useHall(): Hall {
  const hall = { screens: [] as Screen[] } as {
    server: TestServer;
    browser: Browser;
    screens: Screen[];
  };
  beforeAll(async () => {
    hall.server = await startServer({ clientDir: path.resolve('dist/client') });
    hall.browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const screen of hall.screens) await screen.context.close();
    await hall.browser?.close();
    await hall.server?.stop({ removeData: true });
  });
  return hall;
}
