/**
 * Fuzzing the Socket.IO server (issue 10, "Fuzz in the suite"): fast-check sends arbitrary
 * requests over real socket.io-client connections of the facilitator (Regie), the projector
 * (Beamer) and a phone (attendee): every event of the protocol and made-up ones, payloads of any
 * shape (deep, binary, huge strings up to the 64 KB message cap, prototype-pollution keys), with
 * and without an acknowledgement and with extra arguments; and malformed Socket.IO packets
 * written straight onto the connection's engine.
 *
 * What must hold:
 * - every request sent with an acknowledgement is answered within ACK_MS with an Ack:
 *   `{ ok: true, … }` or `{ ok: false, code, message }` with a known error code;
 * - the server only drops a connection for a malformed or oversized packet (or a Beamer whose
 *   link the Regie just replaced); it keeps serving everyone else;
 * - Object.prototype and Array.prototype stay untouched (the server runs in this process);
 * - what only the facilitator may change (the meeting's phase, timer, focus, message, grouping,
 *   joining, its themes) is unchanged by anything the projector or a phone sends;
 * - resident memory stays within FUZZ_MEMORY_MB of where the run started.
 *
 * The server allows 60 commands per connection per 10 seconds (server/realtime/guard.ts). Each
 * connection here is replaced after COMMANDS_PER_CONNECTION commands, so requests reach their
 * handlers; a RATE_LIMITED answer is still a valid Ack, counted and reported separately.
 */
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import { Decoder, PacketType } from 'socket.io-parser';
import { createMeeting, joinMeeting } from '../helpers/server.js';
import { cleanUp, onCleanup, useServer } from '../helpers/integration/helpers.js';
import { ERROR_CODES } from '../../shared/codes.js';
import { COMMANDS } from '../../server/domain/permissions.js';
import type { ClientToServerEvents } from '../../shared/protocol.js';
import { LIMITS } from '../../shared/limits.js';
import { PHASES } from '../../shared/model.js';
import {
  expectMemoryWithinBound,
  fcOptions,
  heapMb,
  rssMb,
  runsFor,
  timeoutFor,
} from '../helpers/integration/fuzz-settings.js';

afterEach(cleanUp);

const ACK_MS = 10_000;
const CHECK_EVERY = 250;
/** Below the guard's 60 per 10 s, so a connection's requests reach the handlers. */
const COMMANDS_PER_CONNECTION = 50;

/**
 * Every request of the protocol: COMMAND_ROLES is typed over all of them, so a new event is in
 * this list as soon as it compiles.
 */
const EVENTS = COMMANDS;
type Unlisted = Exclude<keyof ClientToServerEvents, (typeof EVENTS)[number]>;
const EVERY_EVENT_LISTED: [Unlisted] extends [never] ? true : Unlisted = true;

/** Names socket.io-client keeps for itself and will not send. */
const RESERVED = new Set([
  'connect',
  'connect_error',
  'disconnect',
  'disconnecting',
  'newListener',
  'removeListener',
]);
/**
 * Whether the server reads `packet` as a DISCONNECT from the main namespace: decoded with the
 * parser the server uses (socket.io-parser, one copy shared by server and client).
 */
function leavesNamespace(packet: string): boolean {
  const decoder = new Decoder();
  let left = false;
  decoder.on('decoded', (decoded: { type: PacketType; nsp: string }) => {
    left ||= decoded.type === PacketType.DISCONNECT && decoded.nsp === '/';
  });
  try {
    decoder.add(packet);
  } catch {
    return false;
  } finally {
    decoder.destroy();
  }
  return left;
}
const ERROR_CODE_VALUES = new Set<string>(Object.values(ERROR_CODES));

type Role = 'facilitator' | 'projector' | 'attendee';
const ROLES: readonly Role[] = ['facilitator', 'projector', 'attendee'];

// ---------- arbitraries ----------

const eventArb: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 12, arbitrary: fc.constantFrom(...EVENTS) },
    { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...EVENTS), fc.nat(5))
        .map(
          ([event, how]) =>
            [
              event.toUpperCase(),
              `${event} `,
              `${event}\u0000`,
              event.replace(':', '::'),
              event.split(':')[0],
              `/${event}`,
            ][how],
        ),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '__proto__',
        'constructor',
        'toString',
        'hasOwnProperty',
        'prototype',
        'error',
      ),
    },
  )
  .filter((event) => !RESERVED.has(event));

/** Field names the schemas use, and keys that pollute a careless merge. */
const KEYS = [
  'phase',
  'action',
  'durationMs',
  'byMs',
  'closed',
  'title',
  'description',
  'quotes',
  'text',
  'theme',
  'themeId',
  'themeIds',
  'hidden',
  'published',
  'force',
  'format',
  'class',
  'open',
  'revealed',
  'hands',
  'yes',
  'partly',
  'no',
  'answer',
  'onBehalfOf',
  'id',
  'first',
  'second',
  'label',
  'size',
  'seed',
  'participantId',
  'groupId',
  'name',
  'fromGroupId',
  'intoGroupId',
  'message',
  'email',
  'phone',
  'consents',
  'signupId',
  'workingGroupId',
  'memberId',
  'items',
  'agreementId',
  'status',
  'due',
  'owner',
  'questionId',
  'meetingId',
  'date',
  'place',
  '__proto__',
  'constructor',
  'prototype',
] as const;

function valueArb(ids: readonly string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    {
      weight: 3,
      arbitrary: fc.constantFrom<unknown>(
        ...PHASES,
        ...ids,
        'start',
        'pause',
        'resume',
        'extend',
        'stop',
        'yes',
        'partly',
        'no',
        'markdown',
        'csv',
        'approve',
        'reject',
        '2026-12-01',
      ),
    },
    { weight: 2, arbitrary: fc.oneof(fc.boolean(), fc.integer(), fc.double(), fc.constant(null)) },
    { weight: 2, arbitrary: fc.string({ maxLength: 60 }) },
    { weight: 1, arbitrary: fc.array(fc.constantFrom(...ids, 'x', ''), { maxLength: 5 }) },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 2, maxKeys: 3 }) },
  );
}

/** An object that looks like a request: known field names, plausible and implausible values. */
function requestLike(ids: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  return fc.dictionary(fc.constantFrom(...KEYS), valueArb(ids), { maxKeys: 5 }).map((entries) => {
    // Built from JSON so keys like __proto__ are own properties, as on the wire.
    const json = `{${Object.entries(entries)
      .map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value) ?? 'null'}`)
      .join(',')}}`;
    return JSON.parse(json) as Record<string, unknown>;
  });
}

const POLLUTERS = [
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"themeId":"abcdefgh","__proto__":{"isAdmin":true,"role":"facilitator"}}',
  '[{"__proto__":{"polluted":1}},{"constructor":{"prototype":{"polluted":1}}}]',
  '{"theme":{"title":"x","description":"","quotes":[],"__proto__":{"polluted":"yes"}}}',
  '{"hands":{"__proto__":{"yes":1},"constructor":{"prototype":{"polluted":1}}}}',
].map((json) => JSON.parse(json) as unknown);

/** A string for a known text field, up to just under the 64 KB message cap. */
const hugeText = fc
  .tuple(
    fc.constantFrom('title', 'text', 'description', 'name', 'message', 'label'),
    fc.integer({ min: 1_000, max: LIMITS.socketMessageBytes - 2_000 }),
    fc.constantFrom('a', ' ', '\u0000', '"', '\\', 'é'),
  )
  .map(([key, length, char]) => ({
    [key]: char.repeat(
      char === 'é' || char === '\u0000' || char === '"' || char === '\\'
        ? Math.floor(length / 6)
        : length,
    ),
  }));

const deepValue = fc
  .tuple(fc.integer({ min: 10, max: 3_000 }), fc.boolean())
  .map(([depth, asObjects]) => {
    let value: unknown = 'diep';
    for (let i = 0; i < depth; i++) value = asObjects ? { themeId: value } : [value];
    // Printed short in a counterexample (fast-check's printer would overflow the stack).
    const label = `${asObjects ? 'objects' : 'arrays'} nested ${depth} deep`;
    Object.defineProperty(value, fc.toStringMethod, { value: () => label });
    return value;
  });

function payloadArb(ids: readonly string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 6, arbitrary: requestLike(ids) },
    {
      weight: 3,
      arbitrary: fc.anything({
        maxDepth: 4,
        maxKeys: 5,
        withNullPrototype: true,
        withTypedArray: true,
        withSparseArray: true,
        withDate: true,
        withMap: true,
        withSet: true,
      }),
    },
    { weight: 1, arbitrary: fc.constantFrom(...POLLUTERS) },
    { weight: 1, arbitrary: hugeText },
    { weight: 1, arbitrary: deepValue },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 2_048 }) },
  );
}

type Case =
  | {
      kind: 'request';
      role: Role;
      event: string;
      payload: unknown;
      /** ack: payload and ack; ackOnly: no payload; extra: more arguments; none: no ack. */
      ack: 'ack' | 'ackOnly' | 'extra' | 'none';
      extra: unknown[];
    }
  | { kind: 'raw'; role: Role; packet: string }
  | { kind: 'oversized'; role: Role; event: string; bytes: number };

const jsonish = fc.oneof(
  fc.json({ maxDepth: 3 }),
  fc.string({ maxLength: 80 }),
  fc
    .tuple(fc.constantFrom(...EVENTS), fc.json({ maxDepth: 2 }))
    .map(([event, json]) => `["${event}",${json}]`),
  fc.integer({ min: 2, max: 20_000 }).map((depth) => `${'['.repeat(depth)}"x"${']'.repeat(depth)}`),
  fc.integer({ min: 2, max: 20_000 }).map((depth) => '['.repeat(depth)),
);

/** Socket.IO packets as text, from plausible to nonsense: type, namespace, ack id, data. */
const rawPacketArb: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc
    .tuple(
      fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '9', ''),
      fc.constantFrom('', '/', '/admin,', '/x,', '/,'),
      fc.oneof(
        fc.constant(''),
        fc.nat().map(String),
        fc.constantFrom('99999999999999999999', '-1', '1e9'),
      ),
      jsonish,
    )
    .map(([type, nsp, id, data]) => `${type}${nsp}${id}${data}`),
  // Binary events that announce attachments which never come, or absurdly many.
  fc
    .tuple(
      fc.constantFrom('5', '6'),
      fc.oneof(fc.nat(5), fc.constantFrom(1e6, 2 ** 31, 2 ** 53)),
      fc.constantFrom(...EVENTS),
      fc.nat(3),
    )
    .map(
      ([type, count, event, num]) =>
        `${type}${count}-["${event}",{"_placeholder":true,"num":${num}}]`,
    ),
);

const roleArb = fc.constantFrom(...ROLES);

function caseArb(ids: readonly string[]): fc.Arbitrary<Case> {
  return fc.oneof(
    {
      weight: 20,
      arbitrary: fc.record({
        kind: fc.constant('request' as const),
        role: roleArb,
        event: eventArb,
        payload: payloadArb(ids),
        ack: fc.constantFrom(
          'ack' as const,
          'ack' as const,
          'ack' as const,
          'ackOnly' as const,
          'extra' as const,
          'none' as const,
        ),
        extra: fc.array(fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined)), {
          minLength: 1,
          maxLength: 3,
        }),
      }),
    },
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('raw' as const),
        role: roleArb,
        packet: rawPacketArb,
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('oversized' as const),
        role: roleArb,
        event: fc.constantFrom(...EVENTS),
        bytes: fc.integer({
          min: LIMITS.socketMessageBytes + 1,
          max: 2 * LIMITS.socketMessageBytes,
        }),
      }),
    },
  );
}

// ---------- the meeting under fire ----------

function isAck(answer: unknown): boolean {
  if (typeof answer !== 'object' || answer === null) return false;
  const { ok, code, message } = answer as { ok?: unknown; code?: unknown; message?: unknown };
  if (ok === true) return true;
  return (
    ok === false &&
    typeof code === 'string' &&
    ERROR_CODE_VALUES.has(code) &&
    typeof message === 'string'
  );
}

const prototypeNames = () =>
  [Object.prototype, Array.prototype, Function.prototype]
    .map((proto) => Object.getOwnPropertyNames(proto).sort().join(','))
    .join('|');

function describeCase(c: Case): string {
  return JSON.stringify(c, (_key, value: unknown) =>
    typeof value === 'object' && value !== null && fc.hasToStringMethod(value)
      ? value[fc.toStringMethod]()
      : typeof value === 'string' && value.length > 120
        ? `${value.slice(0, 60)}…(${value.length} chars)`
        : value instanceof Uint8Array
          ? `<${value.length} bytes>`
          : value,
  ).slice(0, 1_500);
}

type Outcome = { answer: unknown } | { disconnected: string } | { sent: true };

async function meetingUnderFire() {
  const server = await useServer();
  const created = await createMeeting(server.url);
  const meetingId = created.meeting.id;
  const { key } = await joinMeeting(server.url, created.meeting.joinCode);
  const tokens: Record<Role, string> = {
    facilitator: created.facilitatorToken,
    projector: created.projectorToken,
    attendee: key,
  };
  const stats = {
    cases: 0,
    answered: 0,
    refused: 0,
    rateLimited: 0,
    unanswered: 0,
    raw: 0,
    dropped: 0,
    connections: 0,
  };
  const codes: Record<string, number> = {};
  const open = new Set<Socket>();
  onCleanup(() => {
    for (const socket of open) socket.disconnect();
  });

  /** Requests that may have replaced the Beamer link; its screens close when one succeeds. */
  let reissues = 0;
  const connectedAfter = new WeakMap<Socket, number>();

  /** Connects as `role`; a Beamer whose link the fuzzer replaced gets a new one from the Regie. */
  async function connect(role: Role): Promise<Socket> {
    try {
      return await connectOnce(role);
    } catch (error) {
      if (role !== 'projector' || (error as Error).message !== 'UNAUTHORISED') throw error;
      const regie = await connectOnce('facilitator');
      const outcome = await request(regie, 'beamer:reissue', [{}], true);
      regie.disconnect();
      const answer = (outcome as { answer: { data: { projectorToken: string } } }).answer;
      tokens.projector = answer.data.projectorToken;
      return connectOnce(role);
    }
  }

  async function connectOnce(role: Role): Promise<Socket> {
    stats.connections++;
    const socket = io(server.url, {
      auth: { token: tokens[role] },
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
      autoConnect: false,
    });
    open.add(socket);
    socket.on('disconnect', () => open.delete(socket));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${role} could not connect`)), ACK_MS);
      socket.once('connect', () => {
        clearTimeout(timer);
        resolve();
      });
      socket.once('connect_error', (error) => {
        clearTimeout(timer);
        open.delete(socket);
        reject(error);
      });
      socket.connect();
    });
    connectedAfter.set(socket, reissues);
    return socket;
  }

  const pool = new Map<Role, { socket: Socket; used: number }>();
  /** A connection of `role` with room for another command under the rate limit. */
  async function connectionOf(role: Role): Promise<Socket> {
    const current = pool.get(role);
    if (current && current.socket.connected && current.used < COMMANDS_PER_CONNECTION) {
      current.used++;
      return current.socket;
    }
    current?.socket.disconnect();
    const socket = await connect(role);
    pool.set(role, { socket, used: 1 });
    return socket;
  }

  /** Sends a request and waits for its answer, or the connection's end. */
  function request(
    socket: Socket,
    event: string,
    args: unknown[],
    withAck: boolean,
  ): Promise<Outcome> {
    return new Promise((resolve, reject) => {
      if (!withAck) {
        socket.emit(event, ...args);
        return resolve({ sent: true });
      }
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`hang: no answer to ${event} within ${ACK_MS} ms`));
      }, ACK_MS);
      const onDisconnect = (reason: string) => {
        stop();
        resolve({ disconnected: reason });
      };
      // A raw CONNECT packet with a wrong token ends the client's socket this way.
      const onConnectError = (error: Error) => onDisconnect(`connect_error ${error.message}`);
      const stop = () => {
        clearTimeout(timer);
        socket.off('disconnect', onDisconnect);
        socket.off('connect_error', onConnectError);
      };
      socket.once('disconnect', onDisconnect);
      socket.once('connect_error', onConnectError);
      socket.emit(event, ...args, (answer: unknown) => {
        stop();
        resolve({ answer });
      });
    });
  }

  /** What only the facilitator may change, read from the server itself. */
  async function staffState(): Promise<string> {
    const { attendeeCount: _count, ...view } = await server.app.services.meetings.view(meetingId);
    const themes = await server.app.services.themes.listForStaff(meetingId);
    return JSON.stringify({ view, themes });
  }

  const facilitator = await connect('facilitator');
  const ids: string[] = [meetingId];
  for (const title of ['Elkaar ontmoeten', 'Groen in de wijk']) {
    const outcome = await request(
      facilitator,
      'theme:create',
      [{ title, description: 'Wat we hoorden', quotes: [] }],
      true,
    );
    const answer = (outcome as { answer: { ok: boolean; data: { id: string } } }).answer;
    expect(answer.ok).toBe(true);
    ids.push(answer.data.id);
  }
  await request(facilitator, 'theme:publish', [{ themeId: ids[1], published: true }], true);
  facilitator.disconnect();

  const prototypesAtStart = prototypeNames();
  const memoryAtStart = rssMb();
  const heapAtStart = heapMb();
  let peakMemory = memoryAtStart;

  async function runCase(c: Case): Promise<void> {
    stats.cases++;
    const socket = await connectionOf(c.role);
    if (c.role === 'facilitator' && JSON.stringify(c).includes('beamer:reissue')) reissues++;
    const before = c.role === 'facilitator' ? null : await staffState();
    let outcome: Outcome;
    let mayDrop = false;
    if (c.kind === 'request' && c.ack === 'extra') {
      // More arguments than the protocol has: still answered (INVALID_PAYLOAD), never hung.
      outcome = await request(socket, c.event, [c.payload, ...c.extra], true);
    } else if (c.kind === 'request') {
      const args = c.ack === 'ackOnly' ? [] : [c.payload];
      outcome = await request(socket, c.event, args, c.ack !== 'none');
    } else if (c.kind === 'oversized') {
      mayDrop = true;
      outcome = await request(socket, c.event, [{ text: 'x'.repeat(c.bytes) }], true);
    } else {
      stats.raw++;
      mayDrop = true;
      // Written as an engine.io message, so it reaches the server's Socket.IO parser as is.
      const engine = (socket.io as unknown as { engine: { write(data: string): void } }).engine;
      engine.write(c.packet);
      // A DISCONNECT packet leaves the namespace: rightly, nothing is answered on it any more.
      // Otherwise the connection is either closed or still answers.
      outcome = leavesNamespace(c.packet)
        ? { disconnected: 'left the namespace' }
        : await request(socket, 'clock:ping', [{}], true);
    }
    if ('disconnected' in outcome) {
      stats.dropped++;
      socket.disconnect();
      // A Beamer's connection closes when the Regie replaced its link.
      const replaced = c.role === 'projector' && connectedAfter.get(socket) !== reissues;
      if (!mayDrop && !replaced) {
        throw new Error(`the server dropped the connection (${outcome.disconnected})`);
      }
    } else if ('answer' in outcome) {
      if (!isAck(outcome.answer)) throw new Error(`not an Ack: ${JSON.stringify(outcome.answer)}`);
      const answer = outcome.answer as {
        ok: boolean;
        code?: string;
        data?: { projectorToken?: string };
      };
      if (answer.ok) stats.answered++;
      else {
        stats.refused++;
        codes[answer.code!] = (codes[answer.code!] ?? 0) + 1;
        if (answer.code === ERROR_CODES.rateLimited) stats.rateLimited++;
      }
      if (c.kind === 'request' && c.event === 'beamer:reissue' && answer.ok) {
        // The Regie replaced the Beamer link: its screens close, the new link opens them.
        tokens.projector = answer.data!.projectorToken!;
        pool.get('projector')?.socket.disconnect();
        pool.delete('projector');
      }
    } else stats.unanswered++;
    expect(prototypeNames(), 'a built-in prototype was changed').toBe(prototypesAtStart);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (before !== null) {
      expect(await staffState(), `the ${c.role} changed what only the Regie may change`).toBe(
        before,
      );
    }
    if (stats.cases % CHECK_EVERY === 0) await checkpoint();
  }

  /** Every role still gets a fresh connection that answers; memory within the bound. */
  async function checkpoint(): Promise<void> {
    for (const role of ROLES) {
      const socket = await connect(role);
      const outcome = await request(socket, 'session:sync', [{}], true);
      socket.disconnect();
      expect(outcome, `${role} after ${stats.cases} cases`).toMatchObject({ answer: { ok: true } });
    }
    peakMemory = Math.max(peakMemory, await expectMemoryWithinBound(memoryAtStart));
  }

  function report(label: string): void {
    console.info(
      `[fuzz-socket] ${label}: ${JSON.stringify(stats)}; codes ${JSON.stringify(codes)}; memory ` +
        `${memoryAtStart.toFixed(0)} → ${rssMb().toFixed(0)} MB (peak ${peakMemory.toFixed(0)}), heap ${heapAtStart.toFixed(0)} → ${heapMb().toFixed(0)} MB`,
    );
  }

  return { ids, runCase, checkpoint, report };
}

// ---------- the properties ----------

describe('fuzzing the Socket.IO server', () => {
  it('lists every request of the protocol', () => {
    expect(EVERY_EVENT_LISTED).toBe(true);
  });

  const runs = runsFor(1);
  it(
    `answers ${runs} arbitrary requests and packets from three roles with an Ack, and only the Regie changes the meeting`,
    async () => {
      const fire = await meetingUnderFire();
      await fc.assert(
        fc.asyncProperty(caseArb(fire.ids), async (c) => {
          try {
            await fire.runCase(c);
          } catch (error) {
            throw new Error(`${(error as Error).message}\ncase ${describeCase(c)}`, {
              cause: error,
            });
          }
        }),
        fcOptions(runs),
      );
      await fire.checkpoint();
      fire.report('requests');
    },
    timeoutFor(runs),
  );
});

// ---------- what the fuzzer found ----------

describe('regressions found by fuzzing Socket.IO', () => {
  it("answers a request named 'error' (the name of the socket's own error event) with an Ack", async () => {
    const server = await useServer();
    const created = await createMeeting(server.url);
    const { key } = await joinMeeting(server.url, created.meeting.joinCode);
    for (const token of [created.facilitatorToken, key]) {
      const socket = io(server.url, { auth: { token }, transports: ['websocket'], forceNew: true });
      onCleanup(() => socket.disconnect());
      await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
      const answer: unknown = await socket
        .timeout(2_000)
        .emitWithAck('error', { message: 'vervalst logbericht' })
        .catch((error: unknown) => `no answer: ${String(error)}`);
      expect(isAck(answer), JSON.stringify(answer)).toBe(true);
    }
  });
});

describe('regressions found by fuzzing Socket.IO, continued', () => {
  it('answers a request sent with more arguments than the protocol has', async () => {
    const server = await useServer();
    const created = await createMeeting(server.url);
    const socket = io(server.url, {
      auth: { token: created.facilitatorToken },
      transports: ['websocket'],
      forceNew: true,
    });
    onCleanup(() => socket.disconnect());
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    const answer: unknown = await socket
      .timeout(2_000)
      .emitWithAck('session:sync', {}, 'een argument te veel')
      .catch((error: unknown) => `no answer: ${String(error)}`);
    expect(isAck(answer), JSON.stringify(answer)).toBe(true);
  });
});
