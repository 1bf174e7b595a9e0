import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addNote } from '../../shared/docs.js';
import type { CanvasSection, MyGroup } from '../../shared/model.js';
import { createMeeting } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { cleanUp, connectSocket, flush, openSyncedDoc } from '../helpers/integration/helpers.js';
import {
  additionId,
  ok,
  phone,
  publishedTheme,
  themeInput,
} from '../helpers/integration/evening.js';
import type { Phone } from '../helpers/integration/evening.js';
import { signupInput } from '../helpers/integration/signup-helpers.js';
import {
  ARTEFACTS,
  LAPTOP,
  PROJECTOR,
  openScreen,
  screenshot,
  seriousA11yViolations,
  useHall,
} from '../helpers/e2e/browser.js';

afterEach(cleanUp);

const SIGNUP_NAME = 'Ans de Vries';
const SIGNUP_EMAIL = 'ans.devries@example.nl';

const GROEN_NOTES: [CanvasSection, string][] = [
  ['how', 'Samen met de school een moestuin beginnen'],
  ['how', 'Elke maand een klusdag in het park'],
  ['how', 'Bloembakken langs de Dorpsstraat'],
  ['how', 'Een speelplek voor de kleintjes bij het plein'],
  ['how', 'Oude tegels eruit, groen erin'],
  ['needs', 'Grond van de gemeente'],
  ['needs', 'Gereedschap en een schuurtje'],
  ['helpers', 'De buurtvereniging'],
  ['helpers', 'Twee buren met groene vingers'],
];
const VERKEER_NOTES: [CanvasSection, string][] = [
  ['how', 'Drempels in de Dorpsstraat'],
  ['how', 'Een zebrapad bij de school'],
  ['needs', 'Een gesprek met de wethouder'],
];

/**
 * The room as the Regie and phones leave it after the sign-ups, made over the real protocol
 * (the phone screens for these steps have their own tests): three themes, votes and hands,
 * additions, two confirmed tables with notes, and sign-ups with personal data.
 */
async function eveningBeforeResults(server: TestServer) {
  const url = server.url;
  const created = await createMeeting(url);
  const regie = await connectSocket(url, created.facilitatorToken);
  const groen = await publishedTheme(
    regie,
    themeInput('Groen en spelen', [], 'Bewoners willen meer groen en plekken om te spelen.'),
  );
  const verkeer = await publishedTheme(
    regie,
    themeInput('Verkeer en veiligheid', [], 'Er wordt te hard gereden in de Dorpsstraat.'),
  );
  const eten = await publishedTheme(
    regie,
    themeInput('Samen eten', [], 'Ouderen eten vaak alleen.'),
  );
  const phones: Phone[] = [];
  for (let i = 0; i < 8; i++)
    phones.push(await phone({ server, joinCode: created.meeting.joinCode }));

  ok(await regie.emitWithAck('phase:set', { phase: 'recognition' }));
  for (const theme of [groen, verkeer, eten]) {
    ok(await regie.emitWithAck('recognition:control', { themeId: theme.id, open: true }));
  }
  const votes = [
    [groen, ['yes', 'yes', 'yes', 'yes', 'yes', 'partly', 'partly', 'no']],
    [verkeer, ['yes', 'yes', 'partly', 'no', 'no']],
    [eten, ['yes', 'partly', 'partly']],
  ] as const;
  for (const [theme, answers] of votes) {
    for (const [i, answer] of answers.entries()) {
      ok(await phones[i].socket.emitWithAck('vote:cast', { themeId: theme.id, answer }));
    }
  }
  ok(
    await regie.emitWithAck('hands:set', {
      themeId: groen.id,
      hands: { yes: 6, partly: 2, no: 1 },
    }),
  );

  const approve = async (p: Phone, themeId: string | null, text: string) => {
    const id = additionId();
    ok(await p.socket.emitWithAck('addition:send', { id, themeId, text }));
    ok(await regie.emitWithAck('addition:moderate', { action: 'approve', id }));
    return id;
  };
  const moestuin = await approve(phones[0], groen.id, 'Een moestuin bij de school');
  await approve(phones[1], groen.id, 'Meer bankjes in het park');
  await approve(phones[2], verkeer.id, 'Fietsers op de stoep bij de bakker');
  await approve(phones[3], null, 'Vaker zo een avond');
  const twin = additionId();
  ok(
    await phones[4].socket.emitWithAck('addition:send', {
      id: twin,
      themeId: groen.id,
      text: 'Moestuin!',
    }),
  );
  ok(await regie.emitWithAck('addition:moderate', { action: 'merge', id: twin, intoId: moestuin }));

  ok(await regie.emitWithAck('phase:set', { phase: 'choose' }));
  for (const [i, p] of phones.entries()) {
    const [first, second] = i < 4 ? [groen.id, verkeer.id] : [verkeer.id, groen.id];
    ok(await p.socket.emitWithAck('preference:set', { first, second }));
  }
  ok(await regie.emitWithAck('groups:propose', { minSize: 4, maxSize: 7, seed: 1 }));
  ok(await regie.emitWithAck('groups:confirm', {}));
  const tableOf = async (p: Phone): Promise<MyGroup> => {
    const group = ok(await p.socket.emitWithAck('group:mine', {}));
    if (!group) throw new Error('phone has no table');
    return group;
  };
  const groenTable = await tableOf(phones[0]);
  const verkeerTable = await tableOf(phones[4]);
  ok(
    await regie.emitWithAck('group:rename', {
      groupId: groenTable.groupId,
      tableName: 'bij het raam',
    }),
  );

  let createdAt = 1;
  const write = async (p: Phone, table: MyGroup, notes: [CanvasSection, string][]) => {
    const kind = table.canvasDoc.slice(created.meeting.id.length + 1);
    const canvas = await openSyncedDoc(url, created.meeting.id, p.key, { kind });
    for (const [section, text] of notes) {
      addNote(canvas.doc, { id: `n${createdAt}`, text, x: 0.2, y: 0.2, createdAt, section });
      createdAt++;
    }
    await flush(canvas.provider);
  };
  await write(phones[0], groenTable, GROEN_NOTES);
  await write(phones[4], verkeerTable, VERKEER_NOTES);

  ok(await regie.emitWithAck('phase:set', { phase: 'signup' }));
  for (const [i, theme] of [groen, groen, groen, verkeer].entries()) {
    ok(
      await phones[i].socket.emitWithAck(
        'signup:create',
        signupInput(theme.id, { name: SIGNUP_NAME, email: SIGNUP_EMAIL }),
      ),
    );
  }
  return { created, regie, groen, groenTable };
}

describe('the results: on the projector and in the printable report', () => {
  const hall = useHall();

  it('shows every theme, then one in detail, and prints the report without personal data', async () => {
    const url = hall.server.url;
    const { created, regie, groen, groenTable } = await eveningBeforeResults(hall.server);
    const projector = await openScreen(
      hall.browser,
      PROJECTOR,
      `${url}/b#${created.projectorToken}`,
    );
    const regieScreen = await openScreen(
      hall.browser,
      LAPTOP,
      `${url}/r#${created.facilitatorToken}`,
    );
    hall.screens.push(projector, regieScreen);
    const p = projector.page;

    // Into the results: the projector opens on all three at a glance ("Wat we vanavond hebben
    // gedaan"), not on the theme last shown during recognition.
    ok(await regie.emitWithAck('phase:set', { phase: 'recognition' }));
    ok(await regie.emitWithAck('focus:set', { themeId: groen.id }));
    await expect.poll(() => p.getByTestId('theme-title').first().innerText()).toContain('Groen');
    ok(await regie.emitWithAck('phase:set', { phase: 'results' }));
    await expect
      .poll(() => p.getByRole('heading', { level: 1 }).innerText())
      .toBe('Wat we vanavond hebben gedaan');
    expect(await p.getByTestId('results-theme').count()).toBe(0);
    expect(await regieScreen.page.getByTestId('focus-current').innerText()).toBe(
      'Er staat geen thema op het scherm.',
    );
    await expect.poll(() => p.getByTestId('results-card').count()).toBe(3);
    const groenCard = p.locator(`[data-testid="results-card"][data-theme-id="${groen.id}"]`);
    expect(await groenCard.getByTestId('results-helpers').innerText()).toBe(
      '3 mensen willen helpen in de werkgroep',
    );
    // 6 + 5 of 17 answers (phones and hands together) is 65%.
    expect(await groenCard.innerText()).toContain('65% herkent zich hierin');
    expect(await seriousA11yViolations(p)).toEqual([]);
    await screenshot(p, '70-projector-results-overview');

    // The Regie pages through the themes with its focus list: Groen in detail.
    const r = regieScreen.page;
    await r.locator(`[data-testid="focus-show"][data-theme-id="${groen.id}"]`).click();
    await expect
      .poll(() => p.getByTestId('results-theme').getAttribute('data-theme-id'))
      .toBe(groen.id);
    const detail = p.getByTestId('results-theme');
    expect(await detail.getByTestId('bar-count-yes').innerText()).toBe('11');
    expect(await detail.getByTestId('results-helpers').innerText()).toBe(
      '3 mensen willen helpen in de werkgroep',
    );
    expect(await detail.getByTestId('plenary-addition').first().innerText()).toContain(
      'Een moestuin bij de school',
    );
    const table = detail.getByTestId('results-table');
    expect(await table.count()).toBe(1);
    expect(await table.innerText()).toContain('bij het raam');
    expect(await table.getByTestId('results-section-how').innerText()).toContain(
      'Samen met de school een moestuin beginnen',
    );
    // Five answers to "how": three shown, the rest counted.
    expect(await table.getByTestId('results-more').first().innerText()).toBe('+ 2 meer');
    expect(await p.locator('body').innerText()).not.toContain(SIGNUP_NAME);
    // Contrast is judged once the additions have faded in, as the hall sees them.
    await p.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    expect(await seriousA11yViolations(p)).toEqual([]);
    await screenshot(p, '71-projector-results-theme');
    await p.setViewportSize({ width: 1280, height: 720 });
    await screenshot(p, '72-projector-results-theme-720');
    await r.getByTestId('focus-clear').click();
    await expect.poll(() => p.getByTestId('results-card').count()).toBe(3);
    await screenshot(p, '72-projector-results-overview-720');

    // The Regie opens the report in a new tab.
    const link = r.getByTestId('report-link');
    await screenshot(r, '73-console-results');
    const [report] = await Promise.all([regieScreen.context.waitForEvent('page'), link.click()]);
    const reportErrors: string[] = [];
    report.on('pageerror', (error) => reportErrors.push(error.message));
    await report.setViewportSize({ width: 1100, height: 1400 });
    await expect.poll(() => report.getByTestId('report-theme').count()).toBe(3);
    const text = await report.locator('body').innerText();
    expect(text).toContain('Verslag wijkbrede bijeenkomst');
    expect(text).toContain('Wijkavond De Schakel');
    expect(text).toContain('dinsdag 1 december 2026');
    expect(text).toContain('Dorpshuis De Schakel');
    expect(text).toContain('8 deelnemers');
    expect(text).toContain('Bewoners willen meer groen en plekken om te spelen.');
    expect(text).toContain('Een moestuin bij de school (2 keer genoemd)');
    expect(text).toContain(`Tafel ${groenTable.tableNumber}, bij het raam`);
    expect(text).toContain('Oude tegels eruit, groen erin');
    expect(text).toContain('Vaker zo een avond');
    for (const secret of [SIGNUP_NAME, SIGNUP_EMAIL, created.facilitatorToken]) {
      expect(text).not.toContain(secret);
    }
    const groenRow = report.locator(`[data-theme-id="${groen.id}"] [data-testid="report-row-yes"]`);
    // Phone votes and hands apart, then together with their share of all 17.
    expect((await groenRow.innerText()).split(/\s+/).slice(-4)).toEqual(['5', '6', '11', '65%']);
    // 11, 4 and 2 of 17 rounded one by one print 65 + 24 + 12 = 101 above "Totaal 100%".
    const shares = await report
      .locator(`[data-theme-id="${groen.id}"] [data-testid^="report-row-"] .share`)
      .allInnerTexts();
    expect(shares.map((share) => share.trim())).toEqual(['65%', '23%', '12%']);
    for (const theme of await report.getByTestId('report-theme').all()) {
      const all = await theme.locator('[data-testid^="report-row-"] .share').allInnerTexts();
      if (all.length > 0)
        expect(all.reduce((sum, share) => sum + parseInt(share, 10), 0)).toBe(100);
    }
    expect(await seriousA11yViolations(report)).toEqual([]);
    await screenshot(report, '74-report');

    // On paper: A4, no buttons.
    await report.emulateMedia({ media: 'print' });
    expect(
      await report.getByRole('button', { name: 'Afdrukken of opslaan als PDF' }).isVisible(),
    ).toBe(false);
    await screenshot(report, '75-report-print');
    const pdfPath = path.join(ARTEFACTS, 'verslag.pdf');
    await report.pdf({ path: pdfPath, format: 'A4', printBackground: true });
    const pdf = readFileSync(pdfPath);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // One page for the introduction and the first theme, one more for each other theme.
    expect(
      pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0,
    ).toBeGreaterThanOrEqual(3);

    // For a person to look at: the first page as an image, where poppler is installed.
    if (spawnSync('pdftoppm', ['-v']).status === 0) {
      spawnSync('pdftoppm', [
        '-r',
        '80',
        '-png',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        pdfPath,
        path.join(ARTEFACTS, '76-verslag-page-1'),
      ]);
    }

    for (const screen of [projector, regieScreen]) expect(screen.errors).toEqual([]);
    expect(reportErrors).toEqual([]);
  });
});
