import type { DocFanOut } from '../collab/doc-fan-out.js';
import type { Logger } from '../logger.js';
import type { RedisLink } from './redis-link.js';

const UPDATE = 0;
const PRESENCE = 1;
const WRITERS = 2;
const NODE_ID_BYTES = 8;
/** Larger than any update a node takes from a client (LIMITS.collabMessageBytes) with margin. */
const MAX_MESSAGE_BYTES = 4 * 1024 * 1024;
const SUBSCRIBE_WAIT_MS = 2_000;

/** One channel per document, so a node hears only the documents it has open. */
const channelOf = (docName: string) => `buurtkracht:doc:${docName}`;

/**
 * Documents across nodes over Redis pub/sub. Redis carries only what one node stored already
 * (the store is the truth), so pub/sub's "at most once" is enough: a node that was cut off
 * reads the stored log again (FanOutListener.resync). A message is one byte of kind, the
 * sender's node id, then the update: binary, as Yjs updates are.
 */
export function redisFanOut(link: RedisLink, logger: Logger): DocFanOut {
  const ownId = Buffer.from(link.nodeId, 'hex');
  const envelope = (kind: number, update: Uint8Array) =>
    Buffer.concat([Buffer.from([kind]), ownId, update]);
  const publish = (docName: string, message: Buffer) =>
    void link.publisher.publish(channelOf(docName), message).catch((error: unknown) =>
      logger.warn('could not pass a change to the other nodes', {
        doc: docName,
        error: String(error),
      }),
    );

  return {
    async join(docName, listener) {
      const onMessage = (message: Buffer) => {
        try {
          read(message);
        } catch (error) {
          logger.warn('unreadable message from another node', {
            doc: docName,
            error: String(error),
          });
        }
      };
      const read = (message: Buffer) => {
        if (message.length < 1 + NODE_ID_BYTES || message.length > MAX_MESSAGE_BYTES) return;
        if (ownId.equals(message.subarray(1, 1 + NODE_ID_BYTES))) return;
        const payload = message.subarray(1 + NODE_ID_BYTES);
        if (message[0] === UPDATE) listener.update(new Uint8Array(payload));
        else if (message[0] === PRESENCE) listener.presence(new Uint8Array(payload));
        else if (message[0] === WRITERS && payload.length === 4) {
          const node = message.subarray(1, 1 + NODE_ID_BYTES).toString('hex');
          listener.writers(node, payload.readUInt32BE(0));
        }
      };
      const subscribed = link.subscriber.subscribe(channelOf(docName), onMessage, true);
      // While Redis is away the subscription waits for it; the room loads meanwhile, and the
      // catch-up when Redis is back covers what was stored in between.
      await Promise.race([
        subscribed,
        new Promise((resolve) => setTimeout(resolve, SUBSCRIBE_WAIT_MS).unref()),
      ]).catch(() => undefined);
      const stopResync = link.onResync(() => listener.resync());
      return async () => {
        stopResync();
        // Not awaited: a room must close even while Redis is away.
        link.subscriber.unsubscribe(channelOf(docName), onMessage, true).catch(() => undefined);
      };
    },
    publishUpdate: (docName, update) => publish(docName, envelope(UPDATE, update)),
    publishPresence: (docName, update) => publish(docName, envelope(PRESENCE, update)),
    publishWriters(docName, count) {
      const payload = Buffer.alloc(4);
      payload.writeUInt32BE(Math.min(count, 0xffffffff), 0);
      publish(docName, envelope(WRITERS, payload));
    },
  };
}
