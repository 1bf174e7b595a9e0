import type { Role } from '../../shared/model.js';
import type { DocRef } from '../../shared/docs.js';

export type DocAccess = 'write' | 'read' | 'none';

/** Who is asking, as established by the server from a token. */
export interface Principal {
  role: Role;
  meetingId: string;
  /**
   * For attendees: the subgroup they sit in once the grouping is confirmed, looked up by the
   * caller from the store; null before that or for anyone else.
   */
  groupId?: string | null;
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
    case 'plenary':
      // Written by the server alone, from moderated additions; nobody writes it directly.
      return 'read';
    case 'canvas':
      // A table writes its own canvas face to face; the Regie and the hall's screen watch.
      if (principal.role === 'facilitator' || principal.role === 'projector') return 'read';
      if (principal.role === 'attendee' && principal.groupId === doc.groupId) return 'write';
      return 'none';
  }
}

const STAFF: readonly Role[] = ['facilitator'];
const ANSWERING: readonly Role[] = ['attendee', 'tableHost'];

/**
 * Which roles may send which Socket.IO command. A command not listed here is open to every
 * role of the meeting (reading what that role may see).
 */
const COMMAND_ROLES: Record<string, readonly Role[]> = {
  'phase:set': STAFF,
  'timer:control': STAFF,
  'theme:create': STAFF,
  'theme:update': STAFF,
  'theme:publish': STAFF,
  'theme:hide': STAFF,
  'theme:delete': STAFF,
  'theme:reorder': STAFF,
  'theme:import': STAFF,
  'flag:dismiss': STAFF,
  'focus:set': STAFF,
  'recognition:control': STAFF,
  'hands:set': STAFF,
  'addition:list': STAFF,
  'addition:moderate': STAFF,
  'addition:promote': STAFF,
  'tablehost:create': STAFF,
  'tablehost:list': STAFF,
  'vote:cast': ANSWERING,
  'vote:mine': ANSWERING,
  'addition:send': ANSWERING,
  'preference:set': ANSWERING,
  'preference:mine': ANSWERING,
  'preference:counts': STAFF,
  'groups:propose': STAFF,
  'groups:get': STAFF,
  'group:move': STAFF,
  'group:rename': STAFF,
  'group:merge': STAFF,
  'groups:confirm': STAFF,
  'groups:activity': STAFF,
  'message:send': STAFF,
  'group:mine': ['attendee'],
  'group:display-name': ['attendee'],
  'signup:create': ['attendee'],
  'signup:list': STAFF,
  'signup:erase': STAFF,
  'results:get': ['facilitator', 'projector', 'attendee'],
  'assisted:add': ['tableHost'],
  'assisted:list': ['tableHost'],
};

export function mayCommand(role: Role, event: string): boolean {
  const allowed = COMMAND_ROLES[event];
  return allowed === undefined || allowed.includes(role);
}
