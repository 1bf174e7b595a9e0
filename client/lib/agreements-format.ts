import type { Agreement, AgreementStatus } from '../../shared/model.js';
import type { Messages } from '../../shared/i18n/index.js';

type ConsoleTexts = Messages['returnMeeting']['console'];

/** Who carries an afspraak out, as the leader reads it. */
export function ownerText(
  t: ConsoleTexts,
  agreement: Agreement,
  groupTitle: (id: string) => string,
): string {
  return agreement.owner.kind === 'person'
    ? agreement.owner.name
    : t.groupOwner(groupTitle(agreement.owner.workingGroupId));
}

/** The Dutch (or English) word for a status: open, loopt, gedaan, vervalt. */
export function statusText(t: ConsoleTexts, status: AgreementStatus): string {
  return {
    open: t.statusOpen,
    ongoing: t.statusOngoing,
    done: t.statusDone,
    dropped: t.statusDropped,
  }[status];
}
