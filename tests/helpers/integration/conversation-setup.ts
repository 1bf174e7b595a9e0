/**
 * Shared set-up for the small-group conversation tests (issue 14, step 2 of the method): an
 * evening with its Regie, a kopgroep member's page, planned conversations and gespreksleider
 * links, and hand-made updates for what a hostile gespreksleider might send.
 */
import * as Y from 'yjs';
import type { Conversation } from '../../../shared/model-conversations.js';
import { DEFAULT_CENTRAL_QUESTION } from '../../../shared/model-conversations.js';
import { conversationDocName } from '../../../shared/docs.js';
import { readEntries } from '../../../shared/conversation-doc.js';
import type { ServerOptions } from '../server.js';
import { connectSocket, openSyncedDoc } from './helpers.js';
import type { ClientSocket } from './helpers.js';
import { evening, ok } from './evening.js';
import type { Evening } from './evening.js';
import { tokenOf } from './signup-helpers.js';
import { storedDoc } from '../stored-doc.js';

/** What the kopgroep writes down for a conversation. */
export const plan = (overrides: Partial<Omit<Conversation, 'id'>> = {}) => ({
  group: 'ouderen De Linde',
  place: 'Buurthuis De Linde',
  date: '2027-01-12',
  time: '14:00',
  leader: 'Marieke',
  question: DEFAULT_CENTRAL_QUESTION,
  ...overrides,
});

export interface ConversationEvening extends Evening {
  /** A kopgroep member's page of this evening. */
  kopgroep: ClientSocket;
  kopgroepToken: string;
}

/** An evening with its Regie and one kopgroep member's page connected. */
export async function conversationEvening(
  options: ServerOptions = {},
): Promise<ConversationEvening> {
  const e = await evening(options);
  const invited = ok(await e.regie.emitWithAck('coreGroup:invite', { name: 'Henk Bakker' }));
  const kopgroepToken = tokenOf(invited.link);
  return { ...e, kopgroepToken, kopgroep: await connectSocket(e.server.url, kopgroepToken) };
}

/** Plans a conversation from `socket` and makes its gespreksleider's link. */
export async function plannedConversation(
  socket: ClientSocket,
  overrides: Partial<Omit<Conversation, 'id'>> = {},
) {
  const conversation = ok(await socket.emitWithAck('conversation:create', plan(overrides)));
  const issued = ok(await socket.emitWithAck('conversation:link', { id: conversation.id }));
  return { conversation: issued.conversation, link: issued.link, token: tokenOf(issued.link) };
}

/** Opens a conversation's record as `token`, waiting for the first sync. */
export function openConversation(
  e: Pick<Evening, 'server' | 'meetingId'>,
  token: string,
  conversationId: string,
  params: Record<string, string> = {},
) {
  return openSyncedDoc(e.server.url, e.meetingId, token, {
    kind: `conversation/${conversationId}`,
    params,
  });
}

/** The entries of a conversation as the server stored them. */
export async function storedEntries(
  e: Pick<Evening, 'server' | 'meetingId'>,
  conversationId: string,
) {
  return readEntries(
    await storedDoc(e.server.store, conversationDocName(e.meetingId, conversationId)),
  );
}

/** An entry as a hand-made Y.Map, skipping the helpers' own checks (a hostile peer). */
export function rawEntry(fields: Record<string, unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) map.set(key, value);
  return map;
}

export { captureUpdate, updateFrame } from './y-updates.js';
