import type { Role } from '../../shared/model.js';
import type { DocRef } from '../../shared/docs.js';
import type { ClientToServerEvents } from '../../shared/protocol.js';
import type { Principal } from './principal.js';

export type DocAccess = 'write' | 'read' | 'none';

/** A principal with the table or werkgroep its link places it at, as docAccess needs it. */
export interface PlacedPrincipal extends Pick<Principal, 'role' | 'meetingId'> {
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
  /** For a gespreksleider: the conversation their link records. */
  conversationId?: string | null;
}

const FOLLOW_UP_ROLES: readonly Role[] = [
  'coreGroupMember',
  'workingGroupMember',
  'conversationLeader',
];

/**
 * The single place that decides what a connection may do with a collaborative document.
 * Yjs cannot protect a field inside a document, so each document has one audience and one
 * writer group; anything from another meeting is refused outright.
 */
export function docAccess(principal: PlacedPrincipal, doc: DocRef): DocAccess {
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
    case 'conversation':
      // Raw stories stay with who records them and the traject's staff and kopgroep, who read
      // them for the analysis; nothing from them reaches the hall until a theme is published.
      if (principal.role === 'facilitator' || principal.role === 'coreGroupMember') return 'read';
      if (
        principal.role === 'conversationLeader' &&
        principal.conversationId === doc.conversationId
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
/** Every screen in the hall: the Regie, the Beamer, the phones and the tafelhulp. */
const HALL: readonly Role[] = ['facilitator', 'projector', 'attendee', 'tableHost'];
/** The screens of a terugkombijeenkomst: its console, its Beamer and its phones. */
const RETURN_ROOM: readonly Role[] = ['facilitator', 'projector', 'attendee'];
const EVERYONE: readonly Role[] = [
  ...HALL,
  'coreGroupMember',
  'workingGroupMember',
  'conversationLeader',
];

/**
 * Which roles may send which Socket.IO command: deny by default. Typed over every event of the
 * protocol, so a new event does not compile until its roles are decided here. A role is listed
 * only where one of its screens sends the command (client/lib) or it may read the answer anyway;
 * SECURITY.md prints this table (scripts/security-table.ts) and a unit test keeps it current.
 * The leader of a return meeting is a facilitator console; guard.ts lets only the leading one
 * through with the commands that change the meeting.
 */
export const COMMAND_ROLES = {
  'session:sync': EVERYONE,
  'clock:ping': EVERYONE,
  'phase:set': STAFF,
  'timer:control': STAFF,
  'beamer:reissue': STAFF,
  'joining:set': STAFF,
  'joining:get': STAFF,
  // The kopgroep page lists the published themes to start werkgroepen; staff see all.
  'themes:list': [...HALL, 'coreGroupMember'],
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
  'vote:cast': ANSWERING,
  'vote:mine': ANSWERING,
  // Revealed tallies for the room; every tally for staff (decided in the service).
  'tally:list': HALL,
  'addition:send': ANSWERING,
  'addition:list': STAFF,
  'addition:moderate': STAFF,
  'addition:promote': STAFF,
  'preference:set': ANSWERING,
  'preference:mine': ANSWERING,
  'preference:counts': STAFF,
  'tablehost:create': STAFF,
  'tablehost:list': STAFF,
  'assisted:add': ['tableHost'],
  'assisted:list': ['tableHost'],
  'groups:propose': STAFF,
  'groups:get': STAFF,
  'group:move': STAFF,
  'group:rename': STAFF,
  'group:merge': STAFF,
  'groups:confirm': STAFF,
  'group:mine': ['attendee'],
  'group:display-name': ['attendee'],
  // The Beamer's list of tables; a phone learns its own table from group:mine.
  'groups:tables': ['facilitator', 'projector'],
  'groups:activity': STAFF,
  'message:send': STAFF,
  'signup:create': ['attendee'],
  'signup:list': CORE,
  'signup:erase': STAFF,
  // The kopgroep replaces the links of the sign-ups it may see (signups.reissue checks which).
  'signup:reissue': CORE,
  // Counts only, broadcast to every screen of the evening anyway; the kopgroep page shows them.
  'signup:counts': [...HALL, 'coreGroupMember'],
  // The room sees the results from phase `results` on (phase rule); the tafelhulp has no view.
  'results:get': ['facilitator', 'projector', 'attendee'],
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
  'agenda:get': RETURN_ROOM,
  'agenda:set': STAFF,
  'agenda:start': STAFF,
  'snapshot:get': RETURN_ROOM,
  // Phones ask; a return meeting has no tafelhulp screen.
  'question:send': ['attendee'],
  'question:list': STAFF,
  'question:moderate': STAFF,
  // Afspraken are made in front of the room: its console, Beamer and phones list them.
  'agreement:list': RETURN_ROOM,
  'agreement:save': STAFF,
  'agreement:review': STAFF,
  // Step 2 of the method: the kopgroep plans small-group conversations with the adviser (the
  // evening's Regie); a gespreksleider only asks what their own link records.
  'conversation:list': CORE,
  'conversation:create': CORE,
  'conversation:update': CORE,
  'conversation:link': CORE,
  'conversation:revoke': CORE,
  'conversation:mine': ['conversationLeader'],
} as const satisfies Record<keyof ClientToServerEvents, readonly Role[]>;

/** Every command of the protocol, in the order of {@link COMMAND_ROLES}. */
export const COMMANDS = Object.keys(COMMAND_ROLES) as (keyof ClientToServerEvents)[];

/** Whether `role` may send `event`. Anything not in the protocol is refused. */
export function mayCommand(role: Role, event: string): boolean {
  if (!Object.hasOwn(COMMAND_ROLES, event)) return false;
  const allowed: readonly Role[] = COMMAND_ROLES[event as keyof ClientToServerEvents];
  return allowed.includes(role);
}

const NOT_STAFF: readonly Role[] = ['attendee', 'projector', 'tableHost', 'coreGroupMember'];

/** Staff reads (`question:list`, `groups:get`, …): a console that follows still sees. */
const READ = /:(list|get|counts|activity)$/;

/**
 * Whether `event` changes the meeting: a command only the facilitator may send that is not a
 * read. Only the console that leads a meeting may send these (guard.ts asks console-access.ts);
 * a facilitator console that follows is answered NOT_LEADER.
 */
export function changesMeeting(event: string): boolean {
  return (
    !READ.test(event) &&
    mayCommand('facilitator', event) &&
    !NOT_STAFF.some((role) => mayCommand(role, event))
  );
}
