/**
 * Shared set-up for the subgroup tests (issue 5): a meeting with four published themes and a
 * hall of phones that chose a first and second theme, then helpers to propose and confirm.
 */
import type { ServerOptions } from '../server.js';
import { expect } from 'vitest';
import { evening, ok, participantIdOf, phone, publishedTheme, themeInput } from './evening.js';
import type { Evening, Phone } from './evening.js';
import type { PreferenceChoice } from '../../../shared/protocol.js';
import type { GroupingView, StaffTheme, Subgroup } from '../../../shared/model.js';

export interface Seat extends Phone {
  participantId: string;
  choice: PreferenceChoice;
}

export interface ChoosingEvening extends Evening {
  themes: StaffTheme[];
  seats: Seat[];
}

/**
 * A lopsided hall, as real ones are: most want the first theme, one person the fourth (too few
 * for a table of four, even with the two who do not mind, so it is folded into second choices).
 */
export function choiceFor(index: number, themes: StaffTheme[]): PreferenceChoice {
  const [a, b, c, d] = themes.map((t) => t.id);
  if (index < 25) return { first: a, second: b };
  if (index < 43) return { first: b, second: c };
  if (index < 57) return { first: c, second: a };
  if (index < 58) return { first: d, second: b };
  return { first: null, second: null };
}

export async function choosingEvening(
  count = 60,
  options: ServerOptions = {},
): Promise<ChoosingEvening> {
  const e = await evening(options);
  const themes: StaffTheme[] = [];
  for (const title of ['Groen en spelen', 'Verkeer', 'Samen eten', 'Zorg dichtbij']) {
    themes.push(await publishedTheme(e.regie, themeInput(title)));
  }
  // Phones choose in phase `choose` (the server's phase rule for preference:set).
  ok(await e.regie.emitWithAck('phase:set', { phase: 'choose' }));
  const seats: Seat[] = [];
  for (let start = 0; start < count; start += 20) {
    const batch = Array.from({ length: Math.min(20, count - start) }, (_, k) => start + k);
    seats.push(
      ...(await Promise.all(
        batch.map(async (index) => {
          const p = await phone(e);
          const choice = choiceFor(index, themes);
          ok(await p.socket.emitWithAck('preference:set', choice));
          return { ...p, participantId: await participantIdOf(e.server, p.key), choice };
        }),
      )),
    );
  }
  return { ...e, themes, seats };
}

export async function propose(e: Evening): Promise<GroupingView> {
  return ok(await e.regie.emitWithAck('groups:propose', {}));
}

export async function confirmedEvening(
  count = 60,
  options: ServerOptions = {},
): Promise<ChoosingEvening & { view: GroupingView }> {
  const e = await choosingEvening(count, options);
  await propose(e);
  return { ...e, view: ok(await e.regie.emitWithAck('groups:confirm', {})) };
}

/** The table a participant sits at in a view; fails the test when there is none. */
export function groupOf(view: GroupingView, participantId: string): Subgroup {
  const group = view.groups.find((g) => g.members.some((m) => m.participantId === participantId));
  expect(group, `participant ${participantId} has no table`).toBeDefined();
  return group!;
}

/** Every participant id in a view, as often as it occurs. */
export function placedIds(view: GroupingView): string[] {
  return view.groups.flatMap((g) => g.members.map((m) => m.participantId));
}
