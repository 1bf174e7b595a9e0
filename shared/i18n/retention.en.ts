import type { retentionNl } from './retention.nl.js';

const months = (n: number) => (n === 1 ? '1 month' : `${n} months`);

export const retentionEn: typeof retentionNl = {
  title: 'What is kept, and for how long',
  intro:
    'We keep personal data no longer than needed. Then it is deleted, or kept without names, automatically. What is deleted is also gone from the file on the server.',
  columns: { what: 'Data', howLong: 'How long', after: 'Then' },
  what: {
    signups: 'Sign-ups for a working group: name, e‑mail and phone',
    notes: 'Notes of the tables',
    additions: 'Additions from attendees, and questions at a return meeting',
    displayNames: 'Names people used at their table',
    coreGroup: 'Names of kopgroep members whose link was revoked',
    agreementOwners: 'Who carries out an afspraak, when that is a person',
    planSnapshots: 'Plans as they were shown at a return meeting',
    conversations: 'What was written down in the small-group conversations',
  },
  howLong: {
    signups: (n) => `${months(n)} after signing up`,
    notes: (n) => `${months(n)} after the evening`,
    additions: (n) => `${months(n)} after the meeting`,
    displayNames: (n) => `${months(n)} after the evening`,
    coreGroup: (n) => `${months(n)} after the link was revoked`,
    agreementOwners: (n) => `${months(n)} after the afspraak is settled (done or dropped)`,
    planSnapshots: (n) => `${months(n)} after that meeting`,
    conversations: (n) => `${months(n)} after the evening`,
  },
  after: {
    signups: 'Deleted. People can also withdraw their sign-up earlier themselves.',
    notes: 'Names, phone numbers and addresses are taken out, as in the report. The rest stays.',
    additions:
      'Rejected and unhandled ones are deleted. What was shown on screen stays, without names and phone numbers.',
    displayNames: 'Deleted.',
    coreGroup: 'Deleted.',
    agreementOwners: 'The name becomes “[naam]”. The afspraak itself stays.',
    planSnapshots: 'Names and phone numbers are taken out. The plan itself stays.',
    conversations:
      'Names, phone numbers and addresses are taken out, also the names given with an offer to help. The stories stay.',
  },
  setBy: 'The server’s administrator sets these periods.',
};
