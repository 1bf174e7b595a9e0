import {
  additionModerateSchema,
  additionPromoteSchema,
  additionSendSchema,
  emptySchema,
  handsSchema,
  preferenceSetSchema,
  recognitionControlSchema,
  tableHostCreateSchema,
  voteCastSchema,
} from '../../shared/protocol.js';
import { z } from 'zod';
import type { Services } from '../services/services.js';
import type { Logger } from '../logger.js';
import { commandsOf } from './handle.js';
import type { IoSocket } from './types.js';

const onBehalfSchema = z.strictObject({ onBehalfOf: z.string().max(40).optional() });

/** Recognition, additions and table hosts. Roles are checked by the guard. */
export function registerAnswerHandlers(socket: IoSocket, services: Services, logger: Logger): void {
  const { recognition, additions, tableHosts, preferences } = services;
  const { meetingId, role, tableHostId } = socket.data;
  const command = commandsOf(socket, logger);

  command('recognition:control', recognitionControlSchema, ({ themeId, ...change }) =>
    recognition.control(meetingId, themeId, change),
  );
  command('hands:set', handsSchema, ({ themeId, hands }) =>
    recognition.setHands(meetingId, themeId, hands),
  );
  command('vote:cast', voteCastSchema, ({ themeId, answer, onBehalfOf }) =>
    recognition.vote(socket.data, themeId, answer, onBehalfOf),
  );
  command('vote:mine', onBehalfSchema, ({ onBehalfOf }) =>
    recognition.mine(socket.data, onBehalfOf),
  );
  command('tally:list', emptySchema, () => recognition.tallies(meetingId, role === 'facilitator'));

  command('addition:send', additionSendSchema, (input) => additions.send(socket.data, input));
  command('addition:list', emptySchema, () => additions.list(meetingId));
  command('addition:moderate', additionModerateSchema, (input) =>
    additions.moderate(meetingId, input),
  );
  command('addition:promote', additionPromoteSchema, ({ id, title }) =>
    additions.promote(meetingId, id, title),
  );

  command('preference:set', preferenceSetSchema, ({ onBehalfOf, ...choice }) =>
    preferences.set(socket.data, choice, onBehalfOf),
  );
  command('preference:mine', onBehalfSchema, ({ onBehalfOf }) =>
    preferences.mine(socket.data, onBehalfOf),
  );
  command('preference:counts', emptySchema, () => preferences.counts(meetingId));

  command('tablehost:create', tableHostCreateSchema, ({ label }) =>
    tableHosts.create(meetingId, label),
  );
  command('tablehost:list', emptySchema, () => tableHosts.list(meetingId));
  command('assisted:add', emptySchema, () => tableHosts.addPerson(meetingId, tableHostId!));
  command('assisted:list', emptySchema, () => tableHosts.people(meetingId, tableHostId!));
}
