/**
 * Shared pieces for the sign-up tests: a valid sign-up payload, the token inside a personal
 * link, the HTTP calls the personal-link page and the Regie's export make, and recordings of
 * everything a screen receives.
 */
import type { SignupCreatePayload } from '../../../shared/protocol.js';
import { createMeeting } from '../server.js';
import type { TestServer } from '../server.js';
import { connectSocket, flush } from './helpers.js';
import type { ClientSocket } from './helpers.js';
import { openRecordingDoc, openRecordingPath, recordAll, roundTrip } from './evening.js';
import type { Evening, RecordingDoc } from './evening.js';

/** A sign-up that passes every rule; override what a test is about. */
export function signupInput(
  themeId: string,
  overrides: Partial<SignupCreatePayload> = {},
): SignupCreatePayload {
  return {
    themeId,
    name: 'Ans de Vries',
    email: 'ans@example.nl',
    phone: '06 12345678',
    consents: { contact: true, shareName: false, news: false },
    ...overrides,
  };
}

/** The secret in `<public url>/aanmelding#<token>`. */
export function tokenOf(link: string): string {
  const token = link.split('#')[1];
  if (!token) throw new Error(`no token in ${link}`);
  return token;
}

/** An API request with `Authorization: Bearer <token>` (none when token is null). */
export function withToken(
  url: string,
  path: string,
  token: string | null,
  method: 'GET' | 'DELETE' = 'GET',
): Promise<Response> {
  return fetch(`${url}/api${path}`, {
    method,
    headers: token === null ? {} : { authorization: `Bearer ${token}` },
  });
}

/** The error code of a refused API request. */
export async function codeOf(res: Response): Promise<string> {
  const body = (await res.json()) as { ok: boolean; code?: string };
  if (body.ok) throw new Error('request was accepted');
  return body.code ?? '';
}

/** A second meeting on the same server, with its own Regie connected. */
export async function otherMeeting(server: TestServer) {
  const created = await createMeeting(server.url, {
    name: 'Buurtavond Oost',
    date: '2026-12-08',
    place: 'Wijkcentrum Oost',
  });
  return {
    meetingId: created.meeting.id,
    facilitatorToken: created.facilitatorToken,
    regie: await connectSocket(server.url, created.facilitatorToken),
  };
}

// ---------- watching what screens receive ----------

export interface Screen {
  name: string;
  socket: ClientSocket;
  events: { event: string; args: unknown[] }[];
  docs: RecordingDoc[];
}

/**
 * Records everything a screen receives from now on: its events, both meeting documents and a
 * table's canvas.
 */
export async function watch(
  e: Evening,
  name: string,
  socket: ClientSocket,
  token: string,
  groupId: string,
): Promise<Screen> {
  const events = recordAll(socket);
  const docs = [
    await openRecordingDoc(e.server.url, e.meetingId, token, 'welcome'),
    await openRecordingDoc(e.server.url, e.meetingId, token, 'plenary'),
    await openRecordingPath(e.server.url, e.meetingId, token, `canvas/${groupId}`),
  ];
  return { name, socket, events, docs };
}

/** Everything a screen received, as text, once nothing is under way any more. */
export async function wireOf(screen: Screen): Promise<string> {
  await roundTrip(screen.socket);
  for (const { provider } of screen.docs) await flush(provider);
  return [
    ...screen.events.map((entry) => JSON.stringify(entry)),
    ...screen.docs.flatMap(({ frames }) => frames.map((frame) => frame.toString('utf8'))),
  ].join('\n');
}
