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
  /**
   * For werkgroep members: the werkgroep their sign-up belongs to (resolved by the caller from
   * the sign-up's theme), null when none was started yet.
   */
  workingGroupId?: string | null;
}

const FOLLOW_UP_ROLES: readonly Role[] = ['coreGroupMember', 'workingGroupMember'];

/**
 * The single place that decides what a connection may do with a collaborative document.
 * Yjs cannot protect a field inside a document, so each document has one audience and one
 * writer group; anything from another meeting is refused outright.
 */
export function docAccess(principal: Principal, doc: DocRef): DocAccess {
  if (principal.meetingId !== doc.meetingId) return 'none';
  // People reached after the evening by a personal link see only what follows it.
  const ofTheEvening = !FOLLOW_UP_ROLES.includes(principal.role);
  switch (doc.kind) {
    case 'welcome':
      if (!ofTheEvening) return 'none';
      return principal.role === 'facilitator' ? 'write' : 'read';
    case 'plenary':
      // Written by the server alone, from moderated additions; nobody writes it directly.
      return ofTheEvening ? 'read' : 'none';
    case 'canvas':
      // A table writes its own canvas face to face; the Regie and the hall's screen watch.
      if (principal.role === 'facilitator' || principal.role === 'projector') return 'read';
      if (principal.role === 'attendee' && principal.groupId === doc.groupId) return 'write';
      return 'none';
    case 'plan':
      // The werkgroep writes its own plan; the kopgroep and the facilitator follow it.
      if (principal.role === 'facilitator' || principal.role === 'coreGroupMember') return 'read';
      if (
        principal.role === 'workingGroupMember' &&
        principal.workingGroupId === doc.workingGroupId
      ) {
        return 'write';
      }
      return 'none';
  }
}

const STAFF: readonly Role[] = ['facilitator'];
const ANSWERING: readonly Role[] = ['attendee', 'tableHost'];
/** Staff and kopgroep: who may see werkgroepen and their sign-ups. */
const CORE: readonly Role[] = ['facilitator', 'coreGroupMember'];

/**
 * Which roles may send which Socket.IO command. A command not listed here is open to every
 * role of the evening (reading what that role may see), but not to the follow-up roles.
 */
const COMMAND_ROLES: Record<string, readonly Role[]> = {
  'phase:set': STAFF,
  'timer:control': STAFF,
  'beamer:reissue': STAFF,
  'joining:set': STAFF,
  'joining:get': STAFF,
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
  'signup:list': CORE,
  'signup:erase': STAFF,
  'results:get': ['facilitator', 'projector', 'attendee'],
  'assisted:add': ['tableHost'],
  'coreGroup:invite': STAFF,
  'coreGroup:list': STAFF,
  'coreGroup:revoke': STAFF,
  'coreGroup:reissue': STAFF,
  'workingGroup:create': CORE,
  'workingGroup:list': CORE,
  'workingGroup:mine': ['workingGroupMember'],
  'plan:ready': ['workingGroupMember'],
  'returnMeeting:create': CORE,
  'returnMeeting:list': CORE,
  'leader:set': STAFF,
  'agenda:set': STAFF,
  'agenda:start': STAFF,
  'question:send': ANSWERING,
  'question:list': STAFF,
  'question:moderate': STAFF,
  'agreement:save': STAFF,
  'agreement:review': STAFF,
  'assisted:list': ['tableHost'],
};

/** What the follow-up roles may send without being listed: they are not in the hall. */
const OPEN_TO_FOLLOW_UP = new Set(['session:sync', 'clock:ping', 'themes:list', 'signup:counts']);

export function mayCommand(role: Role, event: string): boolean {
  const allowed = COMMAND_ROLES[event];
  if (allowed !== undefined) return allowed.includes(role);
  return !FOLLOW_UP_ROLES.includes(role) || OPEN_TO_FOLLOW_UP.has(event);
}
