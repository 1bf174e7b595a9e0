import { createServer } from 'node:http';
import type { Server as HttpServer } from 'node:http';
import express from 'express';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import type { Store } from './store/store.js';
import { createMeetingService } from './services/meetings.js';
import type { MeetingService } from './services/meetings.js';
import { createOriginPolicy } from './http/origin.js';
import { createApiRouter } from './http/api.js';
import { createStaticClient } from './http/static-client.js';
import { securityHeaders } from './http/security-headers.js';
import { createSocketServer, socketBroadcaster } from './realtime/socket-server.js';
import type { IoServer } from './realtime/types.js';
import { createCollabEndpoint } from './collab/collab-endpoint.js';
import type { CollabEndpoint } from './collab/collab-endpoint.js';

export interface AppDeps {
  config: Config;
  store: Store;
  logger: Logger;
  /** Epoch milliseconds; tests pass a controllable clock. */
  clock?: () => number;
}

export interface App {
  httpServer: HttpServer;
  io: IoServer;
  collab: CollabEndpoint;
  meetings: MeetingService;
  /** Stops taking connections, closes every socket, then closes the store. */
  close(): Promise<void>;
}

/**
 * Builds the whole server without listening: HTTP API and client, Socket.IO and the
 * collaboration endpoint on one HTTP server. main.ts (or a test) decides where it listens.
 */
export function createApp({ config, store, logger, clock = Date.now }: AppDeps): App {
  const origins = createOriginPolicy(config.publicUrl);
  let io: IoServer | null = null;
  const meetings = createMeetingService({
    store,
    clock,
    broadcast: socketBroadcaster(() => {
      if (!io) throw new Error('Socket server not ready');
      return io;
    }),
  });

  const web = express();
  web.disable('x-powered-by');
  web.set('trust proxy', 'loopback');
  web.use(securityHeaders);
  web.use(
    '/api',
    createApiRouter({
      meetings,
      organiserToken: config.organiserToken,
      publicUrl: config.publicUrl,
      clock,
      logger,
    }),
  );
  web.use(createStaticClient(config.clientDir));

  const httpServer = createServer(web);
  httpServer.on('clientError', (error, socket) => {
    logger.debug('client error', { error: String(error) });
    socket.destroy();
  });
  io = createSocketServer(httpServer, {
    meetings,
    clock,
    logger,
    origins,
    publicUrl: config.publicUrl,
  });
  const collab = createCollabEndpoint({ meetings, store, logger, origins });
  httpServer.on('upgrade', (req, socket, head) => {
    if (collab.handleUpgrade(req, socket, head)) return;
    // Socket.IO handles its own path; anything else is closed rather than left hanging.
    if (!req.url?.startsWith('/socket.io/')) socket.destroy();
  });

  return {
    httpServer,
    io,
    collab,
    meetings,
    async close() {
      await collab.close();
      await new Promise<void>((resolve) => io?.close(() => resolve()));
      httpServer.closeAllConnections();
      await store.close();
    },
  };
}
