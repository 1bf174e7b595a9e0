import { stringify } from 'csv-stringify/sync';
import { createEvents } from 'ics';
import type { EventAttributes } from 'ics';
import type { AgreementStatus, Meeting } from '../../shared/model.js';
import type { AgreementRow } from '../services/return-report.js';
import { neutralise } from './csv.js';

/** The statuses as the room says them: gedaan / loopt / vervalt, and open until reviewed. */
const STATUS_NL: Record<AgreementStatus, string> = {
  open: 'open',
  ongoing: 'loopt',
  done: 'gedaan',
  dropped: 'vervalt',
};

/** Column headings in Dutch, as the kopgroep reads them. */
export const AGREEMENT_COLUMNS = [
  'afspraak',
  'wie',
  'uiterlijk',
  'status',
  "thema's",
  'werkgroepen',
  'gemaakt op',
] as const;

/** "2026-12-01" as the Netherlands writes it, "01-12-2026"; Excel reads that as a date. */
function dutchDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return year && month && day ? `${day}-${month}-${year}` : isoDate;
}

/**
 * The afspraken of a neighbourhood as CSV, one row each, oldest first. Semicolons and a byte
 * order mark like the sign-up export, so Excel with Dutch settings opens it in columns; every cell
 * is neutralised, as a leader may type anything as an afspraak or a name.
 */
export function agreementsCsv(rows: readonly AgreementRow[]): string {
  const records = rows.map(({ agreement, owner, themes, workingGroups, madeAt }) =>
    [
      agreement.what,
      owner,
      dutchDate(agreement.due),
      STATUS_NL[agreement.status],
      themes.join(', '),
      workingGroups.join(', '),
      madeAt.name ? `${madeAt.name} (${dutchDate(madeAt.date)})` : '',
    ].map(neutralise),
  );
  return stringify(records, {
    bom: true,
    delimiter: ';',
    header: true,
    columns: [...AGREEMENT_COLUMNS],
    record_delimiter: 'windows',
  });
}

/** The day after a date: an all-day event ends (exclusively) the next day. */
function dayAfter(isoDate: string): [number, number, number] {
  const [year, month, day] = isoDate.split('-').map(Number);
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()];
}

/**
 * The afspraken as an iCalendar file: one all-day event on each due date, so a kopgroep can
 * put them in their own calendar. The UID follows the afspraak, so importing the file again
 * updates the events instead of doubling them.
 */
export function agreementsIcs(evening: Meeting, rows: readonly AgreementRow[]): string {
  const events: EventAttributes[] = rows.map(({ agreement, owner, workingGroups }) => {
    const [year, month, day] = agreement.due.split('-').map(Number);
    const lines = [`Wie: ${owner}`, `Status: ${STATUS_NL[agreement.status]}`];
    if (workingGroups.length > 0) lines.push(`Werkgroepen: ${workingGroups.join(', ')}`);
    return {
      uid: `afspraak-${agreement.id}@buurtkracht`,
      title: `Afspraak: ${agreement.what}`,
      description: lines.join('\n'),
      start: [year, month, day],
      end: dayAfter(agreement.due),
      timestamp: agreement.createdAt,
    };
  });
  const { error, value } = createEvents(events, {
    productId: 'buurtkracht/afspraken',
    calName: `Afspraken ${evening.name}`,
  });
  if (error || !value) throw error ?? new Error('Calendar could not be written');
  return value;
}
