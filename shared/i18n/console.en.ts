import type { consoleNl } from './console.nl.js';

const plural = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

export const consoleEn: typeof consoleNl = {
  preferencesTitle: 'Preferences for the small groups',
  preferencesChosen: (n) =>
    n === 1 ? '1 participant has chosen.' : `${n} participants have chosen.`,
  preferencesTheme: 'Theme',
  preferencesFirst: 'First choice',
  preferencesSecond: 'Second choice',
  preferencesAny: 'No preference',
  themesTitle: 'Themes',

  // tabs
  tabs: 'Parts of the console',
  tabEvening: 'Evening',
  tabThemes: 'Themes',
  tabAdditions: 'Additions',
  tabTableHosts: 'Table hosts',
  tabFlagged: (n: number) => `${n} ${n === 1 ? 'theme' : 'themes'} to check`,
  tabPending: (n: number) => `${n} new`,
  dismiss: 'Close',

  // presenting (Evening)
  onScreen: 'On the screen',
  onScreenNow: 'On the screen now',
  nothingOnScreen: 'No theme is on the screen.',
  themeOf: (n: number, total: number) => `Theme ${n} of ${total}`,
  previousTheme: 'Previous theme',
  nextTheme: 'Next theme',
  showOnScreen: 'Show on screen',
  takeOffScreen: 'Take off the screen',
  noPublicThemes: 'No themes are published yet. Publish them first in the Themes tab.',
  allThemes: 'All published themes',

  // theme list
  newTheme: 'New theme',
  noThemes: 'There are no themes yet. Make a new theme, or import a file.',
  pickTheme: 'Pick a theme on the left to view, check and publish it.',
  moveUp: (title: string) => `Move ${title} up`,
  moveDown: (title: string) => `Move ${title} down`,
  statusDraft: 'Draft',
  statusPublished: 'Published',
  statusHidden: 'Hidden',
  statusOnScreen: 'On the screen',
  statusFromAddition: 'From an addition',
  statusFlags: (n: number) => plural(n, 'point to check', 'points to check'),

  // theme form
  editTheme: 'Edit',
  newThemeTitle: 'New theme',
  editThemeTitle: 'Edit theme',
  fieldTitle: 'Title',
  fieldDescription: 'Short description',
  fieldDescriptionHint: 'One or two sentences in everyday words.',
  fieldQuotes: 'Quotes (1 to 5)',
  fieldQuotesHint: 'Short sayings from the conversations. They must not show who said them.',
  quoteLabel: (n: number) => `Quote ${n}`,
  addQuote: 'Add a quote',
  removeQuote: (n: number) => `Remove quote ${n}`,
  save: 'Save',
  cancel: 'Cancel',
  saved: 'Saved.',
  checkAfterSave: 'After saving, Buurtkracht checks whether anything could identify someone.',
  charactersLeft: (n: number) => `${n} characters left`,

  // import
  importTitle: 'Import from a file',
  importButton: 'Choose a file…',
  importHelp: 'What does the file look like?',
  importMarkdown:
    'Markdown (.md): a line with # is the title, plain lines the description, lines with > are quotes.',
  importMarkdownExample:
    '# Meeting each other\nPeople want to see each other more often.\n> I hardly know my neighbours any more.\n> There used to be coffee every week.',
  importCsv: 'CSV (.csv): columns theme, description, quote. One row per quote.',
  importCsvExample:
    'theme,description,quote\nMeeting each other,People want to see each other more often.,I hardly know my neighbours any more.\nMeeting each other,,There used to be coffee every week.',
  importing: 'Importing…',
  imported: (n: number) => `${plural(n, 'theme', 'themes')} added. Check them before you publish.`,

  // flags
  flagClass: {
    name: 'name',
    address: 'address',
    postcode: 'postcode',
    phone: 'phone number',
    email: 'e-mail address',
    url: 'web address',
    birthdate: 'date of birth',
    age: 'age',
    iban: 'bank account',
    bsn: 'citizen service number',
    plate: 'licence plate',
    house: 'description of a house',
  },
  flagWarningTitle: 'Someone might be recognisable here',
  flagWarning: (n: number) =>
    `Buurtkracht found ${plural(n, 'piece of text', 'pieces of text')} that could identify someone. ` +
    'Check them before you publish the theme.',
  flagFound: (text: string, kind: string) => `"${text}" may be a ${kind}.`,
  flagSuggestion: (suggestion: string) => `Suggestion: ${suggestion}`,
  flagAccept: 'Accept',
  flagAcceptAll: 'Accept all suggestions',
  flagEdit: 'Edit',
  flagDismiss: 'Ignore',
  flagAccepted: 'Changed.',
  flagDismissed: 'Ignored. This will not be reported again.',
  noFlags: 'Nothing found that could identify someone.',
  editField: (label: string) => `Edit ${label.toLowerCase()}`,

  // publishing
  publish: 'Publish',
  publishBlocked: (n: number) => `Cannot publish yet: check ${plural(n, 'point', 'points')} first`,
  publishAnyway: 'Publish anyway…',
  publishAnywayQuestion:
    'Are you sure? This theme may still contain something that identifies someone. ' +
    'Once published, everyone in the hall can see it.',
  publishAnywayConfirm: 'Yes, publish anyway',
  saveAnywayQuestion:
    'This theme is published and the text may contain something that identifies someone. ' +
    'Everyone in the hall sees the change at once.',
  saveAnywayConfirm: 'Yes, save anyway',
  published: 'Published. The theme can now be seen in the hall.',
  unpublish: 'Unpublish',
  unpublished: 'The theme can no longer be seen in the hall.',
  hide: 'Hide',
  unhide: 'Show again',
  hiddenExplain: 'Hidden: nobody in the hall sees this theme, even when it is published.',
  draftExplain: 'Draft: only you can see this theme.',
  deleteTheme: 'Delete',
  deleteQuestion: (title: string) => `Really delete the theme "${title}"? This cannot be undone.`,
  deleteConfirm: 'Yes, delete',
  deleted: 'The theme was deleted.',
  back: 'No, go back',
  publishFirst: 'Publish the theme first. Then you can put it on the screen and ask about it.',

  // recognition
  recognitionTitle: 'Recognition',
  openAnswers: 'Open answers',
  closeAnswers: 'Close answers',
  revealResult: 'Show result on screen',
  hideResult: 'Hide result',
  answersOpen: 'Answers are open',
  answersClosed: 'Answers are closed',
  onlyForYou: 'Only visible to you',
  resultShown: 'On the screen',
  answer: {
    yes: 'Recognise it',
    partly: 'Partly',
    no: 'Not',
  },
  answerCount: (n: number) => plural(n, 'answer', 'answers'),
  handsPart: (n: number) => `of which ${n} by show of hands`,
  handsTitle: 'Show of hands in the hall',
  handsHelp: 'Counting hands in the hall? Enter the numbers. They are marked separately.',
  handsSave: 'Save numbers',
  handsSaved: 'The hands are counted.',

  // moderation
  additionsTitle: 'Additions',
  queueSummary: (pending: number, total: number) => `${pending} new · ${total} in total`,
  showPending: 'New only',
  showAll: 'All',
  somethingElse: 'Something else',
  deletedTheme: 'Theme no longer exists',
  noAdditions: 'No additions yet. They appear here as soon as someone sends one.',
  noPending: 'Everything has been checked. New additions appear here by themselves.',
  approve: 'Approve',
  approveEdited: 'Edit and approve',
  edit: 'Edit',
  reject: 'Reject',
  merge: 'Merge with…',
  mergeInto: 'Merge into this',
  mergeHelp: (text: string) =>
    `Choose the addition that "${text}" should be merged into. Esc stops.`,
  promote: 'Make theme',
  promoteTitle: 'Title of the new theme',
  promoteSave: 'Make theme',
  promoted: (title: string) => `New theme "${title}" made. It is in Themes, not yet published.`,
  reopen: 'Put back',
  editedText: 'Text that goes on the screen',
  suggestionsApplied: 'The marked pieces have been replaced already. Adjust where needed.',
  status: {
    pending: 'New',
    approved: 'Approved',
    rejected: 'Rejected',
    merged: 'Merged',
  },
  weight: (n: number) => `mentioned ${n}×`,
  assisted: 'via table host',
  flaggedAddition: 'May contain something recognisable',
  shortcutsOn: 'Shortcuts in the list',
  shortcutsOffHint: 'Shortcuts are off. Use the buttons with each addition.',
  undo: 'Undo',
  undoRejected: (text: string) => `Rejected: "${text}". You can still undo this for a moment.`,
  undoMerged: (text: string) => `Merged: "${text}". You can still undo this for a moment.`,
  shortcutsTitle: 'Shortcuts (while the list has focus)',
  shortcuts: [
    ['j / ↓', 'next'],
    ['k / ↑', 'previous'],
    ['a', 'approve'],
    ['e', 'edit'],
    ['r', 'reject'],
    ['m', 'merge with…'],
    ['p', 'make theme'],
    ['u', 'undo'],
    ['Esc', 'stop'],
  ],

  // table hosts
  tableHostsTitle: 'Table hosts',
  tableHostsIntro:
    'A table host enters answers and additions for residents without a smartphone. ' +
    'Each table host gets their own link.',
  tableHostLabel: 'Name of the table or table host',
  tableHostPlaceholder: 'For example: Table 5',
  tableHostCreate: 'Make link',
  tableHostLinkFor: (label: string) => `Link for ${label}`,
  tableHostOnce: 'You see this link only once. Copy it, or let the table host scan the QR code.',
  tableHostQr: (label: string) => `QR code with the link for ${label}`,
  tableHostList: (n: number) => `All table hosts (${n})`,
  tableHostNone: 'No table hosts yet.',
  tableHostLost: 'Lost a link? Make a new link for the same table.',

  beamer: {
    notKept:
      'We do not keep this link, so nobody can take it over. Make a new link when you want to open the big screen.',
    make: 'Make a link for the projector',
    makeAgain: 'Make a new link for the projector',
    confirm:
      'Make a new link? The old link will stop working. Is the big screen on now? Then it closes. Open it again with the new link.',
    confirmYes: 'Yes, make a new link',
    once: 'You see this link only now. Open the big screen, or copy the link.',
    qrAlt: 'QR code with the link for the big screen',
  },
};
