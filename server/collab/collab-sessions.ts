import type { WebSocket } from 'ws';
import { COLLAB_CLOSE } from '../../shared/protocol.js';
import type { DocRef } from '../../shared/docs.js';
import type { Role } from '../../shared/model.js';
import type { Principal } from '../domain/principal.js';
import { SessionIndex } from './session-index.js';

/** One open document connection: its socket and the document it opened. */
export interface CollabSession {
  ws: WebSocket;
  ref: DocRef;
}

/**
 * The collab endpoint's open connections, made before the endpoint itself so that whoever
 * withdraws a right (the services, through app.ts) can close them without knowing the endpoint.
 * Each close carries the code the client's screen explains (4401 link gone, 4403 no access).
 */
export class CollabSessions {
  private readonly index = new SessionIndex<CollabSession>();

  /** Registers an open connection; call the returned function when it closes. */
  add(principal: Principal, session: CollabSession): () => void {
    const entry = this.index.add(principal, session);
    return () => this.index.remove(entry);
  }

  /** The meeting's links of these roles were replaced. */
  closeRoles(meetingId: string, roles: readonly Role[]): void {
    for (const { ws } of this.index.find(meetingId, roles)) {
      ws.close(COLLAB_CLOSE.unauthorised, 'link replaced');
    }
  }

  /**
   * Canvas connections (4403) of one attendee whose table changed, or of every attendee of the
   * meeting (null) when the grouping was reopened; their phones reopen the right one.
   */
  closeCanvas(meetingId: string, participantId: string | null): void {
    const open = participantId
      ? this.index.findParticipant(meetingId, participantId)
      : this.index.find(meetingId, ['attendee']);
    for (const { ws, ref } of open) {
      if (ref.kind === 'canvas') ws.close(COLLAB_CLOSE.forbidden, 'no longer at this table');
    }
  }

  /** Every connection (4401) opened with a kopgroep member's, a sign-up's or a conversation's link. */
  closePerson(meetingId: string, personId: string): void {
    for (const { ws } of this.index.findPerson(meetingId, personId)) {
      ws.close(COLLAB_CLOSE.unauthorised, 'link no longer valid');
    }
  }

  /** Whose personal links the open connections of this role were opened with. */
  async openLinks(role: Role): Promise<{ meetingId: string; personId: string }[]> {
    return this.index.people([role]);
  }
}
