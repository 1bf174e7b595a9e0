import type { FlagClass } from '../anonymise.js';
import type { ConversationEntryKind } from '../model-conversations.js';

/**
 * Dutch texts for step 2 of the method: the gespreksleider's screen (/gesprek) and the list of
 * conversations the kopgroep and the Regie plan. Plain language (B1), "u". The English catalogue
 * has the same keys (checked by conversations.en.ts).
 */
export const conversationsNl = {
  // the gespreksleider's page
  pageTitle: 'Gesprek',
  documentTitle: (group: string) => `Gesprek — ${group}`,
  loading: 'Het gesprek wordt geopend…',
  noLink: 'Deze link is niet compleet. Open de hele link die u van de kopgroep kreeg.',
  unknownLink:
    'Deze link werkt niet. Misschien is hij vervangen of ingetrokken. Vraag de kopgroep om een nieuwe link.',
  refused:
    'Deze link werkt niet meer. Wat u opschreef, blijft op dit apparaat. Vraag de kopgroep om een nieuwe link en open die op dit apparaat: dan gaat alles alsnog mee.',
  offline:
    'Geen verbinding. Wat u opschrijft blijft op dit apparaat en gaat vanzelf mee zodra er weer verbinding is.',
  offlineFirst:
    'Geen verbinding. Dit gesprek is nog niet eerder op dit apparaat geopend. Open de link nog een keer als er verbinding is.',
  connecting: 'Verbinding maken…',
  sending: 'Nog niet alles is verstuurd. Dat gaat vanzelf.',
  allSaved: 'Alles is opgeslagen.',
  rejected:
    'De server nam een wijziging niet aan. Ververs de pagina; wat al was opgeslagen, blijft staan.',
  group: (group: string) => `Gesprek: ${group}`,
  questionLabel: 'De vraag van dit gesprek',
  leaderRole:
    'U leidt het gesprek. U praat niet mee over de inhoud. U schrijft op wat bewoners vertellen.',

  // recording
  recordTitle: 'Opschrijven',
  editTitle: 'Wijzigen',
  speakerLegend: 'Wie vertelt?',
  speaker: (n: number) => `bewoner ${n}`,
  addSpeaker: 'Nog een bewoner',
  kindLegend: 'Wat schrijft u op?',
  kinds: {
    story: 'Verhaal',
    quote: 'Citaat',
    offer: 'Wil zelf bijdragen',
  } satisfies Record<ConversationEntryKind, string>,
  kindHints: {
    story: 'Kort, in uw eigen woorden.',
    quote: 'Precies zoals de bewoner het zei.',
    offer: 'Wat wil deze bewoner zelf doen of geven?',
  } satisfies Record<ConversationEntryKind, string>,
  textLabel: 'Wat werd er gezegd?',
  charCount: (used: number, max: number) => `${used} / ${max} tekens`,
  tooLong: (max: number) => `Dit is te lang. Het mag ${max} tekens zijn.`,
  consent: 'Deze bewoner gaf op papier toestemming om de naam te noemen',
  nameLabel: 'Naam van deze bewoner',
  save: 'Opslaan',
  saveChange: 'Wijziging opslaan',
  cancel: 'Annuleren',
  full: 'Dit gesprek is vol. Er kan niets meer bij.',
  recorded: 'Opgeschreven.',
  flagsTitle: 'Let op: dit kan iemand herkenbaar maken',
  flagHints: {
    name: (text: string) =>
      `Dit lijkt een naam: „${text}”. Schrijf liever „een buurvrouw” of „een bewoner”.`,
    address: (text: string) => `Dit lijkt een adres: „${text}”. Schrijf liever „in de straat”.`,
    postcode: (text: string) => `Dit lijkt een postcode: „${text}”. Laat die liever weg.`,
    phone: (text: string) => `Dit lijkt een telefoonnummer: „${text}”. Laat dat weg.`,
    email: (text: string) => `Dit lijkt een e-mailadres: „${text}”. Laat dat weg.`,
    url: (text: string) => `Dit lijkt een website: „${text}”. Laat die liever weg.`,
    birthdate: (text: string) => `Dit lijkt een geboortedatum: „${text}”. Laat die weg.`,
    age: (text: string) =>
      `Dit lijkt een leeftijd: „${text}”. Schrijf liever „een oudere bewoner”.`,
    iban: (text: string) => `Dit lijkt een rekeningnummer: „${text}”. Laat dat weg.`,
    bsn: (text: string) => `Dit lijkt een BSN: „${text}”. Laat dat weg.`,
    plate: (text: string) => `Dit lijkt een kenteken: „${text}”. Laat dat weg.`,
    house: (text: string) => `Dit wijst een woning aan: „${text}”. Schrijf liever „in de buurt”.`,
  } satisfies Record<FlagClass, (text: string) => string>,

  // what was recorded
  entriesTitle: (count: number) => `Opgeschreven (${count})`,
  noEntries: 'Nog niets opgeschreven.',
  unsent: 'Nog niet verstuurd',
  saved: 'Opgeslagen',
  offerName: (name: string) => `Naam (met toestemming): ${name}`,
  edit: 'Wijzigen',
  remove: 'Weghalen',
  removeQuestion: 'Weet u het zeker? Dit kan niet terug.',
  removeConfirm: 'Ja, weghalen',
  removed: 'Weggehaald.',

  // residents
  residentsFewer: 'Eén minder',
  residentsMore: 'Eén meer',
  residentsLabel: 'Hoeveel bewoners deden mee?',
  residentsHint: 'Alleen het aantal, geen namen. Meestal zijn het er 4 tot 7.',

  // the kopgroep's and the Regie's list
  tab: 'Gesprekken',
  listTitle: 'Gesprekken',
  listIntro:
    'Stap 2: gesprekken in kleine groepen, met 4 tot 7 bewoners rond één vraag. Plan ze hier. Elke gespreksleider krijgt een eigen link en schrijft daarmee op wat er gezegd wordt.',
  noConversations: 'Er zijn nog geen gesprekken gepland.',
  loadingList: 'Gesprekken ophalen…',
  columns: {
    group: 'Groep',
    when: 'Wanneer',
    place: 'Plaats',
    leader: 'Gespreksleider',
    residents: 'Bewoners',
    entries: 'Opgeschreven',
    link: 'Link',
  },
  residentsUnknown: 'nog niet bekend',
  linkActive: 'Link werkt',
  linkNone: 'Geen link',
  planTitle: 'Gesprek plannen',
  changeTitle: (group: string) => `Gesprek „${group}” wijzigen`,
  groupLabel: 'Welke groep of straat?',
  groupPlaceholder: 'bijvoorbeeld: ouderen De Linde',
  placeLabel: 'Waar?',
  placePlaceholder: 'bijvoorbeeld: buurthuis De Brink',
  dateLabel: 'Datum',
  timeLabel: 'Hoe laat? (mag leeg)',
  timeInvalid: 'Schrijf de tijd zo: 14:00.',
  leaderLabel: 'Wie leidt het gesprek?',
  leaderPlaceholder: 'voornaam of voorletters',
  questionFieldLabel: 'De vraag van het gesprek',
  plan: 'Gesprek plannen',
  planning: 'Bezig…',
  planned: (group: string) => `Gesprek „${group}” is gepland.`,
  changed: 'Wijziging opgeslagen.',
  change: 'Wijzigen',
  makeLink: 'Link maken',
  newLink: 'Nieuwe link maken',
  linkWarning: 'Let op: een eerdere link van dit gesprek werkt dan niet meer.',
  revoke: 'Link intrekken',
  revokeQuestion:
    'De gespreksleider kan dan niets meer versturen. Wat op het apparaat staat, blijft daar. Link intrekken?',
  revoked: 'De link is ingetrokken.',
  linkFor: (group: string) => `Link voor de gespreksleider van „${group}”`,
  linkGives: (leader: string) =>
    leader
      ? `Voor ${leader}: hiermee schrijft u dit gesprek op.`
      : 'Hiermee schrijft de gespreksleider dit gesprek op.',
  linkOnce: 'U ziet deze link maar één keer. Kopieer hem, of laat de QR-code scannen.',
  qrAlt: (group: string) => `QR-code met de link voor het gesprek „${group}”`,
  hideLink: 'Klaar, verbergen',
};
