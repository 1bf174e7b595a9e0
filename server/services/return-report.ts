import type {
  Agreement,
  Meeting,
  PlanSnapshot,
  ReturnReport,
  WorkingGroup,
} from '../../shared/model.js';
import type { Store } from '../store/store.js';
import { DomainError } from '../domain/errors.js';

/** One afspraak as the CSV and calendar exports write it: names instead of ids. */
export interface AgreementRow {
  agreement: Agreement;
  /** The werkgroep's title, or the name the leader typed. */
  owner: string;
  themes: string[];
  workingGroups: string[];
  /** The return meeting where it was made. */
  madeAt: { name: string; date: string };
}

export interface ReturnReportService {
  /** The verslag of one return meeting. */
  report(meetingId: string): Promise<ReturnReport>;
  /** Every afspraak of a neighbourhood's process, oldest first, for the exports. */
  agreementRows(originMeetingId: string): Promise<{ evening: Meeting; rows: AgreementRow[] }>;
}

/** Snapshots in agenda order; one taken for a slot since removed from the agenda comes last. */
function inAgendaOrder(snapshots: PlanSnapshot[], order: string[]): PlanSnapshot[] {
  const rank = (snapshot: PlanSnapshot) => {
    const index = order.indexOf(snapshot.workingGroupId);
    return index < 0 ? order.length : index;
  };
  return [...snapshots].sort((a, b) => rank(a) - rank(b) || a.takenAt - b.takenAt);
}

/**
 * What a terugkombijeenkomst leaves behind, read from the store. Built from what the room saw
 * (plans as presented, questions put on the screen, afspraken) and never from sign-ups, so no
 * contact details can end up in a verslag or an export.
 */
export function createReturnReportService(deps: { store: Store }): ReturnReportService {
  const { store } = deps;

  async function meetingOfKind(meetingId: string, kind: Meeting['kind']): Promise<Meeting> {
    const meeting = await store.getMeeting(meetingId);
    if (meeting?.kind !== kind) throw new DomainError('NOT_FOUND', 'No such meeting');
    return meeting;
  }

  const titles = (groups: WorkingGroup[]) =>
    new Map(groups.map((group) => [group.id, group.title]));

  return {
    async report(meetingId) {
      const meeting = await meetingOfKind(meetingId, 'return');
      const originId = meeting.originMeetingId ?? meeting.id;
      const agenda = await store.getAgenda(meetingId);
      const order = (agenda?.items ?? []).flatMap((item) =>
        item.kind === 'presentation' ? [item.workingGroupId] : [],
      );
      const agreements = await store.listAgreements(originId);
      const what = new Map(agreements.map((agreement) => [agreement.id, agreement.what]));
      const reviews = await store.listAgreementReviews(meetingId);
      const questions = await store.listQuestions(meetingId);
      const groups = await store.listWorkingGroups(originId);
      const made = agreements.filter((agreement) => agreement.madeAtMeetingId === meetingId);
      // Only the themes its afspraken are about: the verslag names them under "Over thema".
      const about = new Set(made.flatMap((agreement) => agreement.themeIds));
      const themes = (await store.listThemes(originId))
        .filter((theme) => about.has(theme.id))
        .map(({ id, title }) => ({ id, title }));
      return {
        meetingName: meeting.name,
        date: meeting.date,
        place: meeting.place,
        attendeeCount: await store.countParticipants(meetingId),
        plans: inAgendaOrder(await store.listPlanSnapshots(meetingId), order),
        // Only what the room saw: a question kept in the queue or rejected stays private.
        questions: questions
          .filter((question) => question.status === 'shown' || question.status === 'answered')
          .map(({ workingGroupId, text }) => ({ workingGroupId, text })),
        agreements: made,
        reviews: reviews.map((review) => ({ ...review, what: what.get(review.agreementId) ?? '' })),
        workingGroups: groups.map(({ id, title }) => ({ id, title })),
        themes,
      };
    },

    async agreementRows(originMeetingId) {
      const evening = await meetingOfKind(originMeetingId, 'neighbourhood');
      const groupTitles = titles(await store.listWorkingGroups(originMeetingId));
      const themeTitles = new Map(
        (await store.listThemes(originMeetingId)).map((theme) => [theme.id, theme.title]),
      );
      const meetings = new Map(
        (await store.listReturnMeetings(originMeetingId)).map((meeting) => [meeting.id, meeting]),
      );
      const named = (ids: string[], names: Map<string, string>) =>
        ids.flatMap((id) => (names.has(id) ? [names.get(id)!] : []));
      const rows = (await store.listAgreements(originMeetingId)).map((agreement) => {
        const madeAt = meetings.get(agreement.madeAtMeetingId);
        return {
          agreement,
          owner:
            agreement.owner.kind === 'person'
              ? agreement.owner.name
              : (groupTitles.get(agreement.owner.workingGroupId) ?? ''),
          themes: named(agreement.themeIds, themeTitles),
          workingGroups: named(agreement.workingGroupIds, groupTitles),
          madeAt: { name: madeAt?.name ?? '', date: madeAt?.date ?? '' },
        };
      });
      return { evening, rows };
    },
  };
}
