import {
  coreGroupInviteSchema,
  coreGroupRefSchema,
  emptySchema,
  planReadySchema,
  workingGroupCreateSchema,
} from '../../shared/protocol.js';
import type { IssuedCoreGroupLink } from '../../shared/protocol.js';
import { DomainError } from '../domain/errors.js';
import type { IssuedMember } from '../services/core-group.js';
import type { Services } from '../services/services.js';
import type { Logger } from '../logger.js';
import { coreGroupUrl } from '../http/links.js';
import { commandsOf } from './handle.js';
import type { IoSocket } from './types.js';

/**
 * After the evening: the facilitator invites the kopgroep; the kopgroep and the facilitator
 * start werkgroepen; a werkgroep member opens their own and marks the plan ready. Roles are
 * checked by the guard; a member's werkgroep always follows from their own sign-up.
 */
export function registerFollowUpHandlers(
  socket: IoSocket,
  deps: { services: Services; logger: Logger; publicUrl: () => string },
): void {
  const { services, logger, publicUrl } = deps;
  const { coreGroup, workingGroups } = services;
  const { meetingId, signupId } = socket.data;
  const command = commandsOf(socket, logger);

  const issued = ({ member, token }: IssuedMember): IssuedCoreGroupLink => ({
    member,
    link: coreGroupUrl(publicUrl(), token),
  });
  // The guard lets only werkgroep members send their commands; they always have a sign-up.
  const mySignup = () => {
    if (!signupId) throw new DomainError('FORBIDDEN', 'Only a werkgroep member has a werkgroep');
    return signupId;
  };

  command('coreGroup:invite', coreGroupInviteSchema, async ({ name }) =>
    issued(await coreGroup.invite(meetingId, name)),
  );
  command('coreGroup:list', emptySchema, () => coreGroup.list(meetingId));
  command('coreGroup:revoke', coreGroupRefSchema, ({ memberId }) =>
    coreGroup.revoke(meetingId, memberId),
  );
  command('coreGroup:reissue', coreGroupRefSchema, async ({ memberId }) =>
    issued(await coreGroup.reissue(meetingId, memberId)),
  );
  command('workingGroup:create', workingGroupCreateSchema, ({ themeId }) =>
    workingGroups.create(meetingId, themeId),
  );
  command('workingGroup:list', emptySchema, () => workingGroups.list(meetingId));
  command('workingGroup:mine', emptySchema, () => workingGroups.mine(mySignup()));
  command('plan:ready', planReadySchema, ({ ready }) => workingGroups.setReady(mySignup(), ready));
}
