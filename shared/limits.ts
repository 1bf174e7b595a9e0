/** Every size and rate limit in one place, so they can be reviewed and tuned together. */
export const LIMITS = {
  /** Largest Socket.IO message the server accepts, in bytes. */
  socketMessageBytes: 64 * 1024,
  /** Largest y-websocket frame the server accepts, in bytes. */
  collabMessageBytes: 512 * 1024,
  /** Frames a collab connection may send before the server answers with its own sync step 1. */
  collabFramesPerSecond: 200,
  meetingNameLength: 120,
  meetingPlaceLength: 120,
  noteTextLength: 500,
  notesPerBoard: 5000,
  /** Socket.IO commands one connection may send per 10 seconds. */
  commandsPer10s: 60,
  /**
   * Failed join-code attempts allowed per IP per minute; successes never count. A hall of 120
   * behind one router mistypes often. 60 a minute leaves a guesser about one hit in 100,000
   * hours per open meeting (27^6 codes), and a code only grants an anonymous attendee's view.
   */
  failedJoinsPerMinutePerIp: 60,
  /** Longest timer a facilitator can set. */
  timerMaxMs: 4 * 60 * 60 * 1000,
  /** Awareness state size per client. */
  awarenessStateBytes: 1024,
  themeTitleLength: 120,
  themeDescriptionLength: 600,
  quoteLength: 400,
  quotesPerTheme: 5,
  themesPerMeeting: 30,
  /** Characters in an addition; short enough to read on the projector. */
  additionLength: 280,
  /** Additions one attendee may send per minute. */
  additionsPerMinute: 5,
  /** Size of a themes file the facilitator imports. */
  importBytes: 48 * 1024,
  tableHostsPerMeeting: 40,
  /** People one table host may enter answers for. */
  assistedPerTableHost: 12,
  tableNameLength: 60,
  displayNameLength: 30,
  roomMessageLength: 140,
  signupNameLength: 80,
  emailLength: 254,
  /** Sign-ups one phone may send per 10 minutes (a household may sign up several people). */
  signupsPer10Min: 6,
  /** Subgroups in one meeting; 500 people at tables of 4 is 125. */
  subgroupsPerMeeting: 150,
  /** A plan van aanpak's structured parts (shared/plan-doc.ts); its text parts are editor text. */
  planActionsPerPlan: 100,
  planActionWhatLength: 300,
  planActionWhoLength: 120,
  planSessionsPerPlan: 100,
  planSessionPresentLength: 500,
  planSessionDecisionsLength: 2000,
  agendaItems: 30,
  questionLength: 280,
  /** Questions one attendee may send per minute. */
  questionsPerMinute: 5,
  agreementLength: 300,
  /** Compact a document's update log into one snapshot when it grows past this many entries. */
  collabCompactAfterUpdates: 500,
} as const;
