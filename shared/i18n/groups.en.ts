import { canvasQuestionsEn } from './canvas.en.js';
import type { groupsNl } from './groups.nl.js';

const people = (n: number) => (n === 1 ? '1 person' : `${n} people`);

export const groupsEn: typeof groupsNl = {
  // proposing
  title: 'Making the groups',
  intro:
    'Make a proposal from the choices. You can then move people and name the tables. Phones only see their table after "Confirm the groups".',
  minSize: 'At least per table',
  maxSize: 'At most per table',
  sizeHint: (min, max) => `Tables of ${min} to ${max} people.`,
  propose: 'Propose groups',
  proposeAgain: 'Propose again',
  proposed: 'There is a new proposal.',
  noGroupsYet: 'There is no proposal yet.',

  // the proposal
  stateProposed: 'Proposal: only you see this',
  stateConfirmed: 'Confirmed: phones show their table',
  tableCount: (n) => (n === 1 ? '1 table' : `${n} tables`),
  peopleCount: people,
  firstChoiceShare: (percent) => `${percent}% got their first choice`,
  dropped: (titles) => `Too few people for ${titles}: they go to their second choice.`,
  and: 'and',
  tableLabel: (n) => `Table ${n}`,
  noTheme: 'Open conversation',
  tableSize: (n) => people(n),
  tooSmall: (min) => `Smaller than ${min}`,
  tooBig: (max) => `Larger than ${max}`,
  participant: (n) => `participant ${n}`,
  got: {
    first: '1st choice',
    second: '2nd choice',
    other: 'other choice',
    any: 'no preference',
  },
  gotLong: {
    first: 'got their first choice',
    second: 'got their second choice',
    other: 'got neither choice',
    any: 'had no preference',
  },
  emptyTable: 'Nobody at this table.',

  // moving people
  selectHint:
    'To move someone: pick a person, then a table. With the keyboard: Tab to the person, Enter, then choose the table.',
  selected: (who) => `${who} is selected.`,
  moveTo: (who) => `Move ${who} to`,
  chooseTable: 'Choose a table',
  move: 'Move',
  moveHere: 'Move here',
  moveHereLabel: (who, table) => `Move here: ${who} to ${table}`,
  cancelMove: 'Cancel',
  moved: (who, table) => `${who} is now at ${table}.`,
  unplacedTitle: 'Without a table yet',
  unplacedHint: 'People who came in later. Pick a person and put them at a table.',

  // naming and merging tables
  editTable: 'Name and number',
  editTableLabel: (table) => `Change the name and number of ${table}`,
  tableNumber: 'Table number',
  tableName: 'Place in the hall',
  tableNamePlaceholder: 'for example: by the window',
  save: 'Save',
  cancel: 'Cancel',
  renamed: 'The table was changed.',
  mergeToggle: 'Merge',
  mergeToggleLabel: (table) => `Merge ${table} with another table`,
  mergeInto: 'Merge with',
  merge: 'Merge',
  merged: 'The tables were merged.',

  // confirming
  confirm: 'Confirm the groups',
  confirmQuestion:
    'Confirm the groups? Everyone then sees on their phone which table to go to. You can still move people afterwards.',
  confirmYes: 'Yes, confirm',
  confirmed: 'The groups are confirmed. Phones now show their table.',

  reopen: 'Regroup',
  reopenQuestion:
    'Regroup? Everyone then loses their table until you confirm the new groups. Notes the tables already wrote are dropped.',
  reopenYes: 'Yes, regroup',

  // overview of the tables
  overviewTitle: 'The tables',
  overviewHint: (minutes) =>
    `A table gets a yellow border when nothing happens for ${minutes} minutes.`,
  overviewEmpty: 'There are no confirmed groups yet. Confirm them in the step "Choose a theme".',
  online: (connected, total) => `${connected} of ${total} online`,
  sections: {
    how: 'How',
    needs: 'Needed',
    helpers: 'Help',
  },
  sectionsLong: canvasQuestionsEn,
  notesTotal: (n) => (n === 1 ? '1 note' : `${n} notes`),
  lastActivity: 'Last note',
  nothingYet: 'nothing yet',
  quietFor: (minutes) => `Quiet for ${minutes} min`,
  noNotesYet: 'No notes yet',
  stuckLabel: 'Look',
  adjustTitle: 'Adjust the groups',

  // message to the room
  messageTitle: 'Message to everyone',
  messageHint: 'Appears on every phone and on the big screen.',
  messageLabel: 'Short text',
  suggestions: 'Examples',
  suggestionList: ['5 more minutes', 'Please come back to the hall', 'Write your ideas on a note'],
  messageSend: 'Send to everyone',
  messageClear: 'Remove message',
  messageShown: 'Showing now:',
  messageNone: 'There is no message.',
  messageSent: 'The message was sent.',
  messageCleared: 'The message was removed.',
};
