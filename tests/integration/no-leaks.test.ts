/**
 * "Nothing unpublished ever reaches a phone or the projector — check it over the wire."
 * Each test records every Socket.IO event and every y-websocket frame a phone and the Beamer
 * receive during a scenario, then searches the raw payloads for marker words that only
 * unpublished, hidden, pending or rejected content carries.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, flush } from '../helpers/integration/helpers.js';
import type { ClientSocket } from '../helpers/integration/helpers.js';
import {
  additionId,
  evening,
  ok,
  openRecordingDoc,
  phone,
  publishedTheme,
  recordAll,
  refusal,
  roundTrip,
  themeInput,
  toPhase,
} from '../helpers/integration/evening.js';
import type { Evening, RecordingDoc } from '../helpers/integration/evening.js';
import type { PublicTheme } from '../../shared/model.js';

afterEach(cleanUp);

const PUBLIC_THEME_KEYS = [
  'description',
  'id',
  'quotes',
  'recognitionOpen',
  'recognitionRevealed',
  'title',
];

interface Screen {
  name: string;
  socket: ClientSocket;
  events: { event: string; args: unknown[] }[];
  docs: RecordingDoc[];
}

/** A phone and the Beamer with everything they receive recorded, from before the first command. */
async function watchedScreens(e: Evening): Promise<Screen[]> {
  const observer = await phone(e);
  const screens: Screen[] = [];
  for (const [name, socket, token] of [
    ['phone', observer.socket, observer.key],
    ['projector', e.beamer, e.projectorToken],
  ] as const) {
    screens.push({
      name,
      socket,
      events: recordAll(socket),
      docs: [
        await openRecordingDoc(e.server.url, e.meetingId, token, 'welcome'),
        await openRecordingDoc(e.server.url, e.meetingId, token, 'plenary'),
      ],
    });
  }
  return screens;
}

/** Everything a screen received, as text; after round trips, so nothing is still under way. */
async function received(screen: Screen): Promise<string> {
  await roundTrip(screen.socket);
  for (const { provider } of screen.docs) await flush(provider);
  const events = screen.events.map((entry) => JSON.stringify(entry));
  const frames = screen.docs.flatMap(({ frames }) => frames.map((frame) => frame.toString('utf8')));
  return [...events, ...frames].join('\n');
}

async function expectPublicList(socket: ClientSocket, titles: string[]): Promise<void> {
  const themes = ok(await socket.emitWithAck('themes:list', {})) as PublicTheme[];
  expect(themes.map((theme) => theme.title)).toEqual(titles);
  for (const theme of themes) expect(Object.keys(theme).sort()).toEqual(PUBLIC_THEME_KEYS);
}

describe('nothing unpublished reaches a phone or the projector', () => {
  it('keeps drafts, hidden themes, pending, rejected and merged additions off every screen', async () => {
    const e = await evening();
    await toPhase(e, 'recognition');
    const screens = await watchedScreens(e);
    const senders = [await phone(e), await phone(e)];
    const send = async (sender: number, text: string, themeId: string | null = null) => {
      const id = additionId();
      ok(await senders[sender].socket.emitWithAck('addition:send', { id, themeId, text }));
      return id;
    };
    const { regie } = e;

    // Themes: one published (the control), a draft, and one hidden before it was published.
    const shown = await publishedTheme(
      regie,
      themeInput('Elkaar ontmoeten', ['ZICHTBAAR-koolmees bij de koffie.']),
    );
    const draft = ok(
      await regie.emitWithAck(
        'theme:create',
        themeInput(
          'ONGEPUBLICEERD-zwaluw',
          ['Citaat ONGEPUBLICEERD-zwaluw'],
          'Over ONGEPUBLICEERD-zwaluw',
        ),
      ),
    );
    ok(
      await regie.emitWithAck('theme:update', {
        themeId: draft.id,
        theme: themeInput('CONCEPT-reiger', ['Nog een CONCEPT-reiger citaat']),
      }),
    );
    const hidden = ok(
      await regie.emitWithAck(
        'theme:create',
        themeInput('VERBORGEN-specht', ['Iets over VERBORGEN-specht.']),
      ),
    );
    ok(await regie.emitWithAck('theme:hide', { themeId: hidden.id, hidden: true }));
    ok(await regie.emitWithAck('theme:publish', { themeId: hidden.id, published: true }));
    // Neither can be put on the projector or asked about.
    for (const themeId of [draft.id, hidden.id]) {
      expect(await regie.emitWithAck('focus:set', { themeId })).toMatchObject({ ok: false });
      expect(await regie.emitWithAck('recognition:control', { themeId, open: true })).toMatchObject(
        { ok: false },
      );
    }
    ok(await regie.emitWithAck('focus:set', { themeId: shown.id }));
    ok(await regie.emitWithAck('recognition:control', { themeId: shown.id, open: true }));

    // Additions: approved (the control, edited on approval), pending, rejected, merged, promoted.
    const approved = await send(
      0,
      'ORIGINEEL-roerdomp: meer bankjes langs de Dorpsstraat.',
      shown.id,
    );
    ok(
      await regie.emitWithAck('addition:moderate', {
        action: 'approve',
        id: approved,
        text: 'GOEDGEKEURD-pimpelmees: meer bankjes.',
      }),
    );
    await send(0, 'WACHTEND-grutto: een buurtapp voor de straat.', shown.id);
    await send(0, 'BELLEN-ijsvogel: bel mij op 06-12345678 voor de moestuin.');
    const rejected = await send(1, 'AFGEWEZEN-tureluur: dit hoort hier niet.');
    ok(await regie.emitWithAck('addition:moderate', { action: 'reject', id: rejected }));
    const merged = await send(1, 'SAMENGEVOEGD-wulp: meer bankjes graag.', shown.id);
    ok(
      await regie.emitWithAck('addition:moderate', {
        action: 'merge',
        id: merged,
        intoId: approved,
      }),
    );
    const promoted = await send(1, 'GEPROMOVEERD-kievit: een repaircafé.');
    const promotedTheme = ok(
      await regie.emitWithAck('addition:promote', {
        id: promoted,
        title: 'Repaircafé KIEVIT-titel',
      }),
    );
    expect(promotedTheme).toMatchObject({ published: false, origin: 'addition' });

    // A vote: the tally stays with the Regie until it is revealed.
    ok(await senders[0].socket.emitWithAck('vote:cast', { themeId: shown.id, answer: 'yes' }));

    const secret = [
      'ONGEPUBLICEERD-zwaluw',
      'CONCEPT-reiger',
      'VERBORGEN-specht',
      'ORIGINEEL-roerdomp',
      'WACHTEND-grutto',
      'BELLEN-ijsvogel',
      '12345678',
      'AFGEWEZEN-tureluur',
      'SAMENGEVOEGD-wulp',
      'GEPROMOVEERD-kievit',
      'KIEVIT-titel',
    ];
    for (const screen of screens) {
      await expectPublicList(screen.socket, ['Elkaar ontmoeten']);
      const wire = await received(screen);
      // The controls prove the recording sees themes and the plenary board.
      expect(wire, screen.name).toContain('ZICHTBAAR-koolmees');
      expect(wire, screen.name).toContain('GOEDGEKEURD-pimpelmees');
      for (const marker of secret)
        expect(wire, `${screen.name} received ${marker}`).not.toContain(marker);
      for (const key of [
        '"flags"',
        '"dismissedFlags"',
        '"hidden"',
        '"published"',
        '"votes"',
        '"tally"',
      ]) {
        expect(wire, `${screen.name} received ${key}`).not.toContain(key);
      }
      const names = new Set(screen.events.map((entry) => entry.event));
      for (const staffOnly of ['themes:staff-changed', 'addition:changed', 'tally:changed']) {
        expect(names.has(staffOnly), `${screen.name} received ${staffOnly}`).toBe(false);
      }
    }

    // A phone that arrives afterwards gets the same picture.
    const late = await watchedScreens(e);
    await expectPublicList(late[0].socket, ['Elkaar ontmoeten']);
    expect(ok(await late[0].socket.emitWithAck('tally:list', {}))).toEqual([]);
    const wire = await received(late[0]);
    expect(wire).toContain('GOEDGEKEURD-pimpelmees');
    for (const marker of secret)
      expect(wire, `late phone received ${marker}`).not.toContain(marker);
  });

  it('never sends theme text the anonymiser held back, nor an edit it refused', async () => {
    const e = await evening();
    await toPhase(e, 'recognition');
    const screens = await watchedScreens(e);
    const { regie } = e;
    const flagged = ok(
      await regie.emitWithAck(
        'theme:create',
        themeInput('Eenzaamheid', [
          'Mevrouw Jansen van nummer 12 zit al maanden alleen thuis, GEMARKEERD-merel.',
        ]),
      ),
    );
    expect(flagged.flags.length, 'the anonymiser must flag a named resident').toBeGreaterThan(0);
    expect(
      refusal(await regie.emitWithAck('theme:publish', { themeId: flagged.id, published: true })),
    ).toBe('UNRESOLVED_FLAGS');

    const shown = await publishedTheme(
      regie,
      themeInput('Zorg dichtbij', ['ZICHTBAAR-koolmees: de huisarts is ver weg.']),
    );
    const edit = themeInput('Zorg dichtbij', [
      'Meneer De Vries op nummer 4 krijgt geen hulp, BEWERKT-boomklever.',
    ]);
    expect(
      refusal(await regie.emitWithAck('theme:update', { themeId: shown.id, theme: edit })),
    ).toBe('UNRESOLVED_FLAGS');

    for (const screen of screens) {
      await expectPublicList(screen.socket, ['Zorg dichtbij']);
      const wire = await received(screen);
      expect(wire).toContain('ZICHTBAAR-koolmees');
      for (const marker of ['GEMARKEERD-merel', 'Jansen', 'BEWERKT-boomklever', 'De Vries']) {
        expect(wire, `${screen.name} received ${marker}`).not.toContain(marker);
      }
    }
  });
});
