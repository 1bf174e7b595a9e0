/**
 * Error and close codes, kept apart from the zod schemas so the browser bundle can use them
 * without pulling in the validation library.
 */

/** Why a request failed. The client shows a translated message per code. */
export const ERROR_CODES = {
  invalidPayload: 'INVALID_PAYLOAD',
  forbidden: 'FORBIDDEN',
  notFound: 'NOT_FOUND',
  rateLimited: 'RATE_LIMITED',
  unknownJoinCode: 'UNKNOWN_JOIN_CODE',
  unauthorised: 'UNAUTHORISED',
  timerState: 'TIMER_STATE',
  textEmpty: 'TEXT_EMPTY',
  textTooLong: 'TEXT_TOO_LONG',
  recognitionClosed: 'RECOGNITION_CLOSED',
  unresolvedFlags: 'UNRESOLVED_FLAGS',
  notPublished: 'NOT_PUBLISHED',
  importUnreadable: 'IMPORT_UNREADABLE',
  limitReached: 'LIMIT_REACHED',
  /** Groups are not proposed, or not confirmed yet, for what was asked. */
  groupingState: 'GROUPING_STATE',
  /** An attendee without a table asked for something only a table member may do. */
  noGroup: 'NO_GROUP',
  /** A sign-up without the consent to be contacted about the werkgroep. */
  consentRequired: 'CONSENT_REQUIRED',
  /** A sign-up without an e-mail address or phone number. */
  contactRequired: 'CONTACT_REQUIRED',
  /** A phone number that is not a valid number. */
  phoneInvalid: 'PHONE_INVALID',
  /** Someone else leads this meeting now; this console only follows. */
  notLeader: 'NOT_LEADER',
  /** An afspraak without a werkgroep or person who carries it out. */
  ownerRequired: 'OWNER_REQUIRED',
  /** An afspraak without a date by when. */
  dueRequired: 'DUE_REQUIRED',
  /** A return meeting's agenda without any werkgroep presenting. */
  agendaEmpty: 'AGENDA_EMPTY',
  /** The facilitator closed joining: no new phones now, phones with a key keep working. */
  joiningClosed: 'JOINING_CLOSED',
  /** The command belongs to another phase (or kind) of meeting than the one it is in now. */
  wrongPhase: 'WRONG_PHASE',
  /** "Maak thema" on a cluster of the analysis board without any quote chosen for it. */
  noChosenQuote: 'NO_CHOSEN_QUOTE',
  internal: 'INTERNAL',
} as const;
export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

/** The answer to every request. `message` is for logs and developers; users see a translation. */
export type Ack<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: ErrorCode;
      message: string;
      /** With RATE_LIMITED: whole seconds until a retry is let through, so a screen says the wait. */
      retryAfterSeconds?: number;
    };

/** Close codes of the collaboration endpoint, in the 4000 range reserved for applications. */
export const COLLAB_CLOSE = {
  /** The token is missing or unknown. */
  unauthorised: 4401,
  /** The token is valid but has no access to this document. */
  forbidden: 4403,
  /** The frame was larger than the limit or could not be decoded. */
  badMessage: 4400,
  /** The client sent faster than allowed. */
  tooFast: 4429,
  /**
   * The client's change breaks the document's rules (a field, a length, a count, the size of the
   * document, a missing earlier change): refused whole, nothing of it kept or passed on.
   */
  rejected: 4422,
  /**
   * The server could not store a change (its database is away): the client reconnects with its
   * back-off and sends again what was not stored (WebSocket's "try again later").
   */
  unavailable: 1013,
} as const;
