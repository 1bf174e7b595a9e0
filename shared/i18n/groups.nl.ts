import { canvasQuestionsNl } from './canvas.nl.js';

/**
 * Dutch texts for the Regie after the break: proposing, adjusting and confirming the groups, the overview of the tables and the message to the room.
 * Plain language (B1), "u". The English catalogue has the same keys (checked by groups.en.ts).
 */
const people = (n: number) => (n === 1 ? '1 persoon' : `${n} mensen`);

export const groupsNl = {
  // proposing
  title: 'Groepjes maken',
  intro:
    'Maak een voorstel op basis van de keuzes. U kunt daarna mensen verplaatsen en tafels een naam geven. Pas na "Groepjes vastzetten" zien de telefoons hun tafel.',
  minSize: 'Minstens per tafel',
  maxSize: 'Hoogstens per tafel',
  sizeHint: (min: number, max: number) => `Tafels van ${min} tot ${max} mensen.`,
  propose: 'Groepjes voorstellen',
  proposeAgain: 'Opnieuw voorstellen',
  proposed: 'Er is een nieuw voorstel.',
  noGroupsYet: 'Er is nog geen voorstel.',

  // the proposal
  stateProposed: 'Voorstel: alleen u ziet dit',
  stateConfirmed: 'Vastgezet: de telefoons tonen hun tafel',
  tableCount: (n: number) => (n === 1 ? '1 tafel' : `${n} tafels`),
  peopleCount: people,
  firstChoiceShare: (percent: number) => `${percent}% kreeg de eerste keus`,
  dropped: (titles: string) => `Te weinig mensen voor ${titles}: zij gaan naar hun tweede keus.`,
  and: 'en',
  tableLabel: (n: number) => `Tafel ${n}`,
  noTheme: 'Vrij gesprek',
  tableSize: (n: number) => people(n),
  tooSmall: (min: number) => `Kleiner dan ${min}`,
  tooBig: (max: number) => `Groter dan ${max}`,
  participant: (n: number) => `deelnemer ${n}`,
  got: {
    first: '1e keus',
    second: '2e keus',
    other: 'andere keus',
    any: 'maakt niet uit',
  },
  gotLong: {
    first: 'kreeg de eerste keus',
    second: 'kreeg de tweede keus',
    other: 'kreeg geen van beide keuzes',
    any: 'had geen voorkeur',
  },
  emptyTable: 'Niemand aan deze tafel.',

  // moving people
  selectHint:
    'Verplaatsen: kies een persoon en daarna een tafel. Met het toetsenbord: Tab naar de persoon, Enter, dan de tafel kiezen.',
  selected: (who: string) => `${who} is gekozen.`,
  moveTo: (who: string) => `${who} verplaatsen naar`,
  chooseTable: 'Kies een tafel',
  move: 'Verplaatsen',
  moveHere: 'Hierheen',
  moveHereLabel: (who: string, table: string) => `Hierheen: ${who} naar ${table}`,
  cancelMove: 'Annuleren',
  moved: (who: string, table: string) => `${who} zit nu aan ${table}.`,
  unplacedTitle: 'Nog zonder tafel',
  unplacedHint: 'Mensen die later binnenkwamen. Kies een persoon en zet hem of haar aan een tafel.',

  // naming and merging tables
  editTable: 'Naam en nummer',
  editTableLabel: (table: string) => `Naam en nummer van ${table} wijzigen`,
  tableNumber: 'Tafelnummer',
  tableName: 'Plek in de zaal',
  tableNamePlaceholder: 'bijvoorbeeld: bij het raam',
  save: 'Opslaan',
  cancel: 'Annuleren',
  renamed: 'De tafel is aangepast.',
  mergeToggle: 'Samenvoegen',
  mergeToggleLabel: (table: string) => `${table} samenvoegen met een andere tafel`,
  mergeInto: 'Samenvoegen met',
  merge: 'Samenvoegen',
  merged: 'De tafels zijn samengevoegd.',

  // confirming
  confirm: 'Groepjes vastzetten',
  confirmQuestion:
    'Groepjes vastzetten? Daarna ziet iedereen op de telefoon naar welke tafel hij of zij moet. U kunt mensen daarna nog verplaatsen.',
  confirmYes: 'Ja, vastzetten',
  confirmed: 'De groepjes staan vast. De telefoons tonen nu hun tafel.',

  reopen: 'Opnieuw indelen',
  reopenQuestion:
    'Opnieuw indelen? Iedereen verliest dan zijn tafel, tot u de nieuwe groepjes weer vastzet. Briefjes die de tafels al schreven, vallen weg.',
  reopenYes: 'Ja, opnieuw indelen',

  // overview of the tables
  overviewTitle: 'De tafels',
  overviewHint: (minutes: number) =>
    `Een tafel krijgt een gele rand als er ${minutes} minuten niets gebeurt.`,
  overviewEmpty: 'Er zijn nog geen vastgezette groepjes. Zet ze vast in de stap "Kies een thema".',
  online: (connected: number, total: number) => `${connected} van ${total} online`,
  sections: {
    how: 'Hoe',
    needs: 'Nodig',
    helpers: 'Helpen',
  },
  sectionsLong: canvasQuestionsNl,
  notesTotal: (n: number) => (n === 1 ? '1 briefje' : `${n} briefjes`),
  lastActivity: 'Laatste briefje',
  nothingYet: 'nog niets',
  quietFor: (minutes: number) => `Stil sinds ${minutes} min`,
  noNotesYet: 'Nog geen briefjes',
  stuckLabel: 'Let op',
  adjustTitle: 'Groepjes aanpassen',

  // message to the room
  messageTitle: 'Bericht aan iedereen',
  messageHint: 'Verschijnt op alle telefoons en op het grote scherm.',
  messageLabel: 'Korte tekst',
  suggestions: 'Voorbeelden',
  suggestionList: ['Nog 5 minuten', 'Kom terug naar de zaal', 'Schrijf uw ideeën op een briefje'],
  messageSend: 'Verstuur naar iedereen',
  messageClear: 'Bericht weghalen',
  messageShown: 'Nu te zien:',
  messageNone: 'Er staat geen bericht.',
  messageSent: 'Het bericht is verstuurd.',
  messageCleared: 'Het bericht is weggehaald.',
};
