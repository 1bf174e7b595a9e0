import { z } from 'zod';
import type { Logger } from '../logger.js';
import type { RedisLink } from './redis-link.js';
import { ROLES } from '../../shared/model.js';

const CHANNEL = 'buurtkracht:control';

const id = z.string().min(1).max(100);

/**
 * What one node asks of every node: close connections whose right is gone, check links; and
 * what it tells them: a join or a refusal, for the Regie's joins per minute.
 */
const controlMessage = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('closeRoles'),
    meetingId: id,
    roles: z.array(z.enum(ROLES)).max(ROLES.length),
  }),
  z.object({ kind: z.literal('closeCanvas'), meetingId: id, participantId: id.nullable() }),
  z.object({ kind: z.literal('closePerson'), meetingId: id, personId: id }),
  z.object({ kind: z.literal('checkLapsedLinks') }),
  z.object({
    kind: z.literal('joinActivity'),
    meetingId: id,
    address: z.string().min(1).max(64),
    what: z.enum(['joined', 'refused']),
  }),
]);
export type ControlMessage = z.infer<typeof controlMessage>;

const envelope = z.object({ from: z.string(), message: controlMessage });

/**
 * Orders for every node, over one Redis channel as JSON. The sender carries out its own order
 * itself, at once; the others when it arrives. Whatever does not read as an order is dropped and
 * logged: the nodes trust each other, but not the bytes on a shared Redis.
 */
export interface ControlBus {
  publish(message: ControlMessage): void;
  /** Registers what this node does with the other nodes' orders. */
  onMessage(handler: (message: ControlMessage) => void): void;
  close(): Promise<void>;
}

export async function redisControlBus(link: RedisLink, logger: Logger): Promise<ControlBus> {
  const handlers: ((message: ControlMessage) => void)[] = [];
  const onRaw = (raw: string) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      parsed = null;
    }
    const result = envelope.safeParse(parsed);
    if (!result.success) return logger.warn('unreadable order from another node');
    if (result.data.from === link.nodeId) return;
    for (const handler of handlers) handler(result.data.message);
  };
  await link.subscriber.subscribe(CHANNEL, onRaw);
  return {
    publish(message) {
      const raw = JSON.stringify({ from: link.nodeId, message });
      link.publisher.publish(CHANNEL, raw).catch((error: unknown) =>
        logger.error('could not pass an order to the other nodes', {
          kind: message.kind,
          error: String(error),
        }),
      );
    },
    onMessage(handler) {
      handlers.push(handler);
    },
    async close() {
      handlers.length = 0;
      await link.subscriber.unsubscribe(CHANNEL, onRaw).catch(() => undefined);
    },
  };
}
