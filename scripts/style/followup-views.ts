/**
 * The views after the evening: a sign-up's own page, the werkgroep, the kopgroep, a return
 * meeting's console, Beamer, phone and verslag, and the Regie's tabs that manage them.
 */
import { formatJoinCode } from '../../shared/join-code.js';
import { LAPTOP, PHONE, PROJECTOR } from '../../tests/helpers/e2e/browser.js';
import { connectSocket } from '../../tests/helpers/integration/helpers.js';
import { ok } from '../../tests/helpers/integration/evening.js';
import { tokenOf } from '../../tests/helpers/integration/signup-helpers.js';
import type { EveningResult } from './evening-views.js';
import { regieTab, shows } from './evening-views.js';
import type { Snapshot } from './session.js';
import type { FollowUpResult } from './return-run-views.js';

export async function followUpViews(s: Snapshot, evening: EveningResult): Promise<FollowUpResult> {
  const { regie } = evening;
  const signupToken = tokenOf(evening.signupLink);
  await s.view(PHONE, `/aanmelding#${signupToken}`, 'signup-page', (page) =>
    page.getByRole('heading', { level: 1 }).waitFor(),
  );

  s.tick(3600);
  const group = ok(await regie.emitWithAck('workingGroup:create', { themeId: evening.themeId }));
  s.secret(group.id, 'working-group-id');
  const saved = (page: Parameters<typeof shows>[0]) => shows(page, 'Opgeslagen', 'plan-save-state');
  await s.view(LAPTOP, `/werkgroep#${signupToken}`, 'werkgroep', saved);
  await s.view(PHONE, `/werkgroep#${signupToken}`, 'werkgroep-phone', saved);

  s.tick();
  const henk = ok(await regie.emitWithAck('coreGroup:invite', { name: 'Henk' }));
  const henkToken = tokenOf(henk.link);
  s.secret(henkToken, 'kopgroep-token');
  await s.view(LAPTOP, `/kopgroep#${henkToken}`, 'kopgroep', (page) =>
    page.getByTestId('workinggroup').first().waitFor({ timeout: 15_000 }),
  );

  s.tick();
  const henkSocket = await connectSocket(s.url, henkToken);
  const meeting = ok(
    await henkSocket.emitWithAck('returnMeeting:create', {
      name: 'Terugkombijeenkomst voorjaar',
      date: '2027-03-10',
      place: 'Dorpshuis De Schakel',
    }),
  );
  s.secret(meeting.id, 'return-meeting-id');
  s.secret(formatJoinCode(meeting.joinCode), 'RRR-RRR');
  s.secret(meeting.joinCode, 'RRRRRR');
  const named = (page: Parameters<typeof shows>[0]) => shows(page, meeting.name);
  await s.view(LAPTOP, `/leiden/${meeting.id}#${henkToken}`, 'return-console', named);
  await s.view(PROJECTOR, `/b/${meeting.id}#${henkToken}`, 'return-beamer', named);
  s.tick();
  await s.view(PHONE, `/j/${meeting.joinCode}`, 'return-phone', (page) =>
    shows(page, 'Terugkombijeenkomst', 'phase-title'),
  );
  await s.view(LAPTOP, `/terugkomverslag/${meeting.id}#${henkToken}`, 'return-verslag', named);

  for (const tab of ['signups', 'coregroup', 'tablehosts']) {
    await s.view(LAPTOP, `/r#${evening.facilitatorToken}`, `regie-${tab}`, (page) =>
      regieTab(page, tab),
    );
  }
  henkSocket.disconnect();
  return {
    eveningMeetingId: evening.meetingId,
    henkToken,
    returnMeeting: meeting,
    workingGroupId: group.id,
    memberToken: signupToken,
  };
}
