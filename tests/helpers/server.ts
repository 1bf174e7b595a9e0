import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../server/app.js';
import type { App } from '../../server/app.js';
import { readConfig } from '../../server/config.js';
import { createLogger } from '../../server/logger.js';
import { createSqliteStore } from '../../server/store/sqlite/index.js';
import { createPostgresStore } from '../../server/store/postgres/index.js';
import { connectCluster } from '../../server/cluster/cluster.js';
import type { Store } from '../../server/store/store.js';
import type { CreatedMeeting } from '../../shared/protocol.js';
import { ORGANISER_TOKEN } from './organiser-token.js';

export { ORGANISER_TOKEN };

export interface TestServer {
  app: App;
  url: string;
  dataDir: string;
  dbFile: string;
  /**
   * The server's own store, for tests that check what was stored: they read through the Store
   * contract, never the SQLite file, so they hold for any back end.
   */
  store: Store;
  /** Closes the server; keeps the data directory unless `removeData` is set. */
  stop(options?: { removeData?: boolean }): Promise<void>;
}

/** Where the nodes of a several-node test keep and pass things: a shared PostgreSQL and Redis. */
export interface SharedBackend {
  databaseUrl: string;
  redisUrl: string;
}

export interface ServerOptions {
  dataDir?: string;
  clock?: () => number;
  clientDir?: string;
  /** More settings, as environment variables. */
  env?: Record<string, string>;
  /** One node of several, on this PostgreSQL and Redis; else alone, on SQLite in dataDir. */
  backend?: SharedBackend;
}

/**
 * Starts the real app on an ephemeral port with a fresh (or given) SQLite data directory, or as
 * one node of several on a shared backend.
 */
export async function startServer(options: ServerOptions = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'buurtkracht-test-'));
  const config = readConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    ORGANISER_TOKEN,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ...(options.clientDir ? { CLIENT_DIR: options.clientDir } : {}),
    ...options.env,
  });
  const dbFile = path.join(dataDir, 'buurtkracht.sqlite');
  const logger = createLogger(config.logLevel);
  const { backend } = options;
  const store = backend
    ? await createPostgresStore(backend.databaseUrl)
    : createSqliteStore(dbFile);
  const cluster = backend ? await connectCluster(backend.redisUrl, logger) : undefined;
  const app = createApp({
    config,
    store,
    logger,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(cluster ? { cluster } : {}),
  });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = app.httpServer.address() as AddressInfo;
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    dataDir,
    dbFile,
    store,
    async stop({ removeData = false } = {}) {
      await app.close();
      if (removeData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Creates a meeting through the HTTP API, as the organiser page does. */
export async function createMeeting(
  url: string,
  input = { name: 'Wijkavond De Schakel', date: '2026-12-01', place: 'Dorpshuis De Schakel' },
): Promise<CreatedMeeting> {
  const res = await fetch(`${url}/api/meetings`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ORGANISER_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok: boolean; data: CreatedMeeting };
  if (!body.ok) throw new Error(`create meeting failed: ${JSON.stringify(body)}`);
  return body.data;
}

/** Joins as a phone would; returns the participant key. */
export async function joinMeeting(
  url: string,
  code: string,
  key?: string,
): Promise<{ key: string; participantNumber: number; meetingId: string }> {
  const res = await fetch(`${url}/api/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(key ? { code, key } : { code }),
  });
  const body = (await res.json()) as {
    ok: boolean;
    data: { key: string; participantNumber: number; meetingId: string };
  };
  if (!body.ok) throw new Error(`join failed: ${JSON.stringify(body)}`);
  return body.data;
}
