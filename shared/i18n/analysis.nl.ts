/**
 * Dutch texts for step 3 of the method: the analysis board on the kopgroep's page and in the
 * Regie. Plain language (B1), "u". The English catalogue has the same keys (analysis.en.ts).
 */
export const analysisNl = {
  tab: 'Analyse',
  title: 'Analyse: verhalen sorteren',
  intro:
    'Zet de verhalen en citaten uit de gesprekken in groepen die bij elkaar horen. Geef elke groep een naam, kies de beste citaten en maak er een thema van. Iedereen van de kopgroep ziet het meteen.',
  loading: 'De kaarten worden geladen…',
  reload: 'Kaarten opnieuw laden',
  noCards: 'Er zijn nog geen verhalen of citaten. Die komen uit de gesprekken van stap 2.',
  unsortedTitle: (n: number) => `Nog niet gesorteerd (${n})`,
  allSorted: 'Alle kaarten zitten in een groep.',
  clustersTitle: 'Groepen',
  noClusters: 'Nog geen groepen. Kies bij een kaart "Naar groep…" en dan "Nieuwe groep…".',
  newClusterName: 'Naam van een nieuwe groep',
  addCluster: 'Groep maken',
  speaker: (n: number) => `bewoner ${n}`,
  moveTo: 'Naar groep…',
  moveToLabel: (text: string) => `Naar groep voor: ${text}`,
  newCluster: 'Nieuwe groep…',
  newClusterAsk: 'Hoe heet de nieuwe groep?',
  back: 'Terug',
  cancel: 'Annuleren',
  remove: 'Ja, weghalen',
  backLabel: 'Terug naar niet gesorteerd',
  choose: 'Kies als citaat',
  chosen: 'Gekozen als citaat',
  tooManyChosen: (max: number) => `U kunt per groep hoogstens ${max} citaten kiezen.`,
  chosenCount: (n: number, max: number) => `${n} van ${max} citaten gekozen`,
  mentioned: (n: number, groups: string) =>
    n === 1 ? `genoemd in 1 gesprek: ${groups}` : `genoemd in ${n} gesprekken: ${groups}`,
  emptyCluster: 'Nog geen kaarten in deze groep.',
  clusterName: 'Naam van de groep',
  removeCluster: 'Groep weghalen',
  removeAsk: (name: string) =>
    `Groep "${name}" weghalen? De kaarten gaan terug naar "nog niet gesorteerd".`,
  makeTheme: 'Maak thema',
  makeThemeAgain: 'Nog een thema maken',
  themeMade: "Thema gemaakt — bekijk en publiceer het in de Regie bij Thema's.",
  themeDone: "Thema gemaakt. Het staat in de Regie bij Thema's.",
  offline:
    'Geen verbinding. Wat u verandert, blijft op dit apparaat en gaat vanzelf mee zodra er weer verbinding is.',
  connecting: 'Verbinding maken…',
  sending: 'Nog niet alles is verstuurd. Dat gaat vanzelf.',
  allSaved: 'Alles is opgeslagen.',
  rejected:
    'De server nam een wijziging niet aan. Ververs de pagina; wat al was opgeslagen, blijft staan.',
};
