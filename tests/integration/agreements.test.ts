/**
 * Afspraken at terugkombijeenkomsten: recorded live by the leader (what, who, by when, linked
 * themes and werkgroepen), refused with a clear code when incomplete or pointing elsewhere, and
 * carried over to the next return meeting of the same evening, whose review is kept.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { AgreementSavePayload } from '../../shared/protocol.js';
import { cleanUp, record, waitFor } from '../helpers/integration/helpers.js';
import { ok, refusal, themeInput } from '../helpers/integration/evening.js';
import { otherMeeting } from '../helpers/integration/signup-helpers.js';
import { returnEvening, returnMeeting, returnPhone } from '../helpers/integration/return-room.js';
import type { ReturnEvening, ReturnMeetingRoom } from '../helpers/integration/return-room.js';

afterEach(cleanUp);

const meetingOn = (date: string, name = `Terugkombijeenkomst ${date}`) => ({
  name,
  date,
  place: 'Dorpshuis De Schakel',
});

function borden(e: ReturnEvening): AgreementSavePayload {
  return {
    what: 'Borden "Let op, school" bij de Dorpsstraat plaatsen',
    owner: { kind: 'workingGroup', workingGroupId: e.groupA.id },
    due: '2027-03-01',
    themeIds: [e.themeA.id],
    workingGroupIds: [e.groupA.id],
  };
}

const subsidie: AgreementSavePayload = {
  what: 'De gemeente bellen over de buurtsubsidie',
  owner: { kind: 'person', name: 'Henk Bakker' },
  due: '2027-02-20',
  themeIds: [],
  workingGroupIds: [],
};

const list = async (room: ReturnMeetingRoom) =>
  ok(await room.console.emitWithAck('agreement:list', {}));
const whats = (agreements: { what: string }[]) => agreements.map(({ what }) => what);

describe('afspraken', () => {
  it('records two afspraken in front of the room and refuses incomplete ones', async () => {
    const e = await returnEvening();
    const room = await returnMeeting(e, meetingOn('2027-02-10'));
    const phone = await returnPhone(e, room);
    const onPhone = record(phone.socket, 'agreements:changed');

    const first = ok(await room.console.emitWithAck('agreement:save', borden(e)));
    expect(first).toMatchObject({
      ...borden(e),
      status: 'open',
      originMeetingId: e.meetingId,
      madeAtMeetingId: room.meeting.id,
    });
    ok(await room.console.emitWithAck('agreement:save', subsidie));
    // The room sees them as they are made.
    await waitFor(() =>
      expect(whats(onPhone.at(-1)?.agreements.made ?? [])).toEqual([borden(e).what, subsidie.what]),
    );

    const other = await otherMeeting(e.server);
    const foreignTheme = ok(
      await other.regie.emitWithAck('theme:create', themeInput('Groen in Oost')),
    );
    const attempts: [AgreementSavePayload, string][] = [
      [{ ...subsidie, owner: null }, 'OWNER_REQUIRED'],
      [{ ...subsidie, due: '' }, 'DUE_REQUIRED'],
      [{ ...subsidie, themeIds: [foreignTheme.id] }, 'NOT_FOUND'],
      [{ ...subsidie, workingGroupIds: ['unknownWerkgroep01'] }, 'NOT_FOUND'],
      [
        { ...subsidie, owner: { kind: 'workingGroup', workingGroupId: 'unknownWerkgroep01' } },
        'NOT_FOUND',
      ],
      [{ ...subsidie, what: '   ' }, 'TEXT_EMPTY'],
    ];
    for (const [payload, code] of attempts) {
      expect(refusal(await room.console.emitWithAck('agreement:save', payload))).toBe(code);
    }
    // Outside a return meeting (phase rule: that kind of meeting only), or from a phone (role):
    // no afspraken.
    expect(refusal(await e.regie.emitWithAck('agreement:save', subsidie))).toBe('WRONG_PHASE');
    expect(refusal(await phone.socket.emitWithAck('agreement:save', subsidie))).toBe('FORBIDDEN');

    const view = await list(room);
    expect(whats(view.made)).toEqual([borden(e).what, subsidie.what]);
    expect(view.carriedOver).toEqual([]);
    expect(ok(await phone.socket.emitWithAck('agreement:list', {}))).toEqual(view);

    // The leader corrects one; it stays one afspraak.
    const moved = ok(
      await room.console.emitWithAck('agreement:save', {
        ...borden(e),
        id: first.id,
        due: '2027-03-15',
      }),
    );
    expect(moved).toMatchObject({ id: first.id, due: '2027-03-15', createdAt: first.createdAt });
    expect((await list(room)).made.map(({ id, due }) => [id, due])).toEqual([
      [first.id, '2027-03-15'],
      [expect.any(String), subsidie.due],
    ]);
  });

  it('carries open afspraken over, keeps their review, and carries an ongoing one again', async () => {
    const e = await returnEvening();
    const first = await returnMeeting(e, meetingOn('2027-02-10'));
    const bordenAgreement = ok(await first.console.emitWithAck('agreement:save', borden(e)));
    const subsidieAgreement = ok(await first.console.emitWithAck('agreement:save', subsidie));

    const second = await returnMeeting(e, meetingOn('2027-04-14'));
    const carried = await list(second);
    expect(carried.carriedOver.map(({ id, status }) => [id, status])).toEqual([
      [bordenAgreement.id, 'open'],
      [subsidieAgreement.id, 'open'],
    ]);
    expect(carried.made).toEqual([]);
    // The agenda opens with their review.
    const agenda = ok(
      await second.console.emitWithAck('agenda:set', {
        items: [{ kind: 'presentation', workingGroupId: e.groupA.id, minutes: 10 }],
      }),
    );
    expect(agenda.items.map((item) => item.kind)).toEqual(['review', 'presentation']);

    const phone = await returnPhone(e, second);
    const onPhone = record(phone.socket, 'agreements:changed');
    const done = ok(
      await second.console.emitWithAck('agreement:review', {
        agreementId: bordenAgreement.id,
        outcome: 'done',
        note: 'De borden staan er sinds maart.',
      }),
    );
    expect(done).toMatchObject({ meetingId: second.meeting.id, outcome: 'done' });
    ok(
      await second.console.emitWithAck('agreement:review', {
        agreementId: subsidieAgreement.id,
        outcome: 'ongoing',
        note: 'Aanvraag ingediend, wacht op antwoord.',
      }),
    );
    await waitFor(() => expect(onPhone.at(-1)?.agreements.reviews).toHaveLength(2));

    // The review is kept with this meeting; the afspraken now carry its outcome.
    const reviewed = await list(second);
    expect(
      reviewed.reviews.map(({ agreementId, outcome, note }) => [agreementId, outcome, note]),
    ).toEqual([
      [bordenAgreement.id, 'done', 'De borden staan er sinds maart.'],
      [subsidieAgreement.id, 'ongoing', 'Aanvraag ingediend, wacht op antwoord.'],
    ]);
    expect(reviewed.carriedOver.map(({ id, status }) => [id, status])).toEqual([
      [bordenAgreement.id, 'done'],
      [subsidieAgreement.id, 'ongoing'],
    ]);
    expect((await list(first)).made.map(({ status }) => status)).toEqual(['done', 'ongoing']);

    // Only carried-over afspraken are reviewed here.
    const madeHere = ok(
      await second.console.emitWithAck('agreement:save', {
        ...subsidie,
        what: 'Flyers rondbrengen',
      }),
    );
    expect(
      refusal(
        await second.console.emitWithAck('agreement:review', {
          agreementId: madeHere.id,
          outcome: 'done',
          note: '',
        }),
      ),
    ).toBe('NOT_FOUND');

    // The third meeting reviews what still runs, and what was made at the second.
    const third = await returnMeeting(e, meetingOn('2027-06-09'));
    expect((await list(third)).carriedOver.map(({ id }) => id)).toEqual([
      subsidieAgreement.id,
      madeHere.id,
    ]);
    expect(
      refusal(
        await third.console.emitWithAck('agreement:review', {
          agreementId: bordenAgreement.id,
          outcome: 'ongoing',
          note: '',
        }),
      ),
    ).toBe('NOT_FOUND');
    // The second meeting's record did not change by opening the third.
    expect((await list(second)).reviews).toEqual(reviewed.reviews);
  });
});
