import { afterEach, describe, expect, it } from 'vitest';
import { addNote } from '../../shared/docs.js';
import type { CanvasSection, MeetingResults, MyGroup } from '../../shared/model.js';
import { startServer } from '../helpers/server.js';
import {
  cleanUp,
  connectSocket,
  flush,
  onCleanup,
  openSyncedDoc,
} from '../helpers/integration/helpers.js';
import {
  additionId,
  evening,
  ok,
  phone,
  publishedTheme,
  refusal,
  themeInput,
  toPhase,
} from '../helpers/integration/evening.js';
import type { Phone } from '../helpers/integration/evening.js';
import { otherMeeting, signupInput, withToken } from '../helpers/integration/signup-helpers.js';

afterEach(cleanUp);

const NAME = 'Ans de Vries';
const EMAIL = 'ans.devries@example.nl';
const PHONE = '06 12345678';

/**
 * An evening up to the sign-ups: two published themes and a hidden one, recognition with votes
 * and hands, moderated additions, eight phones at two confirmed tables, notes on both canvases
 * and two sign-ups for the first theme.
 */
async function eveningWithResults() {
  const e = await evening();
  const groen = await publishedTheme(
    e.regie,
    themeInput('Groen en spelen', [], 'Meer groen en plekken om te spelen.'),
  );
  const verkeer = await publishedTheme(e.regie, themeInput('Verkeer'));
  const hidden = await publishedTheme(e.regie, themeInput('Nog niet besproken'));
  ok(await e.regie.emitWithAck('theme:hide', { themeId: hidden.id, hidden: true }));

  const phones: Phone[] = [];
  for (let i = 0; i < 8; i++) phones.push(await phone(e));

  // Recognition: Groen 3 yes, 1 partly on phones plus a show of hands; Verkeer 2 no.
  await toPhase(e, 'recognition');
  for (const theme of [groen, verkeer]) {
    ok(await e.regie.emitWithAck('recognition:control', { themeId: theme.id, open: true }));
  }
  const answers = ['yes', 'yes', 'yes', 'partly'] as const;
  for (const [i, answer] of answers.entries()) {
    ok(await phones[i].socket.emitWithAck('vote:cast', { themeId: groen.id, answer }));
  }
  for (const p of phones.slice(4, 6)) {
    ok(await p.socket.emitWithAck('vote:cast', { themeId: verkeer.id, answer: 'no' }));
  }
  ok(
    await e.regie.emitWithAck('hands:set', {
      themeId: groen.id,
      hands: { yes: 5, partly: 0, no: 1 },
    }),
  );

  // Additions: one approved with a duplicate merged in, one rejected, one about something else.
  const send = async (p: Phone, themeId: string | null, text: string) => {
    const id = additionId();
    ok(await p.socket.emitWithAck('addition:send', { id, themeId, text }));
    return id;
  };
  const kept = await send(phones[0], groen.id, 'Een moestuin bij de school');
  const same = await send(phones[1], groen.id, 'Moestuin bij school');
  const single = await send(phones[2], groen.id, 'Bankjes in het park');
  const dropped = await send(phones[3], groen.id, 'Dit hoort er niet bij');
  const other = await send(phones[4], null, 'Vaker zo een avond');
  for (const id of [kept, single, other]) {
    ok(await e.regie.emitWithAck('addition:moderate', { action: 'approve', id }));
  }
  ok(await e.regie.emitWithAck('addition:moderate', { action: 'merge', id: same, intoId: kept }));
  ok(await e.regie.emitWithAck('addition:moderate', { action: 'reject', id: dropped }));

  // Four phones want Groen, four Verkeer: two tables of four, confirmed.
  await toPhase(e, 'choose');
  for (const [i, p] of phones.entries()) {
    const [first, second] = i < 4 ? [groen.id, verkeer.id] : [verkeer.id, groen.id];
    ok(await p.socket.emitWithAck('preference:set', { first, second }));
  }
  ok(await e.regie.emitWithAck('groups:propose', { minSize: 4, maxSize: 7, seed: 1 }));
  const view = ok(await e.regie.emitWithAck('groups:confirm', {}));
  expect(view.groups).toHaveLength(2);
  const tableOf = async (p: Phone): Promise<MyGroup> => {
    const group = ok(await p.socket.emitWithAck('group:mine', {}));
    if (!group) throw new Error('phone has no table');
    return group;
  };
  const groenTable = await tableOf(phones[0]);
  const verkeerTable = await tableOf(phones[4]);
  expect([groenTable.themeId, verkeerTable.themeId]).toEqual([groen.id, verkeer.id]);

  // Notes on both canvases, written by members over y-websocket.
  let createdAt = 1;
  const write = async (p: Phone, table: MyGroup, notes: [CanvasSection, string][]) => {
    const kind = table.canvasDoc.slice(e.meetingId.length + 1);
    const canvas = await openSyncedDoc(e.server.url, e.meetingId, p.key, { kind });
    for (const [section, text] of notes) {
      addNote(canvas.doc, { id: `n${createdAt}`, text, x: 0.1, y: 0.1, createdAt, section });
      createdAt++;
    }
    await flush(canvas.provider);
    return canvas;
  };
  await write(phones[0], groenTable, [
    ['how', 'Samen met de school een moestuin beginnen'],
    ['needs', 'Grond van de gemeente'],
    ['how', 'Elke maand een klusdag'],
    ['needs', '   '],
  ]);
  // Written at the table without moderation: the anonymiser's findings are replaced.
  await write(phones[1], groenTable, [
    ['helpers', 'De buurtvereniging'],
    ['helpers', 'Kees belt de gemeente: 06 98765432'],
  ]);
  await write(phones[4], verkeerTable, [['how', 'Drempels in de Dorpsstraat']]);

  // Two sign-ups for the werkgroep Groen, with personal data that must stay out of the results.
  await toPhase(e, 'signup');
  for (const p of phones.slice(0, 2)) {
    ok(
      await p.socket.emitWithAck(
        'signup:create',
        signupInput(groen.id, { name: NAME, email: EMAIL, phone: PHONE }),
      ),
    );
  }
  return { e, phones, groen, verkeer, groenTable, verkeerTable };
}

function expectedResults(ids: {
  groen: string;
  verkeer: string;
  groenTable: MyGroup;
  verkeerTable: MyGroup;
}): MeetingResults {
  return {
    meetingName: 'Wijkavond De Schakel',
    date: '2026-12-01',
    place: 'Dorpshuis De Schakel',
    attendeeCount: 8,
    conversations: null,
    themes: [
      {
        themeId: ids.groen,
        title: 'Groen en spelen',
        description: 'Meer groen en plekken om te spelen.',
        votes: { yes: 3, partly: 1, no: 0 },
        hands: { yes: 5, partly: 0, no: 1 },
        additions: [
          { text: 'Een moestuin bij de school', weight: 2 },
          { text: 'Bankjes in het park', weight: 1 },
        ],
        groups: [
          {
            groupId: ids.groenTable.groupId,
            tableNumber: ids.groenTable.tableNumber,
            tableName: '',
            suffix: '',
            sections: {
              how: ['Samen met de school een moestuin beginnen', 'Elke maand een klusdag'],
              needs: ['Grond van de gemeente'],
              helpers: ['De buurtvereniging', '[naam] belt de gemeente: [telefoonnummer]'],
            },
          },
        ],
        signupCount: 2,
      },
      {
        themeId: ids.verkeer,
        title: 'Verkeer',
        description: '',
        votes: { yes: 0, partly: 0, no: 2 },
        hands: { yes: 0, partly: 0, no: 0 },
        additions: [],
        groups: [
          {
            groupId: ids.verkeerTable.groupId,
            tableNumber: ids.verkeerTable.tableNumber,
            tableName: '',
            suffix: '',
            sections: { how: ['Drempels in de Dorpsstraat'], needs: [], helpers: [] },
          },
        ],
        signupCount: 0,
      },
    ],
    otherAdditions: [{ text: 'Vaker zo een avond', weight: 1 }],
  };
}

describe('the results of the evening', () => {
  it('sums up recognition, additions, the tables and sign-up counts without personal data', async () => {
    const setUp = await eveningWithResults();
    const { e, phones } = setUp;
    const ids = { ...setUp, groen: setUp.groen.id, verkeer: setUp.verkeer.id };

    // Before the results phase only the facilitator may look (to check the report).
    ok(await e.regie.emitWithAck('phase:set', { phase: 'signup' }));
    expect(refusal(await phones[5].socket.emitWithAck('results:get', {}))).toBe('WRONG_PHASE');
    expect(refusal(await e.beamer.emitWithAck('results:get', {}))).toBe('WRONG_PHASE');
    expect(ok(await e.regie.emitWithAck('results:get', {}))).toEqual(expectedResults(ids));

    // From the results phase on the projector and the phones see the same; the canvases are
    // still open, so this reads the live rooms.
    ok(await e.regie.emitWithAck('phase:set', { phase: 'results' }));
    const shown = ok(await e.beamer.emitWithAck('results:get', {}));
    expect(shown).toEqual(expectedResults(ids));
    expect(ok(await phones[7].socket.emitWithAck('results:get', {}))).toEqual(shown);

    const serialised = JSON.stringify(shown);
    for (const secret of [
      NAME,
      EMAIL,
      PHONE,
      '12345678',
      '98765432',
      'Kees',
      'Dit hoort er niet bij',
    ]) {
      expect(serialised).not.toContain(secret);
    }
    expect(serialised).not.toContain('Nog niet besproken');
  });

  it('serves the report over HTTP to the Regie and the Beamer only, also after a restart', async () => {
    const setUp = await eveningWithResults();
    const { e, phones } = setUp;
    const ids = { ...setUp, groen: setUp.groen.id, verkeer: setUp.verkeer.id };
    const path = `/meetings/${e.meetingId}/results`;

    // The Regie may fetch it before the results phase; the Beamer only from then on.
    const early = await withToken(e.server.url, path, e.facilitatorToken);
    expect(early.status).toBe(200);
    expect(early.headers.get('cache-control')).toBe('no-store');
    expect(((await early.json()) as { data: MeetingResults }).data).toEqual(expectedResults(ids));
    expect((await withToken(e.server.url, path, e.projectorToken)).status).toBe(403);
    ok(await e.regie.emitWithAck('phase:set', { phase: 'results' }));
    expect((await withToken(e.server.url, path, e.projectorToken)).status).toBe(200);

    // A phone's key, no token, or another meeting's Regie: refused.
    const attendee = await withToken(e.server.url, path, phones[0].key);
    expect(attendee.status).toBe(403);
    expect(((await attendee.json()) as { code: string }).code).toBe('FORBIDDEN');
    expect((await withToken(e.server.url, path, null)).status).toBe(401);
    expect((await withToken(e.server.url, path, 'not-a-token')).status).toBe(401);
    const stranger = await otherMeeting(e.server);
    expect((await withToken(e.server.url, path, stranger.facilitatorToken)).status).toBe(403);

    // After a restart no canvas is open: the summaries come from the stored updates.
    await e.server.stop();
    const again = await startServer({ dataDir: e.server.dataDir });
    onCleanup(() => again.stop());
    const res = await withToken(again.url, path, e.facilitatorToken);
    expect(((await res.json()) as { data: MeetingResults }).data).toEqual(expectedResults(ids));
    const beamer = await connectSocket(again.url, e.projectorToken);
    expect(ok(await beamer.emitWithAck('results:get', {}))).toEqual(expectedResults(ids));
  });
});
