import type { roomNl } from './room.nl.js';

export const roomEn: typeof roomNl = {
  chooseFirst: 'Your first choice',
  chooseSecond: 'Your second choice',
  noPreference: 'No preference',
  choiceSaved: 'Saved. You can still change it.',
  // themes
  themeOf: (n, total) => `Theme ${n} of ${total}`,
  quotesLabel: 'What residents told us',
  waitForTheme: 'The next theme will appear on the big screen shortly.',

  // recognition
  recognitionQuestion: 'Do you recognise yourself in this?',
  answers: {
    yes: 'I recognise this',
    partly: 'Partly',
    no: "I don't recognise this",
  },
  chooseAnswer: 'Tap your answer.',
  voteSending: 'Sending your answer…',
  voteReceived: (answer) => `Received: “${answer}”. You can still change it.`,
  voteGiven: (answer) => `Your answer: “${answer}”.`,
  voteNetwork: 'Your answer was not sent. Check the wifi and tap again.',
  notOpenYet: 'You cannot answer this now. Look at the big screen.',
  closed: 'This question is closed.',
  pickFromList: 'Give your answer for each theme.',
  answerOnPhone: 'Answer the question on your phone',
  questionClosed: 'The question is closed.',
  resultTitle: 'Result',
  answerCount: (n) => (n === 1 ? '1 answer' : `${n} answers`),
  noAnswersYet: 'No answers yet.',
  handsInHall: 'hands in the hall',
  viaPhone: 'by phone',
  barDetail: (votes, hands) =>
    `${votes} by phone, ${hands} ${hands === 1 ? 'hand' : 'hands'} in the hall`,

  // additions
  additionTitle: 'Would you like to add something?',
  additionIntro: 'Is something missing? Write it here. Do not mention names or addresses.',
  additionTheme: 'Which theme is it about?',
  somethingElse: 'Something else',
  additionText: 'Your addition',
  charCount: (n, max) => `${n} of ${max} characters`,
  tooLongBy: (n) =>
    `That is ${n} ${n === 1 ? 'character' : 'characters'} too many. Please shorten it.`,
  send: 'Send',
  sending: 'Sending…',
  receivedNotice: 'Received. Thank you!',
  queuedNotice: 'Not sent yet. It will be sent as soon as the connection is back.',
  yourAdditions: 'What you sent',
  about: (title) => `About: ${title}`,
  statusReceived: 'received',
  statusUnsent: 'not sent yet',
  statusFailed: 'not accepted',
  putBack: 'Put back and edit',

  // approved additions on the big screen
  additionsTitle: 'Additions from the hall',
  mentioned: (n) => `mentioned ${n} times`,

  // table host
  hostTitle: 'Table host',
  hostIntro:
    'You enter answers for residents without a phone. Every resident counts once and stays anonymous.',
  peopleTitle: 'Residents at your table',
  person: (n) => `Resident ${n}`,
  answeredOf: (done, total) => `${done} of ${total} answered`,
  addPerson: 'Add a resident',
  addingPerson: 'Adding…',
  noPeople: 'No residents yet. Tap "Add a resident" for someone without a phone.',
  pickPerson: 'Tap a resident to answer for them.',
  fillingFor: (n) => `You are now answering for Resident ${n}`,
  answersOf: (n) => `Answers of Resident ${n}`,
  notAnswered: 'not yet',
  tableFull: 'No more residents can be added at this table. Ask the facilitator for help.',
  firstOf: (n) => `First choice of Resident ${n}`,
  secondOf: (n) => `Second choice of Resident ${n}`,
  seatsTitle: 'Where do your residents sit?',
  seatsHint: 'Tell each resident, or walk with them to their table.',
  seat: (n, table, where) => `Resident ${n} → table ${table}${where ? `, ${where}` : ''}`,
  seatTheme: (title) => `Theme: ${title}`,
  seatWaiting: (n) => `Resident ${n}: no table yet`,
};
