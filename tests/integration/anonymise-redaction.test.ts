/**
 * The anonymiser's harder findings (issue 11, item 19) reach what the room and the files keep:
 * a table's notes nobody moderated are redacted in the results (Beamer, verslag) and, when the
 * notes' retention ends, in the canvas itself. Initials with a surname, a house number with an
 * addition, a street without a usual ending, an age in brackets and a house described by where
 * it is.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { addNote, readNotes } from '../../shared/docs.js';
import { cleanUp, flush, openSyncedDoc } from '../helpers/integration/helpers.js';
import { confirmedEvening, groupOf } from '../helpers/integration/grouping-setup.js';
import { withToken } from '../helpers/integration/signup-helpers.js';

afterEach(cleanUp);

const EVENING = Date.UTC(2026, 11, 1, 20, 0);

const NOTES = [
  'H. de Groot van Achterom 22B wil de moestuin trekken',
  'Kees (82) weet waar de sleutel van het hek is',
  'De flat boven de bakker, tweede links, heeft een grote tuin',
  'J.P. van Dijk op Brink 4 heeft een aanhanger',
  'Meer bankjes op de Brink en bij de markt',
];
const REDACTED = [
  '[naam] van [adres] wil de moestuin trekken',
  '[naam] ([leeftijd]) weet waar de sleutel van het hek is',
  '[woning], heeft een grote tuin',
  '[naam] op [adres] heeft een aanhanger',
  // An ordinary note about the village square keeps its words.
  'Meer bankjes op de Brink en bij de markt',
];
const PERSONAL = [
  'de Groot',
  'Achterom 22B',
  'Kees',
  '82',
  'boven de bakker',
  'van Dijk',
  'Brink 4',
];

describe('redacting the harder kinds of personal data in table notes', () => {
  it('keeps them out of the results and removes them from the canvas when the notes’ retention ends', async () => {
    let now = EVENING;
    const e = await confirmedEvening(8, { clock: () => now });
    const seat = e.seats[0];
    const table = groupOf(e.view, seat.participantId);
    const canvas = await openSyncedDoc(e.server.url, e.meetingId, seat.key, {
      kind: `canvas/${table.id}`,
    });
    NOTES.forEach((text, index) =>
      addNote(canvas.doc, {
        id: `note100${index}`,
        text,
        x: 0.2,
        y: 0.2,
        createdAt: index,
        section: 'helpers',
      }),
    );
    await flush(canvas.provider);
    canvas.provider.destroy();

    // The verslag's data, as the Regie fetches it.
    const results = async () => {
      const res = await withToken(
        e.server.url,
        `/meetings/${e.meetingId}/results`,
        e.facilitatorToken,
      );
      expect(res.status).toBe(200);
      const data = (
        (await res.json()) as {
          data: { themes: { groups: { groupId: string; sections: { helpers: string[] } }[] }[] };
        }
      ).data;
      return data.themes.flatMap((t) => t.groups).find((g) => g.groupId === table.id)!.sections
        .helpers;
    };
    expect(await results()).toEqual(REDACTED);

    // Three months after the evening the four notes with personal data are anonymised in place.
    now = Date.UTC(2027, 2, 1);
    expect(await e.server.app.retention.runAll()).toMatchObject({ notes: 4 });
    const after = await openSyncedDoc(e.server.url, e.meetingId, e.facilitatorToken, {
      kind: `canvas/${table.id}`,
    });
    const texts = readNotes(after.doc).map((note) => note.text);
    after.provider.destroy();
    expect(texts).toEqual(REDACTED);
    for (const text of PERSONAL) expect(texts.join('\n')).not.toContain(text);
    expect(await results()).toEqual(REDACTED);
  });
});
