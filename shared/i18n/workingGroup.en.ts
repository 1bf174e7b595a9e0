import type { workingGroupNl } from './workingGroup.nl.js';

/** "Ans, Piet and 3 others": names people agreed to share, the rest counted. */
function listMembers(named: string[], others: number): string {
  const parts = [...named];
  if (others === 1) parts.push('a member');
  if (others > 1) parts.push(`${others} others`);
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

export const workingGroupEn: typeof workingGroupNl = {
  pageSubtitle: 'Working group',
  title: (title: string) => `Working group ${title}`,
  fromMeeting: (name: string) => `From the meeting "${name}"`,
  loading: 'Opening your working group…',
  notStarted: 'The core group will start the working group soon. You will hear from us then.',
  notStartedHint: 'Keep this link safe. It takes you to your working group later.',
  unknownLink:
    'This link does not work (any more). Perhaps you withdrew, or the link was replaced. Ask the core group for a new link.',
  noLink: 'Open the personal link you received when you signed up.',
  offline: 'No connection. The page keeps trying.',

  membersTitle: 'Members',
  you: 'you',
  me: (name: string) => `${name} (you)`,
  members: listMembers,
  aloneYet: 'You are the only member for now.',
  nameHidden: 'Nobody else sees your name, because that is what you chose.',

  readyTitle: 'Ready to present?',
  readyYes: (date: string) => `The plan is ready to present (since ${date}).`,
  readyNo: 'The plan is not ready to present yet.',
  readyMark: 'Ready to present',
  readyUnmark: 'Not ready after all',
  readyHint: 'The core group then sees that you can show your plan at a return meeting.',

  planTitle: 'Plan of approach',
  planIntro: 'Write the plan together. The other members see what you write straight away.',
  parts: {
    goal: 'Goal',
    needed: 'What is needed?',
    planning: 'Planning',
    questions: 'Open questions',
  },
  partHints: {
    goal: 'What do you want to achieve? For whom?',
    needed: 'People, money, space, help from the municipality.',
    planning: 'What happens when?',
    questions: 'What do you not know yet? Who can help?',
  },
  empty: 'Nothing here yet.',
  toolbar: (part: string) => `Formatting of ${part}`,
  bold: 'Bold',
  list: 'List',
  heading: 'Heading',

  actionsTitle: 'Actions',
  actionsHint: 'What will happen, who does it and when is it done?',
  actionWhat: 'What',
  actionWho: 'Who',
  actionDue: 'Done by',
  actionStatus: 'Status',
  statuses: {
    todo: 'not started',
    doing: 'in progress',
    done: 'done',
  },
  actionLabel: (field: string, n: number) => `${field}, action ${n}`,
  actionAdd: 'Add an action',
  actionRemove: (n: number) => `Remove: action ${n}`,
  actionRemoveShort: 'Remove',
  actionsNone: 'There are no actions yet.',
  actionsFull: 'No more actions fit.',
  noDate: 'no date',

  sessionsTitle: 'Meetings of the working group',
  sessionsHint: 'Write down briefly when you met, who came and what you decided.',
  sessionDate: 'Date',
  sessionPresent: 'Who came',
  sessionDecisions: 'Decisions',
  sessionTitle: (date: string) => (date ? `Meeting of ${date}` : 'Meeting'),
  sessionLabel: (field: string, n: number) => `${field}, meeting ${n}`,
  sessionAdd: 'Add a meeting',
  sessionRemove: (n: number) => `Remove: meeting ${n}`,
  sessionRemoveShort: 'Remove',
  sessionsNone: 'No meetings written down yet.',
  sessionsFull: 'No more meetings fit.',

  saved: 'Saved',
  saving: 'Saving…',
  connecting: 'Connecting…',
  unsent: 'Not connected — your changes will be sent as soon as there is a connection again',
  offlineRead: 'Not connected. You see the plan as it was.',
  refused: 'You cannot open this plan (any more).',
  rejected:
    'Your last change could not be saved: the plan would become too large or holds something that is not allowed. Reload the page; what was saved stays.',

  signupLink: 'To your working group',
  signupLinkHint:
    'There you write the plan of approach with the other members, once the core group starts the working group.',
};
