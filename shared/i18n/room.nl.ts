import type { RecognitionAnswer } from '../model.js';

/**
 * Dutch texts for phones, table hosts and the projector: themes, recognition, additions.
 * Plain language (B1), "u". Every other catalogue has the same keys (checked by room.en.ts).
 */
export const roomNl = {
  chooseFirst: 'Uw eerste keus',
  chooseSecond: 'Uw tweede keus',
  noPreference: 'Maakt niet uit',
  choiceSaved: 'Opgeslagen. U mag het nog veranderen.',
  // themes
  themeOf: (n: number, total: number) => `Thema ${n} van ${total}`,
  quotesLabel: 'Wat bewoners vertelden',
  waitForTheme: 'Het volgende thema komt zo op het grote scherm.',

  // recognition
  recognitionQuestion: 'Herkent u zich hierin?',
  answers: {
    yes: 'Herken ik',
    partly: 'Deels',
    no: 'Herken ik niet',
  } satisfies Record<RecognitionAnswer, string>,
  chooseAnswer: 'Tik op uw antwoord.',
  voteSending: 'Uw antwoord wordt verstuurd…',
  voteReceived: (answer: string) => `Ontvangen: „${answer}”. U mag het nog veranderen.`,
  voteGiven: (answer: string) => `Uw antwoord: „${answer}”.`,
  voteNetwork: 'Uw antwoord is niet verstuurd. Kijk of de wifi werkt en tik nog een keer.',
  notOpenYet: 'U kunt hier nu niet op antwoorden. Kijk naar het grote scherm.',
  closed: 'Deze vraag is gesloten.',
  pickFromList: 'Geef bij elk thema uw antwoord.',
  answerOnPhone: 'Beantwoord de vraag op uw telefoon',
  questionClosed: 'De vraag is gesloten.',
  resultTitle: 'Uitslag',
  answerCount: (n: number) => (n === 1 ? '1 antwoord' : `${n} antwoorden`),
  noAnswersYet: 'Nog geen antwoorden.',
  handsInHall: 'handen in de zaal',
  viaPhone: 'via telefoon',
  barDetail: (votes: number, hands: number) =>
    `${votes} via telefoon, ${hands} ${hands === 1 ? 'hand' : 'handen'} in de zaal`,

  // additions
  additionTitle: 'Wilt u iets aanvullen?',
  additionIntro: 'Mist er iets? Schrijf het hier. Noem geen namen of adressen.',
  additionTheme: 'Over welk thema?',
  somethingElse: 'Iets anders',
  additionText: 'Uw aanvulling',
  charCount: (n: number, max: number) => `${n} van ${max} tekens`,
  tooLongBy: (n: number) =>
    `Dat is ${n} ${n === 1 ? 'teken' : 'tekens'} te veel. Maak de tekst wat korter.`,
  send: 'Versturen',
  sending: 'Bezig met versturen…',
  receivedNotice: 'Ontvangen. Dank u wel!',
  queuedNotice: 'Nog niet verstuurd. Dat gebeurt vanzelf zodra er weer verbinding is.',
  yourAdditions: 'Wat u heeft gestuurd',
  about: (title: string) => `Over: ${title}`,
  statusReceived: 'ontvangen',
  statusUnsent: 'nog niet verstuurd',
  statusFailed: 'niet gelukt',
  putBack: 'Terugzetten en aanpassen',

  // approved additions on the big screen
  additionsTitle: 'Aanvullingen uit de zaal',
  mentioned: (n: number) => `${n} keer genoemd`,

  // table host (tafelhulp)
  hostTitle: 'Tafelhulp',
  hostIntro:
    'U vult antwoorden in voor bewoners zonder telefoon. Iedere bewoner telt één keer en blijft anoniem.',
  peopleTitle: 'Bewoners aan uw tafel',
  person: (n: number) => `Bewoner ${n}`,
  answeredOf: (done: number, total: number) => `${done} van ${total} beantwoord`,
  addPerson: 'Bewoner toevoegen',
  addingPerson: 'Bezig…',
  noPeople: 'Nog geen bewoners. Tik op "Bewoner toevoegen" voor iemand zonder telefoon.',
  pickPerson: 'Tik op een bewoner om voor hem of haar in te vullen.',
  fillingFor: (n: number) => `U vult nu in voor Bewoner ${n}`,
  answersOf: (n: number) => `Antwoorden van Bewoner ${n}`,
  notAnswered: 'nog niet',
  tableFull: 'Aan deze tafel kunnen geen bewoners meer bij. Vraag de begeleider om hulp.',
  firstOf: (n: number) => `Eerste keuze van Bewoner ${n}`,
  secondOf: (n: number) => `Tweede keuze van Bewoner ${n}`,
  seatsTitle: 'Waar gaan uw bewoners zitten?',
  seatsHint: 'Vertel het iedere bewoner, of loop even mee naar de tafel.',
  seat: (n: number, table: number, where: string) =>
    `Bewoner ${n} → tafel ${table}${where ? `, ${where}` : ''}`,
  seatTheme: (title: string) => `Thema: ${title}`,
  seatWaiting: (n: number) => `Bewoner ${n}: nog geen tafel`,
};
