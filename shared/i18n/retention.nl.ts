import type { RetentionKind } from '../model.js';

const months = (n: number) => (n === 1 ? '1 maand' : `${n} maanden`);

/**
 * Dutch texts for the Regie's overview of how long personal data is kept. Plain language (B1),
 * "u". The English catalogue has the same keys (checked by retention.en.ts).
 */
export const retentionNl = {
  title: 'Wat bewaard blijft en hoe lang',
  intro:
    'Persoonsgegevens bewaren we niet langer dan nodig. Daarna worden ze vanzelf gewist of zonder namen bewaard. Wat gewist is, staat ook niet meer in het bestand op de server.',
  columns: { what: 'Gegevens', howLong: 'Hoe lang', after: 'Daarna' },
  what: {
    signups: 'Aanmeldingen voor een werkgroep: naam, e‑mail en telefoon',
    notes: 'Notities van de tafels',
    additions: 'Aanvullingen van deelnemers, en vragen op een terugkombijeenkomst',
    displayNames: 'Namen die mensen aan hun tafel gebruikten',
    coreGroup: 'Namen van kopgroepleden van wie de link is ingetrokken',
    agreementOwners: 'Wie een afspraak uitvoert, als dat een persoon is',
    planSnapshots: 'Plannen zoals ze op een terugkombijeenkomst te zien waren',
    conversations: 'Wat in de gesprekken in kleine groepen is opgeschreven',
  } satisfies Record<RetentionKind, string>,
  howLong: {
    signups: (n: number) => `${months(n)} na de aanmelding`,
    notes: (n: number) => `${months(n)} na de avond`,
    additions: (n: number) => `${months(n)} na de bijeenkomst`,
    displayNames: (n: number) => `${months(n)} na de avond`,
    coreGroup: (n: number) => `${months(n)} na het intrekken`,
    agreementOwners: (n: number) => `${months(n)} nadat de afspraak klaar is (gedaan of vervallen)`,
    planSnapshots: (n: number) => `${months(n)} na die bijeenkomst`,
    conversations: (n: number) => `${months(n)} na de avond`,
  } satisfies Record<RetentionKind, (n: number) => string>,
  after: {
    signups: 'Gewist. Iemand kan de aanmelding ook zelf eerder intrekken.',
    notes: 'Namen, telefoonnummers en adressen gaan eruit, net als in het verslag. De rest blijft.',
    additions:
      'Afgewezen en niet behandelde worden gewist. Wat op het scherm kwam, blijft, zonder namen en telefoonnummers.',
    displayNames: 'Gewist.',
    coreGroup: 'Gewist.',
    agreementOwners: 'De naam wordt “[naam]”. De afspraak zelf blijft.',
    planSnapshots: 'Namen en telefoonnummers gaan eruit. Het plan zelf blijft.',
    conversations:
      'Namen, telefoonnummers en adressen gaan eruit, ook de namen bij een aanbod om te helpen. De verhalen blijven.',
  } satisfies Record<RetentionKind, string>,
  setBy: 'Deze termijnen stelt de beheerder van de server in.',
};
