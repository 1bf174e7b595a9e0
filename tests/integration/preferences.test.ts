import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, record, waitFor } from '../helpers/integration/helpers.js';
import {
  evening,
  ok,
  phone,
  publishedTheme,
  refusal,
  themeInput,
} from '../helpers/integration/evening.js';
import type { PreferenceCounts } from '../../shared/protocol.js';

afterEach(cleanUp);

describe('choosing themes for the subgroups', () => {
  it('keeps one first and second choice per person and shows live counts to the facilitator only', async () => {
    const e = await evening();
    const verkeer = await publishedTheme(e.regie, themeInput('Verkeer op de Dorpsstraat'));
    const groen = await publishedTheme(e.regie, themeInput('Groen en spelen'));
    const counted = record(e.regie, 'preferences:counted');
    const beamerSaw = record(e.beamer, 'preferences:counted');
    const phones = await Promise.all([phone(e), phone(e), phone(e)]);
    const phoneSaw = record(phones[0].socket, 'preferences:counted');
    ok(await e.regie.emitWithAck('phase:set', { phase: 'choose' }));

    ok(
      await phones[0].socket.emitWithAck('preference:set', { first: verkeer.id, second: groen.id }),
    );
    ok(await phones[1].socket.emitWithAck('preference:set', { first: groen.id, second: null }));
    ok(await phones[2].socket.emitWithAck('preference:set', { first: null, second: null }));
    // Changing one's mind replaces the earlier choice.
    ok(await phones[1].socket.emitWithAck('preference:set', { first: verkeer.id, second: null }));

    const expected: PreferenceCounts = {
      themes: { [verkeer.id]: { first: 2, second: 0 }, [groen.id]: { first: 0, second: 1 } },
      noPreference: 1,
      total: 3,
    };
    expect(ok(await e.regie.emitWithAck('preference:counts', {}))).toEqual(expected);
    await waitFor(() => expect(counted.at(-1)).toEqual({ counts: expected }));
    expect(beamerSaw).toEqual([]);
    expect(phoneSaw).toEqual([]);

    // After a reconnect the phone gets its own choice back.
    expect(ok(await phones[1].socket.emitWithAck('preference:mine', {}))).toEqual({
      first: verkeer.id,
      second: null,
    });
  });

  it('refuses an unpublished theme, the same theme twice, and choosing for someone else', async () => {
    const e = await evening();
    const shown = await publishedTheme(e.regie, themeInput('Zorg dichtbij'));
    const draft = ok(await e.regie.emitWithAck('theme:create', themeInput('Nog geheim')));
    const p = await phone(e);
    ok(await e.regie.emitWithAck('phase:set', { phase: 'choose' }));

    expect(
      refusal(await p.socket.emitWithAck('preference:set', { first: draft.id, second: null })),
    ).toBe('NOT_FOUND');
    expect(
      refusal(await p.socket.emitWithAck('preference:set', { first: shown.id, second: draft.id })),
    ).toBe('NOT_FOUND');
    expect(
      refusal(await p.socket.emitWithAck('preference:set', { first: shown.id, second: shown.id })),
    ).toBe('INVALID_PAYLOAD');
    const other = await phone(e);
    const participantId = (await e.server.app.services.meetings.resolveToken(other.key))!
      .participantId!;
    expect(
      refusal(
        await p.socket.emitWithAck('preference:set', {
          first: shown.id,
          second: null,
          onBehalfOf: participantId,
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(refusal(await e.beamer.emitWithAck('preference:counts', {}))).toBe('FORBIDDEN');
    expect(ok(await e.regie.emitWithAck('preference:counts', {}))).toEqual({
      themes: {},
      noPreference: 0,
      total: 0,
    });
  });
});
