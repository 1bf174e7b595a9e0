import { createServer } from 'node:http';
import type { Server as HttpServer } from 'node:http';
import express from 'express';
import { publicUrlFor } from './config.js';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import type { Store } from './store/store.js';
import { createServices } from './services/create-services.js';
import type { Services } from './services/services.js';
import { startRetentionJob } from './services/retention.js';
import type { RetentionJob } from './services/retention.js';
import { everyChannel } from './services/ports.js';
import { findPersonalData } from '../shared/anonymise.js';
import { createOriginPolicy } from './http/origin.js';
import { createApiRouter } from './http/api.js';
import { createResultsApi } from './http/results-api.js';
import { createReturnExportsApi } from './http/return-exports.js';
import { createStaticClient } from './http/static-client.js';
import { SECURITY_HEADERS } from './http/security-headers.js';
import { createHostPolicy } from './http/hosts.js';
import { installFrontDoor } from './http/front-door.js';
import { createIoServer, serveSockets } from './realtime/socket-server.js';
import { socketBroadcaster } from './realtime/broadcaster.js';
import { socketSessions } from './realtime/socket-sessions.js';
import { closeLapsedSignups } from './services/lapsed-links.js';
import type { IoServer } from './realtime/types.js';
import { createCollabEndpoint } from './collab/collab-endpoint.js';
import type { CollabEndpoint } from './collab/collab-endpoint.js';
import { RoomRegistry } from './collab/room-registry.js';
import { DocRoom } from './collab/doc-room.js';
import { createDocWriter } from './collab/doc-writer.js';
import { createDocReader } from './collab/doc-reader.js';
import { createDocRewriter } from './collab/doc-rewriter.js';
import { CollabSessions } from './collab/collab-sessions.js';
import type { Cluster } from './cluster/cluster.js';
import { clusterSessions } from './cluster/cluster-sessions.js';
import { localLimits } from './domain/limits.js';

export interface AppDeps {
  config: Config;
  store: Store;
  logger: Logger;
  /** Epoch milliseconds; tests pass a controllable clock. */
  clock?: () => number;
  /** The other nodes, over Redis (REDIS_URL); none when this process is the only one. */
  cluster?: Cluster;
}

export interface App {
  httpServer: HttpServer;
  /** The base URL for links and QR codes, valid once the server listens. */
  publicUrl(): string;
  io: IoServer;
  collab: CollabEndpoint;
  services: Services;
  /**
   * Removes or anonymises personal data past its retention (and cuts off the links of expired
   * sign-ups); runs hourly, tests run it at will.
   */
  retention: RetentionJob;
  /** Stops taking connections, closes every socket, then closes the store. */
  close(): Promise<void>;
}

/**
 * Builds the whole server without listening: HTTP API and client, Socket.IO and the
 * collaboration endpoint on one HTTP server. main.ts (or a test) decides where it listens.
 */
export function createApp({ config, store, logger, clock = Date.now, cluster }: AppDeps): App {
  const listeningPort = () => {
    const address = httpServer.address();
    return typeof address === 'object' && address ? address.port : config.port;
  };
  const publicUrl = () => publicUrlFor(config, listeningPort());
  // A HOST that names one address or name (not every interface) is a name of ours as well.
  const ownHost = config.host === '0.0.0.0' || config.host === '::' ? [] : [config.host];
  const hosts = createHostPolicy({
    publicUrl,
    port: listeningPort,
    extra: [...config.allowedHosts, ...ownHost],
  });
  const origins = createOriginPolicy(publicUrl, hosts);

  // Built in the order they need each other, each once: the HTTP server and Socket.IO (the
  // services broadcast through it), the documents' rooms and the collab sessions (the services
  // read, write and close through them), the services, then what serves them to clients.
  const web = express();
  const httpServer = createServer(web);
  const io = createIoServer(httpServer, origins);
  if (cluster) io.adapter(cluster.socketAdapter);
  const fanOut = cluster?.fanOut ?? null;
  const rooms = new RoomRegistry((name) => DocRoom.load(name, store, logger, fanOut));
  const collabSessions = new CollabSessions();
  const limits = cluster?.limits ?? localLimits(clock);
  // A revoked link, a deleted sign-up, a changed table: its connections close on both channels,
  // on every node.
  const localSessions = everyChannel([collabSessions, socketSessions(io)]);
  const sessions = cluster ? clusterSessions(localSessions, cluster.bus) : localSessions;
  // Expired sign-ups: every node checks the links open on it.
  const checkLapsedLinks = () => closeLapsedSignups({ store, sessions: localSessions });
  cluster?.bus.onMessage((message) => {
    if (message.kind !== 'checkLapsedLinks') return;
    checkLapsedLinks().catch((error: unknown) =>
      logger.error('could not check open links', { error: String(error) }),
    );
  });
  const services = createServices({
    store,
    clock,
    docs: createDocWriter(rooms),
    reader: createDocReader(rooms, store),
    findFlags: findPersonalData,
    signupRetentionMonths: config.signupRetentionMonths,
    joinBurst: config.joinBurst,
    broadcast: socketBroadcaster(io),
    sessions,
    limits,
    severalNodes: cluster !== undefined,
    ...(cluster ? { serialise: cluster.serialise, sharedJoins: cluster.joins } : {}),
  });

  // The overview of the tables follows their canvases as members write and come and go.
  rooms.watch((room, change) => services.groupActivity.docChanged(room, change));
  // The kopgroep's list of conversations counts what each gespreksleider records.
  rooms.watch((room, change) => services.conversations.docChanged(room.name, change));

  // Personal data is deleted when its retention date passes, also while nobody is connected.
  const retention = startRetentionJob({
    store,
    clock,
    logger,
    months: config.retention,
    findFlags: findPersonalData,
    docs: createDocRewriter(rooms),
    onDeleted: async () => {
      cluster?.bus.publish({ kind: 'checkLapsedLinks' });
      await checkLapsedLinks();
    },
    ...(cluster ? { claimRun: (periodMs: number) => cluster.claimRetentionRun(periodMs) } : {}),
  });

  web.disable('x-powered-by');
  web.set('trust proxy', config.trustProxy);
  web.use(
    '/api',
    createResultsApi({ meetings: services.meetings, results: services.results, logger }),
  );
  web.use(
    '/api',
    createReturnExportsApi({
      meetings: services.meetings,
      reports: services.returnReports,
      logger,
    }),
  );
  web.use(
    '/api',
    createApiRouter({
      meetings: services.meetings,
      signups: services.signups,
      joining: services.joining,
      onJoined: (participant) => services.groups.placeLate(participant.meetingId, participant.id),
      organiserToken: config.organiserToken,
      publicUrl,
      limits,
      logger,
    }),
  );
  web.use(createStaticClient(config.clientDir));

  httpServer.on('clientError', (error, socket) => {
    logger.debug('client error', { error: String(error) });
    socket.destroy();
  });
  serveSockets(io, { services, clock, logger, publicUrl, retention: config.retention });
  const collab = createCollabEndpoint({
    tokens: services.meetings,
    groups: services.groups,
    plans: services.workingGroups,
    conversations: services.conversations,
    rooms,
    sessions: collabSessions,
    logger,
    origins,
    strikesPerMinute: config.collabStrikesPerMinute,
    limits,
  });
  httpServer.on('upgrade', (req, socket, head) => {
    if (collab.handleUpgrade(req, socket, head)) return;
    // Socket.IO handles its own path; anything else is closed rather than left hanging.
    if (!req.url?.startsWith('/socket.io/')) socket.destroy();
  });
  // Socket.IO's own answers (polling, the WebSocket handshake) carry the headers as well.
  io.engine.on('headers', (headers: Record<string, string>) =>
    Object.assign(headers, SECURITY_HEADERS),
  );
  // Last: in front of Express, Socket.IO and the collab endpoint alike.
  installFrontDoor(httpServer, { hosts, origins, logger });

  return {
    httpServer,
    publicUrl,
    io,
    collab,
    services,
    retention,
    async close() {
      services.recognition.close();
      services.preferences.close();
      services.signups.close();
      services.joining.close();
      retention.stop();
      services.groupActivity.close();
      services.conversations.close();
      await collab.close();
      await new Promise<void>((resolve) => io.close(() => resolve()));
      httpServer.closeAllConnections();
      await cluster?.close();
      await store.close();
    },
  };
}
