import type { IncomingMessage } from 'node:http';
import type { HostPolicy } from './hosts.js';

export interface OriginPolicy {
  allows(req: IncomingMessage): boolean;
}

/**
 * Browsers send an Origin header on WebSocket and cross-site requests; a page on another site
 * must not drive a phone's or the Regie's connection. First the Host must be one this server
 * answers to (hosts.ts: PUBLIC_URL, this machine's addresses, ALLOWED_HOSTS) — otherwise a page
 * whose DNS name was pointed at this machine would pass as "same origin". Then the Origin must
 * be the configured public URL or the very host the request was sent to.
 * Requests without Origin come from non-browser clients, which cannot borrow a user's session.
 */
export function createOriginPolicy(publicUrl: () => string, hosts: HostPolicy): OriginPolicy {
  return {
    allows(req) {
      const host = req.headers.host;
      if (!hosts.allows(host)) return false;
      const origin = req.headers.origin;
      if (origin === undefined) return true;
      if (origin === new URL(publicUrl()).origin) return true;
      return origin === `http://${host}` || origin === `https://${host}`;
    },
  };
}
