/**
 * Step 2 of the method: small-group conversations (4–7 residents around one central question)
 * that the kopgroep plans and a gespreksleider records on the spot. A conversation belongs to the
 * neighbourhood's evening meeting, the root of its traject (return meetings hang off the same
 * one), so the kopgroep and the Regie of that evening plan and read them.
 */

/** What a gespreksleider records: a short story, a literal quote, or an offer to help. */
export const CONVERSATION_ENTRY_KINDS = ['story', 'quote', 'offer'] as const;
export type ConversationEntryKind = (typeof CONVERSATION_ENTRY_KINDS)[number];

/** The method's own central question; the kopgroep may word it differently per conversation. */
export const DEFAULT_CENTRAL_QUESTION =
  'Wat heeft u zowel nu als in de toekomst nodig om hier prettig te kunnen wonen en leven? ' +
  'En wat wilt u hier eventueel zelf aan bijdragen?';

/** A conversation as the kopgroep planned it. No resident's name is ever part of it. */
export interface Conversation {
  id: string;
  /** The evening meeting (traject root) it feeds. */
  meetingId: string;
  /** Which street or group: "ouderen De Linde", "jonge gezinnen", "ondernemers". */
  group: string;
  place: string;
  /** YYYY-MM-DD, the day it is held. */
  date: string;
  /** HH:MM, or '' while not set. */
  time: string;
  /** Who leads it, as the kopgroep writes it: a first name or initials. */
  leader: string;
  /** The central question shown on the gespreksleider's screen. */
  question: string;
  createdAt: number;
  /** When the current gespreksleider link was made; null: none was made, or it was revoked. */
  linkIssuedAt: number | null;
}

/** A conversation in the kopgroep's list, with what its document says so far. */
export interface ConversationSummary extends Conversation {
  /** How many residents took part (the gespreksleider's count); null until given. */
  residents: number | null;
  /** Stories, quotes and offers recorded so far. */
  entries: number;
}

/** What the gespreksleider's own screen needs: no staff bookkeeping, no other conversation. */
export interface ConversationForLeader {
  id: string;
  meetingName: string;
  group: string;
  place: string;
  date: string;
  time: string;
  question: string;
  /** The document to record in: `<meetingId>/conversation/<conversationId>`. */
  docName: string;
}
