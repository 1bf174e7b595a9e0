/**
 * Delivery on weak hall wifi: a phone's first screen comes as brotli copies made at build time,
 * with the year-long cache headers kept, and Socket.IO talks over a WebSocket from the start
 * (polling only when WebSockets are blocked). The test measures the first screen in bytes on
 * the wire, in JavaScript (gzip) and in time on Chrome DevTools' "Slow 3G" profile and writes
 * them to test-results/e2e/delivery-report.json (the README quotes them).
 */
import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { createMeeting } from '../helpers/server.js';
import { ARTEFACTS, PHONE, openScreen, screenshot, useHall } from '../helpers/e2e/browser.js';

const SOON = { timeout: 15_000 };
/** What a phone may download for its first screen on the hall's wifi (issues 11 and 12). */
const FIRST_SCREEN_BUDGET = 45 * 1024;
/**
 * The first screen's JavaScript, gzip: under 50 KB (issue 12; it was 114 KB before). It shows
 * from the join's answer; Socket.IO and the live step come after it.
 */
const FIRST_SCREEN_JS_BUDGET = 50 * 1024;

/**
 * Chrome DevTools' "Slow 3G" preset: 400 kbit/s down and up (500 kbit/s × 0.8) and 2 s of
 * round-trip latency (400 ms × 5), the figures DevTools itself uses.
 */
const SLOW_3G = {
  offline: false,
  latency: 2000,
  downloadThroughput: ((500 * 1000) / 8) * 0.8,
  uploadThroughput: ((500 * 1000) / 8) * 0.8,
};

interface Transfer {
  url: string;
  status: number;
  encoding: string;
  cacheControl: string;
  vary: string;
  /** Bytes on the wire, headers included, as Chromium's network stack counted them. */
  wireBytes: number;
}

/** Records every HTTP response of the page with the bytes it cost on the wire. */
async function recordTransfers(cdp: CDPSession): Promise<Transfer[]> {
  const transfers: Transfer[] = [];
  const pending = new Map<string, Omit<Transfer, 'wireBytes'>>();
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    const header = (name: string): string =>
      Object.entries(response.headers as Record<string, string>).find(
        ([key]) => key.toLowerCase() === name,
      )?.[1] ?? '';
    pending.set(requestId, {
      url: response.url,
      status: response.status,
      encoding: header('content-encoding'),
      cacheControl: header('cache-control'),
      vary: header('vary'),
    });
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const response = pending.get(requestId);
    if (response) transfers.push({ ...response, wireBytes: encodedDataLength });
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return transfers;
}

/** Bytes of Socket.IO and Yjs frames the page received over WebSockets. */
function recordSocketFrames(cdp: CDPSession): { urls: string[]; bytes: () => number } {
  const urls: string[] = [];
  let bytes = 0;
  cdp.on('Network.webSocketCreated', ({ url }) => urls.push(url));
  cdp.on('Network.webSocketFrameReceived', ({ response }) => {
    bytes += Buffer.byteLength(response.payloadData);
  });
  return { urls, bytes: () => bytes };
}

/** Resolves once no response has come in for `ms`. */
async function quiet(transfers: Transfer[], ms: number): Promise<void> {
  for (let seen = -1; seen !== transfers.length;) {
    seen = transfers.length;
    await new Promise((resolve) => setTimeout(resolve, ms));
  }
}

const welcome = (page: Page) => page.getByTestId('phase-title');
/** Only the live step has it: the first screen is then replaced by the connected one. */
const live = (page: Page) => page.getByTestId('phase-news');
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
/** A script's size as gzip, from the copy the build wrote next to it (what most tools quote). */
const gzipBytes = (transfer: Transfer) =>
  statSync(path.resolve('dist/client', `.${new URL(transfer.url).pathname}.gz`)).size;

describe('delivery on weak hall wifi', () => {
  const hall = useHall();

  it('sends a phone its first screen compressed, within 45 KB, quickly on slow 3G', async () => {
    const url = hall.server.url;
    const { meeting } = await createMeeting(url);
    const phone = await openScreen(hall.browser, PHONE, 'about:blank');
    hall.screens.push(phone);
    const cdp = await phone.context.newCDPSession(phone.page);
    const transfers = await recordTransfers(cdp);
    const sockets = recordSocketFrames(cdp);
    const polls: string[] = [];
    phone.page.on('request', (request) => {
      if (request.url().includes('transport=polling')) polls.push(request.url());
    });

    // Fast network first: what travels and with which headers.
    await phone.page.goto(`${url}/j/${meeting.joinCode}`);
    await expect.poll(() => welcome(phone.page).innerText(), SOON).toBe('Welkom');
    await live(phone.page).waitFor({ state: 'attached', ...SOON });
    const scripts = transfers.filter((t) => /\.(js|css)$/.test(new URL(t.url).pathname));
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect(script.encoding, script.url).toBe('br');
      expect(script.vary.toLowerCase(), script.url).toContain('accept-encoding');
      expect(script.cacheControl, script.url).toBe('public, max-age=31536000, immutable');
    }
    const page = transfers.find((t) => new URL(t.url).pathname.startsWith('/j/'));
    expect(page?.encoding).toBe('br');
    expect(page?.cacheControl).toBe('no-cache');
    // Socket.IO went straight to a WebSocket: no polling handshake on the way.
    expect(
      sockets.urls.some((u) => u.includes('/socket.io/') && u.includes('transport=websocket')),
    ).toBe(true);
    expect(polls).toEqual([]);
    // The later steps, fetched while "Welkom" shows, arrive before the next load starts.
    await quiet(transfers, 1_000);

    // The same first screen on "Slow 3G", from an empty cache, as a phone that joins late.
    transfers.length = 0;
    const framesBefore = sockets.bytes();
    await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
    const started = Date.now();
    await phone.page.goto(`${url}/j/${meeting.joinCode}`, { timeout: 120_000 });
    await expect.poll(() => welcome(phone.page).innerText(), { timeout: 120_000 }).toBe('Welkom');
    const slow3gMs = Date.now() - started;
    // What the phone had to download before "Welkom" could show. The later steps (the welcome
    // board with Yjs, recognition, the canvas, signing up) come while it shows: 2 s of latency
    // per request means none of them can have arrived yet.
    const firstScreen = [...transfers];
    const firstScreenFrames = sockets.bytes() - framesBefore;
    await screenshot(phone.page, 'delivery-phone-first-screen');
    // Then the live step takes over: Socket.IO connected and in sync.
    await live(phone.page).waitFor({ state: 'attached', timeout: 120_000 });
    const slow3gLiveMs = Date.now() - started;
    await screenshot(phone.page, 'delivery-phone-live');
    // Slow 3G's latency is 2 s a request: 3 s without a response is the end of the loading.
    await quiet(transfers, 3_000);
    const lobby = [...transfers];

    const httpBytes = sum(firstScreen.map((t) => t.wireBytes));
    const firstScreenBytes = httpBytes + firstScreenFrames;
    const scriptsFirst = firstScreen.filter((t) => new URL(t.url).pathname.endsWith('.js'));
    const jsGzipBytes = sum(scriptsFirst.map(gzipBytes));
    const report = {
      firstScreen: `/j/<code>, phone 390×844, on Slow 3G until "Welkom" shows`,
      httpRequests: firstScreen.length,
      httpKB: kb(httpBytes),
      socketFramesKB: kb(firstScreenFrames),
      onTheWireKB: kb(firstScreenBytes),
      budgetKB: kb(FIRST_SCREEN_BUDGET),
      javaScriptGzipKB: kb(jsGzipBytes),
      javaScriptGzipBudgetKB: kb(FIRST_SCREEN_JS_BUDGET),
      slow3g: {
        ...SLOW_3G,
        timeToFirstScreenSeconds: Math.round(slow3gMs / 100) / 10,
        timeToLiveSeconds: Math.round(slow3gLiveMs / 100) / 10,
      },
      thenWhileItShows: {
        httpRequests: lobby.length - firstScreen.length,
        httpKB: kb(sum(lobby.slice(firstScreen.length).map((t) => t.wireBytes))),
      },
      transfers: firstScreen.map((t) => ({
        path: new URL(t.url).pathname,
        encoding: t.encoding || 'identity',
        wireKB: kb(t.wireBytes),
        ...(scriptsFirst.includes(t) ? { gzipKB: kb(gzipBytes(t)) } : {}),
      })),
    };
    writeFileSync(path.join(ARTEFACTS, 'delivery-report.json'), JSON.stringify(report, null, 2));
    console.info(
      'first screen on the wire:',
      report.onTheWireKB,
      'KB; JavaScript (gzip):',
      report.javaScriptGzipKB,
      'KB; slow 3G:',
      report.slow3g.timeToFirstScreenSeconds,
      's',
    );
    expect(firstScreenBytes).toBeLessThanOrEqual(FIRST_SCREEN_BUDGET);
    expect(jsGzipBytes).toBeLessThanOrEqual(FIRST_SCREEN_JS_BUDGET);
    // A phone on slow 3G must not wait longer than a resident will (2 s per round trip included).
    expect(slow3gMs).toBeLessThan(20_000);
    expect(phone.errors).toEqual([]);
  }, 180_000);

  it('still connects over polling where WebSockets are blocked, and fetches English when asked', async () => {
    const url = hall.server.url;
    const { meeting } = await createMeeting(url);
    const phone = await openScreen(hall.browser, PHONE, 'about:blank');
    hall.screens.push(phone);
    // As a network that refuses WebSockets: every Socket.IO WebSocket goes to a closed port,
    // so the browser reports the failed handshake exactly as it does behind such a proxy.
    // (DevTools' URL blocking does not apply to WebSockets.)
    await phone.context.addInitScript(() => {
      const Native = window.WebSocket;
      window.WebSocket = class extends Native {
        constructor(url: string | URL, protocols?: string | string[]) {
          super(String(url).includes('/socket.io/') ? 'ws://127.0.0.1:9/' : url, protocols);
        }
      };
    });
    const polls: string[] = [];
    const scripts: string[] = [];
    phone.page.on('request', (request) => {
      if (request.url().includes('transport=polling')) polls.push(request.url());
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await phone.page.goto(`${url}/j/${meeting.joinCode}`);
    // The live step shows once the meeting's state came over Socket.IO: the phone is connected.
    await expect.poll(() => welcome(phone.page).innerText(), SOON).toBe('Welkom');
    await live(phone.page).waitFor({ state: 'attached', ...SOON });
    expect(polls.length).toBeGreaterThan(0);

    // The English catalogue is not part of the first screen; it comes when someone picks it.
    const english = scripts.filter((s) => /\/assets\/en-[\w-]+\.js$/.test(s));
    expect(english).toEqual([]);
    await phone.page.getByRole('button', { name: 'EN' }).click();
    await expect.poll(() => welcome(phone.page).innerText(), SOON).toBe('Welcome');
    expect(await phone.page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(scripts.some((s) => /\/assets\/en-[\w-]+\.js$/.test(s))).toBe(true);
    // The choice survives a reload (the catalogue is fetched again, from the cache).
    await phone.page.reload();
    await expect.poll(() => welcome(phone.page).innerText(), SOON).toBe('Welcome');
    expect(phone.errors).toEqual([]);
  }, 60_000);
});
