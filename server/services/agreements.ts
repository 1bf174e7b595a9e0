import type { z } from 'zod';
import type { Agreement, AgreementReview, Meeting } from '../../shared/model.js';
import type { AgreementsView, agreementReviewSchema } from '../../shared/protocol.js';
import type { agreementSaveSchema } from '../../shared/schemas.js';
import type { Store } from '../store/store.js';
import { mustGetMeeting } from './meeting-lookup.js';
import { DomainError } from '../domain/errors.js';
import type { Broadcaster } from './broadcast.js';
import { localSerialise } from './keyed-queue.js';
import type { Serialise } from './keyed-queue.js';
import { newId } from './tokens.js';

export type AgreementInput = z.output<typeof agreementSaveSchema>;
export type ReviewInput = z.output<typeof agreementReviewSchema>;

export interface AgreementService {
  /** Records a new afspraak at a return meeting, or changes one made there. */
  save(meetingId: string, input: AgreementInput): Promise<Agreement>;
  list(meetingId: string): Promise<AgreementsView>;
  /** Reviews a carried-over afspraak (gedaan / loopt / vervalt) and sets its status. */
  review(meetingId: string, input: ReviewInput): Promise<AgreementReview>;
  /** The afspraken a meeting reviews first: open or ongoing, made at earlier return meetings. */
  carriedOver(meetingId: string): Promise<Agreement[]>;
}

const STILL_OPEN = new Set<Agreement['status']>(['open', 'ongoing']);

/**
 * The afspraken of a neighbourhood's process, computed for one of its meetings. Made at an earlier
 * return meeting (by date, then creation) and still open or ongoing, they carry over; one reviewed
 * here stays in the list after its review, so the review item does not shrink while it runs.
 */
export async function agreementsAt(store: Store, meeting: Meeting): Promise<AgreementsView> {
  const originId = meeting.originMeetingId ?? meeting.id;
  const meetings = await store.listReturnMeetings(originId);
  const position = meetings.findIndex((other) => other.id === meeting.id);
  // The neighbourhood meeting itself comes before all of them: every open one is carried.
  const earlier = new Set(
    (position < 0 ? meetings : meetings.slice(0, position)).map((other) => other.id),
  );
  const reviews = meeting.kind === 'return' ? await store.listAgreementReviews(meeting.id) : [];
  const reviewedHere = new Set(reviews.map((review) => review.agreementId));
  const all = await store.listAgreements(originId);
  const groups = await store.listWorkingGroups(originId);
  return {
    carriedOver: all.filter(
      (agreement) =>
        earlier.has(agreement.madeAtMeetingId) &&
        (STILL_OPEN.has(agreement.status) || reviewedHere.has(agreement.id)),
    ),
    made: all.filter((agreement) => agreement.madeAtMeetingId === meeting.id),
    reviews,
    workingGroups: groups.map(({ id, title }) => ({ id, title })),
  };
}

/**
 * Afspraken are recorded live by the leader of a terugkombijeenkomst and belong to the evening
 * they follow, so the next return meeting finds them. Every reference (a werkgroep as owner,
 * linked themes and werkgroepen) must be of that evening: nothing points into another meeting.
 */
export function createAgreementService(deps: {
  store: Store;
  broadcast: Broadcaster;
  clock: () => number;
  /** Runs commands on one thing one at a time; across nodes when there are several. */
  serialise?: Serialise;
}): AgreementService {
  const { store, broadcast, clock } = deps;
  const oneAtATime = (deps.serialise ?? localSerialise)('agreements');

  const meetingOf = (meetingId: string) => mustGetMeeting(store, meetingId);

  async function returnMeeting(meetingId: string): Promise<Meeting & { originMeetingId: string }> {
    const meeting = await meetingOf(meetingId);
    if (meeting.kind !== 'return' || meeting.originMeetingId === null) {
      throw new DomainError('WRONG_PHASE', 'Afspraken are made at a return meeting');
    }
    return { ...meeting, originMeetingId: meeting.originMeetingId };
  }

  async function mustBeWorkingGroups(originId: string, ids: Iterable<string>): Promise<void> {
    for (const id of ids) {
      const group = await store.getWorkingGroup(id);
      if (group?.meetingId !== originId) throw new DomainError('NOT_FOUND', 'No such werkgroep');
    }
  }

  async function mustBeThemes(originId: string, ids: Iterable<string>): Promise<void> {
    for (const id of ids) {
      const theme = await store.getTheme(id);
      if (theme?.meetingId !== originId) throw new DomainError('NOT_FOUND', 'No such theme');
    }
  }

  async function announce(meeting: Meeting): Promise<void> {
    broadcast.agreementsChanged(meeting.id, await agreementsAt(store, meeting));
  }

  async function save(meetingId: string, input: AgreementInput): Promise<Agreement> {
    const meeting = await returnMeeting(meetingId);
    const origin = meeting.originMeetingId;
    // Checked in this order so the leader is told what is missing before what is wrong.
    if (input.owner === null) throw new DomainError('OWNER_REQUIRED', 'Who carries it out?');
    if (input.due === '') throw new DomainError('DUE_REQUIRED', 'By when?');
    const existing = input.id ? await store.getAgreement(input.id) : null;
    if (input.id && existing?.madeAtMeetingId !== meetingId) {
      throw new DomainError('NOT_FOUND', 'No such afspraak at this meeting');
    }
    const themeIds = [...new Set(input.themeIds)];
    const workingGroupIds = [...new Set(input.workingGroupIds)];
    if (input.owner.kind === 'workingGroup') {
      await mustBeWorkingGroups(origin, [input.owner.workingGroupId]);
    }
    await mustBeWorkingGroups(origin, workingGroupIds);
    await mustBeThemes(origin, themeIds);
    const agreement: Agreement = {
      id: existing?.id ?? newId(),
      originMeetingId: origin,
      madeAtMeetingId: meetingId,
      what: input.what,
      owner: input.owner,
      due: input.due,
      themeIds,
      workingGroupIds,
      status: input.status ?? existing?.status ?? 'open',
      createdAt: existing?.createdAt ?? clock(),
    };
    await store.saveAgreement(agreement);
    await announce(meeting);
    return agreement;
  }

  async function review(meetingId: string, input: ReviewInput): Promise<AgreementReview> {
    const meeting = await returnMeeting(meetingId);
    const { carriedOver } = await agreementsAt(store, meeting);
    if (!carriedOver.some((agreement) => agreement.id === input.agreementId)) {
      throw new DomainError('NOT_FOUND', 'No such afspraak to review here');
    }
    const entry: AgreementReview = { ...input, meetingId, at: clock() };
    await store.saveAgreementReview(entry);
    await announce(meeting);
    return entry;
  }

  return {
    save(meetingId, input) {
      return oneAtATime(meetingId, () => save(meetingId, input));
    },
    async list(meetingId) {
      return agreementsAt(store, await meetingOf(meetingId));
    },
    review(meetingId, input) {
      return oneAtATime(meetingId, () => review(meetingId, input));
    },
    async carriedOver(meetingId) {
      return (await agreementsAt(store, await meetingOf(meetingId))).carriedOver;
    },
  };
}
