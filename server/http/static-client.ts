import { existsSync } from 'node:fs';
import path from 'node:path';
import express from 'express';
import type { Router } from 'express';

/**
 * Serves the built client. Hashed assets are cached for a year; index.html never, so a new
 * release reaches phones on their next load. Every non-API path gets index.html: the client
 * routes by path (/j/CODE, /r, /b, /organiser).
 */
export function createStaticClient(clientDir: string): Router {
  const router = express.Router();
  const index = path.join(clientDir, 'index.html');
  router.use(
    '/assets',
    express.static(path.join(clientDir, 'assets'), {
      immutable: true,
      maxAge: '365d',
      index: false,
    }),
  );
  router.use(express.static(clientDir, { index: false, maxAge: 0 }));
  router.get('/{*path}', (_req, res) => {
    if (!existsSync(index)) {
      res.status(503).type('text/plain').send('The client is not built yet. Run: npm run build');
      return;
    }
    res.set('Cache-Control', 'no-cache').sendFile(index);
  });
  return router;
}
