import type { SessionCloser } from '../services/ports.js';
import type { ControlBus } from './control-bus.js';

/**
 * Closes connections whose right is gone on every node: this node's at once, the others' by an
 * order over the bus. A revoked kopgroep link open on another node closes as fast as Redis
 * carries one message.
 */
export function clusterSessions(local: SessionCloser, bus: ControlBus): SessionCloser {
  bus.onMessage((message) => {
    if (message.kind === 'closeRoles') local.closeRoles(message.meetingId, message.roles);
    if (message.kind === 'closeCanvas') local.closeCanvas(message.meetingId, message.participantId);
    if (message.kind === 'closePerson') local.closePerson(message.meetingId, message.personId);
  });
  return {
    closeRoles(meetingId, roles) {
      local.closeRoles(meetingId, roles);
      bus.publish({ kind: 'closeRoles', meetingId, roles: [...roles] });
    },
    closeCanvas(meetingId, participantId) {
      local.closeCanvas(meetingId, participantId);
      bus.publish({ kind: 'closeCanvas', meetingId, participantId });
    },
    closePerson(meetingId, personId) {
      local.closePerson(meetingId, personId);
      bus.publish({ kind: 'closePerson', meetingId, personId });
    },
    // This node's open links: each node checks its own (see the order checkLapsedLinks).
    openLinks: (role) => local.openLinks(role),
  };
}
