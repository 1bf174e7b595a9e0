/**
 * The server sends the brotli or gzip copy the build made next to a file, to a browser that
 * takes it, with the original's type and cache headers and Vary: Accept-Encoding; a browser that
 * takes neither gets the original. Runs against a client folder made here, so it does not depend
 * on a build.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer } from '../helpers/server.js';
import { cleanUp, onCleanup } from '../helpers/integration/helpers.js';

afterEach(cleanUp);

const SCRIPT = `export const greeting = ${JSON.stringify('Welkom in de zaal. '.repeat(200))};\n`;
const PAGE = `<!doctype html><html lang="nl"><head><title>Buurtkracht</title></head><body>${'<p>Welkom</p>'.repeat(100)}</body></html>`;

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function get(url: string, pathname: string, headers: Record<string, string>, method = 'GET') {
  const { hostname, port } = new URL(url);
  return new Promise<Answer>((resolve, reject) => {
    const req = request({ hostname, port, path: pathname, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

async function serveClient() {
  const clientDir = mkdtempSync(path.join(tmpdir(), 'buurtkracht-client-'));
  mkdirSync(path.join(clientDir, 'assets'));
  const script = path.join(clientDir, 'assets', 'index-abc123.js');
  writeFileSync(script, SCRIPT);
  writeFileSync(`${script}.br`, brotliCompressSync(SCRIPT));
  writeFileSync(`${script}.gz`, gzipSync(SCRIPT));
  // A file the build left uncompressed (too small to gain): sent as it is.
  writeFileSync(path.join(clientDir, 'assets', 'tiny-abc123.js'), 'export {};\n');
  const index = path.join(clientDir, 'index.html');
  writeFileSync(index, PAGE);
  writeFileSync(`${index}.br`, brotliCompressSync(PAGE));
  writeFileSync(`${index}.gz`, gzipSync(PAGE));
  const server = await startServer({ clientDir });
  onCleanup(async () => {
    await server.stop({ removeData: true });
    rmSync(clientDir, { recursive: true, force: true });
  });
  return server;
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

describe('precompressed client files', () => {
  it('sends brotli to a browser that takes it, with the type and year-long cache kept', async () => {
    const { url } = await serveClient();
    const answer = await get(url, '/assets/index-abc123.js', {
      'accept-encoding': 'gzip, deflate, br, zstd',
    });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(answer.headers['cache-control']).toBe(IMMUTABLE);
    expect(answer.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(answer.body).toString()).toBe(SCRIPT);
    expect(answer.body.length).toBeLessThan(SCRIPT.length / 4);
  });

  it('sends gzip to a browser without brotli, and the original to one that takes neither', async () => {
    const { url } = await serveClient();
    const gzipped = await get(url, '/assets/index-abc123.js', { 'accept-encoding': 'gzip' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.body).toString()).toBe(SCRIPT);
    expect(gzipped.headers['cache-control']).toBe(IMMUTABLE);

    const refused = await get(url, '/assets/index-abc123.js', {
      'accept-encoding': 'br;q=0, gzip;q=0',
    });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.body.toString()).toBe(SCRIPT);
    expect(refused.headers['cache-control']).toBe(IMMUTABLE);
    // The answer depended on Accept-Encoding, so a cache must not hand it to another browser.
    expect(refused.headers.vary).toMatch(/accept-encoding/i);

    const plain = await get(url, '/assets/index-abc123.js', {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
  });

  it('sends the page itself compressed and never cached, on every client path', async () => {
    const { url } = await serveClient();
    for (const pathname of ['/', '/j/K7M4QX', '/b']) {
      const answer = await get(url, pathname, { 'accept-encoding': 'br' });
      expect(answer.status, pathname).toBe(200);
      expect(answer.headers['content-encoding'], pathname).toBe('br');
      expect(answer.headers['content-type'], pathname).toBe('text/html; charset=utf-8');
      expect(answer.headers['cache-control'], pathname).toBe('no-cache');
      expect(brotliDecompressSync(answer.body).toString(), pathname).toBe(PAGE);
    }
  });

  it('answers HEAD like GET, sends files without copies as they are, and serves nothing from outside the assets folder', async () => {
    const { url } = await serveClient();
    const head = await get(url, '/assets/index-abc123.js', { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.body.length).toBe(0);

    const tiny = await get(url, '/assets/tiny-abc123.js', { 'accept-encoding': 'br' });
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.body.toString()).toBe('export {};\n');

    // A path that climbs out of the assets folder gets no file from outside it.
    const escaping = await get(url, '/assets/..%2findex.html', { 'accept-encoding': 'br' });
    expect(escaping.headers['content-type']).not.toBe('text/javascript; charset=utf-8');
  });
});
