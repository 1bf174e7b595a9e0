/**
 * Issue 11, item 14: "Vraag de kopgroep om een nieuwe link" is advice someone can follow. The
 * facilitator and the kopgroep replace a werkgroep member's personal link: the old one is dead
 * at once and whatever was open with it closes, like a kopgroep link's reissue. The kopgroep
 * can do so only for the sign-ups it may see; nobody else at all.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { COLLAB_CLOSE } from '../../shared/protocol.js';
import {
  cleanUp,
  closed,
  connectSocket,
  once,
  refusedSocket,
} from '../helpers/integration/helpers.js';
import { ok, refusal } from '../helpers/integration/evening.js';
import { tokenOf, withToken } from '../helpers/integration/signup-helpers.js';
import {
  followUpEvening,
  kopgroepMember,
  openPlan,
  startWorkingGroup,
} from '../helpers/integration/follow-up-setup.js';
import { createReturnMeeting, openConsole } from '../helpers/integration/return-setup.js';

afterEach(cleanUp);

describe('a new personal link for a werkgroep member', () => {
  it('kills the old link and its open connections at once; the new one opens the werkgroep', async () => {
    const e = await followUpEvening();
    const gerrit = e.volunteers.a1;
    const group = await startWorkingGroup(e, e.themeA.id);
    const memberSocket = await connectSocket(e.server.url, gerrit.token);
    const plan = await openPlan(e, gerrit.token, group.id);
    const planClosed = closed(plan.provider.ws as never);
    const dropped = once<string>(memberSocket, 'disconnect');

    const issued = ok(await e.regie.emitWithAck('signup:reissue', { signupId: gerrit.signupId }));
    expect(issued.signupId).toBe(gerrit.signupId);
    expect(issued.link).toMatch(/\/aanmelding#[A-Za-z0-9_-]{22}$/);
    const token = tokenOf(issued.link);
    expect(token).not.toBe(gerrit.token);

    expect(await dropped).toBe('io server disconnect');
    expect((await planClosed).code).toBe(COLLAB_CLOSE.unauthorised);
    plan.provider.destroy();
    expect((await refusedSocket(e.server.url, gerrit.token)).message).toBe('UNAUTHORISED');
    expect((await withToken(e.server.url, '/signup', gerrit.token)).status).toBe(404);

    // The new link shows the same sign-up and opens the same werkgroep and plan.
    const own = await withToken(e.server.url, '/signup', token);
    expect(own.status).toBe(200);
    expect(await own.text()).toContain(gerrit.name);
    const again = await connectSocket(e.server.url, token);
    expect(ok(await again.emitWithAck('workingGroup:mine', {}))?.workingGroup.id).toBe(group.id);
    const reopened = await openPlan(e, token, group.id);
    reopened.provider.destroy();
  });

  it('is made by the kopgroep only for the sign-ups it sees, and by nobody else', async () => {
    const e = await followUpEvening();
    const henk = await kopgroepMember(e);
    const { a1, b1 } = e.volunteers;
    // No werkgroep started yet: to the kopgroep these sign-ups do not exist.
    expect(
      refusal(await henk.socket.emitWithAck('signup:reissue', { signupId: a1.signupId })),
    ).toBe('NOT_FOUND');
    await startWorkingGroup(e, e.themeA.id);
    const issued = ok(await henk.socket.emitWithAck('signup:reissue', { signupId: a1.signupId }));
    expect(tokenOf(issued.link)).not.toBe(a1.token);
    expect(
      refusal(await henk.socket.emitWithAck('signup:reissue', { signupId: b1.signupId })),
    ).toBe('NOT_FOUND');
    expect(
      refusal(await e.regie.emitWithAck('signup:reissue', { signupId: 'nonexistent01' })),
    ).toBe('NOT_FOUND');

    // A phone, a werkgroep member and a return meeting's console cannot.
    const phone = e.seats[5].socket;
    expect(refusal(await phone.emitWithAck('signup:reissue', { signupId: b1.signupId }))).toBe(
      'FORBIDDEN',
    );
    const member = await connectSocket(e.server.url, b1.token);
    expect(refusal(await member.emitWithAck('signup:reissue', { signupId: b1.signupId }))).toBe(
      'FORBIDDEN',
    );
    const summary = await createReturnMeeting(e.regie);
    const console = await openConsole(e, e.facilitatorToken, summary.id);
    expect(refusal(await console.emitWithAck('signup:reissue', { signupId: b1.signupId }))).toBe(
      'WRONG_PHASE',
    );
    // Bram's link still works: nothing was replaced by the refused attempts.
    expect((await withToken(e.server.url, '/signup', b1.token)).status).toBe(200);
  });
});
