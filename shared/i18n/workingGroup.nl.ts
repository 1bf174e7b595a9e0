import type { ActionStatus } from '../model-follow-up.js';
import type { PlanTextPart } from '../plan-doc.js';

/**
 * Dutch texts for a werkgroep's own space: its members, the plan van aanpak editor, werkgroep meetings.
 * Plain language (B1), "u". The English catalogue has the same keys (checked by workingGroup.en.ts).
 */

/** "Ans, Piet en 3 anderen": names people agreed to share, the rest counted. */
function listMembers(named: string[], others: number): string {
  const parts = [...named];
  if (others === 1) parts.push('een lid');
  if (others > 1) parts.push(`${others} anderen`);
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} en ${parts[parts.length - 1]}`;
}

export const workingGroupNl = {
  // the page
  pageSubtitle: 'Werkgroep',
  title: (title: string) => `Werkgroep ${title}`,
  fromMeeting: (name: string) => `Van de bijeenkomst "${name}"`,
  loading: 'Uw werkgroep wordt geopend…',
  notStarted: 'De kopgroep start de werkgroep binnenkort. U krijgt dan bericht.',
  notStartedHint: 'Houd deze link goed bewaard. Hiermee komt u straks in uw werkgroep.',
  unknownLink:
    'Deze link werkt niet (meer). Misschien heeft u zich afgemeld, of is de link vervangen. Vraag de kopgroep om een nieuwe link.',
  noLink: 'Open de persoonlijke link die u kreeg toen u zich aanmeldde.',
  offline: 'Geen verbinding. De pagina probeert het steeds opnieuw.',

  // members
  membersTitle: 'Leden',
  you: 'u',
  me: (name: string) => `${name} (u)`,
  members: listMembers,
  aloneYet: 'U bent nu het enige lid.',
  nameHidden: 'Uw naam ziet niemand anders, omdat u dat zo heeft gekozen.',

  // ready to present
  readyTitle: 'Klaar om te presenteren?',
  readyYes: (date: string) => `Het plan is klaar om te presenteren (sinds ${date}).`,
  readyNo: 'Het plan is nog niet klaar om te presenteren.',
  readyMark: 'Klaar om te presenteren',
  readyUnmark: 'Toch nog niet klaar',
  readyHint: 'De kopgroep ziet dan dat u uw plan kunt laten zien op een terugkombijeenkomst.',

  // the plan
  planTitle: 'Plan van aanpak',
  planIntro: 'Schrijf samen aan het plan. De andere leden zien wat u schrijft meteen.',
  parts: {
    goal: 'Doel',
    needed: 'Wat is er nodig?',
    planning: 'Planning',
    questions: 'Open vragen',
  } satisfies Record<PlanTextPart, string>,
  partHints: {
    goal: 'Wat wilt u bereiken? Voor wie?',
    needed: 'Mensen, geld, ruimte, hulp van de gemeente.',
    planning: 'Wat gebeurt er wanneer?',
    questions: 'Wat weet u nog niet? Wie kan helpen?',
  } satisfies Record<PlanTextPart, string>,
  empty: 'Hier staat nog niets.',
  toolbar: (part: string) => `Opmaak van ${part}`,
  bold: 'Vet',
  list: 'Lijst',
  heading: 'Kopje',

  // actions
  actionsTitle: 'Acties',
  actionsHint: 'Wat gaat er gebeuren, wie doet het en wanneer is het klaar?',
  actionWhat: 'Wat',
  actionWho: 'Wie',
  actionDue: 'Wanneer klaar',
  actionStatus: 'Status',
  statuses: {
    todo: 'nog niet begonnen',
    doing: 'bezig',
    done: 'klaar',
  } satisfies Record<ActionStatus, string>,
  actionLabel: (field: string, n: number) => `${field}, actie ${n}`,
  actionAdd: 'Actie toevoegen',
  actionRemove: (n: number) => `Weghalen: actie ${n}`,
  actionRemoveShort: 'Weghalen',
  actionsNone: 'Er zijn nog geen acties.',
  actionsFull: 'Er passen geen acties meer bij.',
  noDate: 'geen datum',

  // werkgroep meetings
  sessionsTitle: 'Bijeenkomsten van de werkgroep',
  sessionsHint: 'Schrijf kort op wanneer u bij elkaar was, wie er waren en wat u besloot.',
  sessionDate: 'Datum',
  sessionPresent: 'Wie waren er',
  sessionDecisions: 'Besluiten',
  sessionTitle: (date: string) => (date ? `Bijeenkomst van ${date}` : 'Bijeenkomst'),
  sessionLabel: (field: string, n: number) => `${field}, bijeenkomst ${n}`,
  sessionAdd: 'Bijeenkomst toevoegen',
  sessionRemove: (n: number) => `Weghalen: bijeenkomst ${n}`,
  sessionRemoveShort: 'Weghalen',
  sessionsNone: 'Er zijn nog geen bijeenkomsten opgeschreven.',
  sessionsFull: 'Er passen geen bijeenkomsten meer bij.',

  // saving
  saved: 'Opgeslagen',
  saving: 'Bezig met opslaan…',
  connecting: 'Verbinden…',
  unsent: 'Niet verbonden — uw wijzigingen worden verstuurd zodra er weer verbinding is',
  offlineRead: 'Niet verbonden. U ziet het plan zoals het was.',
  refused: 'U kunt dit plan niet (meer) openen.',
  rejected:
    'Uw laatste wijziging kon niet worden bewaard: het plan wordt te groot of er staat iets in wat niet kan. Herlaad de pagina; wat al bewaard was, blijft staan.',

  // the sign-up page
  signupLink: 'Naar uw werkgroep',
  signupLinkHint:
    'Daar schrijft u met de andere leden het plan van aanpak, zodra de kopgroep de werkgroep start.',
};
