/**
 * When a command fits the meeting: the kind of meeting it belongs to and the phases in which the
 * server takes it. The server refuses it otherwise with WRONG_PHASE (server/domain/phase-rules.ts
 * checks, the guard enforces); the phone and the tafelhulp show a form only when its rule says
 * the server will take it, from this same table. Pure data, no Node or DOM APIs.
 */
import { PHASES } from './model.js';
import type { Phase, Role } from './model.js';
import type { MeetingKind } from './model-return.js';
import type { ClientToServerEvents } from './protocol.js';

export interface PhaseRule {
  /** The kind of meeting the command belongs to; any other kind refuses it. */
  kind: MeetingKind;
  /** The phases in which it is taken. */
  phases: readonly Phase[];
  /** Roles the rule does not bind (the facilitator checks the report before showing it). */
  exempt?: readonly Role[];
  /** What the service checks on top, in words (listed in SECURITY.md). */
  also?: string;
  /**
   * Checked by the service instead of the guard, after it recognised a resend: an outbox that
   * sends again what the server already has is answered `received` in any phase.
   */
  resend?: true;
}

const EVERY_PHASE: readonly Phase[] = PHASES;
const UNTIL_CLOSED: readonly Phase[] = PHASES.filter((phase) => phase !== 'closed');

/**
 * Staff commands about the neighbourhood evening's own work. A return meeting's console (a
 * kopgroep member's among them) runs as that meeting's facilitator, and has nothing to do with
 * themes, tables, sign-ups or the kopgroep's links: there they are refused.
 */
const EVENING_STAFF = [
  'theme:create',
  'theme:update',
  'theme:publish',
  'theme:hide',
  'theme:delete',
  'theme:reorder',
  'theme:import',
  'flag:dismiss',
  'focus:set',
  'recognition:control',
  'hands:set',
  'addition:list',
  'addition:moderate',
  'addition:promote',
  'preference:counts',
  'tablehost:create',
  'tablehost:list',
  'groups:propose',
  'groups:get',
  'group:move',
  'group:rename',
  'group:merge',
  'groups:confirm',
  'groups:activity',
  'signup:list',
  'signup:erase',
  'signup:reissue',
  'coreGroup:invite',
  'coreGroup:list',
  'coreGroup:revoke',
  'coreGroup:reissue',
  'workingGroup:create',
  'workingGroup:list',
  'returnMeeting:create',
  'returnMeeting:list',
  // Conversations are planned before the evening and read after it, in every phase of it.
  'conversation:list',
  'conversation:create',
  'conversation:update',
  'conversation:link',
  'conversation:revoke',
] as const;

/** Staff commands that only a return meeting has: its leader, agenda and questions. */
const RETURN_STAFF = [
  'leader:set',
  'agenda:set',
  'agenda:start',
  'question:list',
  'question:moderate',
] as const;

function kindOnly<E extends string>(events: readonly E[], kind: MeetingKind): Record<E, PhaseRule> {
  return Object.fromEntries(
    events.map((event) => [event, { kind, phases: EVERY_PHASE }]),
  ) as Record<E, PhaseRule>;
}

/**
 * Every command with a phase rule. A command not listed here has none: staff commands (the
 * facilitator may skip, go back and fix at any time) and reads of what a role may see anyway.
 */
export const PHASE_RULES = {
  // Before the break. The phone shows the answer buttons and the addition form in `recognition`;
  // additions are still taken in the break, when phones that lost the wifi send what they queued.
  'vote:cast': {
    kind: 'neighbourhood',
    phases: ['recognition'],
    also: "the theme's recognition is open (RECOGNITION_CLOSED)",
  },
  'addition:send': { kind: 'neighbourhood', phases: ['recognition', 'break'], resend: true },
  // After the break: choose, sit at a table, sign up.
  'preference:set': { kind: 'neighbourhood', phases: ['choose'] },
  'group:display-name': {
    kind: 'neighbourhood',
    phases: ['subgroups'],
    also: 'the phone sits at a confirmed table (NO_GROUP)',
  },
  // While the results are shown a phone may still sign up; after `closed` nobody can.
  'signup:create': { kind: 'neighbourhood', phases: ['signup', 'results'] },
  // The tafelhulp adds a resident without a phone as long as people may join.
  'assisted:add': { kind: 'neighbourhood', phases: UNTIL_CLOSED },
  'results:get': { kind: 'neighbourhood', phases: ['results', 'closed'], exempt: ['facilitator'] },
  // Terugkombijeenkomst.
  'question:send': {
    kind: 'return',
    phases: UNTIL_CLOSED,
    also: 'a werkgroep presents now: an agenda slot of kind presentation runs',
    resend: true,
  },
  'agreement:list': { kind: 'return', phases: EVERY_PHASE },
  'agreement:save': { kind: 'return', phases: EVERY_PHASE },
  'agreement:review': { kind: 'return', phases: EVERY_PHASE },
  ...kindOnly(EVENING_STAFF, 'neighbourhood'),
  ...kindOnly(RETURN_STAFF, 'return'),
} as const satisfies Partial<Record<keyof ClientToServerEvents, PhaseRule>>;

export type PhaseRuledEvent = keyof typeof PHASE_RULES;

/** The rule of a command, or undefined when it has none. */
export function phaseRuleOf(event: string): PhaseRule | undefined {
  return Object.hasOwn(PHASE_RULES, event) ? PHASE_RULES[event as PhaseRuledEvent] : undefined;
}

/** Whether `role` may send `event` to a meeting of `kind` in `phase`, as far as phases go. */
export function fitsPhase(
  event: string,
  role: Role,
  meeting: { kind: MeetingKind; phase: Phase },
): boolean {
  const rule = phaseRuleOf(event);
  if (!rule || rule.exempt?.includes(role)) return true;
  return rule.kind === meeting.kind && rule.phases.includes(meeting.phase);
}
