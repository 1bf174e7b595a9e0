/**
 * Set-up for the return-room test: what nobody clicks for (the evening, its werkgroep and plan,
 * a kopgroep member who creates and leads a return meeting) goes over sockets and y-websocket.
 */
import * as Y from 'yjs';
import { joinMeeting } from '../server.js';
import { connectSocket, flush, openSyncedDoc } from '../integration/helpers.js';
import { ok } from '../integration/evening.js';
import { signupInput, tokenOf } from '../integration/signup-helpers.js';
import { writeParagraph } from '../integration/follow-up-setup.js';
import { addAction, planFragmentName } from '../../../shared/plan-doc.js';
import type { Hall } from './browser.js';
import { preparedMeeting } from './room.js';

export const GOAL = 'Een veilige oversteek bij de basisschool, voor de zomer.';
export const NEEDED = 'Borden, verf en hulp van de gemeente.';
export const ACTION = 'Gesprek met de wethouder plannen';
export const PLANNING = [
  ['Maart: ', 'tellen hoeveel kinderen oversteken'],
  ['April: ', 'gesprek met de school'],
];

/**
 * The evening after it ended, set up over sockets as nobody clicks for it: one werkgroep started
 * from a sign-up, its plan written, and Henk of the kopgroep, who creates and leads the return
 * meeting. Resolves with the return meeting, Henk's console socket and the Beamer's address
 * (opened with Henk's own link, as his console's "Beamer openen" does).
 */
export async function returnMeetingReady(hall: Hall) {
  const url = hall.server.url;
  const evening = await preparedMeeting(hall, ['Veilig verkeer']);
  const regie = evening.regie;
  ok(await regie.emitWithAck('phase:set', { phase: 'signup' }));
  const resident = await connectSocket(url, (await joinMeeting(url, evening.code)).key);
  const signup = ok(
    await resident.emitWithAck(
      'signup:create',
      signupInput(evening.themes[0].id, {
        name: 'Anna de Vries',
        email: 'anna.h16@voorbeeld.nl',
        consents: { contact: true, shareName: true, news: false },
      }),
    ),
  );
  const group = ok(
    await regie.emitWithAck('workingGroup:create', { themeId: evening.themes[0].id }),
  );
  const plan = await openSyncedDoc(url, evening.created.meeting.id, tokenOf(signup.link), {
    kind: `plan/${group.id}`,
  });
  writeParagraph(plan, 'goal', GOAL);
  writeParagraph(plan, 'needed', NEEDED);
  // The planning as a list with a bold word, as the editor's toolbar writes it.
  // Built before it joins the document: a Yjs type outside a document must not be read.
  const items = PLANNING.map(([plain, bold]) => {
    const line = new Y.XmlText();
    line.insert(0, plain);
    line.insert(plain.length, bold, { bold: {} });
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [line]);
    const item = new Y.XmlElement('listItem');
    item.insert(0, [paragraph]);
    return item;
  });
  const list = new Y.XmlElement('bulletList');
  list.insert(0, items);
  plan.doc.getXmlFragment(planFragmentName('planning')).insert(0, [list]);
  addAction(plan.doc, {
    id: 'action1',
    what: ACTION,
    who: 'Anna',
    due: '2027-04-01',
    status: 'doing',
  });
  await flush(plan.provider);

  const henk = ok(await regie.emitWithAck('coreGroup:invite', { name: 'Henk' }));
  const henkToken = tokenOf(henk.link);
  const kopgroep = await connectSocket(url, henkToken);
  const meeting = ok(
    await kopgroep.emitWithAck('returnMeeting:create', {
      name: 'Terugkombijeenkomst voorjaar',
      date: '2027-03-10',
      place: 'Dorpshuis De Schakel',
    }),
  );
  const leader = await connectSocket(url, henkToken, {
    auth: { token: henkToken, meetingId: meeting.id },
  });
  const beamerPath = `/b/${meeting.id}#${henkToken}`;
  const memberToken = tokenOf(signup.link);
  return { meeting, group, leader, kopgroep, henkToken, beamerPath, evening, memberToken };
}
