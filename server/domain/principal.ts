import type { Role } from '../../shared/model.js';

/**
 * Who is asking, as the server resolved it from the token a connection or request presented; a
 * client never names its role. The same identity rides on a Socket.IO connection (`socket.data`),
 * a collab session and an HTTP request behind a token.
 */
export interface Principal {
  role: Role;
  meetingId: string;
  participantId: string | null;
  participantNumber: number | null;
  /** For table hosts: their id, which owns the people they enter answers for. */
  tableHostId: string | null;
  /** For kopgroep members: whose link it is, so revoking it can close their connections. */
  coreGroupMemberId?: string | null;
  /** For werkgroep members: the sign-up whose personal link they opened. */
  signupId?: string | null;
  /** For a gespreksleider: the one conversation their link records. */
  conversationId?: string | null;
  /**
   * For a console or Beamer opened for a return meeting: the evening whose link (its Regie's or
   * a kopgroep member's) opened it, so replacing that link closes it.
   */
  consoleOf?: string | null;
}
