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
  /**
   * A small-group conversation (shared/conversation-doc.ts): a story or quote is a few sentences;
   * a conversation of an hour and a half yields a few dozen, a busy one perhaps two hundred.
   */
  conversationEntryLength: 600,
  conversationEntries: 400,
  /** Speakers are numbered "bewoner 1" … at most this; a conversation seats 4–7, sometimes more. */
  conversationSpeakers: 20,
  /** Residents a conversation may count (the method expects 4–7). */
  conversationResidents: 40,
  /** A name a resident consented on paper to give with their offer to help. */
  conversationOfferNameLength: 80,
  /** The kopgroep's plan of a conversation: its group, place, leader and central question. */
  conversationGroupLength: 80,
  conversationLeaderLength: 80,
  conversationQuestionLength: 400,
  conversationsPerMeeting: 200,
  /**
   * The analysis board (shared/analysis-doc.ts): the kopgroep sorts the evening's stories and
   * quotes into clusters. A few dozen clusters at most become a handful of themes; every entry of
   * every conversation may be a card, so the cards allow a busy evening's conversations in full.
   */
  analysisClusters: 60,
  analysisClusterNameLength: 80,
  analysisCards: 4_000,
  /**
   * Notes on one board or canvas. A table of seven writes a few dozen in an evening; the welcome
   * board has a handful. Checked by the server on every change, not only by the phone.
   */
  notesPerBoard: 1000,
  /**
   * Largest encoded size of one collaborative document (its state with deletions), checked
   * before a change is accepted. A board of 1,000 full notes is about 0.6 MB; a plan van aanpak
   * written over months stays well under a megabyte.
   */
  docBytes: { board: 2 * 1024 * 1024, plan: 4 * 1024 * 1024, analysis: 2 * 1024 * 1024 },
  /**
   * Deepest nesting of shared types below a document's root: a note is one level down; a plan's
   * text nests list items in lists, which TipTap keeps far shallower than this.
   */
  planNestingDepth: 24,
  /** Nesting of a plain value (JSON) inside one field; fields hold strings and numbers. */
  valueNestingDepth: 4,
  /**
   * Bytes waiting to be sent to one collaboration connection before it counts as stalled and is
   * cut off (it reconnects and syncs afresh). A phone on weak wifi takes a few seconds for this.
   */
  collabSendBacklogBytes: 1024 * 1024,
  /**
   * Sync requests (sync step 1) one collaboration connection may send per 10 seconds. A client
   * sends one when it connects; each answer is the document's state, which costs the server an
   * encoding, so a client asking again and again is cut off (4429).
   */
  collabSyncRequestsPer10s: 20,
  /**
   * Connections of one link the server may close for misbehaving (a refused change, an
   * unreadable frame, too many sync requests, a stalled read) within a minute; then that link's
   * new connections are refused for the rest of the minute (4429). A screen whose change was
   * refused stops and asks for a reload, so a person never meets this. COLLAB_STRIKES_PER_MINUTE.
   */
  collabStrikesPerMinute: 5,
  /**
   * How long a refused link's new connection is held, unread, before it is closed (4429). A
   * client that reconnects as soon as it is closed then tries a few times a minute instead of
   * a thousand times, each try costing the server a handshake.
   */
  collabRefusalHoldMs: 5_000,
  /** Refused connections held at once across the server; beyond this they are closed at once. */
  collabRefusalsHeld: 256,
  /** Presence entries (awareness client ids) one connection may announce; a tab uses one. */
  awarenessClientsPerConnection: 4,
  /** Presence updates one connection may send per second; more are dropped, not passed on. */
  awarenessUpdatesPerSecond: 10,
  /** Time a new collaboration connection has to send its token frame. */
  collabAuthTimeoutMs: 10_000,
  /**
   * How long a writer's updates that build on changes the server lacks wait for the writer's
   * answer to the server's sync request (sync step 2), which carries those changes. A client
   * that asked for the server's state but never answers has them refused after this.
   */
  collabSyncAnswerWaitMs: 10_000,
  /** Such updates one connection may have waiting for its answer; beyond, they are refused. */
  collabUpdatesBeforeAnswer: 64,
  /** Socket.IO commands one connection may send per 10 seconds; clock pings do not count. */
  commandsPer10s: 60,
  /**
   * Clock pings one connection may send per 10 seconds, a budget of their own: each (re)connect
   * measures the clock with 5 pings, and they must never use up a console's commands.
   */
  clockPingsPer10s: 30,
  /**
   * Failed join-code attempts allowed per IP per minute; successes never count. A hall of 120
   * behind one router mistypes often. 60 a minute leaves a guesser about one hit in 100,000
   * hours per open meeting (27^6 codes), and a code only grants an anonymous attendee's view.
   */
  failedJoinsPerMinutePerIp: 60,
  /**
   * Successful joins: a token bucket per network address and meeting. A whole hall often shares
   * one address (the community centre's wifi behind one router: 120–300 residents), and when the
   * facilitator says "scan now" most of them join within a few minutes. So the bucket starts full
   * at 300, the largest hall the evening is made for: a full hall can join at once, from one
   * address, without a single refusal. After that it refills with 20 joins a minute (one per
   * 3 s), far more than the trickle of latecomers, so a hall that arrives over half an hour never
   * gets close to empty. A phone that comes back with its key never counts (it is no new join),
   * and neither does a failed attempt (those have their own limit above).
   * What this stops: a script cannot make thousands of keys; from one address it gets at most a
   * hall's worth plus 20 a minute, and the Regie sees it happen (joinWarnPerMinute) and can close
   * joining. JOIN_BURST overrides the 300 for a bigger hall (server/config.ts).
   */
  joinBurstPerAddress: 300,
  joinRefillPerMinute: 20,
  /**
   * The Regie warns when one address makes more joins than this in one minute. Residents scan a
   * QR code, wait for the page, and often need help: even when a full hall is asked to join at
   * once, one router passes about 20–40 joins a minute. 60 a minute (one a second, a minute long)
   * from one address is far beyond a hall and looks like a script. The warning also shows when an
   * address was refused because its bucket ran empty.
   */
  joinWarnPerMinute: 60,
  /** Minutes of joins the Regie shows (one bar per minute). */
  joinHistoryMinutes: 20,
  /** Addresses tracked per meeting for the warning; beyond this they count together. */
  joinTrackedAddresses: 2000,
  /**
   * Wrong organiser tokens per address: a bucket of 10 that refills with one a minute. The token
   * is 128 bits or more, so this is not what keeps it secret; it keeps a guesser's noise small.
   */
  organiserFailuresBurst: 10,
  organiserFailuresRefillPerMinute: 1,
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
