import type {
  FellowMember,
  MyWorkingGroup,
  WorkingGroup,
  WorkingGroupSummary,
} from '../../shared/model.js';
import { planDocName } from '../../shared/docs.js';
import { seedPlan } from '../../shared/plan-template.js';
import type { Store, StoredSignup } from '../store/store.js';
import type { DocReader, DocWriter } from './ports.js';
import { DomainError } from '../domain/errors.js';
import { isPublic } from '../domain/themes.js';
import type { FlagFinder } from '../domain/themes.js';
import type { Broadcaster } from './broadcast.js';
import { newId } from './tokens.js';
import { planSeedFor } from './plan-seed.js';

export interface WorkingGroupService {
  /** Whether the werkgroep exists in this meeting. */
  hasWorkingGroup(meetingId: string, workingGroupId: string): Promise<boolean>;
  /** The werkgroep a sign-up belongs to (by its theme), once started; else null. */
  workingGroupOfSignup(signupId: string): Promise<string | null>;
  /**
   * Starts the werkgroep of a published theme, its plan seeded from the tables of that theme.
   * Starting it again answers the existing werkgroep: two kopgroep members pressing "start" at
   * once both get the same one, and its plan is seeded once.
   */
  create(meetingId: string, themeId: string): Promise<WorkingGroupSummary>;
  list(meetingId: string): Promise<WorkingGroupSummary[]>;
  /** A member's own werkgroep; null while nobody started it. */
  mine(signupId: string): Promise<MyWorkingGroup | null>;
  /** A member marks the plan "klaar om te presenteren", or takes that back. */
  setReady(signupId: string, ready: boolean): Promise<WorkingGroup>;
  /** After a sign-up came or went: the member counts and the members' lists changed. */
  membersChanged(meetingId: string, themeId: string): Promise<void>;
}

/** Fellow members as a member sees them: a name only where that person consented. */
export function fellowMembers(signups: StoredSignup[], me: string): FellowMember[] {
  return signups.map((signup) => ({
    name: signup.consents.shareName ? signup.name : null,
    isMe: signup.id === me,
  }));
}

/**
 * Werkgroepen: one per theme, its members are everyone who signed up for that theme (also
 * later), each reaching it by their sign-up's personal link. Members never receive each other's
 * contact details; the kopgroep and the facilitator see those through the sign-ups.
 */
export function createWorkingGroupService(deps: {
  store: Store;
  clock: () => number;
  broadcast: Broadcaster;
  docs: DocWriter;
  reader: DocReader;
  findFlags: FlagFinder;
}): WorkingGroupService {
  const { store, clock, broadcast, docs } = deps;

  const membersOf = async (group: WorkingGroup) =>
    (await store.listSignups(group.meetingId)).filter((s) => s.themeId === group.themeId);

  function summarise(group: WorkingGroup, counts: Record<string, number>): WorkingGroupSummary {
    return {
      ...group,
      memberCount: counts[group.themeId] ?? 0,
      planDoc: planDocName(group.meetingId, group.id),
    };
  }

  async function list(meetingId: string): Promise<WorkingGroupSummary[]> {
    const [groups, counts] = await Promise.all([
      store.listWorkingGroups(meetingId),
      store.countSignups(meetingId),
    ]);
    return groups.map((group) => summarise(group, counts));
  }

  async function signupOf(signupId: string): Promise<StoredSignup> {
    const signup = await store.getSignup(signupId);
    if (!signup) throw new DomainError('NOT_FOUND', 'No sign-up for this link');
    return signup;
  }

  const groupOf = (signup: StoredSignup) =>
    store.findWorkingGroupByTheme(signup.meetingId, signup.themeId);

  async function announce(group: WorkingGroup): Promise<void> {
    broadcast.workingGroupsChanged(group.meetingId, await list(group.meetingId));
    broadcast.workingGroupChanged(group);
  }

  return {
    async create(meetingId, themeId) {
      const [meeting, theme] = await Promise.all([
        store.getMeeting(meetingId),
        store.getTheme(themeId),
      ]);
      if (!meeting || !theme || theme.meetingId !== meetingId || !isPublic(theme)) {
        throw new DomainError('NOT_FOUND', 'No such theme');
      }
      const group: WorkingGroup = {
        id: newId(),
        meetingId,
        themeId,
        title: theme.title,
        createdAt: clock(),
        readyAt: null,
      };
      if (!(await store.insertWorkingGroup(group))) {
        const existing = await store.findWorkingGroupByTheme(meetingId, themeId);
        if (!existing) throw new DomainError('INTERNAL', 'Werkgroep vanished');
        return summarise(existing, await store.countSignups(meetingId));
      }
      const seed = await planSeedFor(deps, meeting, themeId);
      await docs.write(planDocName(meetingId, group.id), (doc) => void seedPlan(doc, seed));
      broadcast.admitToWorkingGroup(
        group.id,
        (await membersOf(group)).map((signup) => signup.id),
      );
      await announce(group);
      return summarise(group, await store.countSignups(meetingId));
    },

    list,

    async mine(signupId) {
      const signup = await signupOf(signupId);
      const group = await groupOf(signup);
      if (!group) return null;
      const meeting = await store.getMeeting(group.meetingId);
      return {
        workingGroup: group,
        planDoc: planDocName(group.meetingId, group.id),
        meetingName: meeting?.name ?? '',
        members: fellowMembers(await membersOf(group), signupId),
      };
    },

    async setReady(signupId, ready) {
      const group = await groupOf(await signupOf(signupId));
      if (!group) throw new DomainError('NOT_FOUND', 'The werkgroep has not started yet');
      // Marking it ready again keeps the first moment it was ready.
      const readyAt = ready ? (group.readyAt ?? clock()) : null;
      if (readyAt === group.readyAt) return group;
      await store.setWorkingGroupReady(group.id, readyAt);
      const updated = { ...group, readyAt };
      await announce(updated);
      return updated;
    },

    async membersChanged(meetingId, themeId) {
      const group = await store.findWorkingGroupByTheme(meetingId, themeId);
      if (group) await announce(group);
    },

    async hasWorkingGroup(meetingId, workingGroupId) {
      return (await store.getWorkingGroup(workingGroupId))?.meetingId === meetingId;
    },

    async workingGroupOfSignup(signupId) {
      const signup = await store.getSignup(signupId);
      return signup ? ((await groupOf(signup))?.id ?? null) : null;
    },
  };
}
