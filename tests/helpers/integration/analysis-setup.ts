/**
 * Shared set-up for the analysis board tests (issue 14, step 3 of the method): an evening with
 * its Regie and a kopgroep member's page, two conversations recorded by their gespreksleiders,
 * and the evening's board opened as a real y-websocket client.
 */
import { addEntry } from '../../../shared/conversation-doc.js';
import type { ConversationEntry } from '../../../shared/conversation-doc.js';
import { analysisDocName } from '../../../shared/docs.js';
import type { ServerOptions } from '../server.js';
import { flush, openSyncedDoc } from './helpers.js';
import type { Evening } from './evening.js';
import { storedDoc } from '../stored-doc.js';
import {
  conversationEvening,
  openConversation,
  plannedConversation,
} from './conversation-setup.js';
import type { ConversationEvening } from './conversation-setup.js';

/** What the two gespreksleiders record: the elders' three entries, the parents' two. */
export const LINDE_ENTRIES: Omit<ConversationEntry, 'createdAt'>[] = [
  { id: 'linde0001', kind: 'story', speaker: 1, text: 'Sinds de bieb dicht is zie ik niemand.' },
  { id: 'linde0002', kind: 'quote', speaker: 2, text: 'Bel me gerust op 06 12345678.' },
  { id: 'linde0003', kind: 'offer', speaker: 3, text: 'Ik wil koffie schenken.' },
];
export const OUDERS_ENTRIES: Omit<ConversationEntry, 'createdAt'>[] = [
  { id: 'ouders001', kind: 'quote', speaker: 1, text: 'Er is geen plek om samen te komen.' },
  { id: 'ouders002', kind: 'story', speaker: 4, text: 'De speeltuin is altijd leeg.' },
];

export interface AnalysisEvening extends ConversationEvening {
  linde: { id: string; token: string };
  ouders: { id: string; token: string };
}

/** Records `entries` in a conversation through its gespreksleider's link. */
export async function recordEntries(
  e: Pick<Evening, 'server' | 'meetingId'>,
  conversation: { id: string; token: string },
  entries: Omit<ConversationEntry, 'createdAt'>[],
): Promise<void> {
  const opened = await openConversation(e, conversation.token, conversation.id);
  entries.forEach((entry, index) => addEntry(opened.doc, { ...entry, createdAt: index + 1 }));
  await flush(opened.provider);
  opened.provider.destroy();
}

/** An evening with two conversations recorded: the elders of De Linde and young parents. */
export async function analysisEvening(options: ServerOptions = {}): Promise<AnalysisEvening> {
  const e = await conversationEvening(options);
  const linde = await plannedConversation(e.kopgroep, { date: '2027-01-12' });
  const ouders = await plannedConversation(e.regie, { group: 'jonge ouders', date: '2027-01-14' });
  const lindeRef = { id: linde.conversation.id, token: linde.token };
  const oudersRef = { id: ouders.conversation.id, token: ouders.token };
  await recordEntries(e, lindeRef, LINDE_ENTRIES);
  await recordEntries(e, oudersRef, OUDERS_ENTRIES);
  return { ...e, linde: lindeRef, ouders: oudersRef };
}

/** Opens the evening's analysis board as `token`, waiting for the first sync. */
export function openBoard(e: Pick<Evening, 'server' | 'meetingId'>, token: string) {
  return openSyncedDoc(e.server.url, e.meetingId, token, { kind: 'analysis' });
}

/** The board as the server stored it. */
export function storedBoard(e: Pick<Evening, 'server' | 'meetingId'>) {
  return storedDoc(e.server.store, analysisDocName(e.meetingId));
}
