import type { joiningNl } from './joining.nl.js';

export const joiningEn: typeof joiningNl = {
  title: 'Joining',
  open: 'New phones can join.',
  closed: 'Joining is closed. New phones are refused. Everyone who already joined carries on.',
  close: 'Close joining',
  reopen: 'Open joining again',
  closedNotice: 'Joining is closed.',
  reopenedNotice: 'Joining is open again.',
  perMinute: 'New phones per minute',
  summary: (total, minutes) =>
    total === 1
      ? `1 phone joined in the last ${minutes} minutes`
      : `${total} phones joined in the last ${minutes} minutes`,
  minutesAgo: (minutes) => `${minutes} min ago`,
  now: 'now',
  peak: (count) => `highest: ${count}`,
  barLabel: (minutesAgo, count) =>
    minutesAgo === 0 ? `This minute: ${count}` : `${minutesAgo} min ago: ${count}`,
  warningTitle: 'Note: very many new phones from one network',
  warning: (joins, peak) =>
    `One network address joined ${joins} phones, up to ${peak} in one minute. ` +
    'A hall does not join that fast.',
  warningRefused: (refused) =>
    refused === 1 ? '1 phone was refused.' : `${refused} phones were refused.`,
  warningAdvice:
    'Does the number of phones match the number of people in the hall? If not: close joining.',
  projectorClosed: 'Joining is closed',
  projectorClosedHelp: 'Just arrived and want to take part? Ask the organisers for help.',
};
