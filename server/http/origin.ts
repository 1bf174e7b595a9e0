import type { IncomingMessage } from 'node:http';

export interface OriginPolicy {
  allows(req: IncomingMessage): boolean;
}

/**
 * Browsers send an Origin header on WebSocket and cross-site requests; a page on another site
 * must not drive a phone's or the Regie's connection. Allowed: the configured public URL, and the
 * host the request itself was sent to (so http://<lan-ip>:3000 works without configuration).
 * Requests without Origin come from non-browser clients, which cannot borrow a user's session.
 */
export function createOriginPolicy(publicUrl: () => string): OriginPolicy {
  return {
    allows(req) {
      const origin = req.headers.origin;
      if (origin === undefined) return true;
      if (origin === new URL(publicUrl()).origin) return true;
      const host = req.headers.host;
      return host !== undefined && (origin === `http://${host}` || origin === `https://${host}`);
    },
  };
}
