import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, record, waitFor } from '../helpers/integration/helpers.js';
import {
  evening,
  ok,
  phone,
  publishedTheme,
  roundTrip,
  themeInput,
} from '../helpers/integration/evening.js';

afterEach(cleanUp);

describe('the tables on the hall screen', () => {
  it('shows confirmed tables to the projector only, with place and theme but never members', async () => {
    const e = await evening();
    const groen = await publishedTheme(e.regie, themeInput('Groen en spelen'));
    const phones = await Promise.all(Array.from({ length: 5 }, () => phone(e)));
    ok(await e.regie.emitWithAck('phase:set', { phase: 'choose' }));
    for (const p of phones) {
      ok(await p.socket.emitWithAck('preference:set', { first: groen.id, second: null }));
    }
    const screenSaw = record(e.beamer, 'tables:changed');
    const phoneSaw = record(phones[0].socket, 'tables:changed');

    // A proposal is the Regie's alone: the hall's screen learns nothing from it.
    const proposal = ok(await e.regie.emitWithAck('groups:propose', {}));
    const [table] = proposal.groups;
    expect(ok(await e.beamer.emitWithAck('groups:tables', {}))).toEqual([]);
    await waitFor(() => expect(screenSaw.at(-1)).toEqual({ tables: [] }));

    ok(await e.regie.emitWithAck('group:rename', { groupId: table.id, tableName: 'bij de bar' }));
    ok(await e.regie.emitWithAck('groups:confirm', {}));
    const expected = [
      {
        groupId: table.id,
        themeId: groen.id,
        suffix: '',
        tableNumber: table.tableNumber,
        tableName: 'bij de bar',
      },
    ];
    await waitFor(() => expect(screenSaw.at(-1)).toEqual({ tables: expected }));
    expect(ok(await e.beamer.emitWithAck('groups:tables', {}))).toEqual(expected);

    // Nothing about who sits where reaches the screen, and phones are not sent the list.
    const numbers = phones.map((p) => p.participantNumber);
    for (const seen of screenSaw) {
      const text = JSON.stringify(seen);
      expect(text).not.toMatch(/participantId|members|displayName/);
      for (const n of numbers) expect(text).not.toContain(`"number":${n}`);
    }
    await roundTrip(phones[0].socket);
    expect(phoneSaw).toEqual([]);
  });
});
