import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { readConfig } from './config.js';
import { createLogger } from './logger.js';
import { createSqliteStore } from './store/sqlite/index.js';
import { createPostgresStore } from './store/postgres/index.js';
import { connectCluster } from './cluster/cluster.js';
import { createApp } from './app.js';
import { organiserUrl } from './http/links.js';

const config = readConfig();
const logger = createLogger(config.logLevel);
mkdirSync(config.dataDir, { recursive: true });
// Alone, everything is in one SQLite file; on several nodes PostgreSQL keeps it and Redis
// carries what passes between them.
const store = config.databaseUrl
  ? await createPostgresStore(config.databaseUrl)
  : createSqliteStore(path.join(config.dataDir, 'buurtkracht.sqlite'));
const cluster = config.redisUrl ? await connectCluster(config.redisUrl, logger) : undefined;
const app = createApp({ config, store, logger, ...(cluster ? { cluster } : {}) });

app.httpServer.listen(config.port, config.host, () => {
  const address = app.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  logger.info('listening', {
    host: config.host,
    port,
    store: config.databaseUrl ? 'postgresql' : 'sqlite',
    ...(cluster ? { node: cluster.nodeId } : { dataDir: config.dataDir }),
  });
  // Printed on stdout for the person who started the server, like a notebook server does.
  process.stdout.write(
    `\nBuurtkracht draait. Open deze link om een bijeenkomst te maken:\n` +
      `Buurtkracht is running. Open this link to create a meeting:\n\n` +
      `  ${organiserUrl(app.publicUrl(), config.organiserToken)}\n\n` +
      (config.organiserTokenGenerated
        ? 'Deze link is nieuw bij elke start; zet ORGANISER_TOKEN voor een vaste link.\n\n'
        : ''),
  );
});

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info('stopping', { signal });
  await app.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
