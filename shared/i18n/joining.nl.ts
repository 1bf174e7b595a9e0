/**
 * Dutch texts for joining: the Regie's panel (joins per minute, closing and reopening joining)
 * and what the projector shows while joining is closed. Plain language (B1), "u".
 */
export const joiningNl = {
  title: 'Deelname',
  open: 'Nieuwe telefoons kunnen meedoen.',
  closed:
    'Deelname is gesloten. Nieuwe telefoons worden geweigerd. Wie al meedoet, kan gewoon verder.',
  close: 'Deelname sluiten',
  reopen: 'Deelname weer openen',
  closedNotice: 'Deelname is gesloten.',
  reopenedNotice: 'Deelname is weer open.',
  // "Telefoons", not "aanmeldingen": in the Regie that word means werkgroep sign-ups.
  perMinute: 'Nieuwe telefoons per minuut',
  summary: (total: number, minutes: number) =>
    total === 1
      ? `1 telefoon kwam erbij in de laatste ${minutes} minuten`
      : `${total} telefoons kwamen erbij in de laatste ${minutes} minuten`,
  minutesAgo: (minutes: number) => `${minutes} min geleden`,
  now: 'nu',
  peak: (count: number) => `hoogste: ${count}`,
  barLabel: (minutesAgo: number, count: number) =>
    minutesAgo === 0 ? `Deze minuut: ${count}` : `${minutesAgo} min geleden: ${count}`,
  warningTitle: 'Let op: erg veel nieuwe telefoons van één netwerk',
  warning: (joins: number, peak: number) =>
    `Eén netwerkadres meldde ${joins} telefoons aan, tot ${peak} in één minuut. ` +
    'Zo snel gaat dat in een zaal niet.',
  warningRefused: (refused: number) =>
    refused === 1 ? '1 telefoon is geweigerd.' : `${refused} telefoons zijn geweigerd.`,
  warningAdvice:
    'Klopt het aantal telefoons met het aantal mensen in de zaal? Zo niet: sluit de deelname.',
  projectorClosed: 'Meedoen is nu gesloten',
  projectorClosedHelp: 'Bent u net binnen en wilt u meedoen? Vraag de organisatie om hulp.',
};
