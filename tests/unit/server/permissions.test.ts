import { describe, expect, it } from 'vitest';
import { ROLES as EVERY_ROLE } from '../../../shared/model.js';
import type { Role } from '../../../shared/model.js';
import type { DocRef } from '../../../shared/docs.js';
import {
  COMMANDS,
  COMMAND_ROLES,
  docAccess,
  mayCommand,
} from '../../../server/domain/permissions.js';

const ROLES: Role[] = ['facilitator', 'projector', 'attendee'];
const welcome: DocRef = { meetingId: 'meeting-aaa', kind: 'welcome' };

describe('docAccess', () => {
  it('lets the facilitator write the welcome board of their meeting', () => {
    expect(docAccess({ role: 'facilitator', meetingId: 'meeting-aaa' }, welcome)).toBe('write');
  });

  it('lets the projector and attendees only read the welcome board', () => {
    expect(docAccess({ role: 'projector', meetingId: 'meeting-aaa' }, welcome)).toBe('read');
    expect(docAccess({ role: 'attendee', meetingId: 'meeting-aaa' }, welcome)).toBe('read');
  });

  it('gives no access at all to a document of another meeting, whatever the role', () => {
    for (const role of ROLES) {
      expect(docAccess({ role, meetingId: 'meeting-bbb' }, welcome), role).toBe('none');
    }
  });

  it('compares meeting ids exactly', () => {
    for (const meetingId of ['meeting-aa', 'meeting-aaaa', 'MEETING-AAA', 'meeting-aaa ']) {
      expect(docAccess({ role: 'facilitator', meetingId }, welcome), meetingId).toBe('none');
    }
  });
});

describe('docAccess to a subgroup canvas', () => {
  const canvas: DocRef = { meetingId: 'meeting-aaa', kind: 'canvas', groupId: 'group-0001' };
  const meetingId = 'meeting-aaa';

  it('lets the members of that table write it', () => {
    expect(docAccess({ role: 'attendee', meetingId, groupId: 'group-0001' }, canvas)).toBe('write');
  });

  it('lets the facilitator and the projector read it, not write it', () => {
    expect(docAccess({ role: 'facilitator', meetingId }, canvas)).toBe('read');
    expect(docAccess({ role: 'projector', meetingId }, canvas)).toBe('read');
  });

  it('refuses attendees of another table, attendees without a table and table hosts', () => {
    expect(docAccess({ role: 'attendee', meetingId, groupId: 'group-0002' }, canvas)).toBe('none');
    expect(docAccess({ role: 'attendee', meetingId, groupId: null }, canvas)).toBe('none');
    expect(docAccess({ role: 'attendee', meetingId }, canvas)).toBe('none');
    expect(docAccess({ role: 'tableHost', meetingId }, canvas)).toBe('none');
  });

  it('refuses a member of a same-named table in another meeting', () => {
    const principal = {
      role: 'attendee' as const,
      meetingId: 'meeting-bbb',
      groupId: 'group-0001',
    };
    expect(docAccess(principal, canvas)).toBe('none');
  });
});

describe('docAccess to a werkgroep plan', () => {
  const plan: DocRef = { meetingId: 'meeting-aaa', kind: 'plan', workingGroupId: 'wg-000001' };
  const meetingId = 'meeting-aaa';

  it('lets the members of that werkgroep write it, and the kopgroep and facilitator read it', () => {
    const member = { role: 'workingGroupMember' as const, meetingId, workingGroupId: 'wg-000001' };
    expect(docAccess(member, plan)).toBe('write');
    expect(docAccess({ role: 'coreGroupMember', meetingId }, plan)).toBe('read');
    expect(docAccess({ role: 'facilitator', meetingId }, plan)).toBe('read');
  });

  it('refuses members of another werkgroep, attendees and the projector', () => {
    const other = { role: 'workingGroupMember' as const, meetingId, workingGroupId: 'wg-000002' };
    expect(docAccess(other, plan)).toBe('none');
    expect(docAccess({ role: 'attendee', meetingId, groupId: 'wg-000001' }, plan)).toBe('none');
    expect(docAccess({ role: 'projector', meetingId }, plan)).toBe('none');
  });

  it("keeps the evening's boards from people who only have a werkgroep link", () => {
    const welcome: DocRef = { meetingId, kind: 'welcome' };
    const plenary: DocRef = { meetingId, kind: 'plenary' };
    const member = { role: 'workingGroupMember' as const, meetingId, workingGroupId: 'wg-000001' };
    expect(docAccess(member, welcome)).toBe('none');
    expect(docAccess(member, plenary)).toBe('none');
  });
});

describe('mayCommand for the roles after the evening', () => {
  it('gives kopgroep and werkgroep links none of the evening commands', () => {
    for (const role of ['coreGroupMember', 'workingGroupMember'] as const) {
      for (const event of ['tally:list', 'vote:cast', 'agreement:list', 'results:get']) {
        expect(mayCommand(role, event), `${role} ${event}`).toBe(false);
      }
      expect(mayCommand(role, 'session:sync'), role).toBe(true);
    }
    expect(mayCommand('attendee', 'tally:list')).toBe(true);
  });

  it('lets the kopgroep list sign-ups and start werkgroepen, not invite itself', () => {
    expect(mayCommand('coreGroupMember', 'signup:list')).toBe(true);
    expect(mayCommand('coreGroupMember', 'workingGroup:create')).toBe(true);
    expect(mayCommand('coreGroupMember', 'coreGroup:invite')).toBe(false);
    expect(mayCommand('workingGroupMember', 'plan:ready')).toBe(true);
    expect(mayCommand('workingGroupMember', 'signup:list')).toBe(false);
  });
});

describe('mayCommand denies by default', () => {
  it('refuses an event outside the protocol to every role, however it is spelled', () => {
    for (const role of EVERY_ROLE) {
      for (const event of ['agreement:delete', 'toString', '__proto__', 'constructor', '']) {
        expect(mayCommand(role, event), `${role} ${event}`).toBe(false);
      }
    }
  });

  it('names at least one role for every event, and only roles that exist', () => {
    for (const event of COMMANDS) {
      const roles: readonly Role[] = COMMAND_ROLES[event];
      expect(roles.length, event).toBeGreaterThan(0);
      for (const role of roles) expect(EVERY_ROLE, event).toContain(role);
    }
  });

  it('lets afspraken be listed by the screens of a return meeting only, not the tafelhulp', () => {
    expect(COMMAND_ROLES['agreement:list']).toEqual(['facilitator', 'projector', 'attendee']);
    expect(mayCommand('tableHost', 'agreement:list')).toBe(false);
  });
});

describe('mayCommand', () => {
  it('keeps phase and timer control for the facilitator', () => {
    expect(mayCommand('facilitator', 'phase:set')).toBe(true);
    expect(mayCommand('facilitator', 'timer:control')).toBe(true);
  });

  it('refuses phase:set and timer:control to attendees and the projector', () => {
    for (const role of ['attendee', 'projector'] as const) {
      expect(mayCommand(role, 'phase:set'), role).toBe(false);
      expect(mayCommand(role, 'timer:control'), role).toBe(false);
    }
  });

  it('lets everyone sync their session and ping the clock', () => {
    for (const role of ROLES) {
      expect(mayCommand(role, 'session:sync'), role).toBe(true);
      expect(mayCommand(role, 'clock:ping'), role).toBe(true);
    }
  });
});
