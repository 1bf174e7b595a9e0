/**
 * A second evening, after every other view was captured, for the states the first evening's
 * views pass by: a welcome board with notes and a room message, a theme with personal data
 * found in it, a projected theme, a revealed tally, a moderator editing an addition, a grouping
 * being adjusted, the tables while they work, a tafelhulp with people to fill in for, a sign-up
 * done and a theme's results on the Beamer. A style refactor of those components is proven too.
 */
import type { Page } from 'playwright-core';
import { addNote } from '../../shared/docs.js';
import { formatJoinCode } from '../../shared/join-code.js';
import { LAPTOP, PHONE, PROJECTOR } from '../../tests/helpers/e2e/browser.js';
import { createMeeting } from '../../tests/helpers/server.js';
import { connectSocket, flush, openSyncedDoc } from '../../tests/helpers/integration/helpers.js';
import { ok, phone, publishedTheme, themeInput } from '../../tests/helpers/integration/evening.js';
import type { Phone } from '../../tests/helpers/integration/evening.js';
import { signupInput } from '../../tests/helpers/integration/signup-helpers.js';
import { regieTab, shows } from './evening-views.js';
import type { Snapshot } from './session.js';

export async function eveningStatesViews(s: Snapshot): Promise<void> {
  s.tick(24 * 3600);
  const created = await createMeeting(s.url);
  const { id: meetingId, joinCode: code } = created.meeting;
  s.secret(formatJoinCode(code), 'BBB-BBB');
  s.secret(code, 'BBBBBB');
  s.secret(created.facilitatorToken, 'facilitator-token-b');
  s.secret(created.projectorToken, 'projector-token-b');
  s.secret(meetingId, 'meeting-b-id');
  const regieUrl = `/r#${created.facilitatorToken}`;
  const beamerUrl = `/b#${created.projectorToken}`;
  const regie = await connectSocket(s.url, created.facilitatorToken);
  s.tick();
  const buurt = await publishedTheme(
    regie,
    themeInput('Buurthuis open', [], 'Het buurthuis is te weinig open.'),
  );
  s.tick();
  const jongeren = await publishedTheme(regie, themeInput('Jongeren', [], 'Er is weinig te doen.'));
  s.tick();
  // Personal data in a quote: the Regie sees it flagged before the theme can be published.
  ok(
    await regie.emitWithAck(
      'theme:create',
      themeInput('Eenzaamheid', ['Mevrouw Jansen van nummer 12 komt nooit buiten.'], ''),
    ),
  );

  const phones: Phone[] = [];
  for (let i = 0; i < 5; i++) {
    s.tick();
    phones.push(await phone({ server: s.server, joinCode: code }));
  }
  const resident = { code, key: phones[0].key };
  const welcome = await openSyncedDoc(s.url, meetingId, created.facilitatorToken, {
    kind: 'welcome',
  });
  const hellos = [
    ['Welkom allemaal!', 'yellow'],
    ['Fijn dat er koffie is', 'green'],
    ['Ik woon hier al 40 jaar', 'blue'],
  ] as const;
  for (const [i, [text, colour]] of hellos.entries()) {
    addNote(welcome.doc, {
      id: `hello-${i}`,
      text,
      x: 0.15 + i * 0.3,
      y: 0.3,
      colour,
      createdAt: i,
    });
  }
  await flush(welcome.provider);
  welcome.provider.destroy();
  s.tick();
  ok(await regie.emitWithAck('message:send', { text: 'De koffie staat klaar in de hal.' }));
  await s.view(PROJECTOR, beamerUrl, 'b-beamer-lobby', (page) => shows(page, 'Welkom allemaal!'));
  await s.view(PHONE, `/j/${code}`, 'b-phone-lobby', (page) => shows(page, 'koffie'), resident);
  await s.view(LAPTOP, regieUrl, 'b-regie-theme', async (page) => {
    await regieTab(page, 'themes');
    await page.getByTestId('theme-item').filter({ hasText: 'Eenzaamheid' }).click();
    await shows(page, 'Mevrouw Jansen');
  });
  await s.view(LAPTOP, regieUrl, 'b-regie-theme-new', async (page) => {
    await regieTab(page, 'themes');
    await page.getByTestId('theme-new').click();
    await page.locator('#panel-themes form').first().waitFor();
  });
  s.tick();
  ok(await regie.emitWithAck('message:send', { text: null }));

  s.tick(300);
  ok(await regie.emitWithAck('phase:set', { phase: 'themes' }));
  ok(await regie.emitWithAck('focus:set', { themeId: buurt.id }));
  await s.view(PROJECTOR, beamerUrl, 'b-beamer-theme', (page) =>
    shows(page, 'Buurthuis open', 'theme-title'),
  );

  s.tick(300);
  ok(await regie.emitWithAck('phase:set', { phase: 'recognition' }));
  ok(await regie.emitWithAck('focus:set', { themeId: buurt.id }));
  ok(await regie.emitWithAck('recognition:control', { themeId: buurt.id, open: true }));
  const answers = ['yes', 'yes', 'partly', 'no', 'yes'] as const;
  for (const [i, p] of phones.entries()) {
    s.tick();
    ok(await p.socket.emitWithAck('vote:cast', { themeId: buurt.id, answer: answers[i] }));
  }
  s.tick();
  ok(
    await regie.emitWithAck('recognition:control', {
      themeId: buurt.id,
      open: false,
      revealed: true,
    }),
  );
  s.tick();
  ok(
    await phones[2].socket.emitWithAck('addition:send', {
      id: 'addition-states-1',
      themeId: buurt.id,
      text: 'Ook op zondag open, voor wie alleen is',
    }),
  );
  await s.view(PROJECTOR, beamerUrl, 'b-beamer-tally', (page) =>
    shows(page, 'Buurthuis open', 'theme-title'),
  );
  await s.view(
    PHONE,
    `/j/${code}`,
    'b-phone-tally',
    (page) => shows(page, 'Buurthuis open'),
    resident,
  );
  await s.view(LAPTOP, regieUrl, 'b-regie-addition-edit', async (page) => {
    await regieTab(page, 'additions');
    await page.getByTestId('addition-item').first().click();
    await page.getByTestId('addition-edit').first().click();
    await page.getByTestId('addition-edit-text').waitFor();
  });

  s.tick(600);
  ok(await regie.emitWithAck('phase:set', { phase: 'choose' }));
  // Four of five choose; the fifth stays without a table until the Regie places them.
  for (const [i, p] of phones.slice(0, 4).entries()) {
    s.tick();
    const [first, second] = i % 2 === 0 ? [buurt.id, jongeren.id] : [jongeren.id, buurt.id];
    ok(await p.socket.emitWithAck('preference:set', { first, second }));
  }
  s.tick();
  ok(await regie.emitWithAck('groups:propose', { minSize: 2, maxSize: 3, seed: 2 }));
  // Someone who came in late: not at any table yet.
  s.tick();
  phones.push(await phone({ server: s.server, joinCode: code }));
  await s.view(LAPTOP, regieUrl, 'b-regie-grouping-adjust', async (page: Page) => {
    await page.getByTestId('group-member').first().click();
    const cards = page.getByTestId('group-card');
    await cards.nth(0).getByTestId('table-edit').click();
    await cards.nth(1).getByTestId('table-merge').click();
    await page.getByTestId('move-here').first().waitFor();
    await page.getByTestId('grouping-unplaced').waitFor();
  });

  s.tick();
  ok(await regie.emitWithAck('groups:confirm', {}));
  s.tick(60);
  ok(await regie.emitWithAck('phase:set', { phase: 'subgroups' }));
  ok(await regie.emitWithAck('timer:control', { action: 'start', durationMs: 20 * 60_000 }));
  const table = ok(await phones[0].socket.emitWithAck('group:mine', {}));
  if (!table) throw new Error('the first phone of the second evening has no table');
  const canvas = await openSyncedDoc(s.url, meetingId, phones[0].key, {
    kind: table.canvasDoc.slice(meetingId.length + 1),
  });
  addNote(canvas.doc, {
    id: 'states-note-1',
    text: 'Vrijwilligers voor de zondag',
    x: 0.3,
    y: 0.3,
    createdAt: 1,
    section: 'helpers',
  });
  await flush(canvas.provider);
  canvas.provider.destroy();
  s.tick();
  const host = ok(await regie.emitWithAck('tablehost:create', { label: 'Tafel bij de deur' }));
  s.secret(host.token, 'table-host-token-b');
  const tableHost = await connectSocket(s.url, host.token);
  for (let i = 0; i < 2; i++) {
    s.tick();
    ok(await tableHost.emitWithAck('assisted:add', {}));
  }
  tableHost.disconnect();
  await s.view(LAPTOP, regieUrl, 'b-regie-subgroups', (page) =>
    page.getByTestId('tables-overview').waitFor(),
  );
  await s.view(PHONE, `/t#${host.token}`, 'b-tafelhulp-subgroups', (page) =>
    shows(page, 'In groepjes', 'phase-title'),
  );

  s.tick(1200);
  ok(await regie.emitWithAck('phase:set', { phase: 'signup' }));
  s.tick();
  const signup = ok(
    await phones[0].socket.emitWithAck(
      'signup:create',
      signupInput(buurt.id, {
        name: 'Kees Verhoeven',
        email: 'kees@voorbeeld.nl',
        consents: { contact: true, shareName: true, news: true },
      }),
    ),
  );
  s.secret(new URL(signup.link).hash.slice(1), 'signup-token-b');
  // The phone keeps its sign-ups in localStorage (client/lib/signup-links.ts), as after sending.
  const kept = {
    signupId: signup.signup.id,
    themeId: signup.signup.themeId,
    link: signup.link,
    retainUntil: signup.signup.retainUntil,
  };
  const signedUp = await s.open(PHONE, `/j/${code}`, resident);
  await signedUp.evaluate(
    `localStorage.setItem('buurtkracht.signups.${meetingId}', ${JSON.stringify(JSON.stringify([kept]))})`,
  );
  await signedUp.reload();
  await signedUp.getByTestId('signup-done').waitFor({ timeout: 15_000 });
  await s.capture(signedUp, 'b-phone-signup-done');
  await signedUp.context().close();

  s.tick(600);
  ok(await regie.emitWithAck('phase:set', { phase: 'results' }));
  ok(await regie.emitWithAck('focus:set', { themeId: buurt.id }));
  await s.view(PROJECTOR, beamerUrl, 'b-beamer-results-theme', (page) =>
    shows(page, 'Buurthuis open'),
  );
  for (const p of phones) p.socket.disconnect();
  regie.disconnect();
}
