import {
  displayNameSchema,
  emptySchema,
  groupMergeSchema,
  groupMoveSchema,
  groupRenameSchema,
  groupsProposeSchema,
} from '../../shared/protocol.js';
import { DomainError } from '../domain/errors.js';
import type { Services } from '../services/services.js';
import type { Logger } from '../logger.js';
import { commandsOf } from './handle.js';
import type { IoSocket } from './types.js';

/** Subgroups: the Regie proposes, adjusts and confirms; a phone asks for its table. */
export function registerGroupHandlers(socket: IoSocket, services: Services, logger: Logger): void {
  const { groups } = services;
  const { meetingId, participantId } = socket.data;
  const command = commandsOf(socket, logger);

  // The guard lets only attendees send the phone's commands; they always have a participant id.
  const me = () => {
    if (!participantId) throw new DomainError('FORBIDDEN', 'Only a phone has a table');
    return participantId;
  };

  command('groups:propose', groupsProposeSchema, (options) => groups.propose(meetingId, options));
  command('groups:get', emptySchema, () => groups.view(meetingId));
  command('group:move', groupMoveSchema, ({ participantId: who, groupId }) =>
    groups.move(meetingId, who, groupId),
  );
  command('group:rename', groupRenameSchema, ({ groupId, ...change }) =>
    groups.rename(meetingId, groupId, change),
  );
  command('group:merge', groupMergeSchema, ({ groupId, intoGroupId }) =>
    groups.merge(meetingId, groupId, intoGroupId),
  );
  command('groups:confirm', emptySchema, () => groups.confirm(meetingId));
  command('group:mine', emptySchema, () => groups.mine(meetingId, me()));
  command('group:display-name', displayNameSchema, ({ displayName }) =>
    groups.setDisplayName(meetingId, me(), displayName),
  );
}
