import { afterEach, describe, expect, it } from 'vitest';
import {
  cleanUp,
  connectSocket,
  openSyncedDoc,
  record,
  waitFor,
} from '../helpers/integration/helpers.js';
import type { ClientSocket } from '../helpers/integration/helpers.js';
import {
  additionId,
  evening,
  ok,
  openRecordingDoc,
  phone,
  publishedTheme,
  refusal,
  roundTrip,
  themeInput,
  toPhase,
} from '../helpers/integration/evening.js';
import type { Evening } from '../helpers/integration/evening.js';
import { readPlenaryAdditions } from '../../shared/plenary-doc.js';
import type * as Y from 'yjs';
import { LIMITS } from '../../shared/limits.js';
import type { Addition } from '../../shared/model.js';
import type { AdditionModeratePayload } from '../../shared/protocol.js';

afterEach(cleanUp);

async function queue(e: Evening): Promise<Addition[]> {
  return ok(await e.regie.emitWithAck('addition:list', {}));
}

const byId = (additions: Addition[], id: string) =>
  additions.filter((addition) => addition.id === id);

async function send(
  socket: ClientSocket,
  text: string,
  themeId: string | null = null,
  id = additionId(),
) {
  expect(ok(await socket.emitWithAck('addition:send', { id, themeId, text }))).toEqual({
    id,
    status: 'received',
  });
  return id;
}

/** The plenary board as a screen shows it: text, theme and weight per addition, by id. */
const board = (doc: Y.Doc) =>
  Object.fromEntries(
    readPlenaryAdditions(doc).map(({ id, themeId, text, weight }) => [
      id,
      { themeId, text, weight },
    ]),
  );

describe('sending additions', () => {
  it('keeps markup as text, all the way to the plenary board', async () => {
    const e = await evening();
    await toPhase(e, 'recognition');
    const theme = await publishedTheme(e.regie, themeInput('Jongeren'));
    const sender = await phone(e);
    const staffSeen = record(e.regie, 'addition:changed');
    const script = '<script>alert(1)</script>';
    const id = await send(sender.socket, script, theme.id);

    await waitFor(() => expect(staffSeen.map(({ addition }) => addition.text)).toEqual([script]));
    expect(byId(await queue(e), id)).toMatchObject([
      { text: script, status: 'pending', themeId: theme.id },
    ]);

    const reader = await openSyncedDoc(e.server.url, e.meetingId, sender.key, { kind: 'plenary' });
    const projector = await openSyncedDoc(e.server.url, e.meetingId, e.projectorToken, {
      kind: 'plenary',
    });
    ok(await e.regie.emitWithAck('addition:moderate', { action: 'approve', id }));
    for (const screen of [reader, projector]) {
      await waitFor(() =>
        expect(board(screen.doc)).toEqual({ [id]: { themeId: theme.id, text: script, weight: 1 } }),
      );
    }
  });

  it('refuses empty and too long texts with their own codes, and unknown themes, storing nothing', async () => {
    const e = await evening();
    await toPhase(e, 'recognition');
    const draft = ok(
      await e.regie.emitWithAck('theme:create', themeInput('Nog niet gepubliceerd')),
    );
    const sender = await phone(e);
    const attempt = async (text: string, themeId: string | null = null) =>
      refusal(
        await sender.socket.emitWithAck('addition:send', { id: additionId(), themeId, text }),
      );

    expect(await attempt('')).toBe('TEXT_EMPTY');
    expect(await attempt('  \n\t ')).toBe('TEXT_EMPTY');
    expect(await attempt('x'.repeat(LIMITS.additionLength + 1))).toBe('TEXT_TOO_LONG');
    expect(await attempt('Een goed idee', draft.id)).toBe('NOT_FOUND');
    expect(await attempt('Een goed idee', 'AAAAAAAAAAAAAAAA')).toBe('NOT_FOUND');
    expect(await queue(e)).toEqual([]);

    // Exactly at the limit is fine, and refused attempts did not use up the rate limit.
    const longest = await send(sender.socket, 'x'.repeat(LIMITS.additionLength));
    expect((await queue(e)).map((addition) => addition.id)).toEqual([longest]);
  });

  it(`takes at most ${LIMITS.additionsPerMinute} additions a minute from one attendee, without slowing others`, async () => {
    const e = await evening();
    await toPhase(e, 'recognition');
    const [busy, calm] = [await phone(e), await phone(e)];
    const sent: string[] = [];
    for (let i = 0; i < LIMITS.additionsPerMinute; i++)
      sent.push(await send(busy.socket, `Idee nummer ${i + 1}`));
    expect(
      refusal(
        await busy.socket.emitWithAck('addition:send', {
          id: additionId(),
          themeId: null,
          text: 'Nog eentje',
        }),
      ),
    ).toBe('RATE_LIMITED');
    // Resending what already arrived is still answered as received.
    await send(busy.socket, 'Idee nummer 1', null, sent[0]);
    const other = await send(calm.socket, 'Een idee van iemand anders');
    expect((await queue(e)).map((addition) => addition.id).sort()).toEqual([...sent, other].sort());
  });
});

describe('an addition from a phone with a bad connection', () => {
  it('arrives exactly once, however often and however concurrently it is resent', async () => {
    const e = await evening();
    await toPhase(e, 'recognition');
    const sender = await phone(e);
    const staffSeen = record(e.regie, 'addition:changed');
    const reconnect = () => connectSocket(e.server.url, sender.key);

    // Sent, and the connection drops before the answer can arrive.
    const lost = additionId();
    sender.socket.emit(
      'addition:send',
      { id: lost, themeId: null, text: 'Verstuurd vlak voor de tunnel' },
      () => undefined,
    );
    sender.socket.disconnect();

    // Sent and acknowledged, then the connection drops before the phone stored the answer.
    let socket = await reconnect();
    const acked = await send(socket, 'Verstuurd en bevestigd');
    socket.disconnect();

    // Back online: the phone resends everything it has not seen confirmed, several times over,
    // from two tabs at once.
    socket = await reconnect();
    const secondTab = await reconnect();
    const resends = [lost, acked].flatMap((id) =>
      [socket, secondTab, socket, secondTab].map((tab) =>
        tab.emitWithAck('addition:send', {
          id,
          themeId: null,
          text: id === lost ? 'Verstuurd vlak voor de tunnel' : 'Verstuurd en bevestigd',
        }),
      ),
    );
    for (const answer of await Promise.all(resends)) expect(ok(answer).status).toBe('received');

    // A new addition sent many times at once from both tabs, more often than the rate limit.
    const burst = additionId();
    const answers = await Promise.all(
      Array.from({ length: LIMITS.additionsPerMinute + 3 }, (_, i) =>
        (i % 2 ? socket : secondTab).emitWithAck('addition:send', {
          id: burst,
          themeId: null,
          text: 'Dubbel verstuurd',
        }),
      ),
    );
    for (const answer of answers)
      expect(answer).toEqual({ ok: true, data: { id: burst, status: 'received' } });

    // Someone else's addition afterwards: once it reached the Regie, everything before has too.
    const marker = await send((await phone(e)).socket, 'Later idee');
    await waitFor(() => expect(staffSeen.map(({ addition }) => addition.id)).toContain(marker));
    for (const id of [lost, acked, burst]) {
      expect(
        staffSeen.filter(({ addition }) => addition.id === id),
        id,
      ).toHaveLength(1);
      expect(byId(await queue(e), id), id).toHaveLength(1);
    }
    expect(await queue(e)).toHaveLength(4);
  });

  it("refuses another attendee's reuse of an id and keeps the original", async () => {
    const e = await evening();
    await toPhase(e, 'recognition');
    const [owner, other] = [await phone(e), await phone(e)];
    const id = await send(owner.socket, 'Mijn eigen idee');
    expect(
      refusal(
        await other.socket.emitWithAck('addition:send', {
          id,
          themeId: null,
          text: 'Overschreven',
        }),
      ),
    ).toBe('INVALID_PAYLOAD');
    expect(await queue(e)).toMatchObject([{ id, text: 'Mijn eigen idee', status: 'pending' }]);
  });
});

describe('moderating additions', () => {
  it('shows approved additions on the board, edited, merged, or taken off again', async () => {
    const e = await evening();
    await toPhase(e, 'recognition');
    const theme = await publishedTheme(e.regie, themeInput('Verkeer op de Dorpsstraat'));
    const sender = await phone(e);
    const helper = await phone(e);
    const screens = [
      await openSyncedDoc(e.server.url, e.meetingId, sender.key, { kind: 'plenary' }),
      await openSyncedDoc(e.server.url, e.meetingId, e.projectorToken, { kind: 'plenary' }),
    ];
    const moderate = async (command: AdditionModeratePayload) =>
      ok(await e.regie.emitWithAck('addition:moderate', command));
    const expectBoard = async (
      expected: Record<string, { themeId: string; text: string; weight: number }>,
    ) => {
      for (const screen of screens)
        await waitFor(() => expect(board(screen.doc)).toEqual(expected));
    };

    const bumps = await send(sender.socket, 'Drempels bij de school', theme.id);
    const slower = await send(sender.socket, 'Ze rijden veel te hard hier', theme.id);
    const elsewhere = await send(sender.socket, 'Een bankje bij de bushalte');
    const duplicate = await send(helper.socket, 'Drempels bij school graag', theme.id);

    await moderate({ action: 'approve', id: bumps });
    await moderate({
      action: 'approve',
      id: slower,
      text: 'Er wordt te hard gereden op de Dorpsstraat',
    });
    await moderate({ action: 'approve', id: elsewhere });
    await expectBoard({
      [bumps]: { themeId: theme.id, text: 'Drempels bij de school', weight: 1 },
      [slower]: {
        themeId: theme.id,
        text: 'Er wordt te hard gereden op de Dorpsstraat',
        weight: 1,
      },
      [elsewhere]: { themeId: '', text: 'Een bankje bij de bushalte', weight: 1 },
    });

    // A duplicate adds weight to the approved addition and is not shown itself.
    const merged = await moderate({ action: 'merge', id: duplicate, intoId: bumps });
    expect(merged).toMatchObject({ status: 'merged', mergedInto: bumps });
    expect(byId(await queue(e), bumps)).toMatchObject([{ status: 'approved', weight: 2 }]);
    // Taking an approved addition off the board again.
    await moderate({ action: 'reject', id: slower });
    await expectBoard({
      [bumps]: { themeId: theme.id, text: 'Drempels bij de school', weight: 2 },
      [elsewhere]: { themeId: '', text: 'Een bankje bij de bushalte', weight: 1 },
    });

    // A screen that opens the board now does not receive the rejected text at all.
    const late = await openRecordingDoc(e.server.url, e.meetingId, helper.key, 'plenary');
    expect(board(late.doc)).toEqual(board(screens[0].doc));
    const wire = late.frames.map((frame) => frame.toString('utf8')).join('\n');
    expect(wire).toContain('Drempels bij de school');
    expect(wire).not.toContain('te hard gereden');
  });

  it('adds the weight of duplicates merged while pending once the target is approved', async () => {
    const e = await evening();
    await toPhase(e, 'recognition');
    const sender = await phone(e);
    const reader = await openSyncedDoc(e.server.url, e.meetingId, sender.key, { kind: 'plenary' });
    const target = await send(sender.socket, 'Een moestuin voor de buurt');
    const copies = [
      await send((await phone(e)).socket, 'Moestuin!'),
      await send((await phone(e)).socket, 'Samen tuinieren'),
    ];
    for (const id of copies)
      ok(await e.regie.emitWithAck('addition:moderate', { action: 'merge', id, intoId: target }));
    expect(byId(await queue(e), target)).toMatchObject([{ status: 'pending', weight: 3 }]);
    expect(readPlenaryAdditions(reader.doc)).toEqual([]);

    ok(await e.regie.emitWithAck('addition:moderate', { action: 'approve', id: target }));
    await waitFor(() =>
      expect(board(reader.doc)).toEqual({
        [target]: { themeId: '', text: 'Een moestuin voor de buurt', weight: 3 },
      }),
    );
  });

  it('counts a duplicate once: a repeated merge adds nothing, an undone merge takes its weight back', async () => {
    const e = await evening();
    await toPhase(e, 'recognition');
    const reader = await openSyncedDoc(e.server.url, e.meetingId, e.projectorToken, {
      kind: 'plenary',
    });
    const [one, two] = [await phone(e), await phone(e)];
    const target = await send(one.socket, 'Een ijsbaan in de winter');
    const copy = await send(two.socket, 'Schaatsen op het veldje');
    const other = await send(two.socket, 'Een wintermarkt');
    ok(await e.regie.emitWithAck('addition:moderate', { action: 'approve', id: target }));
    ok(await e.regie.emitWithAck('addition:moderate', { action: 'approve', id: other }));
    const weights = async () =>
      Object.fromEntries(
        (await queue(e)).map((addition) => [addition.id, [addition.status, addition.weight]]),
      );
    const shownWeight = (id: string) =>
      readPlenaryAdditions(reader.doc).find((a) => a.id === id)?.weight;

    // The Regie's "merge" is clicked twice (or resent after a dropped connection).
    for (let i = 0; i < 2; i++) {
      ok(
        await e.regie.emitWithAck('addition:moderate', {
          action: 'merge',
          id: copy,
          intoId: target,
        }),
      );
    }
    expect(await weights()).toMatchObject({ [target]: ['approved', 2], [copy]: ['merged', 1] });
    await waitFor(() => expect(shownWeight(target)).toBe(2));

    // Moved to another addition: the first one gives the weight back.
    ok(
      await e.regie.emitWithAck('addition:moderate', { action: 'merge', id: copy, intoId: other }),
    );
    expect(await weights()).toMatchObject({
      [target]: ['approved', 1],
      [other]: ['approved', 2],
      [copy]: ['merged', 1],
    });
    await waitFor(() => expect([shownWeight(target), shownWeight(other)]).toEqual([1, 2]));

    // Undone: back in the queue, and no longer counted with the other.
    ok(await e.regie.emitWithAck('addition:moderate', { action: 'reopen', id: copy }));
    expect(await weights()).toMatchObject({
      [target]: ['approved', 1],
      [other]: ['approved', 1],
      [copy]: ['pending', 1],
    });
    await waitFor(() => expect(shownWeight(other)).toBe(1));
  });

  it('promotes an addition to a new theme that waits, unpublished, in the Regie', async () => {
    const e = await evening();
    await toPhase(e, 'recognition');
    const sender = await phone(e);
    const staffThemes = record(e.regie, 'themes:staff-changed');
    const id = await send(sender.socket, 'Een repaircafé in het dorpshuis, eens per maand');
    const theme = ok(await e.regie.emitWithAck('addition:promote', { id, title: 'Repaircafé' }));
    expect(theme).toMatchObject({
      title: 'Repaircafé',
      description: 'Een repaircafé in het dorpshuis, eens per maand',
      origin: 'addition',
      published: false,
    });
    await waitFor(() =>
      expect(staffThemes.at(-1)?.themes.map((t) => [t.title, t.origin])).toEqual([
        ['Repaircafé', 'addition'],
      ]),
    );
    expect(ok(await sender.socket.emitWithAck('themes:list', {}))).toEqual([]);
  });

  it('shows the anonymiser flags of an addition to the Regie, and never to the sender', async () => {
    const e = await evening();
    await toPhase(e, 'recognition');
    const sender = await phone(e);
    const senderSeen = record(sender.socket, 'addition:changed');
    const text = 'Bel Piet de Vries op 06-12345678 als je wilt helpen';
    const id = await send(sender.socket, text);
    const [queued] = await queue(e);
    expect(queued.id).toBe(id);
    expect(queued.flags.map((flag) => flag.class)).toContain('phone');
    for (const flag of queued.flags) expect(text.slice(flag.start, flag.end)).toBe(flag.text);

    // Approving with the number taken out clears its flag.
    const approved = ok(
      await e.regie.emitWithAck('addition:moderate', {
        action: 'approve',
        id,
        text: 'Bel [naam] als je wilt helpen',
      }),
    );
    expect(approved.flags.map((flag) => flag.class)).not.toContain('phone');
    await roundTrip(sender.socket);
    expect(senderSeen).toEqual([]);
  });
});
