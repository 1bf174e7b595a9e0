/**
 * A return meeting while it runs, after the follow-up views: a werkgroep presents its plan while
 * a phone asks questions and the leader records afspraken, the meeting ends, and a second return
 * meeting looks back on those afspraken. These screens show components no earlier view reaches
 * (the agenda run, slot clock, presented plan, question queue, review), so a style refactor of
 * them is proven too. Everything here happens after the earlier views were captured: they stay
 * exactly as they were.
 */
import { formatJoinCode } from '../../shared/join-code.js';
import { LAPTOP, PHONE, PROJECTOR } from '../../tests/helpers/e2e/browser.js';
import { joinMeeting } from '../../tests/helpers/server.js';
import { connectSocket, flush, openSyncedDoc } from '../../tests/helpers/integration/helpers.js';
import { ok } from '../../tests/helpers/integration/evening.js';
import { writeParagraph } from '../../tests/helpers/integration/follow-up-setup.js';
import { questionId } from '../../tests/helpers/integration/return-room.js';
import { shows } from './evening-views.js';
import type { Snapshot } from './session.js';

/** What the follow-up views leave for this part. */
export interface FollowUpResult {
  eveningMeetingId: string;
  henkToken: string;
  /** The return meeting Henk created; still in its lobby. */
  returnMeeting: { id: string; joinCode: string; name: string };
  workingGroupId: string;
  /** A werkgroep member's link: it may write the plan. */
  memberToken: string;
}

export async function returnRunViews(s: Snapshot, f: FollowUpResult): Promise<void> {
  const { henkToken, returnMeeting: first } = f;
  const plan = await openSyncedDoc(s.url, f.eveningMeetingId, f.memberToken, {
    kind: `plan/${f.workingGroupId}`,
  });
  writeParagraph(plan, 'goal', 'Een moestuin bij de basisschool, samen met de ouders.');
  writeParagraph(plan, 'planning', 'In maart met de directeur praten over een stuk grond.');
  await flush(plan.provider);
  plan.provider.destroy();

  s.tick(600);
  const console1 = await connectSocket(s.url, henkToken, {
    auth: { token: henkToken, meetingId: first.id },
  });
  const agenda = ok(
    await console1.emitWithAck('agenda:set', {
      items: [{ kind: 'presentation', workingGroupId: f.workingGroupId, minutes: 10 }],
    }),
  );
  s.tick();
  ok(await console1.emitWithAck('agenda:start', { itemId: agenda.items[0].id }));
  s.tick();
  const joined = await joinMeeting(s.url, first.joinCode);
  const resident = { code: first.joinCode, key: joined.key };
  const phone = await connectSocket(s.url, joined.key);
  const questions = ['Hoe groot wordt de moestuin?', 'Mogen de kinderen ook oogsten?'];
  for (const [i, text] of questions.entries()) {
    s.tick();
    ok(await phone.emitWithAck('question:send', { id: questionId(i + 1), text }));
  }
  s.tick();
  ok(await console1.emitWithAck('question:moderate', { id: questionId(1), action: 'show' }));
  const afspraken = [
    ['Grond vragen bij de gemeente', { kind: 'person', name: 'Ans de Vries' }, '2027-04-01'],
    [
      'Een klusdag plannen',
      { kind: 'workingGroup', workingGroupId: f.workingGroupId },
      '2027-05-15',
    ],
  ] as const;
  for (const [what, owner, due] of afspraken) {
    s.tick();
    ok(
      await console1.emitWithAck('agreement:save', {
        what,
        owner,
        due,
        themeIds: [],
        workingGroupIds: [],
      }),
    );
  }
  const presenting = (page: Parameters<typeof shows>[0]) =>
    shows(page, 'Hoe groot wordt de moestuin?');
  await s.view(LAPTOP, `/leiden/${first.id}#${henkToken}`, 'return-console-run', presenting);
  await s.view(PROJECTOR, `/b/${first.id}#${henkToken}`, 'return-beamer-presenting', presenting);
  await s.view(
    PHONE,
    `/j/${first.joinCode}`,
    'return-phone-presenting',
    (page) => shows(page, 'Grond vragen bij de gemeente'),
    resident,
  );

  s.tick(600);
  ok(await console1.emitWithAck('agenda:start', { itemId: null }));
  await s.view(PROJECTOR, `/b/${first.id}#${henkToken}`, 'return-beamer-closing', (page) =>
    shows(page, 'Een klusdag plannen'),
  );
  await s.view(LAPTOP, `/terugkomverslag/${first.id}#${henkToken}`, 'return-verslag-run', (page) =>
    shows(page, 'Grond vragen bij de gemeente'),
  );
  await s.view(LAPTOP, `/kopgroep#${henkToken}`, 'kopgroep-run', (page) =>
    page.getByTestId('workinggroup').first().waitFor({ timeout: 15_000 }),
  );
  phone.disconnect();
  console1.disconnect();

  // A later return meeting looks back on the afspraken of the first.
  s.tick(3600);
  const henk = await connectSocket(s.url, henkToken);
  const second = ok(
    await henk.emitWithAck('returnMeeting:create', {
      name: 'Terugkombijeenkomst zomer',
      date: '2027-06-16',
      place: 'Dorpshuis De Schakel',
    }),
  );
  henk.disconnect();
  s.secret(second.id, 'return-meeting-2-id');
  s.secret(formatJoinCode(second.joinCode), 'SSS-SSS');
  s.secret(second.joinCode, 'SSSSSS');
  const console2 = await connectSocket(s.url, henkToken, {
    auth: { token: henkToken, meetingId: second.id },
  });
  const review = ok(
    await console2.emitWithAck('agenda:set', {
      items: [
        { kind: 'review', minutes: 15 },
        { kind: 'presentation', workingGroupId: f.workingGroupId, minutes: 10 },
      ],
    }),
  );
  s.tick();
  ok(await console2.emitWithAck('agenda:start', { itemId: review.items[0].id }));
  const reviewing = (page: Parameters<typeof shows>[0]) =>
    shows(page, 'Grond vragen bij de gemeente');
  await s.view(LAPTOP, `/leiden/${second.id}#${henkToken}`, 'return-console-review', reviewing);
  await s.view(PROJECTOR, `/b/${second.id}#${henkToken}`, 'return-beamer-review', reviewing);
  console2.disconnect();
}
