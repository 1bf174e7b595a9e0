/**
 * What a terugkombijeenkomst leaves behind: the verslag's data (plans as presented, questions
 * shown, afspraken made, reviews done) and the afspraken as CSV and iCalendar — for the evening's
 * facilitator and kopgroep, never with anyone's contact details, never for a phone.
 */
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReturnReport } from '../../shared/model.js';
import { cleanUp } from '../helpers/integration/helpers.js';
import { ok } from '../helpers/integration/evening.js';
import { codeOf, otherMeeting, tokenOf, withToken } from '../helpers/integration/signup-helpers.js';
import { expectNoContactDetails } from '../helpers/integration/follow-up-setup.js';
import {
  FORMULA,
  firstMeeting,
  returnEvening,
  returnMeeting,
} from '../helpers/integration/return-room.js';
import type { ReturnEvening } from '../helpers/integration/return-room.js';

afterEach(cleanUp);

async function reportOf(e: ReturnEvening, meetingId: string, token: string) {
  const res = await withToken(e.server.url, `/meetings/${meetingId}/return-report`, token);
  expect(res.status).toBe(200);
  return ((await res.json()) as { data: ReturnReport }).data;
}

describe('exports of a return meeting', () => {
  it('reports the plans as presented, the questions shown, afspraken and reviews', async () => {
    const e = await returnEvening();
    const first = await firstMeeting(e);
    const report = await reportOf(e, first.meeting.id, e.henk.token);
    expect(report).toMatchObject({
      meetingName: 'Eerste terugkombijeenkomst',
      date: '2027-02-10',
      place: 'Dorpshuis De Schakel',
      attendeeCount: 1,
    });
    // The plans in agenda order, A as a member wrote it before presenting.
    expect(report.plans.map((plan) => plan.workingGroupId)).toEqual([e.groupA.id, e.groupB.id]);
    expect(JSON.stringify(report.plans[0].parts.goal)).toContain(
      'Veilig naar school over de Dorpsstraat',
    );
    // Only what the room saw; a question kept back or rejected is not in the verslag.
    expect(report.questions).toEqual([
      { workingGroupId: e.groupA.id, text: 'Sterk dat u de school meeneemt. Wie kan er helpen?' },
    ]);
    expect(report.agreements.map(({ what }) => what)).toEqual([
      'Borden plaatsen',
      FORMULA,
      'Subsidie aanvragen',
    ]);
    expect(report.reviews).toEqual([]);
    expect(report.workingGroups).toEqual([
      { id: e.groupA.id, title: e.groupA.title },
      { id: e.groupB.id, title: e.groupB.title },
    ]);

    // The Beamer of the meeting may show its own verslag.
    expect(await reportOf(e, first.meeting.id, first.projectorToken)).toEqual(report);

    // The next meeting reviews them; its verslag says what was reviewed, by name.
    const second = await returnMeeting(e, {
      name: 'Tweede terugkombijeenkomst',
      date: '2027-04-14',
      place: 'Dorpshuis De Schakel',
    });
    const [borden] = report.agreements;
    ok(
      await second.console.emitWithAck('agreement:review', {
        agreementId: borden.id,
        outcome: 'done',
        note: 'Staan er',
      }),
    );
    const next = await reportOf(e, second.meeting.id, e.facilitatorToken);
    expect(next.reviews).toMatchObject([
      { agreementId: borden.id, outcome: 'done', note: 'Staan er', what: 'Borden plaatsen' },
    ]);
    expect(next.agreements).toEqual([]);
    expect(next.plans).toEqual([]);

    // An afspraak in the first verslag shows how it stands now.
    const now = await reportOf(e, first.meeting.id, e.henk.token);
    expect(now.agreements.map(({ status }) => status)).toEqual(['done', 'open', 'open']);
    expectNoContactDetails(JSON.stringify([report, next]), Object.values(e.volunteers));
  });

  it('exports every afspraak of the evening as CSV and iCalendar', async () => {
    const e = await returnEvening();
    await firstMeeting(e);
    const csvRes = await withToken(
      e.server.url,
      `/meetings/${e.meetingId}/agreements.csv`,
      e.henk.token,
    );
    expect(csvRes.status).toBe(200);
    expect(csvRes.headers.get('content-type')).toMatch(/^text\/csv/);
    const csv = await csvRes.text();
    const rows = parse(csv.replace(/^\uFEFF/, ''), { delimiter: ';' }) as string[][];
    expect(rows[0]).toEqual([
      'afspraak',
      'wie',
      'uiterlijk',
      'status',
      "thema's",
      'werkgroepen',
      'gemaakt op',
    ]);
    expect(rows.slice(1)).toEqual([
      [
        'Borden plaatsen',
        'Gerrit Zonnebloem',
        '01-03-2027',
        'open',
        e.themeA.title,
        e.groupA.title,
        'Eerste terugkombijeenkomst (10-02-2027)',
      ],
      // A formula typed as an afspraak stays text in a spreadsheet.
      [
        `'${FORMULA}`,
        "'@Kees",
        '31-12-2027',
        'open',
        e.themeA.title,
        e.groupA.title,
        'Eerste terugkombijeenkomst (10-02-2027)',
      ],
      [
        'Subsidie aanvragen',
        e.groupB.title,
        '15-04-2027',
        'open',
        '',
        '',
        'Eerste terugkombijeenkomst (10-02-2027)',
      ],
    ]);

    const icsRes = await withToken(
      e.server.url,
      `/meetings/${e.meetingId}/agreements.ics`,
      e.facilitatorToken,
    );
    expect(icsRes.status).toBe(200);
    expect(icsRes.headers.get('content-type')).toMatch(/^text\/calendar/);
    const ics = (await icsRes.text()).replace(/\r\n[ \t]/g, '');
    expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
    const events = ics.split('BEGIN:VEVENT').slice(1);
    expect(events).toHaveLength(3);
    expect(events.map((event) => /DTSTART;VALUE=DATE:(\d{8})/.exec(event)?.[1])).toEqual([
      '20270301',
      '20271231',
      '20270415',
    ]);
    expect(events.map((event) => /DTEND;VALUE=DATE:(\d{8})/.exec(event)?.[1])).toEqual([
      '20270302',
      '20280101',
      '20270416',
    ]);
    expect(events[0]).toContain('SUMMARY:Afspraak: Borden plaatsen');
    expect(events[2]).toContain(`DESCRIPTION:Wie: ${e.groupB.title}\\nStatus: open`);
    // Downloading again gives the same events, so a calendar updates instead of doubling.
    const again = await (
      await withToken(e.server.url, `/meetings/${e.meetingId}/agreements.ics`, e.henk.token)
    ).text();
    const uids = (text: string) => [...text.matchAll(/^UID:(.+)$/gm)].map((m) => m[1]);
    expect(uids(again)).toEqual(uids(ics));
    expect(new Set(uids(ics)).size).toBe(3);
    expectNoContactDetails(csv + ics, Object.values(e.volunteers));
  });

  it('opens the exports only to the evening organisers (and the verslag to its Beamer)', async () => {
    const e = await returnEvening();
    const room = await firstMeeting(e);
    const other = await otherMeeting(e.server);
    const revoked = ok(await e.regie.emitWithAck('coreGroup:invite', { name: 'Els de Wit' }));
    ok(await e.regie.emitWithAck('coreGroup:revoke', { memberId: revoked.member.id }));
    const report = `/meetings/${room.meeting.id}/return-report`;
    const csv = `/meetings/${e.meetingId}/agreements.csv`;
    const ics = `/meetings/${e.meetingId}/agreements.ics`;
    const cases: [string, string, string | null, number, string | null][] = [
      ['report', report, room.phoneKey, 403, 'FORBIDDEN'],
      ['report', report, e.seats[0].key, 403, 'FORBIDDEN'],
      ['report', report, other.facilitatorToken, 403, 'FORBIDDEN'],
      ['report', report, 'no-such-token-0000000000', 401, 'UNAUTHORISED'],
      ['report', report, null, 401, 'UNAUTHORISED'],
      ['report', report, tokenOf(revoked.link), 401, 'UNAUTHORISED'],
      ['report', `/meetings/${e.meetingId}/return-report`, e.facilitatorToken, 404, 'NOT_FOUND'],
      ['csv', csv, room.projectorToken, 403, 'FORBIDDEN'],
      ['csv', csv, room.phoneKey, 403, 'FORBIDDEN'],
      ['csv', csv, e.volunteers.a1.token, 403, 'FORBIDDEN'],
      ['csv', csv, other.facilitatorToken, 403, 'FORBIDDEN'],
      ['csv', csv, 'no-such-token-0000000000', 401, 'UNAUTHORISED'],
      ['ics', ics, e.seats[0].key, 403, 'FORBIDDEN'],
      ['ics', ics, room.projectorToken, 403, 'FORBIDDEN'],
      ['ics', ics, null, 401, 'UNAUTHORISED'],
    ];
    for (const [what, path, token, status, code] of cases) {
      const res = await withToken(e.server.url, path, token);
      expect([what, token, res.status]).toEqual([what, token, status]);
      if (code) expect(await codeOf(res)).toBe(code);
    }
  });
});
