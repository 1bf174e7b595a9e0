/**
 * Set-up and editing steps for the werkgroep tests: an evening whose table wrote on its canvas
 * and whose two residents signed up (set up over Socket.IO and y-websocket, as nobody clicks for
 * it), and typing into a part of the plan as a member does.
 */
import type { Page } from 'playwright-core';
import { addNote } from '../../../shared/docs.js';
import { joinMeeting } from '../server.js';
import { connectSocket, flush, openSyncedDoc } from '../integration/helpers.js';
import { ok } from '../integration/evening.js';
import { signupInput } from '../integration/signup-helpers.js';
import type { Hall } from './browser.js';
import { preparedMeeting } from './room.js';

/**
 * One theme, one table of two residents who wrote `how` and `needs` on their canvas, then signed
 * up: Ans lets others see her name, Piet does not. The werkgroep is not started yet. Needs
 * `afterEach(cleanUp)` in the test file.
 */
export async function signedUpTable(hall: Hall, themeTitle: string, how: string, needs: string) {
  const url = hall.server.url;
  const meeting = await preparedMeeting(hall, [themeTitle]);
  const [theme] = meeting.themes;
  const regie = meeting.regie;

  // The evening, set up without clicking: two residents sit at one table and write.
  ok(await regie.emitWithAck('phase:set', { phase: 'choose' }));
  const residents = [];
  for (let i = 0; i < 2; i++) {
    const joined = await joinMeeting(url, meeting.code);
    const socket = await connectSocket(url, joined.key);
    ok(await socket.emitWithAck('preference:set', { first: theme.id, second: null }));
    residents.push({ key: joined.key, socket });
  }
  ok(await regie.emitWithAck('groups:propose', {}));
  ok(await regie.emitWithAck('groups:confirm', {}));
  const table = ok(await residents[0].socket.emitWithAck('group:mine', {}));
  if (!table) throw new Error('the resident has no table');
  const canvas = await openSyncedDoc(url, meeting.created.meeting.id, residents[0].key, {
    kind: `canvas/${table.groupId}`,
  });
  addNote(canvas.doc, {
    id: 'note-how-1',
    text: how,
    x: 0,
    y: 0,
    createdAt: 1,
    section: 'how',
  });
  addNote(canvas.doc, {
    id: 'note-needs-1',
    text: needs,
    x: 0,
    y: 0,
    createdAt: 2,
    section: 'needs',
  });
  await flush(canvas.provider);

  // Both sign up; Ans lets others see her name, Piet does not.
  ok(await regie.emitWithAck('phase:set', { phase: 'signup' }));
  const ans = ok(
    await residents[0].socket.emitWithAck(
      'signup:create',
      signupInput(theme.id, {
        name: 'Ans de Vries',
        consents: { contact: true, shareName: true, news: false },
      }),
    ),
  );
  const piet = ok(
    await residents[1].socket.emitWithAck(
      'signup:create',
      signupInput(theme.id, { name: 'Piet Jansen', email: 'piet@example.nl' }),
    ),
  );
  return { meeting, ans, piet };
}

/** The text box of one part of the plan. */
export const textOf = (page: Page, part: string) =>
  page.getByTestId(`plan-part-${part}`).getByRole('textbox');

/**
 * Types into a part's text where a member would: in its last paragraph (the template leaves an
 * empty one to write in), or at the very start as a new first line. Two people typing at the
 * same spot interleave their letters in any shared editor; in different spots nothing is lost.
 */
export async function typeInto(
  page: Page,
  part: string,
  where: 'start' | 'end',
  text: string,
): Promise<void> {
  const blocks = textOf(page, part).locator(':scope > *');
  if (where === 'end') {
    await blocks.last().click();
    await page.keyboard.press('End');
    await page.keyboard.type(text, { delay: 15 });
  } else {
    await blocks.first().click({ position: { x: 1, y: 4 } });
    await page.keyboard.press('Home');
    await page.keyboard.type(text, { delay: 15 });
    await page.keyboard.press('Enter');
  }
}
