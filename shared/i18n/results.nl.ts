import { canvasQuestionsNl } from './canvas.nl.js';

/**
 * Dutch texts for the results on the projector and the printable report (Verslag wijkbrede bijeenkomst).
 * Plain language (B1), "u". The English catalogue has the same keys (checked by results.en.ts).
 */
export const resultsNl = {
  // on the projector
  overviewTitle: 'Wat we vanavond hebben gedaan',
  loading: 'De resultaten worden opgehaald…',
  noThemes: "Er zijn geen thema's om te laten zien.",
  recognisedShare: (percent: number) => `${percent}% herkent zich hierin`,
  noAnswers: 'Geen antwoorden',
  tables: (n: number) => (n === 1 ? '1 tafel' : `${n} tafels`),
  additionCount: (n: number) => (n === 1 ? '1 aanvulling' : `${n} aanvullingen`),
  /** Said of a werkgroep: how many signed up, counted, never named. */
  helpers: (n: number) =>
    n === 0
      ? 'Nog niemand aangemeld voor de werkgroep'
      : n === 1
        ? '1 persoon wil helpen in de werkgroep'
        : `${n} mensen willen helpen in de werkgroep`,
  moreNotes: (n: number) => `+ ${n} meer`,
  nothingWritten: 'Niets opgeschreven',
  table: (n: number) => `Tafel ${n}`,
  tablesTitle: 'Wat de tafels bedachten',
  /** The three questions of a canvas, as the phones asked them. */
  sections: canvasQuestionsNl,

  // the report
  reportTitle: 'Verslag wijkbrede bijeenkomst',
  reportLoading: 'Het verslag wordt gemaakt…',
  reportFailed: 'Het verslag kon niet worden geladen.',
  reportNoAccess: 'Open het verslag vanuit de Regie, met de knop "Verslag (PDF)".',
  retry: 'Opnieuw proberen',
  print: 'Afdrukken of opslaan als PDF',
  printHint: 'Kies bij het afdrukken "Opslaan als PDF" om een bestand te maken.',
  dateLabel: 'Datum',
  placeLabel: 'Plaats',
  attendeesLabel: 'Deelnemers',
  attendees: (n: number) => (n === 1 ? '1 deelnemer' : `${n} deelnemers`),
  intro:
    'In dit verslag staat per thema of bewoners zich erin herkennen, wat zij hebben aangevuld, ' +
    'wat de groepjes aan tafel hebben bedacht en hoeveel mensen willen helpen. ' +
    'Het verslag bevat geen namen en geen contactgegevens.',
  themeHeading: (n: number, title: string) => `Thema ${n}: ${title}`,
  recognitionTitle: 'Herkent u zich hierin?',
  answerColumn: 'Antwoord',
  phoneColumn: 'Via telefoon',
  handsColumn: 'Handen in de zaal',
  totalColumn: 'Samen',
  shareColumn: 'Percentage',
  totalRow: 'Totaal',
  handsApart: 'Handen in de zaal zijn apart geteld en niet dubbel.',
  noRecognition: 'Over dit thema is niet gestemd.',
  additionsTitle: 'Aanvullingen uit de zaal',
  noAdditions: 'Er zijn geen aanvullingen.',
  mentioned: (n: number) => (n === 1 ? '' : ` (${n} keer genoemd)`),
  groupsTitle: 'Wat de groepjes bedachten',
  noGroups: 'Over dit thema heeft geen groepje gepraat.',
  tableWith: (n: number, suffix: string, name: string) =>
    `Tafel ${n}${suffix ? ` (groep ${suffix})` : ''}${name ? `, ${name}` : ''}`,
  signupTitle: 'Werkgroep',
  otherAdditionsTitle: 'Andere aanvullingen',
  originTitle: "Waar de thema's vandaan komen",
  origin: (count: number, residents: number) =>
    `Voor deze avond ${count === 1 ? 'was er 1 gesprek' : `waren er ${count} gesprekken`} in kleine groepen` +
    (residents > 0
      ? `, met samen ${residents === 1 ? '1 bewoner' : `${residents} bewoners`}.`
      : '.'),
  originGroups: (groups: string) => `Gesprekken met: ${groups}.`,
  originHow: "De kopgroep las de verhalen samen en haalde er de thema's hieronder uit.",
  madeOn: (when: string) => `Gemaakt op ${when} met Buurtkracht.`,
  /** For Intl: how dates are written in this language. */
  dateLocale: 'nl-NL',

  // the Regie
  reportLink: 'Verslag (PDF)',
  reportLinkHint:
    'Opent het verslag in een nieuw tabblad. Daar kunt u het afdrukken of als PDF opslaan.',
};
