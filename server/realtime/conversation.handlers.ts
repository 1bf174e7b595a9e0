import { emptySchema } from '../../shared/protocol.js';
import type { IssuedConversationLink } from '../../shared/protocol.js';
import {
  conversationCreateSchema,
  conversationRefSchema,
  conversationUpdateSchema,
} from '../../shared/schemas-conversations.js';
import { DomainError } from '../domain/errors.js';
import type { IssuedConversation } from '../services/conversations.js';
import type { Services } from '../services/services.js';
import type { Logger } from '../logger.js';
import { conversationUrl } from '../http/links.js';
import { commandsOf } from './handle.js';
import type { IoSocket } from './types.js';

/**
 * Step 2 of the method: the kopgroep and the evening's Regie plan small-group conversations and
 * hand out each one's gespreksleider link; a gespreksleider asks for their own conversation.
 * Roles and the meeting's kind are checked by the guard (a return meeting's console is refused);
 * a gespreksleider's conversation always follows from their own link.
 */
export function registerConversationHandlers(
  socket: IoSocket,
  deps: { services: Services; logger: Logger; publicUrl: () => string },
): void {
  const { services, logger, publicUrl } = deps;
  const { conversations } = services;
  const { meetingId, conversationId } = socket.data;
  const command = commandsOf(socket, logger);

  const issued = ({ conversation, token }: IssuedConversation): IssuedConversationLink => ({
    conversation,
    link: conversationUrl(publicUrl(), token),
  });
  // The guard lets only gespreksleiders ask; their link always names one conversation.
  const myConversation = () => {
    if (!conversationId) throw new DomainError('FORBIDDEN', 'Only a gespreksleider has one');
    return conversationId;
  };

  command('conversation:list', emptySchema, () => conversations.list(meetingId));
  command('conversation:create', conversationCreateSchema, (plan) =>
    conversations.create(meetingId, plan),
  );
  command('conversation:update', conversationUpdateSchema, ({ id, ...plan }) =>
    conversations.update(meetingId, id, plan),
  );
  command('conversation:link', conversationRefSchema, async ({ id }) =>
    issued(await conversations.link(meetingId, id)),
  );
  command('conversation:revoke', conversationRefSchema, ({ id }) =>
    conversations.revoke(meetingId, id),
  );
  command('conversation:mine', emptySchema, () => conversations.mine(myConversation()));
}
