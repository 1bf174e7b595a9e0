import { existsSync } from 'node:fs';
import path from 'node:path';
import express from 'express';
import type { Request, Response, Router } from 'express';
import { ENCODING_SUFFIX, chooseEncoding } from './accept-encoding.js';
import type { PrecompressedEncoding } from './accept-encoding.js';

/** Files the build precompresses (scripts/vite-precompress.ts); others are sent as they are. */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|webmanifest|txt|map)$/;

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

/**
 * Sends the brotli or gzip copy of `file` the build wrote next to it, when the browser takes
 * one; answers false (nothing sent) when there is none, so the caller sends the original.
 * Content-Type stays the original's and Vary tells caches (and the hall's proxy, if any) that
 * the answer depends on Accept-Encoding.
 */
function sendPrecompressed(
  req: Request,
  res: Response,
  file: string,
  cache: { immutable: boolean },
): boolean {
  if (!COMPRESSIBLE.test(file)) return false;
  const available = (Object.keys(ENCODING_SUFFIX) as PrecompressedEncoding[]).filter((encoding) =>
    existsSync(file + ENCODING_SUFFIX[encoding]),
  );
  if (available.length === 0) return false;
  res.vary('Accept-Encoding');
  const encoding = chooseEncoding(req.get('accept-encoding'), available);
  if (!encoding) return false;
  res.type(path.extname(file));
  res.set('Content-Encoding', encoding);
  res.sendFile(
    file + ENCODING_SUFFIX[encoding],
    cache.immutable
      ? { immutable: true, maxAge: YEAR_MS }
      : { cacheControl: false, headers: { 'Cache-Control': 'no-cache' } },
  );
  return true;
}

/** The file under `dir` a request path names, or null when it would leave `dir`. */
function fileUnder(dir: string, requestPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = path.join(dir, decoded);
  return file.startsWith(dir + path.sep) ? file : null;
}

/**
 * Serves the built client. Hashed assets are cached for a year; index.html never, so a new
 * release reaches phones on their next load. Every non-API path gets index.html: the client
 * routes by path (/j/CODE, /r, /b, /organiser). JavaScript, CSS and index.html go out as the
 * brotli or gzip copies made at build time: a phone's first screen on weak hall wifi is then
 * about a quarter of its size (README, "Delivery on weak wifi").
 */
export function createStaticClient(clientDir: string): Router {
  const router = express.Router();
  const root = path.resolve(clientDir);
  const assets = path.join(root, 'assets');
  const index = path.join(root, 'index.html');
  router.use('/assets', (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const file = fileUnder(assets, req.path);
    if (file && existsSync(file) && sendPrecompressed(req, res, file, { immutable: true })) return;
    next();
  });
  router.use(
    '/assets',
    express.static(assets, {
      immutable: true,
      maxAge: '365d',
      index: false,
    }),
  );
  router.use(express.static(root, { index: false, maxAge: 0 }));
  router.get('/{*path}', (req, res) => {
    if (!existsSync(index)) {
      res.status(503).type('text/plain').send('The client is not built yet. Run: npm run build');
      return;
    }
    if (sendPrecompressed(req, res, index, { immutable: false })) return;
    res.set('Cache-Control', 'no-cache').sendFile(index);
  });
  return router;
}
