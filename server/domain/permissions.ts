import type { Role } from '../../shared/model.js';
import type { DocRef } from '../../shared/docs.js';

export type DocAccess = 'write' | 'read' | 'none';

/** Who is asking, as established by the server from a token. */
export interface Principal {
  role: Role;
  meetingId: string;
}

/**
 * The single place that decides what a connection may do with a collaborative document.
 * Yjs cannot protect a field inside a document, so each document has one audience and one
 * writer group; anything from another meeting is refused outright.
 */
export function docAccess(principal: Principal, doc: DocRef): DocAccess {
  if (principal.meetingId !== doc.meetingId) return 'none';
  switch (doc.kind) {
    case 'welcome':
      return principal.role === 'facilitator' ? 'write' : 'read';
  }
}

/** Socket.IO commands only a facilitator may send. */
const FACILITATOR_COMMANDS = new Set(['phase:set', 'timer:control']);

export function mayCommand(role: Role, event: string): boolean {
  return !FACILITATOR_COMMANDS.has(event) || role === 'facilitator';
}
