import type { FlagClass } from '../anonymise.js';
import type { RecognitionAnswer } from '../model.js';

const plural = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

/** Dutch texts of the Regie for themes, anonymiser flags, recognition and moderation. */
export const consoleNl = {
  preferencesTitle: 'Voorkeuren voor de groepjes',
  preferencesChosen: (n: number) =>
    n === 1 ? '1 deelnemer heeft gekozen.' : `${n} deelnemers hebben gekozen.`,
  preferencesTheme: 'Thema',
  preferencesFirst: 'Eerste keus',
  preferencesSecond: 'Tweede keus',
  preferencesAny: 'Maakt niet uit',
  themesTitle: "Thema's",

  // tabs
  tabs: 'Onderdelen van de Regie',
  tabEvening: 'Avond',
  tabThemes: "Thema's",
  tabAdditions: 'Aanvullingen',
  tabTableHosts: 'Tafelhulpen',
  tabFlagged: (n: number) => `${n} ${n === 1 ? 'thema' : "thema's"} nakijken`,
  tabPending: (n: number) => `${n} nieuw`,
  dismiss: 'Sluiten',

  // presenting (Avond)
  onScreen: 'Op het scherm',
  onScreenNow: 'Nu op het scherm',
  nothingOnScreen: 'Er staat geen thema op het scherm.',
  themeOf: (n: number, total: number) => `Thema ${n} van ${total}`,
  previousTheme: 'Vorig thema',
  nextTheme: 'Volgend thema',
  showOnScreen: 'Toon op scherm',
  takeOffScreen: 'Van het scherm halen',
  noPublicThemes:
    "Er zijn nog geen gepubliceerde thema's. Publiceer ze eerst bij het tabblad Thema's.",
  allThemes: "Alle gepubliceerde thema's",

  // theme list
  newTheme: 'Nieuw thema',
  noThemes: "Er zijn nog geen thema's. Maak een nieuw thema, of importeer een bestand.",
  pickTheme: 'Kies links een thema om het te bekijken, na te kijken en te publiceren.',
  moveUp: (title: string) => `${title} omhoog`,
  moveDown: (title: string) => `${title} omlaag`,
  statusDraft: 'Concept',
  statusPublished: 'Gepubliceerd',
  statusHidden: 'Verborgen',
  statusOnScreen: 'Op het scherm',
  statusFromAddition: 'Uit een aanvulling',
  statusFlags: (n: number) => plural(n, 'punt nakijken', 'punten nakijken'),

  // theme form
  editTheme: 'Bewerken',
  newThemeTitle: 'Nieuw thema',
  editThemeTitle: 'Thema bewerken',
  fieldTitle: 'Titel',
  fieldDescription: 'Korte beschrijving',
  fieldDescriptionHint: 'Eén of twee zinnen in gewone woorden.',
  fieldQuotes: 'Citaten (1 tot 5)',
  fieldQuotesHint: 'Korte uitspraken uit de gesprekken. Er mag niet in staan wie het zei.',
  quoteLabel: (n: number) => `Citaat ${n}`,
  addQuote: 'Citaat toevoegen',
  removeQuote: (n: number) => `Citaat ${n} weghalen`,
  save: 'Opslaan',
  cancel: 'Annuleren',
  saved: 'Opgeslagen.',
  checkAfterSave:
    'Na het opslaan kijkt Buurtkracht of er iets in staat waaraan iemand te herkennen is.',
  charactersLeft: (n: number) => `nog ${n} tekens`,

  // import
  importTitle: 'Importeren uit een bestand',
  importButton: 'Bestand kiezen…',
  importHelp: 'Hoe ziet het bestand eruit?',
  importMarkdown:
    'Markdown (.md): een regel met # is de titel, gewone regels de beschrijving, regels met > zijn citaten.',
  importMarkdownExample:
    '# Elkaar ontmoeten\nMensen willen elkaar vaker zien.\n> Ik ken mijn buren bijna niet meer.\n> Vroeger was er elke week koffie.',
  importCsv: 'CSV (.csv): kolommen thema, beschrijving, citaat. Eén regel per citaat.',
  importCsvExample:
    'thema,beschrijving,citaat\nElkaar ontmoeten,Mensen willen elkaar vaker zien.,Ik ken mijn buren bijna niet meer.\nElkaar ontmoeten,,Vroeger was er elke week koffie.',
  importing: 'Bezig met importeren…',
  imported: (n: number) =>
    `${plural(n, 'thema', "thema's")} toegevoegd. Kijk ze na voor u publiceert.`,

  // flags
  flagClass: {
    name: 'naam',
    address: 'adres',
    postcode: 'postcode',
    phone: 'telefoonnummer',
    email: 'e-mailadres',
    url: 'internetadres',
    birthdate: 'geboortedatum',
    age: 'leeftijd',
    iban: 'rekeningnummer',
    bsn: 'BSN',
    plate: 'kenteken',
    house: 'beschrijving van een huis',
  } satisfies Record<FlagClass, string> as Record<string, string>,
  flagWarningTitle: 'Hier is misschien iemand aan te herkennen',
  flagWarning: (n: number) =>
    `Buurtkracht vond ${plural(n, 'stukje tekst', 'stukjes tekst')} die iemand herkenbaar kunnen maken. ` +
    'Kijk ze na voordat u het thema publiceert.',
  flagFound: (text: string, kind: string) => `"${text}" is misschien een ${kind}.`,
  flagSuggestion: (suggestion: string) => `Voorstel: ${suggestion}`,
  flagAccept: 'Accepteren',
  flagAcceptAll: 'Alle voorstellen accepteren',
  flagEdit: 'Aanpassen',
  flagDismiss: 'Negeren',
  flagAccepted: 'Aangepast.',
  flagDismissed: 'Genegeerd. Dit wordt niet meer gemeld.',
  noFlags: 'Niets gevonden waaraan iemand te herkennen is.',
  editField: (label: string) => `${label} aanpassen`,

  // publishing
  publish: 'Publiceren',
  publishBlocked: (n: number) =>
    `Publiceren kan nog niet: eerst ${plural(n, 'punt', 'punten')} nakijken`,
  publishAnyway: 'Toch publiceren…',
  publishAnywayQuestion:
    'Weet u het zeker? In dit thema staat misschien nog iets waaraan iemand te herkennen is. ' +
    'Na publiceren kan iedereen in de zaal het zien.',
  publishAnywayConfirm: 'Ja, toch publiceren',
  saveAnywayQuestion:
    'Dit thema is gepubliceerd en de tekst bevat misschien iets waaraan iemand te herkennen is. ' +
    'Iedereen in de zaal ziet de wijziging meteen.',
  saveAnywayConfirm: 'Ja, toch opslaan',
  published: 'Gepubliceerd. Het thema is nu te zien in de zaal.',
  unpublish: 'Niet meer publiceren',
  unpublished: 'Het thema is niet meer te zien in de zaal.',
  hide: 'Verbergen',
  unhide: 'Weer tonen',
  hiddenExplain: 'Verborgen: niemand in de zaal ziet dit thema, ook niet als het gepubliceerd is.',
  draftExplain: 'Concept: alleen u ziet dit thema.',
  deleteTheme: 'Verwijderen',
  deleteQuestion: (title: string) =>
    `Thema "${title}" echt verwijderen? Dit kan niet ongedaan worden.`,
  deleteConfirm: 'Ja, verwijderen',
  deleted: 'Het thema is verwijderd.',
  back: 'Nee, terug',
  publishFirst: 'Publiceer het thema eerst. Dan kunt u het op het scherm zetten en vragen stellen.',

  // recognition
  recognitionTitle: 'Herkenning',
  openAnswers: 'Antwoorden openen',
  closeAnswers: 'Antwoorden sluiten',
  revealResult: 'Uitslag tonen op scherm',
  hideResult: 'Uitslag verbergen',
  answersOpen: 'Antwoorden staan open',
  answersClosed: 'Antwoorden gesloten',
  onlyForYou: 'Alleen voor u zichtbaar',
  resultShown: 'Staat op het scherm',
  answer: {
    yes: 'Herken ik',
    partly: 'Deels',
    no: 'Niet',
  } satisfies Record<RecognitionAnswer, string>,
  answerCount: (n: number) => plural(n, 'antwoord', 'antwoorden'),
  handsPart: (n: number) => `waarvan ${n} met handopsteken`,
  handsTitle: 'Handopsteken in de zaal',
  handsHelp: 'Telt u handen in de zaal? Vul de aantallen in. Ze worden apart gemarkeerd.',
  handsSave: 'Aantallen opslaan',
  handsSaved: 'De handen zijn geteld.',

  // moderation
  additionsTitle: 'Aanvullingen',
  queueSummary: (pending: number, total: number) => `${pending} nieuw · ${total} in totaal`,
  showPending: 'Alleen nieuwe',
  showAll: 'Alles',
  somethingElse: 'Iets anders',
  deletedTheme: 'Thema bestaat niet meer',
  noAdditions: 'Nog geen aanvullingen. Ze verschijnen hier zodra iemand iets stuurt.',
  noPending: 'Alles is bekeken. Nieuwe aanvullingen verschijnen hier vanzelf.',
  approve: 'Goedkeuren',
  approveEdited: 'Bewerken en goedkeuren',
  edit: 'Bewerken',
  reject: 'Afwijzen',
  merge: 'Samenvoegen met…',
  mergeInto: 'Hierin samenvoegen',
  mergeHelp: (text: string) => `Kies de aanvulling waarin u "${text}" wilt opnemen. Esc stopt.`,
  promote: 'Maak thema',
  promoteTitle: 'Titel van het nieuwe thema',
  promoteSave: 'Thema maken',
  promoted: (title: string) =>
    `Nieuw thema "${title}" gemaakt. Het staat bij Thema's, nog niet gepubliceerd.`,
  reopen: 'Terugzetten',
  editedText: 'Tekst die op het scherm komt',
  suggestionsApplied: 'De gemarkeerde stukjes zijn al vervangen. Pas aan waar nodig.',
  status: {
    pending: 'Nieuw',
    approved: 'Goedgekeurd',
    rejected: 'Afgewezen',
    merged: 'Samengevoegd',
  },
  weight: (n: number) => `${n}× genoemd`,
  assisted: 'via tafelhulp',
  flaggedAddition: 'Bevat misschien iets herkenbaars',
  shortcutsOn: 'Sneltoetsen in de lijst',
  shortcutsOffHint: 'Sneltoetsen staan uit. Gebruik de knoppen bij elke aanvulling.',
  undo: 'Ongedaan maken',
  undoRejected: (text: string) => `Afgewezen: "${text}". U kunt dit nog even terugdraaien.`,
  undoMerged: (text: string) => `Samengevoegd: "${text}". U kunt dit nog even terugdraaien.`,
  shortcutsTitle: 'Sneltoetsen (als de lijst de focus heeft)',
  shortcuts: [
    ['j / ↓', 'volgende'],
    ['k / ↑', 'vorige'],
    ['a', 'goedkeuren'],
    ['e', 'bewerken'],
    ['r', 'afwijzen'],
    ['m', 'samenvoegen met…'],
    ['p', 'maak thema'],
    ['u', 'ongedaan maken'],
    ['Esc', 'stoppen'],
  ] as [string, string][],

  // table hosts
  tableHostsTitle: 'Tafelhulpen',
  tableHostsIntro:
    'Een tafelhulp vult antwoorden en aanvullingen in voor bewoners zonder smartphone. ' +
    'Iedere tafelhulp krijgt een eigen link.',
  tableHostLabel: 'Naam van de tafel of tafelhulp',
  tableHostPlaceholder: 'Bijvoorbeeld: Tafel 5',
  tableHostCreate: 'Link maken',
  tableHostLinkFor: (label: string) => `Link voor ${label}`,
  tableHostOnce:
    'U ziet deze link maar één keer. Kopieer hem, of laat de tafelhulp de QR-code scannen.',
  tableHostQr: (label: string) => `QR-code met de link voor ${label}`,
  tableHostList: (n: number) => `Alle tafelhulpen (${n})`,
  tableHostNone: 'Nog geen tafelhulpen.',
  tableHostLost: 'Link kwijt? Maak een nieuwe link voor dezelfde tafel.',

  // the Beamer link: kept only as a hash, so the Regie makes a new one to see it
  beamer: {
    notKept:
      'Wij bewaren deze link niet, zodat niemand hem kan overnemen. Maak een nieuwe link als u het grote scherm wilt openen.',
    make: 'Link voor de beamer maken',
    makeAgain: 'Nieuwe link voor de beamer maken',
    confirm:
      'Een nieuwe link maken? De oude link werkt dan niet meer. Staat het grote scherm nu aan? Dan sluit het. Open het daarna met de nieuwe link.',
    confirmYes: 'Ja, nieuwe link maken',
    once: 'U ziet deze link alleen nu. Open het grote scherm, of kopieer de link.',
    qrAlt: 'QR-code met de link voor het grote scherm',
  },
};
