/**
 * The evening's verslag starts with where its themes came from: how many small-group
 * conversations were held, with how many residents, and with which groups. Counts and group
 * labels only; what residents said stays with the kopgroep.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, waitFor } from '../helpers/integration/helpers.js';
import {
  conversationEvening,
  openConversation,
  plannedConversation,
  storedEntries,
} from '../helpers/integration/conversation-setup.js';
import { withToken } from '../helpers/integration/signup-helpers.js';
import { addEntry, setResidents } from '../../shared/conversation-doc.js';
import type { Ack } from '../../shared/protocol.js';
import type { MeetingResults } from '../../shared/model.js';

afterEach(cleanUp);

describe('the verslag names where the themes came from', () => {
  it('counts the conversations held, their residents and their groups, and says nothing of what was said', async () => {
    const e = await conversationEvening();
    const results = async () => {
      const response = await withToken(
        e.server.url,
        `/meetings/${e.meetingId}/results`,
        e.facilitatorToken,
      );
      return ((await response.json()) as Ack<MeetingResults> & { ok: true }).data;
    };
    // Nothing recorded yet: the verslag has no such section.
    expect((await results()).conversations).toBeNull();

    const later = await plannedConversation(e.kopgroep, {
      group: 'ondernemers',
      date: '2027-01-20',
    });
    const first = await plannedConversation(e.regie, { group: 'ouderen De Linde' });
    // Planned, never held: not counted.
    await plannedConversation(e.kopgroep, { group: 'jonge gezinnen', date: '2027-02-01' });

    const record = await openConversation(e, first.token, first.conversation.id);
    addEntry(record.doc, {
      id: 'story-1',
      kind: 'story',
      speaker: 1,
      text: 'Het bankje bij de kerk is weg',
      createdAt: 1,
    });
    setResidents(record.doc, 6);
    const other = await openConversation(e, later.token, later.conversation.id);
    setResidents(other.doc, 5);
    await waitFor(async () =>
      expect(await storedEntries(e, first.conversation.id)).toHaveLength(1),
    );

    await waitFor(async () =>
      expect((await results()).conversations).toEqual({
        count: 2,
        residents: 11,
        groups: ['ouderen De Linde', 'ondernemers'],
      }),
    );
    expect(JSON.stringify(await results())).not.toContain('bankje');
  });
});
