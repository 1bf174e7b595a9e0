import { hostname as machineName, networkInterfaces } from 'node:os';
import type { NetworkInterfaces } from '../config.js';

export interface HostPolicy {
  /** Whether a request with this Host header is meant for this server. */
  allows(host: string | undefined): boolean;
}

/** How long the machine's addresses are trusted before they are read again (wifi may change). */
const REFRESH_MS = 30_000;

/**
 * The host names this server answers to: PUBLIC_URL's host, ALLOWED_HOSTS, and this machine
 * itself — localhost, its name, and every address of its network interfaces — with the port it
 * listens on. Any other Host is refused: a page on another site whose DNS name is pointed at this
 * machine (DNS rebinding) sends its own name as Host, and must not reach the API, Socket.IO or a
 * document.
 */
export function createHostPolicy(deps: {
  publicUrl: () => string;
  /** The port the server listens on (known only once it listens). */
  port: () => number;
  extra: readonly string[];
  interfaces?: () => NetworkInterfaces;
  machine?: () => string;
  clock?: () => number;
}): HostPolicy {
  const interfaces = deps.interfaces ?? networkInterfaces;
  const machine = deps.machine ?? machineName;
  const clock = deps.clock ?? Date.now;
  let cached: { key: string; at: number; hosts: Set<string> } | null = null;

  function allowed(): Set<string> {
    const publicUrl = deps.publicUrl();
    const port = deps.port();
    const key = `${publicUrl} ${port}`;
    if (cached && cached.key === key && clock() - cached.at < REFRESH_MS) return cached.hosts;
    const names = ['localhost', '127.0.0.1', '[::1]'];
    const name = machine().toLowerCase();
    if (name) names.push(name, `${name}.local`);
    for (const addresses of Object.values(interfaces())) {
      for (const { address, family } of addresses ?? []) {
        if (!address) continue;
        // A link-local IPv6 address carries its zone (fe80::1%eth0); a Host header cannot.
        const plain = address.split('%')[0].toLowerCase();
        names.push(family === 'IPv6' || plain.includes(':') ? `[${plain}]` : plain);
      }
    }
    const hosts = new Set<string>([new URL(publicUrl).host.toLowerCase()]);
    for (const host of names) {
      hosts.add(`${host}:${port}`);
      if (port === 80) hosts.add(host);
    }
    for (const host of deps.extra) {
      hosts.add(host);
      if (!/:\d+$/.test(host)) hosts.add(`${host}:${port}`);
    }
    cached = { key, at: clock(), hosts };
    return hosts;
  }

  return {
    allows(host) {
      if (!host) return false;
      return allowed().has(
        host
          .trim()
          .toLowerCase()
          .replace(/\.(?=:|$)/, ''),
      );
    },
  };
}
