import type { CoreMessages, Messages, SectionName } from './nl.js';

/** English, the second language. Same keys as Dutch; the type makes a missing key an error. */
import { consoleEn } from './console.en.js';
import { roomEn } from './room.en.js';
import { groupsEn } from './groups.en.js';
import { canvasEn } from './canvas.en.js';
import { signupEn } from './signup.en.js';
import { spokenDuration } from './duration.js';
import { resultsEn } from './results.en.js';
import { coreGroupEn } from './coreGroup.en.js';
import { workingGroupEn } from './workingGroup.en.js';
import { returnMeetingEn } from './returnMeeting.en.js';
import { retentionEn } from './retention.en.js';
import { joiningEn } from './joining.en.js';
import { conversationsEn } from './conversations.en.js';
import { analysisEn } from './analysis.en.js';

const enSections: Pick<Messages, SectionName> = {
  console: consoleEn,
  room: roomEn,
  groups: groupsEn,
  canvas: canvasEn,
  signup: signupEn,
  results: resultsEn,
  coreGroup: coreGroupEn,
  workingGroup: workingGroupEn,
  returnMeeting: returnMeetingEn,
  retention: retentionEn,
  joinGate: joiningEn,
  conversations: conversationsEn,
  analysis: analysisEn,
};

/** The words every screen needs, fetched when someone picks English (client/lib/i18n.svelte.ts). */
export const enCore: CoreMessages = {
  documentTitle: {
    console: (name: string) => `Console — ${name}`,
    projector: (name: string) => `Projector — ${name}`,
    attendee: (name: string) => `Join in — ${name}`,
    tableHost: (name: string) => `Table host — ${name}`,
    coreGroup: (name: string) => `Core group — ${name}`,
    lead: (name: string) => `Lead — ${name}`,
    signup: 'Your sign-up — Buurtkracht',
    home: 'Join in — Buurtkracht',
    organiser: 'Create meetings — Buurtkracht',
  },
  appName: 'Buurtkracht',
  language: 'Language',
  languageName: 'English',

  joinTitle: 'Join the meeting',
  joinCodeLabel: 'Meeting code',
  joinCodeHint: 'The code is on the big screen, for example K7M-4QX.',
  joinButton: 'Join',
  joining: 'One moment, joining…',
  joinedAs: (n) => `You take part as participant ${n}`,
  anonymousNote: 'You are anonymous. Nobody sees your name.',
  anonymousNoteSignup:
    'Your answers from tonight stay anonymous. A sign-up is kept separately and never linked to your answers.',
  lookAtScreen: 'Look at the big screen at the front of the hall.',

  phaseTitle: {
    lobby: 'Welcome',
    themes: 'The themes',
    recognition: 'Do you recognise this?',
    break: 'Break',
    choose: 'Choose a theme',
    subgroups: 'In small groups',
    signup: 'Join a working group',
    results: 'The results',
    closed: 'Finished',
  },
  phaseExplain: {
    lobby: 'We will start soon. Look at the big screen.',
    themes: 'We show the themes from the conversations in the neighbourhood.',
    recognition: 'For each theme we ask whether you recognise yourself in it.',
    break: 'A short break. Get a drink. We continue soon.',
    choose: 'Choose the theme you want to talk about.',
    subgroups: 'You continue in a small group on one theme.',
    signup: 'Want to help? Sign up for a working group.',
    results: 'We show what was thought up tonight.',
    closed: 'The meeting has ended. Thank you for taking part!',
  },

  timeLeft: 'Time left',
  timerPaused: 'The clock is stopped',
  timeUp: 'Time is up',
  /** Read out on a phone when the facilitator moves the evening on. */
  phaseNow: (title: string) => `Now: ${title}`,
  dateField: {
    day: 'Day',
    month: 'Month',
    year: 'Year',
    noMonth: 'Choose a month',
    impossible: 'This date does not exist. Check the day, the month and the year (4 digits).',
  },
  minutesSeconds: (m, s) =>
    spokenDuration('en', m, s, {
      minute: ['minute', 'minutes'],
      second: ['second', 'seconds'],
      and: 'and',
    }),

  connecting: 'Connecting…',
  offline: 'No connection. Your work is kept. We keep trying.',
  projectorOffline: 'This screen has lost its connection for a moment. It keeps trying by itself.',
  reconnected: 'Connected again',
  notSentYet: 'not sent yet',

  scanToJoin: 'Scan the code with your phone',
  orGoTo: 'Or go to',
  andType: 'and type the code',
  joinedCount: (n) => `${n} in the room`,
  projectorClosed: 'This screen is closed. Open it again with the new link.',

  consoleTitle: 'Console',
  phases: 'Parts of the evening',
  previous: 'Previous',
  next: 'Next',
  currentPhase: 'Now',
  timer: 'Timer',
  startTimer: 'Start',
  pauseTimer: 'Stop the clock',
  resumeTimer: 'Let the clock run',
  stopTimer: 'Stop',
  addMinute: '+1 min',
  addFiveMinutes: '+5 min',
  minutes: 'minutes',
  linksTitle: 'Links for tonight',
  projectorLink: 'Link for the big screen (projector)',
  openProjector: 'Open the big screen',
  phoneLink: 'Link for phones',
  copy: 'Copy',
  copied: 'Copied',
  keepLinksSecret: 'Share the console link with nobody: whoever has it can run the evening.',
  welcomeBoard: 'Welcome board',
  welcomeBoardHelp: 'What you write here is seen by everyone on the screen and on phones.',

  addNote: 'Add a note',
  newNoteText: 'New note',
  editNote: 'Edit note',
  deleteNote: 'Delete',
  noteColour: 'Colour',
  noteText: 'Text of the note',
  done: 'Done',
  emptyBoard: 'No notes yet.',
  moveHint: 'Drag a note, use the arrow keys, or choose Move and tap the new spot.',
  moveNote: 'Move',
  placeNoteHint: 'Tap the spot where the note should go.',
  placeNoteCancel: 'Do not move',
  colourName: {
    yellow: 'yellow',
    green: 'green',
    blue: 'blue',
    pink: 'pink',
    orange: 'orange',
  },

  organiserTitle: 'New meeting',
  meetingName: 'Name of the meeting',
  meetingDate: 'Date',
  meetingPlace: 'Place',
  createMeeting: 'Create meeting',
  creating: 'Working…',
  created: 'The meeting has been created',
  saveLinks: 'Keep these links safe. They are shown only once.',
  consoleLink: 'Console link (for you)',
  openConsole: 'Open the console',
  joinCode: 'Code for phones',
  existingMeetings: 'Earlier meetings',
  newLinks: 'Make new links',
  newLinksWarning: 'The old links will stop working.',
  organiserNoAccess: 'This link is not right. Use the link the server printed when it started.',

  errors: {
    INVALID_PAYLOAD: 'That is not quite right. Check what you entered and try again.',
    FORBIDDEN: 'You cannot do this right now.',
    NOT_FOUND: 'This meeting does not exist (any more).',
    RATE_LIMITED: 'Too many attempts. Wait a minute and try again.',
    UNKNOWN_JOIN_CODE: 'We do not know this code. Look at the screen again and try once more.',
    UNAUTHORISED: 'This link does not work (any more). Ask the facilitator for a new link.',
    TIMER_STATE: 'That is not possible with the timer right now.',
    TEXT_EMPTY: 'You have not filled anything in yet.',
    TEXT_TOO_LONG: 'This text is too long. Please make it a bit shorter.',
    RECOGNITION_CLOSED: 'You can no longer answer this.',
    // Written out, not built from the sections, like the Dutch ones (see nl.ts).
    UNRESOLVED_FLAGS:
      'This still contains something that could identify someone. Change it, or choose "Publish anyway".',
    NOT_PUBLISHED: 'This theme has not been published yet. Publish it first.',
    IMPORT_UNREADABLE: 'We cannot read this file. Look at the example and try again.',
    LIMIT_REACHED: 'The maximum has been reached.',
    GROUPING_STATE: 'Not possible right now: the groups are not (or already) confirmed.',
    NO_GROUP: 'You are not at a table yet. Please ask the facilitator.',
    CONSENT_REQUIRED:
      'Tick "I want the working group to contact me". Otherwise we cannot sign you up.',
    CONTACT_REQUIRED: 'Fill in an e-mail address or a phone number so we can reach you.',
    PHONE_INVALID: 'This phone number is not right. Please check it, for example 06 12345678.',
    NOT_LEADER: 'Someone else leads this meeting now. You are following along.',
    OWNER_REQUIRED: 'Choose who carries out the agreement: a working group or a person.',
    DUE_REQUIRED: 'Choose a date by which the agreement should be done.',
    AGENDA_EMPTY: 'Put at least one working group on the agenda.',
    JOINING_CLOSED:
      'The meeting is not taking new participants right now. Ask the organisers for help.',
    WRONG_PHASE:
      'This is not possible now (any more, or yet). Look at the big screen to see what we are doing.',
    NO_CHOSEN_QUOTE: 'First choose at least one quote in this cluster for the theme.',
    INTERNAL: 'Something went wrong on our side. Try again in a moment.',
  },
  networkError: 'No connection to the server. Check the wifi and try again.',
  rateLimitedWait: (seconds: number) =>
    `Too many attempts. Wait ${seconds === 1 ? '1 second' : `${seconds} seconds`} and try again.`,
  linkBroken: 'This link does not work. Ask the facilitator for a new link.',
  pageOutdated: 'This page is out of date. Reload the page.',
  boardFull: 'The board is full.',
  boardRejected:
    'Your last change could not be saved: it does not fit on the board. Reload the page; what was saved stays.',
  reload: 'Reload page',
  retry: 'Try again',
};

// Pure, like `nl`: a screen that takes only `enCore` leaves the sections out.
export const en: Messages = /* @__PURE__ */ Object.assign({}, enSections, enCore);
