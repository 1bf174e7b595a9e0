/**
 * Signing up for a werkgroep: the person gets a personal link; their contact details reach
 * nobody else — checked on the wire, in every Socket.IO event and every Yjs frame other screens
 * receive — and bad input stores nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, flush, record, waitFor } from '../helpers/integration/helpers.js';
import {
  evening,
  ok,
  phone,
  publishedTheme,
  refusal,
  themeInput,
  toPhase,
} from '../helpers/integration/evening.js';
import {
  codeOf,
  otherMeeting,
  signupInput,
  tokenOf,
  watch,
  wireOf,
  withToken,
} from '../helpers/integration/signup-helpers.js';
import { confirmedEvening, groupOf } from '../helpers/integration/grouping-setup.js';
import { addNote } from '../../shared/docs.js';
import type { OwnSignup } from '../../shared/protocol.js';

afterEach(cleanUp);

describe('signing up for a werkgroep', () => {
  it('answers the person with a personal link and tells every other screen only a count', async () => {
    // Eight phones at two confirmed tables, so the canvases are open as on the evening itself.
    const e = await confirmedEvening(8);
    const [sender, ...others] = e.seats;
    const table = groupOf(e.view, sender.participantId);
    const tablemate = others.find((seat) => groupOf(e.view, seat.participantId) === table)!;
    const across = others.find((seat) => groupOf(e.view, seat.participantId) !== table)!;
    const screens = [
      await watch(e, 'regie', e.regie, e.facilitatorToken, table.id),
      await watch(e, 'beamer', e.beamer, e.projectorToken, table.id),
      await watch(e, 'tablemate', tablemate.socket, tablemate.key, table.id),
      await watch(
        e,
        'other table',
        across.socket,
        across.key,
        groupOf(e.view, across.participantId).id,
      ),
      // The sender's own broadcasts count too: only the acknowledgement may carry its data.
      await watch(e, 'sender', sender.socket, sender.key, table.id),
    ];
    // Controls: notes on the welcome board and on the table's canvas prove the recordings see
    // document traffic.
    const board = screens[0].docs[0];
    addNote(board.doc, { id: 'control1', text: 'WELKOM-controle', x: 0.5, y: 0.5, createdAt: 1 });
    await flush(board.provider);
    const canvas = screens[4].docs[2];
    addNote(canvas.doc, {
      id: 'control2',
      text: 'TAFEL-controle',
      x: 0.5,
      y: 0.5,
      createdAt: 1,
      section: 'helpers',
    });
    await flush(canvas.provider);
    // The sender signs up for the werkgroep of their own table's theme.
    await toPhase(e, 'signup');
    const themeId = table.themeId;

    const created = ok(
      await sender.socket.emitWithAck(
        'signup:create',
        signupInput(themeId, {
          name: 'Gerrit ZONNEBLOEM',
          email: 'zonnebloem.h2@example.nl',
          phone: '06 87654321',
          consents: { contact: true, shareName: true, news: false },
        }),
      ),
    );
    expect(created.signup).toMatchObject({
      meetingId: e.meetingId,
      themeId,
      name: 'Gerrit ZONNEBLOEM',
      email: 'zonnebloem.h2@example.nl',
      phone: '+31687654321',
      consents: { contact: true, shareName: true, news: false },
    });
    // Kept for the default 12 months: a year on, whichever year it is.
    const keptDays = (created.signup.retainUntil - created.signup.createdAt) / 86_400_000;
    expect([365, 366]).toContain(keptDays);
    expect(created.link).toMatch(new RegExp(`^${e.server.url}/aanmelding#[A-Za-z0-9_-]{22}$`));
    const token = tokenOf(created.link);

    for (const screen of screens) {
      await waitFor(() =>
        expect(screen.events.filter((entry) => entry.event === 'signups:counted').at(-1)).toEqual({
          event: 'signups:counted',
          args: [{ counts: { [themeId]: 1 } }],
        }),
      );
    }
    expect(ok(await e.beamer.emitWithAck('signup:counts', {}))).toEqual({ [themeId]: 1 });
    expect(ok(await across.socket.emitWithAck('signup:counts', {}))).toEqual({ [themeId]: 1 });
    // The Regie reads the sign-up itself through its own request, without the token's hash.
    const listed = ok(await e.regie.emitWithAck('signup:list', {}));
    expect(listed).toEqual([created.signup]);
    expect(JSON.stringify(listed)).not.toMatch(/token/i);

    const secrets = ['zonnebloem', '87654321', '6 8765', token];
    for (const screen of screens) {
      const wire = (await wireOf(screen)).toLowerCase();
      expect(wire, `${screen.name} saw the control note`).toContain('welkom-controle');
      if (screen.name !== 'other table') expect(wire, screen.name).toContain('tafel-controle');
      for (const secret of secrets) {
        expect(wire, `${screen.name} received ${secret}`).not.toContain(secret.toLowerCase());
      }
    }
  });

  it('refuses bad sign-ups with a clear code and stores nothing', async () => {
    const e = await evening();
    await toPhase(e, 'signup');
    const groen = await publishedTheme(e.regie, themeInput('Groen en spelen'));
    const draft = ok(await e.regie.emitWithAck('theme:create', themeInput('Nog geheim')));
    const hidden = await publishedTheme(e.regie, themeInput('Verborgen thema'));
    ok(await e.regie.emitWithAck('theme:hide', { themeId: hidden.id, hidden: true }));
    const elsewhere = await otherMeeting(e.server);
    const foreign = await publishedTheme(elsewhere.regie, themeInput('Ander dorp'));
    const p = await phone(e);
    const counted = record(e.regie, 'signups:counted');
    const none = { contact: false, shareName: false, news: false };

    const cases: [string, Parameters<typeof signupInput>[1], string][] = [
      [
        'no consent to be contacted',
        { consents: { ...none, shareName: true, news: true } },
        'CONSENT_REQUIRED',
      ],
      ['no e-mail and no phone', { email: '', phone: '' }, 'CONTACT_REQUIRED'],
      ['a phone number too short', { email: '', phone: '06 1234' }, 'PHONE_INVALID'],
      ['text in the phone field', { phone: 'na zessen bellen' }, 'PHONE_INVALID'],
      ['an e-mail address without @', { email: 'ans.example.nl' }, 'INVALID_PAYLOAD'],
      ['no name', { name: '   ' }, 'TEXT_EMPTY'],
      ['a consent missing', { consents: { contact: true } as typeof none }, 'INVALID_PAYLOAD'],
    ];
    for (const [why, overrides, code] of cases) {
      expect(
        refusal(await p.socket.emitWithAck('signup:create', signupInput(groen.id, overrides))),
        why,
      ).toBe(code);
    }
    for (const themeId of ['unknownTheme1', draft.id, hidden.id, foreign.id]) {
      expect(refusal(await p.socket.emitWithAck('signup:create', signupInput(themeId)))).toBe(
        'NOT_FOUND',
      );
    }
    // Only attendees sign up; only staff read and erase.
    for (const screen of [e.regie, e.beamer]) {
      expect(refusal(await screen.emitWithAck('signup:create', signupInput(groen.id)))).toBe(
        'FORBIDDEN',
      );
    }
    expect(refusal(await p.socket.emitWithAck('signup:list', {}))).toBe('FORBIDDEN');
    expect(refusal(await e.beamer.emitWithAck('signup:list', {}))).toBe('FORBIDDEN');
    expect(refusal(await p.socket.emitWithAck('signup:erase', { signupId: 'someSignup1' }))).toBe(
      'FORBIDDEN',
    );

    expect(ok(await e.regie.emitWithAck('signup:list', {}))).toEqual([]);
    expect(ok(await e.regie.emitWithAck('signup:counts', {}))).toEqual({});
    // Counts would follow a stored sign-up within 200 ms; none may come.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(counted).toEqual([]);
  });

  it('lets the person see and withdraw their sign-up through the personal link', async () => {
    const e = await evening();
    await toPhase(e, 'signup');
    const groen = await publishedTheme(e.regie, themeInput('Groen en spelen'));
    const p = await phone(e);
    const counted = record(e.beamer, 'signups:counted');
    const mine = ok(await p.socket.emitWithAck('signup:create', signupInput(groen.id)));
    const other = ok(
      await p.socket.emitWithAck('signup:create', signupInput(groen.id, { name: 'Kees' })),
    );
    await waitFor(() => expect(counted.at(-1)).toEqual({ counts: { [groen.id]: 2 } }));
    const token = tokenOf(mine.link);

    const shown = await withToken(e.server.url, '/signup', token);
    expect(shown.status).toBe(200);
    expect(shown.headers.get('cache-control')).toBe('no-store');
    expect(((await shown.json()) as { data: OwnSignup }).data).toEqual({
      signup: mine.signup,
      themeTitle: 'Groen en spelen',
      meetingName: 'Wijkavond De Schakel',
      meetingDate: '2026-12-01',
    });

    const withdrawn = await withToken(e.server.url, '/signup', token, 'DELETE');
    expect(withdrawn.status).toBe(204);
    await waitFor(() => expect(counted.at(-1)).toEqual({ counts: { [groen.id]: 1 } }));
    expect(ok(await e.regie.emitWithAck('signup:list', {}))).toEqual([other.signup]);

    for (const method of ['GET', 'DELETE'] as const) {
      const gone = await withToken(e.server.url, '/signup', token, method);
      expect(gone.status, method).toBe(404);
      expect(await codeOf(gone)).toBe('NOT_FOUND');
    }
    const unknown = await withToken(e.server.url, '/signup', 'AAAAAAAAAAAAAAAAAAAAAA');
    expect([unknown.status, await codeOf(unknown)]).toEqual([404, 'NOT_FOUND']);
    const anonymous = await withToken(e.server.url, '/signup', null);
    expect([anonymous.status, await codeOf(anonymous)]).toEqual([401, 'UNAUTHORISED']);
    // The other sign-up's link still works.
    expect((await withToken(e.server.url, '/signup', tokenOf(other.link))).status).toBe(200);
  });

  it('limits how many sign-ups one phone sends, not counting refused attempts', async () => {
    const e = await evening();
    await toPhase(e, 'signup');
    const groen = await publishedTheme(e.regie, themeInput('Groen en spelen'));
    const p = await phone(e);
    for (let attempt = 0; attempt < 3; attempt++) {
      refusal(await p.socket.emitWithAck('signup:create', signupInput(groen.id, { phone: '1' })));
    }
    for (let n = 0; n < 6; n++) {
      ok(await p.socket.emitWithAck('signup:create', signupInput(groen.id, { name: `Lid ${n}` })));
    }
    expect(refusal(await p.socket.emitWithAck('signup:create', signupInput(groen.id)))).toBe(
      'RATE_LIMITED',
    );
    // A household member on their own phone is not held back by it.
    const partner = await phone(e);
    ok(await partner.socket.emitWithAck('signup:create', signupInput(groen.id)));
    expect(ok(await e.regie.emitWithAck('signup:counts', {}))).toEqual({ [groen.id]: 7 });
  });
});
