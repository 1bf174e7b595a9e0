import type * as Y from 'yjs';
import type { Role } from '../../shared/model.js';

/*
 * What the services need from the layers around them, declared here so that no service imports
 * them: the collab layer (server/collab/) and Socket.IO (server/realtime/) provide these, and
 * server/app.ts wires them in once.
 */

/** Reads a collaborative document without opening a room for it. */
export interface DocReader {
  read<T>(docName: string, view: (doc: Y.Doc) => T): Promise<T>;
}

/** Changes a collaborative document as the server, e.g. to show an approved addition. */
export interface DocWriter {
  write(docName: string, change: (doc: Y.Doc) => void): Promise<void>;
}

/** Changes a stored document so that what it replaced is gone from its stored log too. */
export interface DocRewriter {
  rewrite(docName: string, change: (doc: Y.Doc) => void): Promise<void>;
}

/** A connection opened with a personal link: whose link, in which meeting. */
export interface OpenLink {
  meetingId: string;
  personId: string;
}

/** Cuts off open connections once the right they were opened with is gone. */
export interface SessionCloser {
  /** The meeting's own links of these roles were replaced: their screens close. */
  closeRoles(meetingId: string, roles: readonly Role[]): void;
  /** The canvases of one attendee whose table changed, or of every attendee (null). */
  closeCanvas(meetingId: string, participantId: string | null): void;
  /**
   * Every connection opened with one personal link: a kopgroep member's, a sign-up's or a
   * conversation's gespreksleider's (by the conversation's id).
   */
  closePerson(meetingId: string, personId: string): void;
  /** The personal links that connections of this role are open with now. */
  openLinks(role: Role): Promise<OpenLink[]>;
}

/** One SessionCloser over several channels (Socket.IO and collab): each closes its own. */
export function everyChannel(channels: readonly SessionCloser[]): SessionCloser {
  return {
    closeRoles: (meetingId, roles) => {
      for (const channel of channels) channel.closeRoles(meetingId, roles);
    },
    closeCanvas: (meetingId, participantId) => {
      for (const channel of channels) channel.closeCanvas(meetingId, participantId);
    },
    closePerson: (meetingId, personId) => {
      for (const channel of channels) channel.closePerson(meetingId, personId);
    },
    openLinks: async (role) =>
      (await Promise.all(channels.map((channel) => channel.openLinks(role)))).flat(),
  };
}
