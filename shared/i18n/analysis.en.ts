import type { analysisNl } from './analysis.nl.js';

export const analysisEn: typeof analysisNl = {
  tab: 'Analysis',
  title: 'Analysis: sorting the stories',
  intro:
    'Put the stories and quotes from the conversations into groups that belong together. Name each group, choose the best quotes and make a theme of it. Everyone in the core group sees it at once.',
  loading: 'Loading the cards…',
  reload: 'Load the cards again',
  noCards: 'There are no stories or quotes yet. They come from the conversations of step 2.',
  unsortedTitle: (n: number) => `Not sorted yet (${n})`,
  allSorted: 'Every card is in a group.',
  clustersTitle: 'Groups',
  noClusters: 'No groups yet. Choose "To group…" on a card, then "New group…".',
  newClusterName: 'Name of a new group',
  addCluster: 'Make group',
  speaker: (n: number) => `resident ${n}`,
  moveTo: 'To group…',
  moveToLabel: (text: string) => `To group for: ${text}`,
  newCluster: 'New group…',
  newClusterAsk: 'What is the new group called?',
  back: 'Back',
  cancel: 'Cancel',
  remove: 'Yes, remove',
  backLabel: 'Back to not sorted',
  choose: 'Choose as quote',
  chosen: 'Chosen as quote',
  tooManyChosen: (max: number) => `You can choose at most ${max} quotes per group.`,
  chosenCount: (n: number, max: number) => `${n} of ${max} quotes chosen`,
  mentioned: (n: number, groups: string) =>
    n === 1
      ? `mentioned in 1 conversation: ${groups}`
      : `mentioned in ${n} conversations: ${groups}`,
  emptyCluster: 'No cards in this group yet.',
  clusterName: 'Name of the group',
  removeCluster: 'Remove group',
  removeAsk: (name: string) => `Remove group "${name}"? Its cards go back to "not sorted".`,
  makeTheme: 'Make theme',
  makeThemeAgain: 'Make another theme',
  themeMade: 'Theme made — review and publish it in the Console under Themes.',
  themeDone: 'Theme made. It is in the Console under Themes.',
  offline:
    'No connection. What you change stays on this device and is sent by itself once the connection is back.',
  connecting: 'Connecting…',
  sending: 'Not everything has been sent yet. That happens by itself.',
  allSaved: 'Everything is saved.',
  rejected: 'The server did not accept a change. Reload the page; what was saved stays.',
};
