import type { ErrorCode } from '../protocol.js';
import type { Phase } from '../model.js';

/**
 * Dutch, the default language. Plain language (B1): short sentences, everyday words, "u".
 * Every other catalogue must have the same keys (checked by the type of `en.ts`).
 */
import { consoleNl } from './console.nl.js';
import { roomNl } from './room.nl.js';
import { groupsNl } from './groups.nl.js';
import { canvasNl } from './canvas.nl.js';
import { signupNl } from './signup.nl.js';
import { spokenDuration } from './duration.js';
import { resultsNl } from './results.nl.js';
import { coreGroupNl } from './coreGroup.nl.js';
import { workingGroupNl } from './workingGroup.nl.js';
import { returnMeetingNl } from './returnMeeting.nl.js';
import { retentionNl } from './retention.nl.js';
import { joiningNl } from './joining.nl.js';
import { conversationsNl } from './conversations.nl.js';
import { analysisNl } from './analysis.nl.js';

/**
 * The words of one part of the app each, in their own files. A screen loads only the sections
 * its view needs, with the view (client/lib/view-words.ts); the server and tests take them all.
 */
const nlSections = {
  /** The Regie's screens for themes, recognition and moderation. */
  console: consoleNl,
  /** What phones, table hosts and the projector show of themes, recognition and additions. */
  room: roomNl,
  /** The Regie after the break: grouping, the overview of the tables, the message to the room. */
  groups: groupsNl,
  /** Phones and projector at the tables: "Ga naar tafel 3", the canvas with three questions. */
  canvas: canvasNl,
  /** Signing up for a werkgroep, the personal link's page, the Regie's list of sign-ups. */
  signup: signupNl,
  /** The results on the projector and the printable report. */
  results: resultsNl,
  /** The kopgroep: invited in the Regie, and its own page. */
  coreGroup: coreGroupNl,
  /** A werkgroep's space and its plan van aanpak. */
  workingGroup: workingGroupNl,
  /** The terugkombijeenkomst: console, projector, phones, verslag. */
  returnMeeting: returnMeetingNl,
  /** The Regie's overview of how long each kind of personal data is kept. */
  retention: retentionNl,
  /** Joining: the Regie's panel (joins per minute, close and reopen), the projector when closed. */
  joinGate: joiningNl,
  /** Step 2: small-group conversations, the gespreksleider's page and the list that plans them. */
  conversations: conversationsNl,
  /** Step 3: the analysis board of the kopgroep and the Regie. */
  analysis: analysisNl,
};

/** The words every screen needs from its first moment: they come with the page itself. */
export const nlCore = {
  /** The browser tab's title per screen (WCAG 2.4.2): what it is, then which meeting. */
  documentTitle: {
    console: (name: string) => `Regie — ${name}`,
    projector: (name: string) => `Beamer — ${name}`,
    attendee: (name: string) => `Doe mee — ${name}`,
    tableHost: (name: string) => `Tafelhulp — ${name}`,
    coreGroup: (name: string) => `Kopgroep — ${name}`,
    lead: (name: string) => `Leiden — ${name}`,
    signup: 'Uw aanmelding — Buurtkracht',
    home: 'Doe mee — Buurtkracht',
    organiser: 'Bijeenkomsten maken — Buurtkracht',
  },
  appName: 'Buurtkracht',
  language: 'Taal',
  languageName: 'Nederlands',

  // joining
  joinTitle: 'Doe mee met de bijeenkomst',
  joinCodeLabel: 'Code van de bijeenkomst',
  joinCodeHint: 'De code staat op het grote scherm, bijvoorbeeld K7M-4QX.',
  joinButton: 'Meedoen',
  joining: 'Even geduld, u wordt aangemeld…',
  joinedAs: (n: number) => `U doet mee als deelnemer ${n}`,
  anonymousNote: 'U bent anoniem. Niemand ziet uw naam.',
  anonymousNoteSignup:
    'Uw antwoorden van vanavond blijven anoniem. Een aanmelding wordt apart bewaard en nooit aan uw antwoorden gekoppeld.',
  lookAtScreen: 'Kijk naar het grote scherm voorin de zaal.',

  // phases as people see them
  phaseTitle: {
    lobby: 'Welkom',
    themes: "De thema's",
    recognition: 'Herkent u dit?',
    break: 'Pauze',
    choose: 'Kies een thema',
    subgroups: 'In groepjes',
    signup: 'Meedoen in een werkgroep',
    results: 'De resultaten',
    closed: 'Afgelopen',
  } satisfies Record<Phase, string>,
  phaseExplain: {
    lobby: 'We beginnen zo. Kijk naar het grote scherm.',
    themes: "We laten de thema's zien uit de gesprekken in de buurt.",
    recognition: 'Per thema vragen we of u zich erin herkent.',
    break: 'Even pauze. Pak iets te drinken. We gaan zo verder.',
    choose: 'Kies het thema waar u over wilt praten.',
    subgroups: 'U praat in een klein groepje verder over één thema.',
    signup: 'Wilt u helpen? Meld u aan voor een werkgroep.',
    results: 'We laten zien wat er vanavond is bedacht.',
    closed: 'De bijeenkomst is afgelopen. Dank u wel voor het meedoen!',
  } satisfies Record<Phase, string>,

  // timer
  timeLeft: 'Tijd over',
  timerPaused: 'De tijd staat stil',
  timeUp: 'De tijd is om',
  /** Read out on a phone when the facilitator moves the evening on. */
  phaseNow: (title: string) => `Nu: ${title}`,
  /** A date asked as day, month and year (DateField.svelte). */
  dateField: {
    day: 'Dag',
    month: 'Maand',
    year: 'Jaar',
    noMonth: 'Kies een maand',
    impossible: 'Deze datum bestaat niet. Kijk de dag, de maand en het jaar (4 cijfers) na.',
  },
  minutesSeconds: (m: number, s: number) =>
    spokenDuration('nl', m, s, {
      minute: ['minuut', 'minuten'],
      second: ['seconde', 'seconden'],
      and: 'en',
    }),

  // connection
  connecting: 'Verbinden…',
  offline: 'Geen verbinding. Uw werk blijft bewaard. We proberen het opnieuw.',
  projectorOffline: 'Dit scherm heeft even geen verbinding. Het probeert het vanzelf opnieuw.',
  reconnected: 'Weer verbonden',
  notSentYet: 'nog niet verstuurd',

  // projector
  scanToJoin: 'Scan de code met uw telefoon',
  orGoTo: 'Of ga naar',
  andType: 'en typ de code',
  // "in de zaal", not "aangemeld": the Regie's "Aanmeldingen" tab means werkgroep sign-ups.
  joinedCount: (n: number) => `${n} in de zaal`,
  projectorClosed: 'Dit scherm is gesloten. Open het opnieuw met de nieuwe link.',

  // console (Regie)
  consoleTitle: 'Regie',
  phases: 'Onderdelen van de avond',
  previous: 'Vorige',
  next: 'Volgende',
  currentPhase: 'Nu',
  timer: 'Tijd',
  startTimer: 'Start',
  // Not "Pauze": that is the name of phase 4, right above these buttons.
  pauseTimer: 'Tijd stilzetten',
  resumeTimer: 'Tijd laten doorlopen',
  stopTimer: 'Stop',
  addMinute: '+1 min',
  addFiveMinutes: '+5 min',
  minutes: 'minuten',
  linksTitle: 'Links voor deze avond',
  projectorLink: 'Link voor het grote scherm (beamer)',
  openProjector: 'Open het grote scherm',
  phoneLink: 'Link voor telefoons',
  copy: 'Kopiëren',
  copied: 'Gekopieerd',
  keepLinksSecret: 'Deel de Regie-link met niemand: wie hem heeft, kan de avond besturen.',
  welcomeBoard: 'Welkomstbord',
  welcomeBoardHelp: 'Wat u hier schrijft, ziet iedereen op het scherm en op de telefoon.',

  // board
  addNote: 'Briefje toevoegen',
  newNoteText: 'Nieuw briefje',
  editNote: 'Briefje bewerken',
  deleteNote: 'Verwijderen',
  noteColour: 'Kleur',
  noteText: 'Tekst van het briefje',
  done: 'Klaar',
  emptyBoard: 'Nog geen briefjes.',
  moveHint:
    'Sleep een briefje, gebruik de pijltjestoetsen, of kies Verplaatsen en tik op de nieuwe plek.',
  moveNote: 'Verplaatsen',
  placeNoteHint: 'Tik op de plek waar het briefje moet komen.',
  placeNoteCancel: 'Niet verplaatsen',
  colourName: {
    yellow: 'geel',
    green: 'groen',
    blue: 'blauw',
    pink: 'roze',
    orange: 'oranje',
  },

  // organiser
  organiserTitle: 'Nieuwe bijeenkomst',
  meetingName: 'Naam van de bijeenkomst',
  meetingDate: 'Datum',
  meetingPlace: 'Plaats',
  createMeeting: 'Bijeenkomst maken',
  creating: 'Bezig…',
  created: 'De bijeenkomst is gemaakt',
  saveLinks: 'Bewaar deze links goed. Ze worden maar één keer getoond.',
  consoleLink: 'Regie-link (voor u)',
  openConsole: 'Open de Regie',
  joinCode: 'Code voor telefoons',
  existingMeetings: 'Eerdere bijeenkomsten',
  newLinks: 'Nieuwe links maken',
  newLinksWarning: 'De oude links werken dan niet meer.',
  organiserNoAccess:
    'Deze link klopt niet. Gebruik de link die de server bij het starten liet zien.',

  // errors, by code
  errors: {
    INVALID_PAYLOAD: 'Dat klopt niet helemaal. Kijk wat u invulde en probeer het opnieuw.',
    FORBIDDEN: 'Dit mag u op dit moment niet doen.',
    NOT_FOUND: 'Deze bijeenkomst bestaat niet (meer).',
    RATE_LIMITED: 'Te veel pogingen. Wacht een minuut en probeer het dan opnieuw.',
    UNKNOWN_JOIN_CODE:
      'Deze code kennen we niet. Kijk nog eens naar het scherm en probeer opnieuw.',
    UNAUTHORISED: 'Deze link werkt niet (meer). Vraag de begeleider om een nieuwe link.',
    TIMER_STATE: 'Dat kan nu niet met de tijd.',
    TEXT_EMPTY: 'U heeft nog niets ingevuld.',
    TEXT_TOO_LONG: 'Deze tekst is te lang. Maak hem wat korter.',
    RECOGNITION_CLOSED: 'U kunt hier nu niet meer op antwoorden.',
    // Written out, not built from the console's catalogue, so a phone need not load that to
    // show an error; tests/unit/shared/quoted-labels.test.ts checks the quote against the label.
    UNRESOLVED_FLAGS:
      'Hier staat nog iets in dat iemand kan herkennen. Pas het aan, of kies „Toch publiceren”.',
    NOT_PUBLISHED: 'Dit thema is nog niet gepubliceerd. Publiceer het eerst.',
    IMPORT_UNREADABLE:
      'Dit bestand kunnen we niet lezen. Kijk naar het voorbeeld en probeer opnieuw.',
    LIMIT_REACHED: 'Het maximum is bereikt.',
    GROUPING_STATE: 'Dat kan nu niet: de groepjes zijn nog niet (of al) vastgezet.',
    NO_GROUP: 'U zit nog niet aan een tafel. Vraag het aan de begeleider.',
    CONSENT_REQUIRED:
      'Zet een vinkje bij „Ik wil dat de werkgroep contact met mij opneemt”. Anders kunnen we u niet aanmelden.',
    CONTACT_REQUIRED: 'Vul een e-mailadres of een telefoonnummer in, zodat we u kunnen bereiken.',
    PHONE_INVALID: 'Dit telefoonnummer klopt niet. Kijk het nog eens na, bijvoorbeeld 06 12345678.',
    NOT_LEADER: 'Iemand anders leidt deze bijeenkomst nu. U kijkt mee.',
    OWNER_REQUIRED: 'Kies wie de afspraak uitvoert: een werkgroep of een persoon.',
    DUE_REQUIRED: 'Kies een datum waarop de afspraak klaar moet zijn.',
    AGENDA_EMPTY: 'Zet minstens één werkgroep op de agenda.',
    JOINING_CLOSED:
      'De bijeenkomst neemt nu geen nieuwe deelnemers aan. Vraag de organisatie om hulp.',
    WRONG_PHASE: 'Dit kan nu niet meer, of nog niet. Kijk naar het grote scherm wat we nu doen.',
    NO_CHOSEN_QUOTE: 'Kies eerst minstens één citaat in dit cluster voor het thema.',
    INTERNAL: 'Er ging iets mis aan onze kant. Probeer het over een moment opnieuw.',
  } satisfies Record<ErrorCode, string>,
  networkError: 'Geen verbinding met de server. Controleer de wifi en probeer het opnieuw.',
  rateLimitedWait: (seconds: number) =>
    `Te veel pogingen. Wacht ${seconds === 1 ? '1 seconde' : `${seconds} seconden`} en probeer het dan opnieuw.`,
  linkBroken: 'Deze link werkt niet. Vraag de begeleider om een nieuwe link.',
  /** A page loaded before the server was updated (connect_error OUTDATED). */
  pageOutdated: 'Deze pagina is verouderd. Ververs de pagina.',
  boardFull: 'Het bord is vol.',
  boardRejected:
    'Uw laatste wijziging kon niet worden bewaard: die past niet op het bord. Herlaad de pagina; wat al bewaard was, blijft staan.',
  reload: 'Pagina herladen',
  retry: 'Opnieuw proberen',
};

/**
 * Every word, by section and at the top level: what `m` offers a screen. Pure, so a bundle that
 * takes only `nlCore` leaves the sections out (a spread would keep them all in the page).
 */
export const nl = /* @__PURE__ */ Object.assign({}, nlSections, nlCore);

export type Messages = typeof nl;
/** The words every screen has from the start. */
export type CoreMessages = typeof nlCore;
/** The parts of `Messages` that a view loads with itself. */
export type SectionName = keyof typeof nlSections;
