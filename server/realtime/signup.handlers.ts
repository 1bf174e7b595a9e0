import { emptySchema, signupCreateSchema, signupRefSchema } from '../../shared/protocol.js';
import type { CreatedSignup } from '../../shared/protocol.js';
import type { Services } from '../services/services.js';
import type { Logger } from '../logger.js';
import { signupUrl } from '../http/links.js';
import { commandsOf } from './handle.js';
import type { IoSocket } from './types.js';

/**
 * Sign-ups for werkgroepen. Roles are checked by the guard: attendees create, staff list and
 * erase. Contact details travel only in the answer to the one who asked, never in a broadcast.
 */
export function registerSignupHandlers(
  socket: IoSocket,
  deps: { services: Services; logger: Logger; publicUrl: () => string },
): void {
  const { services, logger, publicUrl } = deps;
  const { signups } = services;
  const { meetingId, participantId } = socket.data;
  const command = commandsOf(socket, logger);

  command('signup:create', signupCreateSchema, async (input): Promise<CreatedSignup> => {
    const { signup, token } = await signups.create({ meetingId, participantId }, input);
    return { signup, link: signupUrl(publicUrl(), token) };
  });
  command('signup:list', emptySchema, () => signups.list(meetingId, socket.data.role));
  command('signup:reissue', signupRefSchema, async ({ signupId }) => {
    const { token } = await signups.reissue(meetingId, signupId, socket.data.role);
    return { signupId, link: signupUrl(publicUrl(), token) };
  });
  command('signup:erase', signupRefSchema, ({ signupId }) => signups.erase(meetingId, signupId));
  command('signup:counts', emptySchema, () => signups.counts(meetingId));
}
