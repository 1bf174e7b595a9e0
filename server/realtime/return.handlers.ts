import {
  agendaSetSchema,
  agendaStartSchema,
  emptySchema,
  leaderSetSchema,
  returnMeetingCreateSchema,
  snapshotGetSchema,
} from '../../shared/protocol.js';
import type { Services } from '../services/services.js';
import type { Logger } from '../logger.js';
import { commandsOf } from './handle.js';
import type { IoSocket } from './types.js';

/**
 * Terugkombijeenkomsten: created and listed by the evening's facilitator and kopgroep; run from
 * a console connected with `auth.meetingId` (role facilitator of the return meeting). Roles are
 * checked by the guard, and so is who leads: only the leader's console gets this far with
 * `leader:set` and the agenda commands.
 */
export function registerReturnHandlers(socket: IoSocket, services: Services, logger: Logger): void {
  const { returnMeetings, agenda } = services;
  const { meetingId, coreGroupMemberId } = socket.data;
  const asker = { meetingId, coreGroupMemberId };
  const command = commandsOf(socket, logger);

  command('returnMeeting:create', returnMeetingCreateSchema, (input) =>
    returnMeetings.create(asker, input),
  );
  command('returnMeeting:list', emptySchema, () => returnMeetings.list(asker));
  command('leader:set', leaderSetSchema, ({ coreGroupMemberId: leaderId }) =>
    returnMeetings.setLeader(meetingId, leaderId),
  );
  command('agenda:get', emptySchema, () => agenda.get(meetingId));
  command('agenda:set', agendaSetSchema, ({ items }) => agenda.set(meetingId, items));
  command('agenda:start', agendaStartSchema, ({ itemId }) => agenda.start(meetingId, itemId));
  command('snapshot:get', snapshotGetSchema, ({ workingGroupId }) =>
    agenda.snapshot(meetingId, workingGroupId),
  );
}
