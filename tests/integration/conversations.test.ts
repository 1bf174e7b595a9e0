/**
 * Step 2 of the method (issue 14): the kopgroep and the adviser plan small-group conversations
 * for the evening, each with its own gespreksleider link. Real server, real Socket.IO clients.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../../shared/limits.js';
import { PHASES } from '../../shared/model.js';
import {
  cleanUp,
  connectSocket,
  record,
  untyped,
  waitFor,
} from '../helpers/integration/helpers.js';
import { ok, refusal, toPhase } from '../helpers/integration/evening.js';
import { otherMeeting } from '../helpers/integration/signup-helpers.js';
import { createReturnMeeting } from '../helpers/integration/return-setup.js';
import {
  conversationEvening,
  plan,
  plannedConversation,
} from '../helpers/integration/conversation-setup.js';

afterEach(cleanUp);

describe('planning conversations', () => {
  it('is done by the kopgroep and the Regie together: both create, change and list them, and both hear every change', async () => {
    const e = await conversationEvening();
    const regieHears = record(e.regie, 'conversations:changed');
    const kopgroepHears = record(e.kopgroep, 'conversations:changed');
    const beamerHears = record(e.beamer, 'conversations:changed');

    const linde = ok(await e.kopgroep.emitWithAck('conversation:create', plan()));
    expect(linde).toMatchObject({ ...plan(), meetingId: e.meetingId, linkIssuedAt: null });
    const ondernemers = ok(
      await e.regie.emitWithAck(
        'conversation:create',
        plan({ group: 'ondernemers', date: '2027-01-10', time: '' }),
      ),
    );
    // The Regie moves the first one to another day; the kopgroep sees it.
    const moved = ok(
      await e.regie.emitWithAck('conversation:update', {
        id: linde.id,
        ...plan({ date: '2027-01-20', place: 'Bibliotheek' }),
      }),
    );
    expect(moved).toMatchObject({ id: linde.id, date: '2027-01-20', place: 'Bibliotheek' });

    const list = ok(await e.kopgroep.emitWithAck('conversation:list', {}));
    expect(list.map((c) => [c.group, c.date, c.residents, c.entries])).toEqual([
      ['ondernemers', '2027-01-10', null, 0],
      ['ouderen De Linde', '2027-01-20', null, 0],
    ]);
    expect(ok(await e.regie.emitWithAck('conversation:list', {}))).toEqual(list);
    await waitFor(() => {
      expect(regieHears.at(-1)?.conversations).toEqual(list);
      expect(kopgroepHears.at(-1)?.conversations).toEqual(list);
    });
    expect(regieHears).toHaveLength(3);
    expect(kopgroepHears).toHaveLength(3);
    // The hall never hears of them.
    expect(beamerHears).toEqual([]);
    expect(ondernemers.id).not.toBe(linde.id);
  });

  it('works in every phase of the evening, as conversations are planned before it', async () => {
    const e = await conversationEvening();
    for (const phase of PHASES) {
      await toPhase(e, phase);
      ok(await e.kopgroep.emitWithAck('conversation:create', plan({ group: `groep ${phase}` })));
    }
    expect(ok(await e.regie.emitWithAck('conversation:list', {}))).toHaveLength(PHASES.length);
  });

  it('answers bad plans with a clear code and stores nothing', async () => {
    const e = await conversationEvening();
    const long = 'x'.repeat(LIMITS.conversationGroupLength + 1);
    const cases = [
      [plan({ group: long }), 'TEXT_TOO_LONG'],
      [plan({ group: '' }), 'TEXT_EMPTY'],
      [plan({ question: 'v'.repeat(LIMITS.conversationQuestionLength + 1) }), 'TEXT_TOO_LONG'],
      [plan({ date: '12-01-2027' }), 'INVALID_PAYLOAD'],
      [plan({ date: '2027-02-30' }), 'INVALID_PAYLOAD'],
      [plan({ time: '25:00' }), 'INVALID_PAYLOAD'],
      [{ ...plan(), residents: 5 }, 'INVALID_PAYLOAD'],
    ] as const;
    for (const [payload, code] of cases) {
      const answer = await untyped(e.kopgroep).emitWithAck('conversation:create', payload);
      expect(refusal(answer), JSON.stringify(payload)).toBe(code);
    }
    const { conversation } = await plannedConversation(e.kopgroep);
    expect(
      refusal(
        await e.kopgroep.emitWithAck('conversation:update', {
          id: conversation.id,
          ...plan({ leader: 'l'.repeat(LIMITS.conversationLeaderLength + 1) }),
        }),
      ),
    ).toBe('TEXT_TOO_LONG');
    expect(ok(await e.kopgroep.emitWithAck('conversation:list', {}))).toEqual([
      expect.objectContaining({ id: conversation.id, leader: plan().leader }),
    ]);
  });

  it("refuses another meeting's conversation as if it did not exist", async () => {
    const e = await conversationEvening();
    const other = await otherMeeting(e.server);
    const theirs = ok(await other.regie.emitWithAck('conversation:create', plan()));
    for (const socket of [e.regie, e.kopgroep]) {
      expect(
        refusal(await socket.emitWithAck('conversation:update', { id: theirs.id, ...plan() })),
      ).toBe('NOT_FOUND');
      expect(refusal(await socket.emitWithAck('conversation:link', { id: theirs.id }))).toBe(
        'NOT_FOUND',
      );
      expect(refusal(await socket.emitWithAck('conversation:revoke', { id: theirs.id }))).toBe(
        'NOT_FOUND',
      );
      expect(ok(await socket.emitWithAck('conversation:list', {}))).toEqual([]);
    }
    expect(ok(await other.regie.emitWithAck('conversation:list', {}))).toEqual([
      expect.objectContaining({ id: theirs.id, linkIssuedAt: null }),
    ]);
  });

  it("is refused on a return meeting's console, the Regie's and a kopgroep member's alike", async () => {
    const e = await conversationEvening();
    const created = await createReturnMeeting(e.kopgroep);
    const consoles = [
      await connectSocket(e.server.url, e.facilitatorToken, {
        auth: { token: e.facilitatorToken, meetingId: created.id },
      }),
      await connectSocket(e.server.url, e.kopgroepToken, {
        auth: { token: e.kopgroepToken, meetingId: created.id },
      }),
    ];
    for (const console of consoles) {
      expect(refusal(await console.emitWithAck('conversation:list', {}))).toBe('WRONG_PHASE');
      expect(refusal(await console.emitWithAck('conversation:create', plan()))).toBe('WRONG_PHASE');
    }
    // The evening's own planning is untouched.
    expect(ok(await e.kopgroep.emitWithAck('conversation:list', {}))).toEqual([]);
    const again = await connectSocket(e.server.url, e.kopgroepToken);
    ok(await again.emitWithAck('conversation:create', plan()));
  });

  it(`stops at ${LIMITS.conversationsPerMeeting} conversations for one evening`, async () => {
    const e = await conversationEvening();
    for (let i = 1; i < LIMITS.conversationsPerMeeting; i++) {
      await e.server.store.insertConversation({
        ...plan({ group: `groep ${i}` }),
        id: `conv${String(i).padStart(8, '0')}`,
        meetingId: e.meetingId,
        createdAt: i,
        linkIssuedAt: null,
        tokenHash: null,
        revokedAt: null,
      });
    }
    ok(await e.kopgroep.emitWithAck('conversation:create', plan({ group: 'de laatste' })));
    expect(refusal(await e.regie.emitWithAck('conversation:create', plan()))).toBe('LIMIT_REACHED');
    expect(ok(await e.regie.emitWithAck('conversation:list', {}))).toHaveLength(
      LIMITS.conversationsPerMeeting,
    );
  });

  it('makes a link shown once, and revoking it leaves the conversation without one', async () => {
    const e = await conversationEvening({ clock: () => 1_700_000_000_000 });
    const { conversation, link } = await plannedConversation(e.kopgroep);
    expect(link).toMatch(new RegExp(`^${e.server.url}/gesprek#[A-Za-z0-9_-]{22}$`));
    expect(conversation.linkIssuedAt).toBe(1_700_000_000_000);
    // No list ever carries the link or its hash.
    const list = JSON.stringify(ok(await e.regie.emitWithAck('conversation:list', {})));
    expect(list).not.toContain(link.split('#')[1]);
    expect(list).not.toContain('tokenHash');
    const revoked = ok(
      await e.kopgroep.emitWithAck('conversation:revoke', { id: conversation.id }),
    );
    expect(revoked.linkIssuedAt).toBeNull();
  });
});
