/**
 * Shared set-up for the kopgroep and werkgroep tests (issue 6): an evening whose tables wrote on
 * their canvases and whose people signed up, then the personal links of what follows it.
 */
import type { ServerOptions } from '../server.js';
import * as Y from 'yjs';
import { expect } from 'vitest';
import { addNote } from '../../../shared/docs.js';
import { planFragmentName } from '../../../shared/plan-doc.js';
import type { PlanTextPart } from '../../../shared/plan-doc.js';
import type { StaffTheme, WorkingGroupSummary } from '../../../shared/model.js';
import type { ConsentPurpose } from '../../../shared/model.js';
import { connectSocket, flush, openSyncedDoc } from './helpers.js';
import type { ClientSocket, OpenDoc } from './helpers.js';
import { ok } from './evening.js';
import { confirmedEvening, groupOf } from './grouping-setup.js';
import type { ChoosingEvening } from './grouping-setup.js';
import { signupInput, tokenOf } from './signup-helpers.js';
import type { GroupingView } from '../../../shared/model.js';

export interface Volunteer {
  name: string;
  email: string;
  phone: string;
  themeId: string;
  /** The secret of their personal link, which also opens their werkgroep. */
  token: string;
  signupId: string;
}

export interface FollowUpEvening extends ChoosingEvening {
  view: GroupingView;
  /** The first theme (most tables) and the second. */
  themeA: StaffTheme;
  themeB: StaffTheme;
  /** Two for A (one shares their name, one does not), one for B. */
  volunteers: { a1: Volunteer; a2: Volunteer; b1: Volunteer };
}

/** Notes a table of theme A wrote, one with a phone number nobody moderated. */
export const TABLE_NOTES: { section: 'how' | 'needs' | 'helpers'; text: string }[] = [
  { section: 'how', text: 'Drempels bij de basisschool' },
  { section: 'needs', text: 'Geld voor borden' },
  { section: 'helpers', text: 'Bel Kees op 06 12345678' },
];

async function signUp(
  socket: ClientSocket,
  themeId: string,
  who: { name: string; email: string; phone: string },
  consents: Record<ConsentPurpose, boolean>,
): Promise<Volunteer> {
  const created = ok(
    await socket.emitWithAck('signup:create', signupInput(themeId, { ...who, consents })),
  );
  return { ...who, themeId, token: tokenOf(created.link), signupId: created.signup.id };
}

/** Eight phones at confirmed tables; a table of theme A wrote notes; three people signed up. */
export async function followUpEvening(options: ServerOptions = {}): Promise<FollowUpEvening> {
  const e = await confirmedEvening(8, options);
  const [themeA, themeB] = e.themes;
  const seat = e.seats.find((s) => groupOf(e.view, s.participantId).themeId === themeA.id)!;
  const table = groupOf(e.view, seat.participantId);
  const canvas = await openSyncedDoc(e.server.url, e.meetingId, seat.key, {
    kind: `canvas/${table.id}`,
  });
  TABLE_NOTES.forEach(({ section, text }, index) =>
    addNote(canvas.doc, { id: `note000${index}`, text, x: 0.2, y: 0.2, createdAt: index, section }),
  );
  await flush(canvas.provider);
  canvas.provider.destroy();
  // People sign up in phase `signup` (the server's phase rule for signup:create).
  ok(await e.regie.emitWithAck('phase:set', { phase: 'signup' }));
  const share = { contact: true, shareName: true, news: false };
  const hide = { contact: true, shareName: false, news: false };
  const volunteers = {
    a1: await signUp(
      e.seats[0].socket,
      themeA.id,
      { name: 'Gerrit Zonnebloem', email: 'gerrit.h8@example.nl', phone: '06 11112222' },
      share,
    ),
    a2: await signUp(
      e.seats[1].socket,
      themeA.id,
      { name: 'Ans Verborgen', email: 'ans.h8@example.nl', phone: '06 33334444' },
      hide,
    ),
    b1: await signUp(
      e.seats[2].socket,
      themeB.id,
      { name: 'Bram Beek', email: 'bram.h8@example.nl', phone: '06 55556666' },
      share,
    ),
  };
  // The server keeps phone numbers in international form.
  for (const v of Object.values(volunteers)) v.phone = `+31${v.phone.replace(/\s/g, '').slice(1)}`;
  return { ...e, themeA, themeB, volunteers };
}

/** Starts a theme's werkgroep from the Regie. */
export async function startWorkingGroup(
  e: FollowUpEvening,
  themeId: string,
): Promise<WorkingGroupSummary> {
  return ok(await e.regie.emitWithAck('workingGroup:create', { themeId }));
}

/** A kopgroep member invited by the Regie: their link's token and their connection. */
export async function kopgroepMember(e: FollowUpEvening, name = 'Henk Bakker') {
  const issued = ok(await e.regie.emitWithAck('coreGroup:invite', { name }));
  const token = tokenOf(issued.link);
  return { ...issued, token, socket: await connectSocket(e.server.url, token) };
}

/** Opens a werkgroep's plan as `token`, waiting for the first sync. */
export function openPlan(e: FollowUpEvening, token: string, workingGroupId: string) {
  return openSyncedDoc(e.server.url, e.meetingId, token, { kind: `plan/${workingGroupId}` });
}

/** Appends a paragraph with `text` to a part of the plan, as the editor's binding would. */
export function writeParagraph(plan: OpenDoc, part: PlanTextPart, text: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  const fragment = plan.doc.getXmlFragment(planFragmentName(part));
  fragment.insert(fragment.length, [paragraph]);
}

/** The visible text of a part of the plan (all its text nodes, in order). */
export function textOf(doc: Y.Doc, part: PlanTextPart): string {
  return doc
    .getXmlFragment(planFragmentName(part))
    .toString()
    .replace(/<[^>]*>/g, ' ');
}

/** Asserts nothing in `wire` carries a volunteer's contact details. */
export function expectNoContactDetails(wire: string, volunteers: Volunteer[]): void {
  for (const v of volunteers) {
    expect(wire).not.toContain(v.email);
    expect(wire).not.toContain(v.phone);
    expect(wire).not.toContain(v.phone.slice(3));
  }
}
