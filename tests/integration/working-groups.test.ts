/**
 * Werkgroepen: started from a theme's sign-ups, with a plan van aanpak carried over from the
 * tables. A personal link grants exactly its own werkgroep: its members write the plan, the
 * kopgroep and the facilitator only read it, nobody else opens it. Members see each other's
 * names only where those people consented, and never anyone's contact details.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  cleanUp,
  closed,
  connectSocket,
  flush,
  once,
  rawCollab,
  record,
  refusedSocket,
  waitFor,
} from '../helpers/integration/helpers.js';
import {
  ok,
  publishedTheme,
  recordAll,
  refusal,
  roundTrip,
  themeInput,
} from '../helpers/integration/evening.js';
import { withToken } from '../helpers/integration/signup-helpers.js';
import {
  TABLE_NOTES,
  expectNoContactDetails,
  followUpEvening,
  kopgroepMember,
  openPlan,
  startWorkingGroup,
  textOf,
  writeParagraph,
} from '../helpers/integration/follow-up-setup.js';
import { COLLAB_CLOSE } from '../../shared/protocol.js';
import { planDocName } from '../../shared/docs.js';

afterEach(cleanUp);

describe('werkgroepen', () => {
  it('starts once per theme, with a plan carried over from the tables and redacted', async () => {
    const e = await followUpEvening();
    const summary = await startWorkingGroup(e, e.themeA.id);
    expect(summary).toMatchObject({
      meetingId: e.meetingId,
      themeId: e.themeA.id,
      title: e.themeA.title,
      memberCount: 2,
      readyAt: null,
      planDoc: planDocName(e.meetingId, summary.id),
    });
    // Starting it again (a second laptop, a double click) answers the same werkgroep.
    expect(await startWorkingGroup(e, e.themeA.id)).toEqual(summary);
    expect(ok(await e.regie.emitWithAck('workingGroup:list', {}))).toEqual([summary]);

    const plan = await openPlan(e, e.facilitatorToken, summary.id);
    const goal = textOf(plan.doc, 'goal');
    expect(goal).toContain('Uit de bijeenkomst van 1 december 2026: hoe kunnen we dit realiseren?');
    expect(goal).toContain(TABLE_NOTES[0].text);
    const needed = textOf(plan.doc, 'needed');
    expect(needed).toContain(TABLE_NOTES[1].text);
    expect(needed).toContain('Hulp van de gemeente:');
    expect(needed).toContain('Wie wilde helpen:');
    // "Bel Kees op 06 12345678": nobody moderated it, so the name and number are replaced.
    expect(needed).toContain('[telefoonnummer]');
    expect(needed).not.toContain('12345678');
    expect(needed).not.toContain('Kees');
    // Seeded once: the second start did not add the template again.
    expect(goal.match(/Uit de bijeenkomst/g)).toHaveLength(1);
  });

  it('refuses themes that are not published, and commands from the wrong people', async () => {
    const e = await followUpEvening();
    const draft = ok(await e.regie.emitWithAck('theme:create', themeInput('Nog niet klaar')));
    expect(refusal(await e.regie.emitWithAck('workingGroup:create', { themeId: draft.id }))).toBe(
      'NOT_FOUND',
    );
    const hidden = await publishedTheme(e.regie, themeInput('Verborgen thema'));
    ok(await e.regie.emitWithAck('theme:hide', { themeId: hidden.id, hidden: true }));
    expect(refusal(await e.regie.emitWithAck('workingGroup:create', { themeId: hidden.id }))).toBe(
      'NOT_FOUND',
    );
    const member = await connectSocket(e.server.url, e.volunteers.a1.token);
    for (const socket of [member, e.seats[4].socket, e.beamer]) {
      expect(
        refusal(await socket.emitWithAck('workingGroup:create', { themeId: e.themeA.id })),
      ).toBe('FORBIDDEN');
      expect(refusal(await socket.emitWithAck('workingGroup:list', {}))).toBe('FORBIDDEN');
    }
    expect(refusal(await e.regie.emitWithAck('plan:ready', { ready: true }))).toBe('FORBIDDEN');
    expect(refusal(await e.regie.emitWithAck('workingGroup:mine', {}))).toBe('FORBIDDEN');
    // A member is not in the hall: no evening commands, no evening boards.
    expect(refusal(await member.emitWithAck('results:get', {}))).toBe('FORBIDDEN');
    expect(refusal(await member.emitWithAck('signup:list', {}))).toBe('FORBIDDEN');
    const session = ok(await member.emitWithAck('session:sync', {}));
    expect(session.role).toBe('workingGroupMember');
    expect(session.documents).toEqual([]);
    const plenary = rawCollab(e.server.url, e.meetingId, e.volunteers.a1.token, 'plenary');
    expect((await closed(plenary)).code).toBe(COLLAB_CLOSE.forbidden);
    expect(ok(await e.regie.emitWithAck('workingGroup:list', {}))).toEqual([]);
    // A plan of a werkgroep that does not exist is refused to everyone.
    const ghost = rawCollab(e.server.url, e.meetingId, e.facilitatorToken, 'plan/nonexistent1');
    expect((await closed(ghost)).code).toBe(COLLAB_CLOSE.forbidden);
  });

  it('lets the members of a werkgroep, and only them, write its plan', async () => {
    const e = await followUpEvening();
    const { a1, a2, b1 } = e.volunteers;
    const groupA = await startWorkingGroup(e, e.themeA.id);
    const groupB = await startWorkingGroup(e, e.themeB.id);
    const henk = await kopgroepMember(e);

    const gerrit = await openPlan(e, a1.token, groupA.id);
    const ans = await openPlan(e, a2.token, groupA.id);
    writeParagraph(gerrit, 'planning', 'Eerste overleg met de school op 12 januari');
    await waitFor(() =>
      expect(textOf(ans.doc, 'planning')).toContain('Eerste overleg met de school op 12 januari'),
    );

    // Another werkgroep's plan is closed to them, and theirs to the other werkgroep.
    const intoB = rawCollab(e.server.url, e.meetingId, a1.token, `plan/${groupB.id}`);
    expect((await closed(intoB)).code).toBe(COLLAB_CLOSE.forbidden);
    const fromB = rawCollab(e.server.url, e.meetingId, b1.token, `plan/${groupA.id}`);
    expect((await closed(fromB)).code).toBe(COLLAB_CLOSE.forbidden);

    // The kopgroep and the facilitator follow the plan, but what they write is dropped.
    const kopgroep = await openPlan(e, henk.token, groupA.id);
    const regie = await openPlan(e, e.facilitatorToken, groupA.id);
    for (const reader of [kopgroep, regie]) {
      expect(textOf(reader.doc, 'planning')).toContain('Eerste overleg');
      writeParagraph(reader, 'questions', 'DOOR-LEZER-GESCHREVEN');
      await flush(reader.provider);
    }
    writeParagraph(ans, 'questions', 'Wie vraagt de vergunning aan?');
    await waitFor(() => expect(textOf(gerrit.doc, 'questions')).toContain('Wie vraagt'));
    await flush(gerrit.provider);
    expect(textOf(gerrit.doc, 'questions')).not.toContain('DOOR-LEZER-GESCHREVEN');
    // Also not stored: a fresh reader sees the members' text only.
    const fresh = await openPlan(e, e.facilitatorToken, groupA.id);
    expect(textOf(fresh.doc, 'questions')).toContain('Wie vraagt de vergunning aan?');
    expect(textOf(fresh.doc, 'questions')).not.toContain('DOOR-LEZER-GESCHREVEN');
    // An attendee's key of the evening does not open it at all.
    const phone = rawCollab(e.server.url, e.meetingId, e.seats[0].key, `plan/${groupA.id}`);
    expect((await closed(phone)).code).toBe(COLLAB_CLOSE.forbidden);
  });

  it('shows members their werkgroep with names as consented and no contact details anywhere', async () => {
    const e = await followUpEvening();
    const { a1, a2, b1 } = e.volunteers;
    const gerrit = await connectSocket(e.server.url, a1.token);
    const ans = await connectSocket(e.server.url, a2.token);
    const wire = [recordAll(gerrit), recordAll(ans)];
    expect(ok(await gerrit.emitWithAck('workingGroup:mine', {}))).toBeNull();

    // Started after they opened their link: they hear it at once.
    const henk = await kopgroepMember(e);
    const regieSeen = record(e.regie, 'workingGroups:changed');
    const henkSeen = record(henk.socket, 'workingGroups:changed');
    const summary = ok(
      await henk.socket.emitWithAck('workingGroup:create', { themeId: e.themeA.id }),
    );
    await waitFor(() => expect(wire[0].map((x) => x.event)).toContain('workingGroup:changed'));
    await waitFor(() => expect(wire[1].map((x) => x.event)).toContain('workingGroup:changed'));

    const mine = ok(await gerrit.emitWithAck('workingGroup:mine', {}));
    expect(mine).toMatchObject({
      workingGroup: { id: summary.id, title: e.themeA.title },
      planDoc: summary.planDoc,
      meetingName: 'Wijkavond De Schakel',
    });
    expect(mine?.members).toEqual([
      { name: 'Gerrit Zonnebloem', isMe: true },
      { name: null, isMe: false },
    ]);
    // Ans did not consent to sharing her name: not even she gets it back through this list.
    expect(ok(await ans.emitWithAck('workingGroup:mine', {}))?.members).toEqual([
      { name: 'Gerrit Zonnebloem', isMe: false },
      { name: null, isMe: true },
    ]);

    // Marked ready: the members, the Regie and the kopgroep are told; taken back, likewise.
    const ready = ok(await ans.emitWithAck('plan:ready', { ready: true }));
    expect(ready.readyAt).toEqual(expect.any(Number));
    await waitFor(() => expect(regieSeen.at(-1)?.workingGroups[0].readyAt).toBe(ready.readyAt));
    await waitFor(() => expect(henkSeen.at(-1)?.workingGroups[0].readyAt).toBe(ready.readyAt));
    await waitFor(() =>
      expect(wire[0].filter((x) => x.event === 'workingGroup:changed').at(-1)?.args).toEqual([
        { workingGroup: ready },
      ]),
    );
    expect(ok(await gerrit.emitWithAck('plan:ready', { ready: false })).readyAt).toBeNull();

    // B's member heard nothing of A.
    const bram = await connectSocket(e.server.url, b1.token);
    const bramWire = recordAll(bram);
    expect(ok(await bram.emitWithAck('workingGroup:mine', {}))).toBeNull();
    ok(await ans.emitWithAck('plan:ready', { ready: true }));
    await roundTrip(bram);
    expect(bramWire).toEqual([]);

    // Nothing any member received carries a name they may not see or anyone's contact details.
    for (const socket of [gerrit, ans]) await roundTrip(socket);
    const received = JSON.stringify(wire) + JSON.stringify(mine);
    expectNoContactDetails(received, [a1, a2, b1]);
    expect(received).not.toContain('Ans Verborgen');
    expect(received).not.toContain('Bram Beek');
  });

  it('counts a later sign-up as a member, and cuts off a withdrawn one at once', async () => {
    const e = await followUpEvening();
    const { a1, a2 } = e.volunteers;
    const group = await startWorkingGroup(e, e.themeA.id);
    const seen = record(e.regie, 'workingGroups:changed');
    const late = ok(
      await e.seats[5].socket.emitWithAck('signup:create', {
        themeId: e.themeA.id,
        name: 'Late Lies',
        email: 'lies.h8@example.nl',
        phone: '',
        consents: { contact: true, shareName: true, news: false },
      }),
    );
    await waitFor(() => expect(seen.at(-1)?.workingGroups[0].memberCount).toBe(3));
    const lies = await connectSocket(e.server.url, late.link.split('#')[1]);
    expect(ok(await lies.emitWithAck('workingGroup:mine', {}))?.members).toHaveLength(3);

    // Ans withdraws through her own link while her werkgroep is open on her screen.
    const ans = await connectSocket(e.server.url, a2.token);
    const plan = await openPlan(e, a2.token, group.id);
    const planClosed = closed(plan.provider.ws as never);
    const dropped = once<string>(ans, 'disconnect');
    expect((await withToken(e.server.url, '/signup', a2.token, 'DELETE')).status).toBe(204);
    expect(await dropped).toBe('io server disconnect');
    expect((await planClosed).code).toBe(COLLAB_CLOSE.unauthorised);
    plan.provider.destroy();
    expect((await refusedSocket(e.server.url, a2.token)).message).toBe('UNAUTHORISED');
    const again = rawCollab(e.server.url, e.meetingId, a2.token, `plan/${group.id}`);
    expect((await closed(again)).code).toBe(COLLAB_CLOSE.unauthorised);
    await waitFor(() => expect(seen.at(-1)?.workingGroups[0].memberCount).toBe(2));

    // Erased by the facilitator on request: the same.
    const gerrit = await connectSocket(e.server.url, a1.token);
    const gone = once<string>(gerrit, 'disconnect');
    ok(await e.regie.emitWithAck('signup:erase', { signupId: a1.signupId }));
    expect(await gone).toBe('io server disconnect');
    expect((await refusedSocket(e.server.url, a1.token)).message).toBe('UNAUTHORISED');
    expect(ok(await lies.emitWithAck('workingGroup:mine', {}))?.members).toEqual([
      { name: 'Late Lies', isMe: true },
    ]);
  });
});
