/**
 * The evening's views, in the order the room goes through them: the set-up nobody clicks for
 * goes over the real Socket.IO and y-websocket protocol, each view is opened in Chromium at its
 * natural size and captured once the meeting is where that view is worth seeing.
 */
import type { Page } from 'playwright-core';
import { addNote } from '../../shared/docs.js';
import { formatJoinCode } from '../../shared/join-code.js';
import { LAPTOP, PHONE, PROJECTOR } from '../../tests/helpers/e2e/browser.js';
import { ORGANISER_TOKEN, createMeeting } from '../../tests/helpers/server.js';
import { connectSocket, flush, openSyncedDoc } from '../../tests/helpers/integration/helpers.js';
import { ok, phone, publishedTheme, themeInput } from '../../tests/helpers/integration/evening.js';
import type { Phone } from '../../tests/helpers/integration/evening.js';
import { signupInput } from '../../tests/helpers/integration/signup-helpers.js';
import type { Attendee, Snapshot } from './session.js';

/** Waits until the page shows `text` (in an element with this test id, when given). */
export async function shows(page: Page, text: string, testId?: string): Promise<void> {
  const where = testId ? page.getByTestId(testId) : page.locator('body');
  await where.filter({ hasText: text }).first().waitFor({ timeout: 15_000 });
}

/** Opens a Regie tab by its id (ConsoleTabs gives each tab the id `tab-<id>`). */
export async function regieTab(page: Page, tab: string): Promise<void> {
  await page.locator(`#tab-${tab}`).click();
  await page.locator(`#panel-${tab}`).waitFor();
}

/** What the follow-up views need from the evening. */
export interface EveningResult {
  regie: Awaited<ReturnType<typeof connectSocket>>;
  meetingId: string;
  facilitatorToken: string;
  themeId: string;
  signupLink: string;
}

export async function eveningViews(s: Snapshot): Promise<EveningResult> {
  await s.view(LAPTOP, `/organiser#${ORGANISER_TOKEN}`, 'organiser', (page) =>
    page.getByRole('button', { name: 'Bijeenkomst maken' }).waitFor(),
  );
  await s.view(PHONE, '/', 'phone-join', (page) =>
    page.getByLabel('Code van de bijeenkomst').waitFor(),
  );

  const created = await createMeeting(s.url);
  const code = created.meeting.joinCode;
  s.secret(formatJoinCode(code), 'KKK-QQQ');
  s.secret(code, 'KKKQQQ');
  s.secret(created.facilitatorToken, 'facilitator-token');
  s.secret(created.projectorToken, 'projector-token');
  s.secret(created.meeting.id, 'meeting-id');
  const regieUrl = `/r#${created.facilitatorToken}`;
  const beamerUrl = `/b#${created.projectorToken}`;
  const regie = await connectSocket(s.url, created.facilitatorToken);
  const titles = [
    ['Groen en spelen', 'Bewoners willen meer groen en plekken om te spelen.'],
    ['Verkeer en veiligheid', 'Er wordt te hard gereden in de Dorpsstraat.'],
    ['Samen eten', 'Ouderen eten vaak alleen.'],
  ];
  const themes = [];
  for (const [title, description] of titles) {
    s.tick();
    themes.push(await publishedTheme(regie, themeInput(title, [], description)));
  }
  const [groen, verkeer] = themes;

  // One resident joins in the browser by the QR link; later views open with the same key.
  s.tick();
  let resident: Attendee = { code, key: '' };
  await s.view(PHONE, `/j/${code}`, 'phone-lobby', async (page) => {
    await shows(page, 'Welkom', 'phase-title');
    await page.getByTestId('phase-news').waitFor({ state: 'attached' });
    const key = await page.evaluate(`localStorage.getItem('buurtkracht.key.${code}')`);
    resident = { code, key: String(key) };
  });
  // Six more phones over the protocol, so counts, votes and tables have people in them.
  const phones: Phone[] = [];
  for (let i = 0; i < 6; i++) {
    s.tick();
    phones.push(await phone({ server: s.server, joinCode: code }));
  }
  await s.view(PROJECTOR, beamerUrl, 'beamer-lobby', (page) =>
    shows(page, '7 in de zaal', 'attendee-count'),
  );
  await s.view(LAPTOP, regieUrl, 'regie-lobby', (page) =>
    shows(page, '7 in de zaal', 'console-attendee-count'),
  );

  s.tick(60);
  ok(await regie.emitWithAck('phase:set', { phase: 'recognition' }));
  for (const theme of themes) {
    s.tick();
    ok(await regie.emitWithAck('recognition:control', { themeId: theme.id, open: true }));
  }
  s.tick();
  ok(await regie.emitWithAck('focus:set', { themeId: groen.id }));
  const answers = ['yes', 'yes', 'partly', 'no', 'yes', 'partly'] as const;
  for (const [i, p] of phones.entries()) {
    s.tick();
    ok(await p.socket.emitWithAck('vote:cast', { themeId: groen.id, answer: answers[i] }));
  }
  const sent = [
    [phones[0], groen.id, 'Een moestuin bij de school'],
    [phones[1], verkeer.id, 'Fietsers op de stoep bij de bakker'],
    [phones[2], null, 'Vaker zo een avond'],
  ] as const;
  for (const [i, [p, themeId, text]] of sent.entries()) {
    s.tick();
    // Fixed addition ids: the phone chooses them, and the Regie lists by them.
    const id = `addition-snapshot-${i}`;
    ok(await p.socket.emitWithAck('addition:send', { id, themeId, text }));
    if (i === 0) ok(await regie.emitWithAck('addition:moderate', { action: 'approve', id }));
  }
  const phase = (title: string) => (page: Page) => shows(page, title, 'phase-title');
  await s.view(PHONE, `/j/${code}`, 'phone-recognition', phase('Herkent u dit?'), resident);
  await s.view(PROJECTOR, beamerUrl, 'beamer-recognition', (page) =>
    shows(page, 'Groen en spelen', 'theme-title'),
  );
  await s.view(LAPTOP, regieUrl, 'regie-recognition', (page) =>
    shows(page, 'Herkent u dit?', 'console-phase'),
  );
  s.tick();
  const host = ok(await regie.emitWithAck('tablehost:create', { label: 'Tafel bij het raam' }));
  s.secret(host.token, 'table-host-token');
  await s.view(PHONE, `/t#${host.token}`, 'tafelhulp', phase('Herkent u dit?'));
  for (const tab of ['themes', 'additions']) {
    await s.view(LAPTOP, regieUrl, `regie-${tab}`, (page) => regieTab(page, tab));
  }

  s.tick(600);
  ok(await regie.emitWithAck('phase:set', { phase: 'choose' }));
  for (const [i, p] of phones.entries()) {
    s.tick();
    const [first, second] = i < 3 ? [groen.id, verkeer.id] : [verkeer.id, groen.id];
    ok(await p.socket.emitWithAck('preference:set', { first, second }));
  }
  await s.view(PHONE, `/j/${code}`, 'phone-choose', phase('Kies een thema'), resident);
  s.tick();
  ok(await regie.emitWithAck('groups:propose', { minSize: 3, maxSize: 6, seed: 1 }));
  await s.view(LAPTOP, regieUrl, 'regie-grouping', (page) => shows(page, 'Groepjes vastzetten'));
  s.tick();
  ok(await regie.emitWithAck('groups:confirm', {}));

  s.tick(60);
  ok(await regie.emitWithAck('phase:set', { phase: 'subgroups' }));
  const table = ok(await phones[0].socket.emitWithAck('group:mine', {}));
  if (!table) throw new Error('the first phone has no table');
  const canvas = await openSyncedDoc(s.url, created.meeting.id, phones[0].key, {
    kind: table.canvasDoc.slice(created.meeting.id.length + 1),
  });
  const notes = [
    ['how', 'Samen met de school een moestuin beginnen'],
    ['how', 'Elke maand een klusdag in het park'],
    ['needs', 'Grond van de gemeente'],
    ['helpers', 'De buurtvereniging'],
  ] as const;
  for (const [i, [section, text]] of notes.entries()) {
    addNote(canvas.doc, { id: `note-${i}`, text, x: 0.2, y: 0.2, createdAt: i + 1, section });
  }
  await flush(canvas.provider);
  // The table's canvas on the phone of a resident who sits at it.
  await s.view(
    PHONE,
    `/j/${code}`,
    'phone-table',
    (page) => page.getByTestId('canvas-note-text').first().waitFor({ timeout: 15_000 }),
    { code, key: phones[0].key },
  );
  await s.view(PROJECTOR, beamerUrl, 'beamer-subgroups', (page) => shows(page, 'Zoek uw tafel'));

  s.tick(1200);
  ok(await regie.emitWithAck('phase:set', { phase: 'signup' }));
  let signupLink = '';
  for (const [i, theme] of [groen, groen, verkeer].entries()) {
    s.tick();
    const name = ['Ans de Vries', 'Piet Jansen', 'Fatima El Amrani'][i];
    const signup = ok(
      await phones[i].socket.emitWithAck(
        'signup:create',
        signupInput(theme.id, {
          name,
          email: `snapshot-${i}@voorbeeld.nl`,
          consents: { contact: true, shareName: i !== 1, news: false },
        }),
      ),
    );
    if (i === 0) signupLink = signup.link;
    s.secret(new URL(signup.link).hash.slice(1), `signup-token-${i}`);
  }
  await s.view(PHONE, `/j/${code}`, 'phone-signup', phase('Meedoen in een werkgroep'), resident);

  s.tick(600);
  ok(await regie.emitWithAck('phase:set', { phase: 'results' }));
  await s.view(PROJECTOR, beamerUrl, 'beamer-results', (page) =>
    shows(page, 'Wat we vanavond hebben gedaan'),
  );
  await s.view(LAPTOP, regieUrl, 'regie-results', (page) =>
    shows(page, 'De resultaten', 'console-phase'),
  );
  await s.view(PHONE, `/j/${code}`, 'phone-results', phase('De resultaten'), resident);
  await s.view(
    LAPTOP,
    `/verslag/${created.meeting.id}#${created.facilitatorToken}`,
    'verslag',
    (page) => page.getByRole('heading', { level: 1 }).waitFor(),
  );
  return {
    regie,
    meetingId: created.meeting.id,
    facilitatorToken: created.facilitatorToken,
    themeId: groen.id,
    signupLink,
  };
}
