/**
 * The kopgroep: invited by the facilitator with a personal link that works without an account,
 * sees the werkgroepen and the sign-ups, stays out of the evening, and loses access the moment
 * the link is revoked — open connections included — until a new link is issued.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  cleanUp,
  closed,
  connectSocket,
  once,
  rawCollab,
  record,
  refusedSocket,
  untyped,
  waitFor,
} from '../helpers/integration/helpers.js';
import { ok, refusal } from '../helpers/integration/evening.js';
import { otherMeeting, signupInput, withToken } from '../helpers/integration/signup-helpers.js';
import {
  followUpEvening,
  kopgroepMember,
  openPlan,
  startWorkingGroup,
} from '../helpers/integration/follow-up-setup.js';
import { COLLAB_CLOSE } from '../../shared/protocol.js';

afterEach(cleanUp);

describe('the kopgroep', () => {
  it('opens with its personal link and sees the werkgroepen and sign-ups, not the evening', async () => {
    const e = await followUpEvening();
    const henk = await kopgroepMember(e);
    expect(henk.link).toBe(`${e.server.url}/kopgroep#${henk.token}`);
    expect(henk.member).toMatchObject({
      meetingId: e.meetingId,
      name: 'Henk Bakker',
      revokedAt: null,
    });
    expect(henk.token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    // The token is kept only as its hash.
    expect(JSON.stringify(ok(await e.regie.emitWithAck('coreGroup:list', {})))).not.toContain(
      henk.token,
    );

    const session = ok(await henk.socket.emitWithAck('session:sync', {}));
    expect(session.role).toBe('coreGroupMember');
    expect(session.meeting.id).toBe(e.meetingId);
    // No board of the evening: those are the hall's.
    expect(session.documents).toEqual([]);
    expect(session).not.toHaveProperty('projectorToken');

    const started = record(henk.socket, 'workingGroups:changed');
    const phases = record(henk.socket, 'phase:changed');
    const summary = ok(
      await henk.socket.emitWithAck('workingGroup:create', { themeId: e.themeA.id }),
    );
    expect(summary).toMatchObject({ themeId: e.themeA.id, title: e.themeA.title, memberCount: 2 });
    await waitFor(() =>
      expect(started.at(-1)?.workingGroups.map((group) => group.id)).toEqual([summary.id]),
    );
    expect(ok(await henk.socket.emitWithAck('workingGroup:list', {}))).toEqual([summary]);

    // Only the werkgroep the kopgroep started (issue 11, item 12): Bram's theme B has none yet.
    const signups = ok(await henk.socket.emitWithAck('signup:list', {}));
    expect(signups.map((signup) => signup.name).sort()).toEqual([
      'Ans Verborgen',
      'Gerrit Zonnebloem',
    ]);
    // A sign-up that comes in now reaches the kopgroep as a count, like the hall.
    const counted = record(henk.socket, 'signups:counted');
    ok(await e.seats[6].socket.emitWithAck('signup:create', signupInput(e.themeB.id)));
    await waitFor(() => expect(counted.at(-1)?.counts[e.themeB.id]).toBe(2));
    const csv = await withToken(e.server.url, `/meetings/${e.meetingId}/signups.csv`, henk.token);
    expect(csv.status).toBe(200);
    expect(await csv.text()).toContain('gerrit.h8@example.nl');

    // The evening goes on without them: no phase changes, and no evening commands.
    ok(await e.regie.emitWithAck('phase:set', { phase: 'results' }));
    ok(await henk.socket.emitWithAck('clock:ping', {}));
    expect(phases).toEqual([]);
    expect(refusal(await henk.socket.emitWithAck('results:get', {}))).toBe('FORBIDDEN');
    expect(
      refusal(
        await henk.socket.emitWithAck('signup:erase', { signupId: e.volunteers.a1.signupId }),
      ),
    ).toBe('FORBIDDEN');
    expect(refusal(await henk.socket.emitWithAck('coreGroup:invite', { name: 'Nog iemand' }))).toBe(
      'FORBIDDEN',
    );
    // A board of the evening is refused to them.
    const board = rawCollab(e.server.url, e.meetingId, henk.token, 'welcome');
    expect((await closed(board)).code).toBe(COLLAB_CLOSE.forbidden);
  });

  it('is cut off mid-session when the link is revoked, until a new link is issued', async () => {
    const e = await followUpEvening();
    const henk = await kopgroepMember(e);
    const group = await startWorkingGroup(e, e.themeA.id);
    const plan = await openPlan(e, henk.token, group.id);
    const planClosed = closed(plan.provider.ws as never);
    const dropped = once<string>(henk.socket, 'disconnect');

    const revoked = ok(await e.regie.emitWithAck('coreGroup:revoke', { memberId: henk.member.id }));
    expect(revoked.revokedAt).toEqual(expect.any(Number));
    expect(await dropped).toBe('io server disconnect');
    expect((await planClosed).code).toBe(COLLAB_CLOSE.unauthorised);
    plan.provider.destroy();

    expect((await refusedSocket(e.server.url, henk.token)).message).toBe('UNAUTHORISED');
    const again = rawCollab(e.server.url, e.meetingId, henk.token, `plan/${group.id}`);
    expect((await closed(again)).code).toBe(COLLAB_CLOSE.unauthorised);
    const csv = await withToken(e.server.url, `/meetings/${e.meetingId}/signups.csv`, henk.token);
    expect(csv.status).toBe(401);
    expect(ok(await e.regie.emitWithAck('coreGroup:list', {}))[0].revokedAt).toEqual(
      revoked.revokedAt,
    );

    // A new link works at once; the revoked one stays dead.
    const reissued = ok(
      await e.regie.emitWithAck('coreGroup:reissue', { memberId: henk.member.id }),
    );
    expect(reissued.member.revokedAt).toBeNull();
    const token = reissued.link.split('#')[1];
    expect(token).not.toBe(henk.token);
    const back = await connectSocket(e.server.url, token);
    expect(ok(await back.emitWithAck('session:sync', {})).role).toBe('coreGroupMember');
    expect(ok(await back.emitWithAck('workingGroup:list', {})).map((g) => g.id)).toEqual([
      group.id,
    ]);
    expect((await refusedSocket(e.server.url, henk.token)).message).toBe('UNAUTHORISED');
  });

  it('re-issuing a link that still works closes the connections made with the old one', async () => {
    const e = await followUpEvening();
    const henk = await kopgroepMember(e);
    const dropped = once<string>(henk.socket, 'disconnect');
    const reissued = ok(
      await e.regie.emitWithAck('coreGroup:reissue', { memberId: henk.member.id }),
    );
    expect(await dropped).toBe('io server disconnect');
    expect((await refusedSocket(e.server.url, henk.token)).message).toBe('UNAUTHORISED');
    await connectSocket(e.server.url, reissued.link.split('#')[1]);
  });

  it('refuses coreGroup commands to every screen of the evening and to other meetings', async () => {
    const e = await followUpEvening();
    const henk = await kopgroepMember(e);
    const attendee = e.seats[3].socket;
    for (const socket of [attendee, e.beamer]) {
      expect(refusal(await socket.emitWithAck('coreGroup:invite', { name: 'Ik zelf' }))).toBe(
        'FORBIDDEN',
      );
      expect(refusal(await socket.emitWithAck('coreGroup:list', {}))).toBe('FORBIDDEN');
      expect(
        refusal(await socket.emitWithAck('coreGroup:revoke', { memberId: henk.member.id })),
      ).toBe('FORBIDDEN');
      expect(
        refusal(await socket.emitWithAck('coreGroup:reissue', { memberId: henk.member.id })),
      ).toBe('FORBIDDEN');
      expect(
        refusal(await socket.emitWithAck('workingGroup:create', { themeId: e.themeA.id })),
      ).toBe('FORBIDDEN');
    }
    // Another meeting's Regie cannot touch this meeting's kopgroep.
    const other = await otherMeeting(e.server);
    expect(
      refusal(await other.regie.emitWithAck('coreGroup:revoke', { memberId: henk.member.id })),
    ).toBe('NOT_FOUND');
    expect(
      refusal(await other.regie.emitWithAck('coreGroup:reissue', { memberId: henk.member.id })),
    ).toBe('NOT_FOUND');
    expect(ok(await other.regie.emitWithAck('coreGroup:list', {}))).toEqual([]);
    const foreign = await withToken(
      e.server.url,
      `/meetings/${other.meetingId}/signups.csv`,
      henk.token,
    );
    expect(foreign.status).toBe(403);
    // Nothing was changed: the link still works.
    expect(ok(await henk.socket.emitWithAck('session:sync', {})).role).toBe('coreGroupMember');
    // Bad input is answered, not stored.
    expect(refusal(await e.regie.emitWithAck('coreGroup:invite', { name: '   ' }))).toBe(
      'TEXT_EMPTY',
    );
    expect(
      refusal(
        await untyped(e.regie).emitWithAck('coreGroup:invite', {
          name: 'Henk',
          role: 'facilitator',
        }),
      ),
    ).toBe('INVALID_PAYLOAD');
    expect(ok(await e.regie.emitWithAck('coreGroup:list', {})).map((m) => m.name)).toEqual([
      'Henk Bakker',
    ]);
  });
});
