import { emptySchema, phaseSetSchema, timerControlSchema } from '../../shared/protocol.js';
import { MEETING_DOC_KINDS, docName } from '../../shared/docs.js';
import { docAccess } from '../domain/permissions.js';
import type { MeetingService } from '../services/meetings.js';
import type { ConsoleAccess } from '../services/console-access.js';
import type { Logger } from '../logger.js';
import { joinUrl } from '../http/links.js';
import { DomainError } from '../domain/errors.js';
import { handle } from './handle.js';
import type { RetentionMonths } from '../../shared/model.js';
import type { IoSocket } from './types.js';

/** Session, clock, phase and timer commands of one connected screen. */
export function registerMeetingHandlers(
  socket: IoSocket,
  deps: {
    meetings: MeetingService;
    consoleAccess: ConsoleAccess;
    clock: () => number;
    logger: Logger;
    publicUrl: () => string;
    retention: RetentionMonths;
  },
): void {
  const { meetings, consoleAccess, clock, logger, publicUrl, retention } = deps;
  const { meetingId, role, participantNumber, consoleOf, coreGroupMemberId } = socket.data;

  socket.on(
    'session:sync',
    handle(
      'session:sync',
      emptySchema,
      async () => {
        // Meeting-wide documents only; a table's canvas comes with `group:mine`. A console
        // opened for another meeting gets none: its link opens documents as what it is.
        const documents = (consoleOf ? [] : MEETING_DOC_KINDS).flatMap((kind) => {
          const access = docAccess({ role, meetingId }, { meetingId, kind });
          return access === 'none' ? [] : [{ name: docName(meetingId, kind), access }];
        });
        const meeting = await meetings.view(meetingId);
        return {
          role,
          participantNumber,
          meeting,
          joinUrl: joinUrl(publicUrl(), meeting.joinCode),
          documents,
          serverTime: clock(),
          signupRetentionMonths: retention.signups,
          retention,
          // A console opened for a return meeting learns whether it leads or follows.
          ...(consoleOf && role === 'facilitator'
            ? { leading: await consoleAccess.mayLead(socket.data, 'agenda:start') }
            : {}),
        };
      },
      logger,
    ),
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
    'beamer:reissue',
    handle(
      'beamer:reissue',
      emptySchema,
      async () => {
        // A kopgroep member opens the Beamer of a return meeting with their own link, which
        // closes when it is revoked; a Beamer token would outlive that.
        if (coreGroupMemberId) {
          throw new DomainError('FORBIDDEN', 'A kopgroep console opens the Beamer with its link');
        }
        return meetings.reissueProjector(meetingId);
      },
      logger,
    ),
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
