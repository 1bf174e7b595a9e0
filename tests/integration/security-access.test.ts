/**
 * The document and HTTP parts of SECURITY.md, over real connections: every role's token against
 * every document kind (y-websocket) and every HTTP route that takes a token. Who may read versus
 * write an open document is proven by the tests SECURITY.md names per kind.
 */
import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { ORGANISER_TOKEN } from '../helpers/server.js';
import { cleanUp, once, openDoc } from '../helpers/integration/helpers.js';
import { ok, toPhase } from '../helpers/integration/evening.js';
import { groupOf } from '../helpers/integration/grouping-setup.js';
import { plan, plannedConversation } from '../helpers/integration/conversation-setup.js';
import { returnEvening, returnMeeting } from '../helpers/integration/return-room.js';
import type { ReturnEvening } from '../helpers/integration/return-room.js';

afterEach(cleanUp);

type Who =
  | 'organiser'
  | 'Regie'
  | 'Beamer'
  | 'phone'
  | 'tafelhulp'
  | 'kopgroep'
  | 'werkgroep'
  | 'gespreksleider';

async function tokensOf(e: ReturnEvening): Promise<Record<Who, string>> {
  const host = ok(await e.regie.emitWithAck('tablehost:create', { label: 'Tafel 5' }));
  const gesprek = await plannedConversation(e.regie, { group: 'eigen gesprek' });
  return {
    organiser: ORGANISER_TOKEN,
    Regie: e.facilitatorToken,
    Beamer: e.projectorToken,
    phone: e.seats[0].key,
    tafelhulp: host.token,
    kopgroep: e.henk.token,
    werkgroep: e.volunteers.a1.token,
    gespreksleider: gesprek.token,
  };
}

/** Opens `kind` as `token`: 'open' once synced, or the close code the server ended it with. */
async function attempt(e: ReturnEvening, token: string, kind: string): Promise<'open' | number> {
  const { provider } = openDoc(e.server.url, e.meetingId, token, { kind });
  const outcome = await Promise.race([
    once<{ code: number }>(provider, 'connection-close').then((event) => event.code),
    new Promise<'open'>((resolve) =>
      provider.on('sync', (synced: boolean) => {
        if (synced) resolve('open');
      }),
    ),
  ]);
  provider.destroy();
  return outcome;
}

describe('document access per role', () => {
  it('opens each document kind to exactly the roles SECURITY.md lists, and refuses the rest', async () => {
    const e = await returnEvening();
    const tokens = await tokensOf(e);
    // The gespreksleider's link records the first conversation the Regie planned.
    const [own] = ok(await e.regie.emitWithAck('conversation:list', {}));
    const other = ok(await e.regie.emitWithAck('conversation:create', plan({ group: 'ander' })));
    // The phone sits at a table of theme A; werkgroep member a1 is in werkgroep A.
    const table = groupOf(e.view, e.seats[0].participantId);
    const otherTable = e.view.groups.find((group) => group.id !== table.id)!;
    const kinds = {
      welcome: 'welcome',
      plenary: 'plenary',
      'own canvas': `canvas/${table.id}`,
      'other canvas': `canvas/${otherTable.id}`,
      'own plan': `plan/${e.groupA.id}`,
      'other plan': `plan/${e.groupB.id}`,
      'own conversation': `conversation/${own.id}`,
      'other conversation': `conversation/${other.id}`,
    };
    const opens: Record<keyof typeof kinds, Who[]> = {
      welcome: ['Regie', 'Beamer', 'phone', 'tafelhulp'],
      plenary: ['Regie', 'Beamer', 'phone', 'tafelhulp'],
      'own canvas': ['Regie', 'Beamer', 'phone'],
      'other canvas': ['Regie', 'Beamer'],
      'own plan': ['Regie', 'kopgroep', 'werkgroep'],
      'other plan': ['Regie', 'kopgroep'],
      'own conversation': ['Regie', 'kopgroep', 'gespreksleider'],
      'other conversation': ['Regie', 'kopgroep'],
    };
    const seen: string[] = [];
    const expected: string[] = [];
    for (const [label, kind] of Object.entries(kinds) as [keyof typeof kinds, string][]) {
      for (const who of Object.keys(tokens) as Who[]) {
        const outcome = await attempt(e, tokens[who], kind);
        seen.push(`${who} ${label}: ${outcome}`);
        const refusal = who === 'organiser' ? 4401 : 4403;
        expected.push(`${who} ${label}: ${opens[label].includes(who) ? 'open' : refusal}`);
      }
    }
    expect(seen).toEqual(expected);
  });
});

describe('HTTP routes per role', () => {
  it('answers each token-protected route as SECURITY.md lists it', async () => {
    const e = await returnEvening();
    const tokens = await tokensOf(e);
    const room = await returnMeeting(e);
    await toPhase(e, 'results');
    // Each caller from its own loopback address (127.0.0.x), as people come from their own
    // devices: wrong organiser tokens are throttled per address, and this walk sends many.
    const callers = new Map<string, string>();
    const get = (path: string, token: string, method = 'GET') =>
      new Promise<number>((resolve, reject) => {
        if (!callers.has(token)) callers.set(token, `127.0.0.${callers.size + 2}`);
        const request = http.request(
          `${e.server.url}${path}`,
          {
            method,
            localAddress: callers.get(token),
            headers: { authorization: `Bearer ${token}` },
          },
          (response) => {
            response.resume();
            resolve(response.statusCode ?? 0);
          },
        );
        request.on('error', reject);
        request.end();
      });
    const routes: [string, string, Who[]][] = [
      ['GET', '/api/organiser', ['organiser']],
      ['GET', '/api/meetings', ['organiser']],
      ['GET', `/api/meetings/${e.meetingId}/results`, ['Regie', 'Beamer']],
      ['GET', `/api/meetings/${e.meetingId}/signups.csv`, ['Regie', 'kopgroep']],
      ['GET', '/api/signup', ['werkgroep']],
      ['GET', `/api/meetings/${room.meeting.id}/return-report`, ['Regie', 'kopgroep']],
      ['GET', `/api/meetings/${e.meetingId}/agreements.csv`, ['Regie', 'kopgroep']],
      ['GET', `/api/meetings/${e.meetingId}/agreements.ics`, ['Regie', 'kopgroep']],
    ];
    const seen: string[] = [];
    const allowed: string[] = [];
    for (const [method, path, whom] of routes) {
      for (const who of Object.keys(tokens) as Who[]) {
        const status = await get(path, tokens[who], method);
        seen.push(`${who} ${method} ${path}: ${status < 300 ? 'ok' : 'refused'}`);
        allowed.push(`${who} ${method} ${path}: ${whom.includes(who) ? 'ok' : 'refused'}`);
        if (status >= 300) expect([401, 403, 404], `${who} ${path}`).toContain(status);
      }
    }
    expect(seen).toEqual(allowed);
    // The return meeting's own Regie and Beamer read its verslag too (the console's token is the
    // evening's or the kopgroep's, so that is the Beamer token of the return meeting).
    expect(await get(`/api/meetings/${room.meeting.id}/return-report`, room.projectorToken)).toBe(
      200,
    );
    // Withdrawing a sign-up takes that sign-up's own link; nobody else's token withdraws it.
    for (const who of ['Regie', 'Beamer', 'phone', 'tafelhulp', 'kopgroep'] as Who[]) {
      expect(await get('/api/signup', tokens[who], 'DELETE'), who).toBeGreaterThanOrEqual(400);
    }
    expect(await get('/api/signup', tokens.werkgroep)).toBe(200);
  });
});
