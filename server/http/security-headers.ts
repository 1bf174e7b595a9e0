import type { ServerResponse } from 'node:http';

/**
 * Headers every response carries: pages, API, Socket.IO's polling answers and refusals (set in
 * front-door.ts before anything else answers). The policy allows only our own scripts and
 * connections — `connect-src 'self'` covers ws:/wss: to this same host in current browsers — so
 * text that slipped through as markup still could not load or send anything elsewhere.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy':
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; " +
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};

export function applySecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}

/** The same headers as lines of a raw HTTP response (for refusing an upgrade). */
export function securityHeaderLines(): string {
  return Object.entries(SECURITY_HEADERS)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
}
