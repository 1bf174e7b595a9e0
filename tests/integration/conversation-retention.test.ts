/**
 * What a gespreksleider wrote down in a small-group conversation is personal data: residents tell
 * stories about neighbours, and some give their name with an offer to help. Three months
 * (CONVERSATION_RETENTION_MONTHS) after the evening the record passes the anonymiser and the
 * consented names go — from the document, from what the kopgroep reads, and from the bytes of
 * the SQLite file and its WAL.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, waitFor } from '../helpers/integration/helpers.js';
import {
  conversationEvening,
  openConversation,
  plannedConversation,
  storedEntries,
} from '../helpers/integration/conversation-setup.js';
import { tracesIn } from '../helpers/integration/database-traces.js';
import { addEntry, conversationEntriesOf } from '../../shared/conversation-doc.js';

afterEach(cleanUp);

/** The evening of the fixtures (2026-12-01), at eight in the evening. */
const EVENING = Date.UTC(2026, 11, 1, 20, 0);
const MINUTE = 60_000;

describe('retention of the small-group conversations', () => {
  it('anonymises the stories and drops the names given with an offer three months after the evening', async () => {
    let now = EVENING;
    const e = await conversationEvening({ clock: () => now });
    const { conversation, token } = await plannedConversation(e.kopgroep);
    const record = await openConversation(e, token, conversation.id);
    addEntry(record.doc, {
      id: 'story-1',
      kind: 'story',
      speaker: 1,
      text: 'Mevrouw Jansen van Dorpsstraat 12 zit de hele dag alleen',
      createdAt: 1,
    });
    addEntry(record.doc, {
      id: 'offer-1',
      kind: 'offer',
      speaker: 2,
      text: 'Wil de bankjes verven, bel 06 12345678',
      createdAt: 2,
      name: 'Truus Verfkwast',
    });
    await waitFor(async () => expect(await storedEntries(e, conversation.id)).toHaveLength(2));
    const personal = ['Mevrouw Jansen', 'Dorpsstraat 12', '06 12345678', 'Truus Verfkwast'];
    expect(tracesIn(e.server, personal)).toEqual(personal);

    const run = async (at: number) => {
      now = at;
      return e.server.app.retention.runAll();
    };
    // A minute before the period ends nothing changed.
    expect(await run(Date.UTC(2027, 2, 1) - MINUTE)).toMatchObject({ conversations: 0 });
    expect((await storedEntries(e, conversation.id)).map((entry) => entry.text)).toContain(
      'Mevrouw Jansen van Dorpsstraat 12 zit de hele dag alleen',
    );

    // Three months after the evening: two texts anonymised, one name gone.
    expect(await run(Date.UTC(2027, 2, 1))).toMatchObject({ conversations: 3 });
    const entries = await storedEntries(e, conversation.id);
    expect(entries.map(({ text, name }) => ({ text, name }))).toEqual([
      { text: 'Een bewoner van [adres] zit de hele dag alleen', name: undefined },
      { text: 'Wil de bankjes verven, bel [telefoonnummer]', name: undefined },
    ]);
    // The gespreksleider's open record follows, and the kopgroep reads only what is left.
    await waitFor(() =>
      expect(conversationEntriesOf(record.doc).get('offer-1')?.has('name')).toBe(false),
    );
    expect(tracesIn(e.server, personal)).toEqual([]);

    // Done once per evening.
    expect(await run(Date.UTC(2027, 2, 1) + MINUTE)).toMatchObject({ conversations: 0 });
  });
});
