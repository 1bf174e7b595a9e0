import { describe, expect, it } from 'vitest';
import { PHASES } from '../../../shared/model.js';
import type { AgendaState, Phase } from '../../../shared/model.js';
import type { DomainError } from '../../../server/domain/errors.js';
import {
  PHASE_RULES,
  checkPhase,
  fitsPhase,
  guardChecksPhase,
  presentingNow,
} from '../../../server/domain/phase-rules.js';
import { COMMAND_ROLES } from '../../../server/domain/permissions.js';

const evening = (phase: Phase) => ({ kind: 'neighbourhood' as const, phase });
const returnMeeting = (phase: Phase) => ({ kind: 'return' as const, phase });
const phasesWhere = (event: string, role: Parameters<typeof fitsPhase>[1]) =>
  PHASES.filter((phase) => fitsPhase(event, role, evening(phase)));

describe('phase rules', () => {
  it('takes a sign-up in phases signup and results only, and refuses it after closed', () => {
    expect(phasesWhere('signup:create', 'attendee')).toEqual(['signup', 'results']);
    expect(() => checkPhase('signup:create', 'attendee', evening('closed'))).toThrow(
      expect.objectContaining({ code: 'WRONG_PHASE' }) as DomainError,
    );
  });

  it('takes votes in recognition only, additions also in the break', () => {
    expect(phasesWhere('vote:cast', 'attendee')).toEqual(['recognition']);
    expect(phasesWhere('vote:cast', 'tableHost')).toEqual(['recognition']);
    expect(phasesWhere('addition:send', 'attendee')).toEqual(['recognition', 'break']);
  });

  it('takes preferences while choosing, a display name at the tables', () => {
    expect(phasesWhere('preference:set', 'attendee')).toEqual(['choose']);
    expect(phasesWhere('group:display-name', 'attendee')).toEqual(['subgroups']);
  });

  it('lets a tafelhulp add a resident until the meeting closes', () => {
    expect(phasesWhere('assisted:add', 'tableHost')).toEqual(PHASES.filter((p) => p !== 'closed'));
  });

  it('shows the results to the room from phase results on, and to the Regie at any time', () => {
    expect(phasesWhere('results:get', 'attendee')).toEqual(['results', 'closed']);
    expect(phasesWhere('results:get', 'projector')).toEqual(['results', 'closed']);
    expect(phasesWhere('results:get', 'facilitator')).toEqual([...PHASES]);
  });

  it("keeps the evening's answers out of a return meeting, and questions out of the evening", () => {
    for (const phase of PHASES) {
      for (const event of ['vote:cast', 'addition:send', 'preference:set', 'signup:create']) {
        expect(fitsPhase(event, 'attendee', returnMeeting(phase)), `${event} ${phase}`).toBe(false);
      }
      expect(fitsPhase('question:send', 'attendee', evening(phase))).toBe(false);
      expect(fitsPhase('agreement:save', 'facilitator', evening(phase))).toBe(false);
    }
    expect(fitsPhase('question:send', 'attendee', returnMeeting('lobby'))).toBe(true);
    expect(fitsPhase('question:send', 'attendee', returnMeeting('closed'))).toBe(false);
  });

  it('leaves commands without a rule alone in every phase', () => {
    for (const phase of PHASES) {
      expect(fitsPhase('phase:set', 'facilitator', evening(phase))).toBe(true);
      expect(fitsPhase('vote:mine', 'attendee', returnMeeting(phase))).toBe(true);
    }
  });

  it('rules only commands some role may send, and leaves resends to the services', () => {
    for (const [event, rule] of Object.entries(PHASE_RULES)) {
      expect(Object.keys(COMMAND_ROLES), event).toContain(event);
      expect(rule.phases.length, event).toBeGreaterThan(0);
      expect(guardChecksPhase(event), event).toBe(!('resend' in rule));
    }
    expect(guardChecksPhase('addition:send')).toBe(false);
    expect(guardChecksPhase('signup:create')).toBe(true);
    expect(guardChecksPhase('phase:set')).toBe(false);
  });

  it('knows which werkgroep presents, and that nobody does during a review or between slots', () => {
    const agenda: AgendaState = {
      items: [
        { id: 'review', kind: 'review', minutes: 10 },
        { id: 'slot-a', kind: 'presentation', workingGroupId: 'wg-a', minutes: 8 },
      ],
      currentItemId: 'slot-a',
    };
    expect(presentingNow(agenda)).toBe('wg-a');
    expect(presentingNow({ ...agenda, currentItemId: 'review' })).toBeNull();
    expect(presentingNow({ ...agenda, currentItemId: null })).toBeNull();
    expect(presentingNow(null)).toBeNull();
  });
});
