import type { coreGroupNl } from './coreGroup.nl.js';

export const coreGroupEn: typeof coreGroupNl = {
  // the Regie's tab: inviting kopgroep members
  tab: 'Core group',
  title: 'Core group',
  intro:
    'The core group are residents who carry the process together after tonight. You invite them with a personal link. No account is needed.',
  nameLabel: 'Name of the core group member',
  namePlaceholder: 'For example Henk',
  invite: 'Make link',
  inviting: 'Working…',
  invited: (name: string) => `The link for ${name} has been made.`,
  linkFor: (name: string) => `Personal link for ${name}`,
  linkGives: (name: string) =>
    `With this link ${name} sees the working groups and the sign-ups. Share it with ${name} only.`,
  linkOnce: 'You see this link only once. Copy it, or have the QR code scanned or print it.',
  qrAlt: (name: string) => `QR code with the personal link for ${name}`,
  print: 'Print',
  printScan:
    'Scan this code with the camera of your phone. It opens your own core group page. Keep this paper safe.',
  hideLink: 'Done, hide',
  membersTitle: (n: number) => (n === 1 ? '1 core group member' : `${n} core group members`),
  noMembers: 'Nobody invited yet.',
  active: 'active',
  revoked: 'revoked',
  invitedOn: (date: string) => `invited on ${date}`,
  revokedOn: (date: string) => `revoked on ${date}`,
  revoke: 'Revoke link',
  revokeLabel: (name: string) => `Revoke link of ${name}`,
  revokeQuestion: (name: string) =>
    `Revoke the link of ${name}? The link stops working at once. Screens ${name} has open now close immediately.`,
  revokeConfirm: 'Yes, revoke',
  revokeDone: (name: string) => `The link of ${name} no longer works.`,
  reissue: 'Make new link',
  reissueLabel: (name: string) => `Make new link for ${name}`,
  reissueQuestion: (name: string) =>
    `Make a new link for ${name}? The old link then stops working.`,
  reissueConfirm: 'Yes, new link',
  reissued: (name: string) => `There is a new link for ${name}. The old one no longer works.`,
  cancel: 'Cancel',

  // the werkgroepen, in the Regie and on the kopgroep's page
  workingGroupsTitle: 'Working groups',
  workingGroupsIntro:
    'For each theme you see how many people signed up. Start the working group, and they get their own place to write a plan of approach together.',
  noThemes: 'No themes have been published yet.',
  signups: (n: number) => (n === 1 ? '1 sign-up' : `${n} sign-ups`),
  memberCount: (n: number) => (n === 1 ? '1 member' : `${n} members`),
  notStarted: 'Not started yet',
  noSignups: 'Nobody signed up yet',
  startedOn: (date: string) => `Started on ${date}`,
  start: 'Start working group',
  startLabel: (title: string) => `Start working group: ${title}`,
  starting: 'Starting…',
  started: (title: string) => `Working group ${title} has started.`,
  planReady: 'Plan ready to present',
  planWriting: 'Plan is still being written',
  viewPlan: 'View plan',
  hidePlan: 'Hide plan',
  viewPlanLabel: (title: string) => `View plan of working group ${title}`,
  planTitle: (title: string) => `Plan of approach: ${title}`,
  planUnavailable: 'The plan cannot be shown here yet. Please try again later.',

  // the kopgroep's own page
  pageTitle: 'Core group',
  eveningOf: (name: string, date: string) => `${name}, ${date}`,
  loading: 'One moment, the details are being fetched…',
  roleTitle: 'What does the core group do?',
  roleText:
    'The residents decide how things go on, not the professionals. You help the working groups on their way and later lead the return meetings. Professionals help when you ask them, but do not take over.',
  linkRevoked: 'This link no longer works. Ask the facilitator for a new link.',
  linkIncomplete: 'This link is not complete. Ask the facilitator to send the link again.',
};
