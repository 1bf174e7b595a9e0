/**
 * Issue 10, items 1 and 2: the follow-up roles (kopgroep member, werkgroep member) never get an
 * evening's staff view; a kopgroep member runs the evening's return meetings from their own link,
 * console and Beamer alike, without ever holding a Beamer token; and revoking their link ends
 * everything it could reach.
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
} from '../helpers/integration/helpers.js';
import type { ClientSocket } from '../helpers/integration/helpers.js';
import { ok, recordAll, refusal, roundTrip, themeInput } from '../helpers/integration/evening.js';
import { kopgroepMember, openPlan } from '../helpers/integration/follow-up-setup.js';
import {
  createReturnMeeting,
  openConsole,
  returnEvening,
  returnPhone,
} from '../helpers/integration/return-setup.js';
import { otherMeeting, withToken } from '../helpers/integration/signup-helpers.js';
import { organiserLinks } from '../helpers/integration/return-room.js';
import { COLLAB_CLOSE } from '../../shared/protocol.js';

afterEach(cleanUp);

/** The handshake of a return meeting's Beamer opened with someone's own link. */
const screenOf = (token: string, meetingId: string) => ({
  auth: { token, meetingId, screen: 'projector' },
});

/** The evening's staff broadcasts: what only its Regie may hear. */
const EVENING_STAFF_EVENTS = [
  'themes:staff-changed',
  'tally:changed',
  'addition:changed',
  'preferences:counted',
  'groups:changed',
  'group:active',
];

describe('a follow-up link and the evening', () => {
  it('a kopgroep or werkgroep link asking for the evening console (or its Beamer) is refused', async () => {
    const e = await returnEvening();
    const henk = await kopgroepMember(e);
    const member = e.volunteers.a1.token;
    for (const token of [henk.token, member]) {
      for (const options of [
        { auth: { token, meetingId: e.meetingId } },
        screenOf(token, e.meetingId),
      ]) {
        expect((await refusedSocket(e.server.url, token, options)).message).toBe('UNAUTHORISED');
      }
    }
    // A werkgroep link does not open a return meeting either, as console or as Beamer.
    const summary = await createReturnMeeting(henk.socket);
    for (const options of [
      { auth: { token: member, meetingId: summary.id } },
      screenOf(member, summary.id),
    ]) {
      expect((await refusedSocket(e.server.url, member, options)).message).toBe('UNAUTHORISED');
    }
    // Nor does a kopgroep link open another evening's return meeting.
    const other = await otherMeeting(e.server);
    const elsewhere = await createReturnMeeting(other.regie);
    for (const options of [
      { auth: { token: henk.token, meetingId: elsewhere.id } },
      screenOf(henk.token, elsewhere.id),
    ]) {
      expect((await refusedSocket(e.server.url, henk.token, options)).message).toBe('UNAUTHORISED');
    }
    // A Beamer token or a phone's key cannot open a Beamer of a return meeting by its id.
    const phone = await returnPhone(e, summary.joinCode);
    for (const token of [e.projectorToken, phone.key]) {
      expect((await refusedSocket(e.server.url, token, screenOf(token, summary.id))).message).toBe(
        'UNAUTHORISED',
      );
    }
    // Their own pages still open as what they are.
    expect(ok(await henk.socket.emitWithAck('session:sync', {})).role).toBe('coreGroupMember');
    const own = await connectSocket(e.server.url, member);
    expect(ok(await own.emitWithAck('session:sync', {})).role).toBe('workingGroupMember');
  });

  it('a kopgroep console of a return meeting never receives a Beamer token or evening staff events', async () => {
    const e = await returnEvening();
    const henk = await kopgroepMember(e);
    const summary = await createReturnMeeting(henk.socket);
    const console = await openConsole(e, henk.token, summary.id);
    const beamer = await connectSocket(e.server.url, henk.token, screenOf(henk.token, summary.id));
    const heard = {
      console: recordAll(console),
      beamer: recordAll(beamer),
      page: recordAll(henk.socket),
    };

    const session = ok(await console.emitWithAck('session:sync', {}));
    expect(session).toMatchObject({ role: 'facilitator', leading: true });
    expect(session).not.toHaveProperty('projectorToken');
    expect(refusal(await console.emitWithAck('beamer:reissue', {}))).toBe('FORBIDDEN');
    expect(refusal(await beamer.emitWithAck('beamer:reissue', {}))).toBe('FORBIDDEN');
    expect(refusal(await henk.socket.emitWithAck('beamer:reissue', {}))).toBe('FORBIDDEN');
    // While Henk leads, the facilitator's console follows and makes no Beamer link either.
    const following = await openConsole(e, e.facilitatorToken, summary.id);
    expect(refusal(await following.emitWithAck('beamer:reissue', {}))).toBe('NOT_LEADER');

    // The evening's Regie works on an unpublished theme with a phone number in it: the Regie
    // hears it, Henk's console, Beamer and page do not.
    const secret = 'Bel Jan de Vries op 06 98765432';
    const regieHeard = record(e.regie, 'themes:staff-changed');
    const theme = ok(await e.regie.emitWithAck('theme:create', themeInput('Stil thema', [secret])));
    ok(await e.regie.emitWithAck('message:send', { text: 'Alleen voor de avond' }));
    await Promise.all([console, beamer, henk.socket, e.regie].map(roundTrip));
    expect(regieHeard.length).toBeGreaterThan(0);
    for (const [who, events] of Object.entries(heard)) {
      const wire = JSON.stringify(events);
      expect([who, wire]).not.toEqual([who, expect.stringContaining(secret)]);
      expect([who, wire]).not.toEqual([who, expect.stringContaining(theme.id)]);
      expect([who, wire]).not.toEqual([who, expect.stringContaining('Alleen voor de avond')]);
      const names = events.map(({ event }) => event);
      expect(names.filter((name) => EVENING_STAFF_EVENTS.includes(name))).toEqual([]);
    }
    // What the console reads is its return meeting's, not the evening's.
    expect(ok(await console.emitWithAck('themes:list', {}))).toEqual([]);
    // The evening's moderation is no work of a return meeting's console at all.
    const additions = await console.emitWithAck('addition:list', {});
    expect(additions).toMatchObject({ ok: false, code: 'WRONG_PHASE' });
    expect(JSON.stringify(additions)).not.toContain(e.meetingId);
    // Henk's Beamer is the return meeting's projector and sends no staff commands.
    const onScreen = ok(await beamer.emitWithAck('session:sync', {}));
    expect(onScreen).toMatchObject({ role: 'projector', meeting: { id: summary.id } });
    expect(onScreen).not.toHaveProperty('leading');
    expect(refusal(await beamer.emitWithAck('agenda:start', { itemId: null }))).toBe('FORBIDDEN');
  });
});

describe('the Beamer of a return meeting', () => {
  it('opened with the Regie link, closes with it; a new Beamer link of the meeting leaves it open', async () => {
    const e = await returnEvening();
    const summary = await createReturnMeeting(e.regie);
    const regieBeamer = await connectSocket(
      e.server.url,
      e.facilitatorToken,
      screenOf(e.facilitatorToken, summary.id),
    );
    expect(ok(await regieBeamer.emitWithAck('session:sync', {}))).toMatchObject({
      role: 'projector',
      meeting: { id: summary.id },
    });
    // The facilitator leads this one, so its console may make a Beamer link of the meeting's own.
    const console = await openConsole(e, e.facilitatorToken, summary.id);
    const first = ok(await console.emitWithAck('beamer:reissue', {})).projectorToken;
    const tokenBeamer = await connectSocket(e.server.url, first);
    const tokenBeamerGone = once<string>(tokenBeamer, 'disconnect');
    ok(await console.emitWithAck('beamer:reissue', {}));
    expect(await tokenBeamerGone).toBe('io server disconnect');
    expect((await refusedSocket(e.server.url, first)).message).toBe('UNAUTHORISED');
    await roundTrip(regieBeamer);
    expect(regieBeamer.connected).toBe(true);

    // New Regie links for the evening: what the old one opened closes, its Beamer included.
    const gone = [regieBeamer, console].map((socket) => once<string>(socket, 'disconnect'));
    await organiserLinks(e, e.meetingId);
    expect(await Promise.all(gone)).toEqual(['io server disconnect', 'io server disconnect']);
    const again = screenOf(e.facilitatorToken, summary.id);
    expect((await refusedSocket(e.server.url, e.facilitatorToken, again)).message).toBe(
      'UNAUTHORISED',
    );
  });
});

describe('revoking a kopgroep link', () => {
  it('closes its consoles, the Beamer it opened and its documents; the link opens nothing after', async () => {
    const e = await returnEvening();
    const henk = await kopgroepMember(e);
    const summary = await createReturnMeeting(henk.socket);
    const console = await openConsole(e, henk.token, summary.id);
    const beamer = await connectSocket(e.server.url, henk.token, screenOf(henk.token, summary.id));
    const plan = await openPlan(e, henk.token, e.groupA.id);
    // The evening's own screens and the return meeting's phones stay.
    const phone = await returnPhone(e, summary.joinCode);
    const regieConsole = await openConsole(e, e.facilitatorToken, summary.id);
    const staying: ClientSocket[] = [e.regie, e.beamer, phone.socket, regieConsole];
    const stayingDropped = staying.map((socket) => {
      let dropped = false;
      socket.on('disconnect', () => (dropped = true));
      return () => dropped;
    });

    const gone = [henk.socket, console, beamer].map((socket) => once<string>(socket, 'disconnect'));
    const planClosed = closed(plan.provider.ws as never);
    ok(await e.regie.emitWithAck('coreGroup:revoke', { memberId: henk.member.id }));
    expect(await Promise.all(gone)).toEqual(Array(3).fill('io server disconnect'));
    expect((await planClosed).code).toBe(COLLAB_CLOSE.unauthorised);
    plan.provider.destroy();

    // The link no longer resolves: not as page, console, Beamer, document or download.
    for (const options of [
      {},
      { auth: { token: henk.token, meetingId: summary.id } },
      screenOf(henk.token, summary.id),
    ]) {
      expect((await refusedSocket(e.server.url, henk.token, options)).message).toBe('UNAUTHORISED');
    }
    expect(await e.server.app.services.meetings.resolveToken(henk.token)).toBeNull();
    const again = rawCollab(e.server.url, e.meetingId, henk.token, `plan/${e.groupA.id}`);
    expect((await closed(again)).code).toBe(COLLAB_CLOSE.unauthorised);
    const report = await withToken(
      e.server.url,
      `/meetings/${summary.id}/return-report`,
      henk.token,
    );
    expect(report.status).toBe(401);

    await Promise.all(staying.map(roundTrip));
    expect(stayingDropped.map((dropped) => dropped())).toEqual(staying.map(() => false));
  });
});
