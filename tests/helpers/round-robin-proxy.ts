/**
 * A TCP load balancer for tests: each new connection goes to the next target port in turn, as
 * when the phones in a hall share one public address and a balancer cannot keep an address on
 * one node. Raw TCP piping, so HTTP, keep-alive and WebSocket upgrades pass unchanged; a target
 * that refuses is skipped, as a balancer's health check would.
 */
import { connect, createServer } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';

export interface RoundRobinProxy {
  port: number;
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** How many connections were carried to this target port so far. */
  connectionsTo(port: number): number;
  /** The target ports from now on (open connections stay where they are). */
  setTargets(ports: number[]): void;
  /** Closes the listener and every open connection, both sides. */
  stop(): Promise<void>;
}

/** How long a closing side may take to flush what it still has to write before it is cut. */
const FLUSH_MS = 1_000;

/** Ends `socket` after what it buffered is written, and destroys it then (or after FLUSH_MS). */
function closeAfterFlush(socket: Socket): void {
  if (socket.destroyed) return;
  const timer = setTimeout(() => socket.destroy(), FLUSH_MS);
  timer.unref();
  socket.end(() => {
    clearTimeout(timer);
    socket.destroy();
  });
}

/** Connects to 127.0.0.1:port; resolves null when nothing accepts there. */
function connectTo(port: number): Promise<Socket | null> {
  return new Promise((resolve) => {
    const upstream = connect(port, '127.0.0.1');
    upstream.once('connect', () => {
      upstream.off('error', refused);
      resolve(upstream);
    });
    const refused = () => {
      upstream.destroy();
      resolve(null);
    };
    upstream.once('error', refused);
  });
}

/**
 * Ties the two sockets together. When either side closes the other closes too, so a WebSocket
 * client sees its node die and reconnects (through the proxy, to another node); an error on one
 * side (a reset from a killed node) cuts the other at once rather than after a flush.
 */
function pipeBoth(client: Socket, upstream: Socket): void {
  client.pipe(upstream);
  upstream.pipe(client);
  client.on('error', () => upstream.destroy());
  upstream.on('error', () => client.destroy());
  client.once('close', () => closeAfterFlush(upstream));
  upstream.once('close', () => closeAfterFlush(client));
}

export async function startRoundRobinProxy(
  targets: (() => number[]) | number[],
): Promise<RoundRobinProxy> {
  let currentTargets = targets;
  const listTargets = () =>
    typeof currentTargets === 'function' ? currentTargets() : currentTargets;
  const counts = new Map<number, number>();
  const sockets = new Set<Socket>();
  let next = 0;

  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  };

  const server = createServer((client) => {
    track(client);
    // Until the upstream is there, what the client sends waits in its buffer; an error meanwhile
    // (the client gave up) must not be thrown.
    client.on('error', () => client.destroy());
    const ports = listTargets();
    const first = next++;
    void (async () => {
      for (let i = 0; i < ports.length; i++) {
        const port = ports[(first + i) % ports.length];
        const upstream = await connectTo(port);
        if (!upstream) continue;
        if (client.destroyed) {
          upstream.destroy();
          return;
        }
        track(upstream);
        counts.set(port, (counts.get(port) ?? 0) + 1);
        pipeBoth(client, upstream);
        return;
      }
      // No target accepts: the client sees its connection closed, as behind a balancer with
      // every node down.
      client.destroy();
    })();
  });

  // Port 0: the listener takes a free port itself, so no other process can take it in between.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    port,
    url: `http://127.0.0.1:${port}`,
    connectionsTo: (target) => counts.get(target) ?? 0,
    setTargets(ports) {
      currentTargets = ports;
    },
    async stop() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}
