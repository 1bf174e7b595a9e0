/**
 * Every kind of personal data the server keeps, and how long. Each period is a whole number of
 * months, set by an environment variable (server/config.ts), counted from the moment named in
 * RETENTION_COUNTED_FROM, and applied by the hourly retention job (server/services/retention.ts).
 */
export const RETENTION_KINDS = [
  'signups',
  'notes',
  'additions',
  'displayNames',
  'coreGroup',
  'agreementOwners',
  'planSnapshots',
  'conversations',
] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];

/** Months per kind of personal data. */
export type RetentionMonths = Record<RetentionKind, number>;

/** The defaults: as short as the work allows, as long as the method needs the data. */
export const RETENTION_DEFAULTS: RetentionMonths = {
  // A werkgroep needs its members' contact details for about a year of meetings.
  signups: 12,
  // The verslag is written within weeks; after that the anonymised answers are enough.
  notes: 3,
  additions: 3,
  // Names at a table only help people address each other that evening.
  displayNames: 1,
  // Counted from the revocation: the name of someone who left the kopgroep.
  coreGroup: 6,
  // Counted from the last review of a settled afspraak.
  agreementOwners: 12,
  // Counted from the return meeting's date.
  planSnapshots: 12,
  // Counted from the evening the conversations fed: the themes and the verslag are made by then.
  conversations: 3,
};
