/**
 * Dutch texts for the kopgroep: inviting members in the Regie, the kopgroep's own page with the werkgroepen and their sign-ups.
 * Plain language (B1), "u". The English catalogue has the same keys (checked by coreGroup.en.ts).
 */
export const coreGroupNl = {
  // the Regie's tab: inviting kopgroep members
  tab: 'Kopgroep',
  title: 'Kopgroep',
  intro:
    'De kopgroep zijn bewoners die na vanavond het proces samen dragen. U nodigt hen uit met een persoonlijke link. Een account is niet nodig.',
  nameLabel: 'Naam van het kopgroeplid',
  namePlaceholder: 'Bijvoorbeeld Henk',
  invite: 'Link maken',
  inviting: 'Bezig…',
  invited: (name: string) => `De link voor ${name} is gemaakt.`,
  linkFor: (name: string) => `Persoonlijke link voor ${name}`,
  linkGives: (name: string) =>
    `Met deze link ziet ${name} de werkgroepen en de aanmeldingen. Deel hem alleen met ${name}.`,
  linkOnce:
    'U ziet deze link maar één keer. Kopieer hem, of laat de QR-code scannen of print hem uit.',
  qrAlt: (name: string) => `QR-code met de persoonlijke link voor ${name}`,
  print: 'Afdrukken',
  printScan:
    'Scan deze code met de camera van uw telefoon. Dan opent uw eigen pagina van de kopgroep. Bewaar dit papier goed.',
  hideLink: 'Klaar, verbergen',
  membersTitle: (n: number) => (n === 1 ? '1 kopgroeplid' : `${n} kopgroepleden`),
  noMembers: 'Nog niemand uitgenodigd.',
  active: 'actief',
  revoked: 'ingetrokken',
  invitedOn: (date: string) => `uitgenodigd op ${date}`,
  revokedOn: (date: string) => `ingetrokken op ${date}`,
  revoke: 'Link intrekken',
  revokeLabel: (name: string) => `Link intrekken van ${name}`,
  revokeQuestion: (name: string) =>
    `Link van ${name} intrekken? De link werkt dan meteen niet meer. Schermen die ${name} nu open heeft, sluiten direct.`,
  revokeConfirm: 'Ja, intrekken',
  revokeDone: (name: string) => `De link van ${name} werkt niet meer.`,
  reissue: 'Nieuwe link maken',
  reissueLabel: (name: string) => `Nieuwe link maken voor ${name}`,
  reissueQuestion: (name: string) =>
    `Nieuwe link maken voor ${name}? De oude link werkt dan niet meer.`,
  reissueConfirm: 'Ja, nieuwe link',
  reissued: (name: string) => `Er is een nieuwe link voor ${name}. De oude werkt niet meer.`,
  cancel: 'Annuleren',

  // the werkgroepen, in the Regie and on the kopgroep's page
  workingGroupsTitle: 'Werkgroepen',
  workingGroupsIntro:
    'Per thema ziet u hoeveel mensen zich hebben aangemeld. Start de werkgroep, dan krijgen zij een eigen plek om samen een plan van aanpak te schrijven.',
  noThemes: "Er zijn nog geen thema's gepubliceerd.",
  signups: (n: number) => (n === 1 ? '1 aanmelding' : `${n} aanmeldingen`),
  memberCount: (n: number) => (n === 1 ? '1 lid' : `${n} leden`),
  notStarted: 'Nog niet gestart',
  noSignups: 'Nog niemand aangemeld',
  startedOn: (date: string) => `Gestart op ${date}`,
  start: 'Werkgroep starten',
  startLabel: (title: string) => `Werkgroep starten: ${title}`,
  starting: 'Bezig met starten…',
  started: (title: string) => `Werkgroep ${title} is gestart.`,
  planReady: 'Plan klaar om te presenteren',
  planWriting: 'Plan wordt nog geschreven',
  viewPlan: 'Plan bekijken',
  hidePlan: 'Plan verbergen',
  viewPlanLabel: (title: string) => `Plan bekijken van werkgroep ${title}`,
  planTitle: (title: string) => `Plan van aanpak: ${title}`,
  planUnavailable: 'Het plan kan hier nog niet getoond worden. Probeer het later opnieuw.',

  // the kopgroep's own page
  pageTitle: 'Kopgroep',
  eveningOf: (name: string, date: string) => `${name}, ${date}`,
  loading: 'Even geduld, de gegevens worden opgehaald…',
  roleTitle: 'Wat doet de kopgroep?',
  roleText:
    'De bewoners bepalen hoe het verder gaat, niet de professionals. U helpt de werkgroepen op weg en leidt later de terugkombijeenkomsten. Professionals helpen als u daarom vraagt, maar nemen het niet over.',
  linkRevoked: 'Deze link werkt niet meer. Vraag de begeleider om een nieuwe link.',
  linkIncomplete: 'Deze link is niet compleet. Vraag de begeleider om de link nog eens te sturen.',
};
