import type { z } from 'zod';
import type { AgendaItem, AgendaState, Meeting, PlanSnapshot } from '../../shared/model.js';
import type { agendaSetSchema } from '../../shared/schemas.js';
import type { Store } from '../store/store.js';
import type { DocReader } from './ports.js';
import { DomainError } from '../domain/errors.js';
import type { Broadcaster } from './broadcast.js';
import type { MeetingService } from './meetings.js';
import { agreementsAt } from './agreements.js';
import { localSerialise } from './keyed-queue.js';
import type { Serialise } from './keyed-queue.js';
import { takePlanSnapshot } from './plan-snapshot.js';
import { newId } from './tokens.js';

export type AgendaInput = z.output<typeof agendaSetSchema>['items'];

export interface AgendaService {
  get(meetingId: string): Promise<AgendaState>;
  /** Replaces the agenda; the item running now keeps running when it is still on it. */
  set(meetingId: string, items: AgendaInput): Promise<AgendaState>;
  /**
   * Makes an item current: its timer starts and a presented plan is snapshotted (again, when
   * the slot is started again). null ends the meeting (phase `closed`).
   */
  start(meetingId: string, itemId: string | null): Promise<AgendaState>;
  /** The plan as presented at this meeting; null when that werkgroep did not present (yet). */
  snapshot(meetingId: string, workingGroupId: string): Promise<PlanSnapshot | null>;
}

const NO_AGENDA: AgendaState = { items: [], currentItemId: null };
/** Minutes for the review a leader left out while afspraken carry over. */
export const REVIEW_MINUTES = 10;

/**
 * The agenda of a terugkombijeenkomst: a review of the afspraken that carry over, then one
 * presentation slot per werkgroep of the evening. Starting a slot reuses the meeting's shared
 * timer, so every screen counts down exactly as in the evening.
 */
export function createAgendaService(deps: {
  store: Store;
  meetings: MeetingService;
  reader: DocReader;
  broadcast: Broadcaster;
  clock: () => number;
  /** Runs commands on one thing one at a time; across nodes when there are several. */
  serialise?: Serialise;
}): AgendaService {
  const { store, meetings, reader, broadcast, clock } = deps;
  // Two quick clicks would otherwise both read the old agenda and both write theirs.
  const oneAtATime = (deps.serialise ?? localSerialise)('agenda');

  async function returnMeeting(meetingId: string): Promise<Meeting & { originMeetingId: string }> {
    const meeting = await store.getMeeting(meetingId);
    if (!meeting || meeting.kind !== 'return' || meeting.originMeetingId === null) {
      throw new DomainError('NOT_FOUND', 'Not a return meeting');
    }
    return { ...meeting, originMeetingId: meeting.originMeetingId };
  }

  async function workingGroupOf(originId: string, workingGroupId: string) {
    const group = await store.getWorkingGroup(workingGroupId);
    // Another evening's werkgroep is as unknown here as one that never existed.
    if (!group || group.meetingId !== originId) {
      throw new DomainError('NOT_FOUND', 'No such werkgroep');
    }
    return group;
  }

  async function withIds(originId: string, input: AgendaInput): Promise<AgendaItem[]> {
    const seen = new Set<string>();
    const presented = new Set<string>();
    const items: AgendaItem[] = [];
    for (const item of input) {
      const id = item.id && !seen.has(item.id) ? item.id : newId();
      seen.add(id);
      if (item.kind === 'review') {
        items.push({ id, kind: 'review', minutes: item.minutes });
        continue;
      }
      await workingGroupOf(originId, item.workingGroupId);
      if (presented.has(item.workingGroupId)) {
        throw new DomainError('INVALID_PAYLOAD', 'A werkgroep presents once per meeting');
      }
      presented.add(item.workingGroupId);
      const { workingGroupId, minutes } = item;
      items.push({ id, kind: 'presentation', workingGroupId, minutes });
    }
    return items;
  }

  async function save(meetingId: string, agenda: AgendaState): Promise<AgendaState> {
    await store.setAgenda(meetingId, agenda);
    broadcast.agendaChanged(meetingId, agenda);
    return agenda;
  }

  return {
    async get(meetingId) {
      await returnMeeting(meetingId);
      return (await store.getAgenda(meetingId)) ?? NO_AGENDA;
    },

    set(meetingId, input) {
      return oneAtATime(meetingId, async () => {
        const meeting = await returnMeeting(meetingId);
        const items = await withIds(meeting.originMeetingId, input);
        if (!items.some((item) => item.kind === 'presentation')) {
          throw new DomainError('AGENDA_EMPTY', 'No werkgroep on the agenda');
        }
        const carried = (await agreementsAt(store, meeting)).carriedOver.length > 0;
        if (carried && !items.some((item) => item.kind === 'review')) {
          items.unshift({ id: newId(), kind: 'review', minutes: REVIEW_MINUTES });
        }
        const before = (await store.getAgenda(meetingId)) ?? NO_AGENDA;
        const current = items.some((item) => item.id === before.currentItemId)
          ? before.currentItemId
          : null;
        return save(meetingId, { items, currentItemId: current });
      });
    },

    start(meetingId, itemId) {
      return oneAtATime(meetingId, async () => {
        const meeting = await returnMeeting(meetingId);
        const agenda = (await store.getAgenda(meetingId)) ?? NO_AGENDA;
        if (itemId === null) {
          if (meeting.timer.state !== 'idle') {
            await meetings.controlTimer(meetingId, { action: 'stop' });
          }
          await meetings.setPhase(meetingId, 'closed');
          return save(meetingId, { ...agenda, currentItemId: null });
        }
        const item = agenda.items.find((candidate) => candidate.id === itemId);
        if (!item) throw new DomainError('NOT_FOUND', 'No such agenda item');
        if (item.kind === 'presentation') {
          const group = await workingGroupOf(meeting.originMeetingId, item.workingGroupId);
          await store.putPlanSnapshot(await takePlanSnapshot(reader, meetingId, group, clock()));
        }
        // Starting an item after closing by mistake opens the meeting again.
        if (meeting.phase === 'closed') await meetings.setPhase(meetingId, 'lobby');
        await meetings.controlTimer(meetingId, {
          action: 'start',
          durationMs: item.minutes * 60_000,
        });
        return save(meetingId, { ...agenda, currentItemId: item.id });
      });
    },

    async snapshot(meetingId, workingGroupId) {
      await returnMeeting(meetingId);
      const snapshots = await store.listPlanSnapshots(meetingId);
      return snapshots.find((snapshot) => snapshot.workingGroupId === workingGroupId) ?? null;
    },
  };
}
