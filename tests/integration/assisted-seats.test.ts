import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, connectSocket, record, waitFor } from '../helpers/integration/helpers.js';
import { evening, ok, phone, publishedTheme, themeInput } from '../helpers/integration/evening.js';
import type { Evening } from '../helpers/integration/evening.js';
import type { AssistedPerson } from '../../shared/protocol.js';
import { groupOf } from '../helpers/integration/grouping-setup.js';

afterEach(cleanUp);

/** A tafelhulp's tablet, connected with the link the Regie made for it. */
async function tableHost(e: Evening, label: string) {
  const created = ok(await e.regie.emitWithAck('tablehost:create', { label }));
  return connectSocket(e.server.url, created.token);
}

const tablesOf = (people: AssistedPerson[]) =>
  people.map((p) => (p.table ? `${p.number}:${p.table.tableNumber}:${p.table.tableName}` : null));

describe('residents entered by a tafelhulp at the tables', () => {
  it('groups them by the choice the tafelhulp entered and tells only that tafelhulp where they sit', async () => {
    const e = await evening();
    const green = await publishedTheme(e.regie, themeInput('Groen en spelen'));
    const traffic = await publishedTheme(e.regie, themeInput('Verkeer'));
    ok(await e.regie.emitWithAck('phase:set', { phase: 'choose' }));
    const phones = [];
    for (const theme of [green, green, green, green, green, traffic, traffic, traffic, traffic]) {
      const p = await phone(e);
      ok(await p.socket.emitWithAck('preference:set', { first: theme.id, second: null }));
      phones.push(p);
    }
    const host = await tableHost(e, 'Tafel 5');
    const other = await tableHost(e, 'Tafel bij de bar');
    const hostHeard = record(host, 'assisted:seated');
    const otherHeard = record(other, 'assisted:seated');
    const phoneHeard = record(phones[0].socket, 'assisted:seated');
    const beamerHeard = record(e.beamer, 'assisted:seated');

    // Two residents choose Verkeer through the tafelhulp, a third (elsewhere) chooses nothing.
    const residents = [ok(await host.emitWithAck('assisted:add', {}))];
    residents.push(ok(await host.emitWithAck('assisted:add', {})));
    for (const resident of residents) {
      expect(resident.table).toBeNull();
      ok(
        await host.emitWithAck('preference:set', {
          first: traffic.id,
          second: green.id,
          onBehalfOf: resident.participantId,
        }),
      );
    }
    expect(
      ok(await host.emitWithAck('preference:mine', { onBehalfOf: residents[0].participantId })),
    ).toEqual({ first: traffic.id, second: green.id });
    const loner = ok(await other.emitWithAck('assisted:add', {}));

    // The proposal seats them at Verkeer, their first choice, like the phones that chose it.
    const proposal = ok(await e.regie.emitWithAck('groups:propose', {}));
    for (const resident of residents) {
      const table = groupOf(proposal, resident.participantId);
      expect(table.themeId).toBe(traffic.id);
      expect(table.members.find((m) => m.participantId === resident.participantId)?.got).toBe(
        'first',
      );
    }
    // Nothing is told before the Regie confirms.
    expect(tablesOf(ok(await host.emitWithAck('assisted:list', {})))).toEqual([null, null]);

    const confirmed = ok(await e.regie.emitWithAck('groups:confirm', {}));
    const trafficTable = groupOf(confirmed, residents[0].participantId);
    ok(
      await e.regie.emitWithAck('group:rename', {
        groupId: trafficTable.id,
        tableName: 'bij het raam',
      }),
    );
    const expected = residents.map((r) => `${r.number}:${trafficTable.tableNumber}:bij het raam`);
    await waitFor(() => expect(tablesOf(hostHeard.at(-1)!.people)).toEqual(expected));
    expect(hostHeard.at(-1)!.people[0].table!.themeTitle).toBe('Verkeer');
    expect(tablesOf(ok(await host.emitWithAck('assisted:list', {})))).toEqual(expected);

    // Each tafelhulp hears only its own residents; phones and the hall's screen hear nothing.
    await waitFor(() => expect(otherHeard.at(-1)?.people.length).toBe(1));
    expect(otherHeard.at(-1)!.people[0].participantId).toBe(loner.participantId);
    for (const heard of hostHeard) {
      expect(heard.people.map((p) => p.participantId)).not.toContain(loner.participantId);
    }
    expect(phoneHeard).toEqual([]);
    expect(beamerHeard).toEqual([]);

    // The Regie moves one of them: the tafelhulp hears the new table at once.
    const greenTable = confirmed.groups.find((g) => g.themeId === green.id)!;
    ok(
      await e.regie.emitWithAck('group:move', {
        participantId: residents[1].participantId,
        groupId: greenTable.id,
      }),
    );
    await waitFor(() =>
      expect(hostHeard.at(-1)!.people[1].table?.tableNumber).toBe(greenTable.tableNumber),
    );
  });

  it('seats a resident added once the choosing is over at once, and tells the tafelhulp', async () => {
    const e = await evening();
    const green = await publishedTheme(e.regie, themeInput('Groen en spelen'));
    ok(await e.regie.emitWithAck('phase:set', { phase: 'choose' }));
    for (let i = 0; i < 4; i++) {
      const p = await phone(e);
      ok(await p.socket.emitWithAck('preference:set', { first: green.id, second: null }));
    }
    ok(await e.regie.emitWithAck('groups:propose', {}));
    const view = ok(await e.regie.emitWithAck('groups:confirm', {}));
    ok(await e.regie.emitWithAck('phase:set', { phase: 'subgroups' }));

    const host = await tableHost(e, 'Tafel 5');
    const latecomer = ok(await host.emitWithAck('assisted:add', {}));
    expect(latecomer.table?.tableNumber).toBe(view.groups[0].tableNumber);
    expect(latecomer.table?.themeTitle).toBe('Groen en spelen');
    const after = ok(await e.regie.emitWithAck('groups:get', {}));
    expect(after.unplaced).toEqual([]);
  });
});
