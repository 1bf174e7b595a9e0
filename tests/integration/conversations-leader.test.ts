/**
 * Step 2 of the method (issue 14): a gespreksleider records one conversation through its own
 * link, on the spot; the kopgroep and the Regie read what was recorded. The link reaches that
 * one document and its own Socket.IO question, nothing else.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { addEntry, readEntries, setResidents } from '../../shared/conversation-doc.js';
import { COLLAB_CLOSE } from '../../shared/codes.js';
import { COMMANDS } from '../../server/domain/permissions.js';
import {
  cleanUp,
  closed,
  connectSocket,
  rawCollab,
  record,
  refusedSocket,
  untyped,
  waitFor,
} from '../helpers/integration/helpers.js';
import {
  ok,
  phone,
  recordAll,
  refusal,
  roundTrip,
  toPhase,
} from '../helpers/integration/evening.js';
import { otherMeeting } from '../helpers/integration/signup-helpers.js';
import {
  conversationEvening,
  openConversation,
  plan,
  plannedConversation,
  storedEntries,
} from '../helpers/integration/conversation-setup.js';

afterEach(cleanUp);

const entry = (
  id: string,
  text: string,
  speaker = 1,
  kind: 'story' | 'quote' | 'offer' = 'story',
) => ({ id, kind, speaker, text, createdAt: Number(id.slice(-1)) });

describe('a gespreksleider', () => {
  it('records the conversation on the spot; the kopgroep and the Regie read it, and the list counts it', async () => {
    const e = await conversationEvening();
    const { conversation, token } = await plannedConversation(e.kopgroep, {
      group: 'jonge gezinnen',
    });
    const leader = await connectSocket(e.server.url, token);
    const heard = recordAll(leader);
    const session = ok(await leader.emitWithAck('session:sync', {}));
    expect(session.role).toBe('conversationLeader');
    expect(session.documents).toEqual([]);
    ok(await leader.emitWithAck('clock:ping', {}));
    expect(ok(await leader.emitWithAck('conversation:mine', {}))).toEqual({
      id: conversation.id,
      meetingName: expect.any(String),
      group: 'jonge gezinnen',
      place: conversation.place,
      date: conversation.date,
      time: conversation.time,
      question: conversation.question,
      docName: `${e.meetingId}/conversation/${conversation.id}`,
    });

    const kopgroepHears = record(e.kopgroep, 'conversations:changed');
    const recording = await openConversation(e, token, conversation.id, { ack: '1' });
    expect(addEntry(recording.doc, entry('entry0001', 'Er is hier niets voor tieners.', 2))).toBe(
      true,
    );
    expect(
      addEntry(recording.doc, entry('entry0002', '"Ik ken mijn buren niet."', 3, 'quote')),
    ).toBe(true);
    expect(
      addEntry(recording.doc, {
        ...entry('entry0003', 'Wil helpen met een speeltuin', 4, 'offer'),
        name: 'Fatima',
      }),
    ).toBe(true);
    setResidents(recording.doc, 6);

    const kopgroep = await openConversation(e, e.kopgroepToken, conversation.id);
    const regie = await openConversation(e, e.facilitatorToken, conversation.id);
    for (const reader of [kopgroep, regie]) {
      await waitFor(() =>
        expect(readEntries(reader.doc).map((x) => [x.kind, x.speaker, x.text, x.name])).toEqual([
          ['story', 2, 'Er is hier niets voor tieners.', undefined],
          ['quote', 3, '"Ik ken mijn buren niet."', undefined],
          ['offer', 4, 'Wil helpen met een speeltuin', 'Fatima'],
        ]),
      );
    }
    await waitFor(async () => expect(await storedEntries(e, conversation.id)).toHaveLength(3));
    const [summary] = ok(await e.kopgroep.emitWithAck('conversation:list', {}));
    expect(summary).toMatchObject({ id: conversation.id, residents: 6, entries: 3 });
    // The kopgroep's open list follows the recording without asking.
    await waitFor(() =>
      expect(kopgroepHears.at(-1)?.conversations[0]).toMatchObject({ residents: 6, entries: 3 }),
    );

    // The evening goes on, and its conversations change: the gespreksleider hears none of it.
    await toPhase(e, 'recognition');
    ok(await e.kopgroep.emitWithAck('conversation:create', plan({ group: 'ondernemers' })));
    await roundTrip(leader);
    expect(heard).toEqual([]);

    // The kopgroep reads only: its own writes never reach the record.
    addEntry(kopgroep.doc, entry('entry0009', 'van de kopgroep'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await storedEntries(e, conversation.id)).toHaveLength(3);
  });

  it('reaches only its own conversation: no other record, board, canvas or plan, and no other command', async () => {
    const e = await conversationEvening();
    const mine = await plannedConversation(e.kopgroep);
    const theirs = await plannedConversation(e.kopgroep, { group: 'ondernemers' });
    const other = await otherMeeting(e.server);
    const elsewhere = ok(
      await other.regie.emitWithAck('conversation:create', {
        group: 'elders',
        place: 'x',
        date: '2027-01-01',
        time: '',
        leader: 'A',
        question: 'Vraag?',
      }),
    );
    const kinds = [
      `conversation/${theirs.conversation.id}`,
      'conversation/nosuchconv1',
      'welcome',
      'plenary',
      'canvas/nosuchtable1',
      'plan/nosuchplan01',
    ];
    for (const kind of kinds) {
      const ws = rawCollab(e.server.url, e.meetingId, mine.token, kind);
      expect((await closed(ws)).code, kind).toBe(COLLAB_CLOSE.forbidden);
    }
    const away = rawCollab(
      e.server.url,
      other.meetingId,
      mine.token,
      `conversation/${elsewhere.id}`,
    );
    expect((await closed(away)).code).toBe(COLLAB_CLOSE.forbidden);
    // Nobody makes the server keep a record of a conversation that does not exist.
    for (const token of [e.facilitatorToken, e.kopgroepToken]) {
      const ws = rawCollab(e.server.url, e.meetingId, token, 'conversation/nosuchconv1');
      expect((await closed(ws)).code).toBe(COLLAB_CLOSE.forbidden);
    }

    const allowed = new Set(['session:sync', 'clock:ping', 'conversation:mine']);
    const others = COMMANDS.filter((name) => !allowed.has(name));
    const answered: string[] = [];
    // A fresh connection per 50 commands, below the guard's budget, so every one is asked.
    for (let start = 0; start < others.length; start += 50) {
      const leader = await connectSocket(e.server.url, mine.token);
      for (const event of others.slice(start, start + 50)) {
        const answer = await untyped(leader).emitWithAck(event, {});
        if (answer.ok || answer.code !== 'FORBIDDEN') {
          answered.push(`${event}: ${JSON.stringify(answer)}`);
        }
      }
      leader.disconnect();
    }
    expect(answered).toEqual([]);
    // No console of the evening, nor of anything else, opens with it.
    const asConsole = await refusedSocket(e.server.url, mine.token, {
      auth: { token: mine.token, meetingId: e.meetingId },
    });
    expect(asConsole.message).toBe('UNAUTHORISED');
  });

  it('is the only role with a conversation of its own; the hall and the werkgroep get nothing here', async () => {
    const e = await conversationEvening();
    const { conversation } = await plannedConversation(e.regie);
    const host = ok(await e.regie.emitWithAck('tablehost:create', { label: 'Tafel 1' }));
    const resident = await phone(e);
    const others = [
      { name: 'Beamer', token: e.projectorToken },
      { name: 'phone', token: resident.key },
      { name: 'tafelhulp', token: host.token },
    ];
    for (const { name, token } of others) {
      const socket = await connectSocket(e.server.url, token);
      for (const event of ['conversation:list', 'conversation:mine'] as const) {
        expect(refusal(await socket.emitWithAck(event, {})), `${name} ${event}`).toBe('FORBIDDEN');
      }
      expect(refusal(await socket.emitWithAck('conversation:link', { id: conversation.id }))).toBe(
        'FORBIDDEN',
      );
      const ws = rawCollab(e.server.url, e.meetingId, token, `conversation/${conversation.id}`);
      expect((await closed(ws)).code, name).toBe(COLLAB_CLOSE.forbidden);
    }
    // The kopgroep plans but has no conversation of its own to record.
    expect(refusal(await e.kopgroep.emitWithAck('conversation:mine', {}))).toBe('FORBIDDEN');
  });
});
