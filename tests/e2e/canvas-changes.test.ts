import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createMeeting, joinMeeting } from '../helpers/server.js';
import { cleanUp, connectSocket } from '../helpers/integration/helpers.js';
import { ok, publishedTheme, themeInput } from '../helpers/integration/evening.js';
import { openScreen, seriousA11yViolations, useHall } from '../helpers/e2e/browser.js';
import { SMALL_PHONE, notesWith, snapshot, writeNote } from '../helpers/e2e/room.js';

const ANS_NOTE = 'Plantenbakken bij de school';
const ANS_EDITED = 'Plantenbakken bij de school en de kerk';
const BERT_NOTE = 'Een aanhanger lenen';

const note = (page: Page, text: string) =>
  page.getByTestId('canvas-note').filter({ hasText: text });

/** Changes a note's text the way a person does: Aanpassen, type, Bewaren. */
async function editOn(page: Page, from: string, to: string): Promise<void> {
  await note(page, from).getByRole('button', { name: 'Aanpassen' }).click();
  // While editing, the note is its text box: found by that, not by its text.
  const editing = page.getByTestId('canvas-note').filter({ has: page.locator('textarea') });
  await editing.locator('textarea').fill(to);
  await editing.getByRole('button', { name: 'Bewaren' }).click();
}

async function removeOn(page: Page, text: string): Promise<void> {
  await note(page, text).getByRole('button', { name: 'Weghalen' }).click();
  await note(page, text).getByTestId('canvas-note-remove-yes').click();
}

describe('changes to a table canvas leave a trace and can be undone', () => {
  const hall = useHall();
  afterEach(cleanUp);

  it('shows who changed a note, and lets the table bring a removed note back for a minute', async () => {
    const created = await createMeeting(hall.server.url);
    const code = created.meeting.joinCode;
    const regie = await connectSocket(hall.server.url, created.facilitatorToken);
    const green = await publishedTheme(regie, themeInput('Groen in de buurt'));
    ok(await regie.emitWithAck('phase:set', { phase: 'choose' }));

    const [ansPhone, bertPhone] = [
      await openScreen(hall.browser, SMALL_PHONE, 'about:blank'),
      await openScreen(hall.browser, SMALL_PHONE, 'about:blank'),
    ];
    hall.screens.push(ansPhone, bertPhone);
    const [ans, bert] = [ansPhone.page, bertPhone.page];
    // Bert's phone gets a clock the test can move on, to see the minute pass without waiting.
    await bert.clock.install();
    const numbers: number[] = [];
    for (const page of [ans, bert]) {
      const joined = await joinMeeting(hall.server.url, code);
      numbers.push(joined.participantNumber);
      await page
        .context()
        .addInitScript(
          ([name, key]) => localStorage.setItem(name, key),
          [`buurtkracht.key.${code}`, joined.key],
        );
      await page.goto(`${hall.server.url}/j/${code}`);
      await expect.poll(() => page.getByTestId('choose-first').count()).toBe(1);
      await page.getByText('Groen in de buurt').first().click();
      await expect
        .poll(() => page.getByTestId('choice-status').innerText())
        .toContain('Opgeslagen');
    }
    const bertLabel = `deelnemer ${numbers[1]}`;
    for (let i = 0; i < 3; i++) {
      const joined = await joinMeeting(hall.server.url, code);
      const other = await connectSocket(hall.server.url, joined.key);
      ok(await other.emitWithAck('preference:set', { first: green.id, second: null }));
    }
    ok(await regie.emitWithAck('groups:propose', {}));
    ok(await regie.emitWithAck('phase:set', { phase: 'subgroups' }));
    ok(await regie.emitWithAck('groups:confirm', {}));
    for (const page of [ans, bert]) {
      await expect.poll(() => page.getByTestId('canvas').isVisible()).toBe(true);
    }
    // Ans gives her first name to the table; Bert stays "deelnemer …".
    await ans.getByTestId('table-name').fill('Ans');
    await ans.getByTestId('table-name-save').click();
    await expect.poll(() => bert.getByTestId('table-members').innerText()).toContain('Ans');

    // Each writes a note; a new note says nothing about changes.
    await writeNote(ans, 'how', ANS_NOTE);
    await writeNote(bert, 'needs', BERT_NOTE);
    for (const page of [ans, bert]) {
      await expect.poll(() => notesWith(page, ANS_NOTE)).toBe(1);
      await expect.poll(() => notesWith(page, BERT_NOTE)).toBe(1);
    }
    expect(await ans.getByTestId('canvas-note-edited').count()).toBe(0);

    // Bert changes Ans's note: everyone may, and the table sees who did.
    await editOn(bert, ANS_NOTE, ANS_EDITED);
    await expect
      .poll(() => note(ans, ANS_EDITED).getByTestId('canvas-note-edited').innerText())
      .toBe(`Aangepast door ${bertLabel}`);
    await expect
      .poll(() => note(bert, ANS_EDITED).getByTestId('canvas-note-edited').innerText())
      .toBe('Aangepast door u');
    // Ans changes Bert's note: the name she chose shows, nothing more.
    await editOn(ans, BERT_NOTE, `${BERT_NOTE} van de buren`);
    await expect
      .poll(() => note(bert, BERT_NOTE).getByTestId('canvas-note-edited').innerText())
      .toBe('Aangepast door Ans');

    // Bert takes Ans's note away: it leaves both lists, and Ans can bring it back.
    await removeOn(bert, ANS_EDITED);
    await expect.poll(() => notesWith(ans, ANS_EDITED)).toBe(0);
    const gone = ans.getByTestId('canvas-removed');
    await expect.poll(() => gone.innerText()).toContain(`Weggehaald door ${bertLabel}:`);
    expect(await gone.innerText()).toContain(ANS_EDITED);
    expect(await bert.getByTestId('canvas-removed').innerText()).toContain('Weggehaald door u:');
    await snapshot(ans, '56-phone-canvas-note-removed');
    expect(await seriousA11yViolations(ans)).toEqual([]);
    await gone.getByTestId('canvas-undo').click();
    for (const page of [ans, bert]) {
      await expect.poll(() => notesWith(page, ANS_EDITED)).toBe(1);
      await expect.poll(() => page.getByTestId('canvas-removed').count()).toBe(0);
    }
    await snapshot(bert, '57-phone-canvas-note-changed');

    // Removed again and left for a minute: gone for good, on every phone, with no undo.
    await removeOn(bert, ANS_EDITED);
    await expect.poll(() => ans.getByTestId('canvas-removed').count()).toBe(1);
    await bert.clock.fastForward(61_000);
    await snapshot(bert, '58-phone-canvas-after-minute');
    for (const page of [bert, ans]) {
      await expect
        .poll(() => page.getByTestId('canvas-removed').count(), { timeout: 20_000 })
        .toBe(0);
      expect(await notesWith(page, ANS_EDITED)).toBe(0);
    }
    // The table's answers (results, verslag, the Regie's counts) never held the removed note.
    const results = ok(await regie.emitWithAck('results:get', {}));
    expect(JSON.stringify(results)).not.toContain(ANS_EDITED);

    for (const screen of hall.screens) expect(screen.errors).toEqual([]);
  });
});
