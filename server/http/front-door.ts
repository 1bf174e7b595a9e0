import type { IncomingMessage, Server as HttpServer, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from '../logger.js';
import type { HostPolicy } from './hosts.js';
import type { OriginPolicy } from './origin.js';
import { applySecurityHeaders, securityHeaderLines } from './security-headers.js';

type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;
type UpgradeListener = (req: IncomingMessage, socket: Duplex, head: Buffer) => void;

/**
 * Puts one door in front of everything on the HTTP server — Express, Socket.IO (which hooks
 * itself in ahead of other listeners) and the collaboration endpoint — so no path escapes it:
 * every response gets the security headers, and a request or upgrade with a Host this server does
 * not answer to is refused with 421 before anyone else sees it. Upgrades from a page on another
 * origin are refused here too (403), so the refusal carries the headers as well.
 * Call it once, after every other 'request' and 'upgrade' listener is in place.
 */
export function installFrontDoor(
  server: HttpServer,
  deps: { hosts: HostPolicy; origins: OriginPolicy; logger: Logger },
): void {
  const { hosts, origins, logger } = deps;
  const requestListeners = server.listeners('request') as RequestListener[];
  const upgradeListeners = server.listeners('upgrade') as UpgradeListener[];
  server.removeAllListeners('request');
  server.removeAllListeners('upgrade');

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    applySecurityHeaders(res);
    if (!hosts.allows(req.headers.host) && !isHealthCheck(req)) {
      logger.warn('request for another host refused', { host: req.headers.host });
      res.statusCode = 421;
      if (req.url?.startsWith('/api/') || req.url?.startsWith('/socket.io/')) {
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(JSON.stringify({ ok: false, code: 'FORBIDDEN', message: 'Unknown host' }));
      } else {
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        res.end('This server does not answer to this host name.\n');
      }
      return;
    }
    for (const listener of requestListeners) listener.call(server, req, res);
  });

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const knownHost = hosts.allows(req.headers.host);
    if (!knownHost || !origins.allows(req)) {
      logger.warn('upgrade refused', { host: req.headers.host, origin: req.headers.origin });
      const status = knownHost ? '403 Forbidden' : '421 Misdirected Request';
      socket.on('error', () => undefined);
      socket.end(
        `HTTP/1.1 ${status}\r\n${securityHeaderLines()}Connection: close\r\nContent-Length: 0\r\n\r\n`,
      );
      return;
    }
    for (const listener of upgradeListeners) listener.call(server, req, socket, head);
  });
}

/**
 * A load balancer's health check comes with whatever host name it was configured with (one for
 * all nodes); its answer is a constant that tells a rebinding page nothing, so it passes the door.
 */
function isHealthCheck(req: IncomingMessage): boolean {
  return (req.method === 'GET' || req.method === 'HEAD') && req.url === '/api/health';
}
