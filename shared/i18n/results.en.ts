import { canvasQuestionsEn } from './canvas.en.js';
import type { resultsNl } from './results.nl.js';

export const resultsEn: typeof resultsNl = {
  // on the projector
  overviewTitle: 'What we did tonight',
  loading: 'Fetching the results…',
  noThemes: 'There are no themes to show.',
  recognisedShare: (percent) => `${percent}% recognise themselves in this`,
  noAnswers: 'No answers',
  tables: (n) => (n === 1 ? '1 table' : `${n} tables`),
  additionCount: (n) => (n === 1 ? '1 addition' : `${n} additions`),
  helpers: (n) =>
    n === 0
      ? 'Nobody has signed up for the working group yet'
      : n === 1
        ? '1 person wants to help in the working group'
        : `${n} people want to help in the working group`,
  moreNotes: (n) => `+ ${n} more`,
  nothingWritten: 'Nothing written',
  table: (n) => `Table ${n}`,
  tablesTitle: 'What the tables came up with',
  sections: canvasQuestionsEn,

  // the report
  reportTitle: 'Report of the neighbourhood meeting',
  reportLoading: 'Making the report…',
  reportFailed: 'The report could not be loaded.',
  reportNoAccess: 'Open the report from the Regie, with the button "Report (PDF)".',
  retry: 'Try again',
  print: 'Print or save as PDF',
  printHint: 'When printing, choose "Save as PDF" to make a file.',
  dateLabel: 'Date',
  placeLabel: 'Place',
  attendeesLabel: 'Participants',
  attendees: (n) => (n === 1 ? '1 participant' : `${n} participants`),
  intro:
    'This report shows per theme whether residents recognise themselves in it, what they added, ' +
    'what the groups at the tables came up with and how many people want to help. ' +
    'The report contains no names and no contact details.',
  themeHeading: (n, title) => `Theme ${n}: ${title}`,
  recognitionTitle: 'Do you recognise yourself in this?',
  answerColumn: 'Answer',
  phoneColumn: 'By phone',
  handsColumn: 'Hands in the hall',
  totalColumn: 'Together',
  shareColumn: 'Percentage',
  totalRow: 'Total',
  handsApart: 'Hands in the hall were counted separately, not twice.',
  noRecognition: 'There was no vote on this theme.',
  additionsTitle: 'Additions from the hall',
  noAdditions: 'There are no additions.',
  mentioned: (n) => (n === 1 ? '' : ` (mentioned ${n} times)`),
  groupsTitle: 'What the groups came up with',
  noGroups: 'No group talked about this theme.',
  tableWith: (n, suffix, name) =>
    `Table ${n}${suffix ? ` (group ${suffix})` : ''}${name ? `, ${name}` : ''}`,
  signupTitle: 'Working group',
  otherAdditionsTitle: 'Other additions',
  originTitle: 'Where the themes came from',
  origin: (count, residents) =>
    `Before this evening there ${count === 1 ? 'was 1 conversation' : `were ${count} conversations`} in small groups` +
    (residents > 0
      ? `, with ${residents === 1 ? '1 resident' : `${residents} residents`} in all.`
      : '.'),
  originGroups: (groups) => `Conversations with: ${groups}.`,
  originHow: 'The kopgroep read the stories together and drew the themes below from them.',
  madeOn: (when) => `Made on ${when} with Buurtkracht.`,
  dateLocale: 'en-GB',

  // the Regie
  reportLink: 'Report (PDF)',
  reportLinkHint: 'Opens the report in a new tab. There you can print it or save it as a PDF.',
};
