import type { CanvasSection } from '../model.js';

/**
 * Dutch texts for phones and the projector at the tables: which table to go to, the canvas with
 * its three questions, the facilitator's message to the room.
 * Plain language (B1), "u". The English catalogue has the same keys (checked by canvas.en.ts).
 */
const table = (n: number, name: string) => (name ? `tafel ${n}, ${name}` : `tafel ${n}`);

/** The three questions of every table; the Regie, the projector and the report say them alike. */
export const canvasQuestionsNl = {
  how: 'Hoe kunnen we dit realiseren?',
  needs: 'Wat is daarvoor nodig?',
  helpers: 'Wie wil helpen?',
} satisfies Record<CanvasSection, string>;

export const canvasNl = {
  // where to sit
  goTo: (n: number, name: string) => `Ga naar ${table(n, name)}`,
  themeLine: (title: string) => `Thema: ${title}`,
  freeTalk: 'vrij gesprek',
  grouping: 'De groepjes worden gemaakt. Even geduld.',
  noTable: 'U zit nog niet aan een tafel. Vraag het aan de begeleider.',
  membersTitle: 'Ook aan uw tafel',
  member: (n: number, name: string) => name || `deelnemer ${n}`,
  aloneYet: 'De anderen komen zo bij u.',
  nameLabel: 'Uw voornaam voor uw tafel (mag leeg blijven)',
  nameHint: 'Alleen de mensen aan uw tafel zien deze naam.',
  nameSave: 'Naam bewaren',
  nameSaved: 'Bewaard.',
  nameRemoved: 'Uw naam is weggehaald.',

  // the canvas
  canvasTitle: 'Samen opschrijven',
  canvasIntro: 'Schrijf op wat uw tafel bedenkt. De anderen aan uw tafel zien het meteen.',
  questions: canvasQuestionsNl,
  nothingYet: 'Hier staat nog niets.',
  addLabel: (question: string) => `Uw antwoord op: ${question}`,
  add: 'Toevoegen',
  addEmpty: 'Schrijf eerst iets op.',
  you: 'u',
  editedBy: (who: string) => `Aangepast door ${who}`,
  removedBy: (who: string) => `Weggehaald door ${who}:`,
  undo: 'Ongedaan maken',
  undoWithin: 'Dit kan tot een minuut na het weghalen.',
  canvasFull: 'Er passen geen briefjes meer bij.',
  edit: 'Aanpassen',
  save: 'Bewaren',
  cancel: 'Niet aanpassen',
  remove: 'Weghalen',
  removeSure: 'Weet u het zeker?',
  removeYes: 'Ja, weghalen',
  removeNo: 'Nee',
  noteText: 'Tekst van het briefje',
  notSent: 'nog niet verstuurd',
  sent: 'verstuurd',
  offline:
    'Geen verbinding. Wat u schrijft, blijft op uw telefoon en wordt verstuurd zodra er weer wifi is.',
  connecting: 'Verbinden met uw tafel…',
  refused: 'U hoort niet (meer) bij deze tafel. We zoeken uw tafel op.',
  refusedStill: 'Deze tafel kunt u niet openen. Vraag het aan de begeleider.',
  tryAgain: 'Opnieuw proberen',
  rejected:
    'Uw laatste briefje kon niet worden bewaard: het is te lang, of er staan al te veel briefjes. Herlaad de pagina; de andere briefjes blijven staan.',

  // the projector
  findTable: 'Zoek uw tafel',
  findTableHint: 'Op uw telefoon staat aan welke tafel u zit.',
  noPhoneHint: 'Geen telefoon? Vraag de tafelhulp.',
  projectedTable: (n: number) => `Tafel ${n}`,
  tablesWaiting: 'De groepjes worden zo gemaakt.',

  // the facilitator's message
  messageLabel: 'Bericht van de begeleider',
  messageClose: 'Bericht sluiten',
};
