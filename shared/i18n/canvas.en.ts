import type { canvasNl, canvasQuestionsNl } from './canvas.nl.js';

const table = (n: number, name: string) => (name ? `table ${n}, ${name}` : `table ${n}`);

export const canvasQuestionsEn: typeof canvasQuestionsNl = {
  how: 'How can we make this happen?',
  needs: 'What is needed for it?',
  helpers: 'Who wants to help?',
};

export const canvasEn: typeof canvasNl = {
  // where to sit
  goTo: (n, name) => `Go to ${table(n, name)}`,
  themeLine: (title) => `Theme: ${title}`,
  freeTalk: 'open conversation',
  grouping: 'The groups are being made. Please wait a moment.',
  noTable: 'You do not have a table yet. Please ask the facilitator.',
  membersTitle: 'Also at your table',
  member: (n, name) => name || `participant ${n}`,
  you: 'you',
  editedBy: (who) => `Changed by ${who}`,
  removedBy: (who) => `Removed by ${who}:`,
  undo: 'Undo',
  undoWithin: 'This can be undone up to a minute after removing.',
  aloneYet: 'The others will join you soon.',
  nameLabel: 'Your first name for your table (may stay empty)',
  nameHint: 'Only the people at your table see this name.',
  nameSave: 'Save name',
  nameSaved: 'Saved.',
  nameRemoved: 'Your name has been removed.',

  // the canvas
  canvasTitle: 'Write it down together',
  canvasIntro: 'Write down what your table comes up with. The others at your table see it at once.',
  questions: canvasQuestionsEn,
  nothingYet: 'Nothing here yet.',
  addLabel: (question) => `Your answer to: ${question}`,
  add: 'Add',
  addEmpty: 'Please write something first.',
  canvasFull: 'No more notes fit.',
  edit: 'Change',
  save: 'Save',
  cancel: 'Do not change',
  remove: 'Remove',
  removeSure: 'Are you sure?',
  removeYes: 'Yes, remove',
  removeNo: 'No',
  noteText: 'Text of the note',
  notSent: 'not sent yet',
  sent: 'sent',
  offline:
    'No connection. What you write stays on your phone and is sent as soon as there is wifi again.',
  connecting: 'Connecting to your table…',
  refused: 'You are not (or no longer) at this table. We are looking up your table.',
  refusedStill: 'You cannot open this table. Please ask the facilitator.',
  tryAgain: 'Try again',
  rejected:
    'Your last note could not be saved: it is too long, or there are too many notes already. Reload the page; the other notes stay.',

  // the projector
  findTable: 'Find your table',
  findTableHint: 'Your phone shows which table you are at.',
  noPhoneHint: 'No phone? Ask the table host.',
  projectedTable: (n) => `Table ${n}`,
  tablesWaiting: 'The groups will be made in a moment.',

  // the facilitator's message
  messageLabel: 'Message from the facilitator',
  messageClose: 'Close message',
};
