import { emptySchema, phaseSetSchema, timerControlSchema } from '../../shared/protocol.js';
import { docName } from '../../shared/docs.js';
import { docAccess } from '../domain/permissions.js';
import type { MeetingService } from '../services/meetings.js';
import type { Logger } from '../logger.js';
import { handle } from './handle.js';
import type { IoSocket } from './types.js';

/** Session, clock, phase and timer commands of one connected screen. */
export function registerMeetingHandlers(
  socket: IoSocket,
  deps: { meetings: MeetingService; clock: () => number; logger: Logger },
): void {
  const { meetings, clock, logger } = deps;
  const { meetingId, role, participantNumber } = socket.data;

  socket.on(
    'session:sync',
    handle('session:sync', emptySchema, async () => {
      const welcome = docAccess({ role, meetingId }, { meetingId, kind: 'welcome' });
      return {
        role,
        participantNumber,
        meeting: await meetings.view(meetingId),
        documents:
          welcome === 'none' ? [] : [{ name: docName(meetingId, 'welcome'), access: welcome }],
        projectorToken: role === 'facilitator' ? await meetings.projectorToken(meetingId) : null,
        serverTime: clock(),
      };
    }, logger),
  );

  socket.on(
    'clock:ping',
    handle('clock:ping', emptySchema, async () => ({ serverTime: clock() }), logger),
  );

  socket.on(
    'phase:set',
    handle('phase:set', phaseSetSchema, ({ phase }) => meetings.setPhase(meetingId, phase), logger),
  );

  socket.on(
    'timer:control',
    handle(
      'timer:control',
      timerControlSchema,
      (command) => meetings.controlTimer(meetingId, command),
      logger,
    ),
  );
}
