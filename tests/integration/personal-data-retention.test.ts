/**
 * Personal data that is erased, withdrawn or past its retention is gone: from every screen and
 * export, and from the bytes of the SQLite file and its WAL. Before its retention ends it is
 * still there. The server's clock is injected; the test moves it and runs the hourly job.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, flush, openSyncedDoc, waitFor } from '../helpers/integration/helpers.js';
import { additionId, ok } from '../helpers/integration/evening.js';
import {
  followUpEvening,
  openPlan,
  writeParagraph,
} from '../helpers/integration/follow-up-setup.js';
import type { FollowUpEvening } from '../helpers/integration/follow-up-setup.js';
import { groupOf } from '../helpers/integration/grouping-setup.js';
import { withToken } from '../helpers/integration/signup-helpers.js';
import {
  questionId,
  returnEvening,
  returnMeeting,
  returnPhone,
} from '../helpers/integration/return-room.js';
import { tracesIn } from '../helpers/integration/database-traces.js';
import { readNotes } from '../../shared/docs.js';
import { readPlenaryAdditions } from '../../shared/plenary-doc.js';
import { addAction, planFragmentName, removeAction } from '../../shared/plan-doc.js';
import type { PlanSnapshot } from '../../shared/model.js';

afterEach(cleanUp);

/** The evening of the fixtures, at eight in the evening. */
const EVENING = Date.UTC(2026, 11, 1, 20, 0);
const MINUTE = 60_000;

describe('erasing a sign-up', () => {
  it('leaves no trace of an erased or a withdrawn sign-up in the database file or its WAL', async () => {
    const e = await followUpEvening();
    const { a1, a2, b1 } = e.volunteers;
    const details = (v: { name: string; email: string; phone: string }) => [
      v.name,
      v.email,
      v.phone,
    ];
    // Stored, they are in the files: the search finds what is there.
    expect(tracesIn(e.server, [...details(a1), ...details(a2)])).toEqual([
      ...details(a1),
      ...details(a2),
    ]);

    // The Regie erases Gerrit; Ans withdraws with her personal link.
    ok(await e.regie.emitWithAck('signup:erase', { signupId: a1.signupId }));
    expect((await withToken(e.server.url, '/signup', a2.token, 'DELETE')).status).toBe(204);

    expect(tracesIn(e.server, [...details(a1), ...details(a2)])).toEqual([]);
    // Bram, who stays, is still found: the files were read, not emptied.
    expect(tracesIn(e.server, details(b1))).toEqual(details(b1));
    expect(ok(await e.regie.emitWithAck('signup:list', {})).map((s) => s.name)).toEqual([b1.name]);
  });
});

/** What the Regie (or any staff screen) sees of the evening's personal data now. */
async function eveningAsSeen(e: FollowUpEvening, seat: FollowUpEvening['seats'][number]) {
  const table = groupOf(e.view, seat.participantId);
  const canvas = await openSyncedDoc(e.server.url, e.meetingId, e.facilitatorToken, {
    kind: `canvas/${table.id}`,
  });
  const plenary = await openSyncedDoc(e.server.url, e.meetingId, e.facilitatorToken, {
    kind: 'plenary',
  });
  const seen = {
    canvas: readNotes(canvas.doc).map((note) => note.text),
    board: readPlenaryAdditions(plenary.doc).map((addition) => addition.text),
    moderation: ok(await e.regie.emitWithAck('addition:list', {}))
      .map((addition) => `${addition.status}: ${addition.text}`)
      .sort(),
    myName: ok(await seat.socket.emitWithAck('group:mine', {}))?.myDisplayName,
  };
  canvas.provider.destroy();
  plenary.provider.destroy();
  return seen;
}

describe('retention of what was said and written on the evening', () => {
  it('anonymises canvas notes and approved additions, deletes the others and empties table names, each when its period ends', async () => {
    let now = EVENING;
    const e = await followUpEvening({ clock: () => now });
    // followUpEvening's table of theme A wrote "Bel Kees op 06 12345678" on its canvas.
    const seat = e.seats.find((s) => groupOf(e.view, s.participantId).themeId === e.themeA.id)!;
    ok(await e.regie.emitWithAck('phase:set', { phase: 'subgroups' }));
    ok(await seat.socket.emitWithAck('group:display-name', { displayName: 'Truus Tafelnaam' }));

    ok(await e.regie.emitWithAck('phase:set', { phase: 'recognition' }));
    const send = async (text: string) => {
      const id = additionId();
      ok(await seat.socket.emitWithAck('addition:send', { id, themeId: e.themeA.id, text }));
      return id;
    };
    const approved = await send('Vraag Kees Zeilstra, 06 87654321, over de bankjes');
    const rejected = await send('Mevrouw Jansen van Dorpsstraat 12 wil helpen');
    await send('Mail truus.h9@example.nl voor de buurtapp');
    ok(await e.regie.emitWithAck('addition:moderate', { action: 'approve', id: approved }));
    ok(await e.regie.emitWithAck('addition:moderate', { action: 'reject', id: rejected }));

    const personal = [
      '06 12345678',
      'Truus Tafelnaam',
      'Kees Zeilstra',
      '06 87654321',
      'Mevrouw Jansen',
      'Dorpsstraat 12',
      'truus.h9@example.nl',
    ];
    const asEvening = {
      canvas: ['Drempels bij de basisschool', 'Geld voor borden', 'Bel Kees op 06 12345678'],
      board: ['Vraag Kees Zeilstra, 06 87654321, over de bankjes'],
      moderation: [
        'approved: Vraag Kees Zeilstra, 06 87654321, over de bankjes',
        'pending: Mail truus.h9@example.nl voor de buurtapp',
        'rejected: Mevrouw Jansen van Dorpsstraat 12 wil helpen',
      ],
      myName: 'Truus Tafelnaam',
    };
    const run = async (at: number) => {
      now = at;
      return e.server.app.retention.runAll();
    };

    // A minute before the first period (table names: one month) ends, nothing has changed.
    expect(await run(Date.UTC(2027, 0, 1) - MINUTE)).toMatchObject({
      notes: 0,
      additions: 0,
      displayNames: 0,
    });
    expect(await eveningAsSeen(e, seat)).toEqual(asEvening);
    expect(tracesIn(e.server, personal)).toEqual(personal);

    // One month after the evening's date the names at the tables are gone, nothing else.
    expect(await run(Date.UTC(2027, 0, 1))).toMatchObject({ displayNames: 1, notes: 0 });
    expect(await eveningAsSeen(e, seat)).toEqual({ ...asEvening, myName: '' });
    expect(tracesIn(e.server, personal)).toEqual(personal.filter((t) => t !== 'Truus Tafelnaam'));

    // Three months after it the notes and additions pass the anonymiser; the never approved
    // additions are deleted.
    expect(await run(Date.UTC(2027, 2, 1) - MINUTE)).toMatchObject({ notes: 0, additions: 0 });
    // Someone at the table has the canvas open when it happens: it changes on their screen too.
    const open = await openSyncedDoc(e.server.url, e.meetingId, seat.key, {
      kind: `canvas/${groupOf(e.view, seat.participantId).id}`,
    });
    expect(await run(Date.UTC(2027, 2, 1))).toMatchObject({ notes: 1, additions: 3 });
    await waitFor(() =>
      expect(readNotes(open.doc).map((note) => note.text)).toContain(
        'Bel [naam] op [telefoonnummer]',
      ),
    );
    const anonymised = {
      canvas: ['Drempels bij de basisschool', 'Geld voor borden', 'Bel [naam] op [telefoonnummer]'],
      board: ['Vraag [naam], [telefoonnummer], over de bankjes'],
      moderation: ['approved: Vraag [naam], [telefoonnummer], over de bankjes'],
      myName: '',
    };
    expect(await eveningAsSeen(e, seat)).toEqual(anonymised);
    // The results (Beamer, verslag) keep the anonymised answers.
    const results = (await (
      await withToken(e.server.url, `/meetings/${e.meetingId}/results`, e.facilitatorToken)
    ).json()) as { data: unknown };
    const resultText = JSON.stringify(results.data);
    expect(resultText).toContain('Vraag [naam], [telefoonnummer], over de bankjes');
    expect(resultText).toContain('Bel [naam] op [telefoonnummer]');
    for (const text of personal) expect(resultText).not.toContain(text);
    // Nothing of it is left in the files: not the old rows of the canvas's update log, not the
    // deleted additions, not an earlier page in the WAL.
    expect(tracesIn(e.server, personal)).toEqual([]);
    expect(tracesIn(e.server, ['Drempels bij de basisschool'])).toHaveLength(1);

    // A later run finds nothing more to do: each meeting is done once.
    expect(await run(Date.UTC(2027, 2, 1) + MINUTE)).toMatchObject({
      notes: 0,
      additions: 0,
      displayNames: 0,
    });
  });
});

/** The text of every node of a snapshot's parts and actions, to search. */
const snapshotText = (snapshot: PlanSnapshot | null) => JSON.stringify(snapshot);

describe('retention after the evening', () => {
  it('deletes revoked kopgroep members and unshown questions, anonymises shown questions, plan snapshots and the person on a settled afspraak, each when its period ends', async () => {
    let now = EVENING;
    const e = await returnEvening({ clock: () => now });
    // Wim leaves the kopgroep that evening; Henk stays.
    const wim = ok(await e.regie.emitWithAck('coreGroup:invite', { name: 'Wim Weggaan' }));
    ok(await e.regie.emitWithAck('coreGroup:revoke', { memberId: wim.member.id }));

    // The first return meeting: werkgroep A presents its plan, an afspraak is made.
    now = Date.UTC(2027, 1, 10, 19, 0);
    const first = await returnMeeting(e, {
      name: 'Terugkom februari',
      date: '2027-02-10',
      place: 'Dorpshuis De Schakel',
    });
    const plan = await openPlan(e, e.volunteers.a1.token, e.groupA.id);
    writeParagraph(plan, 'goal', 'Klaas Vaak belt 06 24681357 over de oversteek');
    addAction(plan.doc, {
      id: 'action01',
      what: 'Brief schrijven',
      who: 'Riet Actiepunt',
      due: '2027-03-01',
    });
    await flush(plan.provider);
    const agenda = ok(
      await first.console.emitWithAck('agenda:set', {
        items: [{ kind: 'presentation', workingGroupId: e.groupA.id, minutes: 10 }],
      }),
    );
    ok(await first.console.emitWithAck('agenda:start', { itemId: agenda.items[0].id }));
    // After the meeting the werkgroep takes the sentence and the action out of its plan: only
    // the snapshot keeps them.
    const goal = plan.doc.getXmlFragment(planFragmentName('goal'));
    goal.delete(goal.length - 1, 1);
    removeAction(plan.doc, 'action01');
    await flush(plan.provider);
    plan.provider.destroy();

    // Two questions from the room: the leader puts one on the Beamer, the other never.
    const phone = await returnPhone(e, first);
    const ask = async (n: number, text: string) =>
      ok(await phone.socket.emitWithAck('question:send', { id: questionId(n), text }));
    await ask(1, 'Kan Kees Zeilstra helpen? Bel 06 11223344');
    await ask(2, 'Mevrouw Jansen van Dorpsstraat 12 klaagt altijd');
    ok(await first.console.emitWithAck('question:moderate', { id: questionId(1), action: 'show' }));

    const afspraak = ok(
      await first.console.emitWithAck('agreement:save', {
        what: 'De gemeente bellen over de buurtsubsidie',
        owner: { kind: 'person', name: 'Joke Afspraak' },
        due: '2027-03-20',
        themeIds: [],
        workingGroupIds: [],
      }),
    );
    // At the second it is reviewed: done.
    now = Date.UTC(2027, 3, 14, 19, 0);
    const second = await returnMeeting(e, {
      name: 'Terugkom april',
      date: '2027-04-14',
      place: 'Dorpshuis De Schakel',
    });
    ok(
      await second.console.emitWithAck('agreement:review', {
        agreementId: afspraak.id,
        outcome: 'done',
        note: 'Gebeld.',
      }),
    );

    const seen = async () => ({
      kopgroep: ok(await e.regie.emitWithAck('coreGroup:list', {}))
        .map((m) => m.name)
        .sort(),
      snapshot: snapshotText(
        ok(await phone.socket.emitWithAck('snapshot:get', { workingGroupId: e.groupA.id })),
      ),
      owner: ok(await second.console.emitWithAck('agreement:list', {})).carriedOver.map(
        (a) => a.owner,
      ),
      csv: await (
        await withToken(e.server.url, `/meetings/${e.meetingId}/agreements.csv`, e.facilitatorToken)
      ).text(),
    });
    const run = async (at: number) => {
      now = at;
      return e.server.app.retention.runAll();
    };
    await e.server.app.retention.runAll();
    const personal = [
      'Wim Weggaan',
      'Klaas Vaak',
      '06 24681357',
      'Riet Actiepunt',
      'Joke Afspraak',
    ];
    expect(tracesIn(e.server, personal)).toEqual(personal);

    // Questions: three months after their meeting's date, like additions.
    const questions = async () =>
      ok(await first.console.emitWithAck('question:list', {})).map((q) => `${q.status}: ${q.text}`);
    const asked = ['Kees Zeilstra', '06 11223344', 'Mevrouw Jansen', 'Dorpsstraat 12'];
    expect(tracesIn(e.server, asked)).toEqual(asked);
    expect(await run(Date.UTC(2027, 4, 10) - MINUTE)).toMatchObject({ additions: 0 });
    expect(await questions()).toEqual([
      'shown: Kan Kees Zeilstra helpen? Bel 06 11223344',
      'pending: Mevrouw Jansen van Dorpsstraat 12 klaagt altijd',
    ]);
    expect(await run(Date.UTC(2027, 4, 10))).toMatchObject({ additions: 2, coreGroup: 0 });
    expect(await questions()).toEqual(['shown: Kan [naam] helpen? Bel [telefoonnummer]']);
    expect(tracesIn(e.server, asked)).toEqual([]);

    // Kopgroep: six months after the revocation (on the evening itself).
    const kopgroepEnd = Date.UTC(2027, 5, 1, 20, 0);
    expect(await run(kopgroepEnd - MINUTE)).toMatchObject({ coreGroup: 0 });
    const before = await seen();
    expect(before.kopgroep).toEqual(['Henk Bakker', 'Wim Weggaan']);
    expect(before.snapshot).toContain('Klaas Vaak belt 06 24681357');
    expect(before.snapshot).toContain('Riet Actiepunt');
    expect(before.owner).toEqual([{ kind: 'person', name: 'Joke Afspraak' }]);
    expect(before.csv).toContain('Joke Afspraak');

    expect(await run(kopgroepEnd)).toMatchObject({ coreGroup: 1, planSnapshots: 0 });
    expect((await seen()).kopgroep).toEqual(['Henk Bakker']);
    expect(tracesIn(e.server, personal)).toEqual(personal.filter((t) => t !== 'Wim Weggaan'));

    // Plan snapshots: twelve months after the return meeting's date.
    expect(await run(Date.UTC(2028, 1, 10) - MINUTE)).toMatchObject({ planSnapshots: 0 });
    expect(await run(Date.UTC(2028, 1, 10))).toMatchObject({
      planSnapshots: 1,
      agreementOwners: 0,
    });
    const redacted = await seen();
    expect(redacted.snapshot).toContain('[naam] belt [telefoonnummer] over de oversteek');
    expect(redacted.snapshot).not.toContain('Riet Actiepunt');
    expect(redacted.snapshot).toContain('Brief schrijven');
    expect(redacted.owner).toEqual([{ kind: 'person', name: 'Joke Afspraak' }]);

    // The person on the afspraak: twelve months after it was settled (its last review).
    expect(await run(Date.UTC(2028, 3, 14, 19, 0) - MINUTE)).toMatchObject({
      agreementOwners: 0,
    });
    expect(await run(Date.UTC(2028, 3, 14, 19, 0))).toMatchObject({ agreementOwners: 1 });
    const after = await seen();
    expect(after.owner).toEqual([{ kind: 'person', name: '[naam]' }]);
    expect(after.csv).not.toContain('Joke Afspraak');
    expect(after.csv).toContain('De gemeente bellen over de buurtsubsidie');
    expect(tracesIn(e.server, personal)).toEqual([]);
  });
});
