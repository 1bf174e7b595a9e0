import type { ConsentPurpose } from '../model.js';

/**
 * Dutch texts for signing up for a werkgroep on a phone, the personal link's page, and the Regie's list of sign-ups.
 * Plain language (B1), "u". The English catalogue has the same keys (checked by signup.en.ts).
 */
export const signupNl = {
  // the form on the phone
  intro:
    'Een werkgroep gaat na vanavond verder met een thema. U kunt zich ook voor meer dan één werkgroep aanmelden.',
  werkgroep: 'Voor welke werkgroep?',
  pickWerkgroep: 'Kies een werkgroep',
  chooseWerkgroep: 'Kies eerst een werkgroep.',
  yourTable: (title: string) => `Uw tafel praatte over: ${title}`,
  name: 'Uw naam',
  contactLegend: 'Hoe kunnen we u bereiken?',
  contactHint: 'Vul minstens één van de twee in.',
  email: 'E-mailadres',
  phone: 'Telefoonnummer',
  consentLegend: 'Waar geeft u toestemming voor?',
  consentHint:
    'Er staat nog geen vinkje. Zet alleen een vinkje bij wat u goed vindt. Het eerste vinkje is nodig: anders kan de werkgroep u niet bereiken.',
  consent: {
    contact: 'Ik wil dat de werkgroep contact met mij opneemt',
    shareName: 'Mijn naam mag gedeeld worden met de andere leden van de werkgroep',
    news: 'Ik wil nieuws over de buurt ontvangen',
  } satisfies Record<ConsentPurpose, string>,
  required: 'nodig',
  retention: (months: number) =>
    `We bewaren uw gegevens ${months} maanden. Daarna worden ze gewist.`,
  retentionLater:
    'We bewaren uw gegevens niet langer dan nodig. Na het aanmelden ziet u tot wanneer.',
  privacyTitle: 'Wie ziet uw gegevens?',
  privacyWho: [
    'De begeleider van de bijeenkomst ziet uw naam, e-mail en telefoon.',
    'Start er een werkgroep over dit thema? Dan ziet ook de kopgroep uw naam, e-mail en telefoon. De kopgroep is een paar buurtbewoners die de werkgroepen helpen starten. Zij nemen contact met u op.',
    'De andere leden van de werkgroep zien alleen uw naam, en alleen als u dat hierboven aanvinkt.',
    'Niemand anders ziet uw e-mail of telefoon. Uw antwoorden van vanavond blijven anoniem.',
  ],
  submit: 'Aanmelden',
  sending: 'Bezig met aanmelden…',
  nameEmpty: 'Vul uw naam in.',
  emailInvalid: 'Dit e-mailadres klopt niet. Kijk het nog eens na, bijvoorbeeld naam@voorbeeld.nl.',
  fixFields: 'Nog niet verstuurd. Kijk bij de rode meldingen hierboven.',

  // after sending
  done: (title: string) => `U bent aangemeld voor werkgroep ${title}`,
  keepLink: 'Bewaar deze link: hiermee kunt u uw aanmelding bekijken of intrekken.',
  keptUntil: (date: string) => `We bewaren uw gegevens tot ${date}. Daarna worden ze gewist.`,
  share: 'Stuur naar uzelf',
  shareText: (title: string) => `Mijn aanmelding voor werkgroep ${title}`,
  showQr: 'Toon als QR-code',
  hideQr: 'QR-code verbergen',
  qrHint: 'Scan deze code met een andere telefoon of tablet. Dan staat de link daar ook.',
  qrAlt: 'QR-code met uw persoonlijke link',
  againTitle: 'Uw aanmelding',
  againIntro:
    'Hier staat uw persoonlijke link nog een keer. Alleen op deze telefoon: bewaar hem goed, of stuur hem naar uzelf.',
  another: 'Aanmelden voor nog een werkgroep',
  notNow: 'Toch niet',

  // the personal link's page
  pageTitle: 'Uw aanmelding',
  loading: 'Uw aanmelding wordt opgehaald…',
  unknownLink:
    'Deze link kennen we niet (meer). Misschien is de aanmelding al ingetrokken of gewist. Heeft u vragen? Vraag het aan de organisatie van de bijeenkomst.',
  werkgroepLabel: 'Werkgroep',
  meetingLabel: 'Bijeenkomst',
  nameLabel: 'Naam',
  emailLabel: 'E-mail',
  phoneLabel: 'Telefoon',
  consentsLabel: 'Uw toestemming',
  yes: 'ja',
  no: 'nee',
  empty: '—',
  keptUntilLabel: 'Bewaard tot',
  withdraw: 'Aanmelding intrekken',
  withdrawQuestion:
    'Weet u het zeker? Uw aanmelding en uw gegevens worden gewist. Dat kunt u niet terugdraaien.',
  withdrawConfirm: 'Ja, intrekken',
  withdrawCancel: 'Nee, toch niet',
  withdrawn: 'Uw aanmelding is ingetrokken en uw gegevens zijn gewist.',

  // the Regie
  tab: 'Aanmeldingen',
  title: 'Aanmeldingen voor werkgroepen',
  listIntro:
    'Dit zijn persoonsgegevens. Geef ze alleen door aan de werkgroep, en alleen zoals de persoon heeft aangevinkt.',
  listIntroCoreGroup:
    'U ziet alleen aanmeldingen voor werkgroepen die gestart zijn: dat beloofden we de mensen die zich aanmeldden. Start een werkgroep, dan ziet u wie zich ervoor aanmeldde.',
  none: 'Nog geen aanmeldingen.',
  total: (n: number) => (n === 1 ? '1 aanmelding' : `${n} aanmeldingen`),
  downloadCsv: 'Download als CSV',
  downloading: 'Bezig met downloaden…',
  downloaded: 'Het bestand is gedownload.',
  columns: {
    name: 'Naam',
    email: 'E-mail',
    phone: 'Telefoon',
    consents: 'Toestemming',
    date: 'Aangemeld op',
    actions: 'Wissen',
  },
  consentShort: {
    contact: 'Contact opnemen',
    shareName: 'Naam delen',
    news: 'Nieuws over de buurt',
  } satisfies Record<ConsentPurpose, string>,
  noConsent: (label: string) => `geen ${label.toLowerCase()}`,
  reissue: 'Nieuwe link',
  reissueLabel: (name: string) => `Nieuwe link voor ${name}`,
  reissueQuestion: (name: string) =>
    `Een nieuwe link maken voor ${name}? De oude link werkt dan meteen niet meer.`,
  reissueConfirm: 'Ja, nieuwe link maken',
  reissueDone: (name: string) =>
    `De nieuwe link van ${name}. Geef hem alleen aan ${name}: met deze link opent ${name} de werkgroep en de aanmelding.`,
  reissueLinkLabel: (name: string) => `Nieuwe link van ${name}`,
  erase: 'Wissen',
  eraseLabel: (name: string) => `Wissen: gegevens van ${name}`,
  eraseQuestion: (name: string) =>
    `Alle gegevens van ${name} wissen? Dat kunt u niet terugdraaien.`,
  eraseConfirm: 'Ja, wissen',
  eraseCancel: 'Annuleren',
  erased: (name: string) => `De gegevens van ${name} zijn gewist.`,
  otherTheme: 'Thema dat niet meer bestaat',
};
