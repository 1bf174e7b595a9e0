/**
 * Word lists for the anonymiser, built once at module load. Names come from
 * @zxcvbn-ts/language-nl-be (first names, surnames with prefixes, frequent words) plus the Dutch
 * supplements in names-nl.ts; the short cue lists below are written for this module.
 */
import { dictionary } from '@zxcvbn-ts/language-nl-be';
import { EXTRA_FIRST_NAMES, EXTRA_SURNAMES, WORD_FIRST_NAMES, WORD_SURNAMES } from './names-nl.js';

const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);
const setOf = (list: string): Set<string> => new Set(words(list));

/** First names, lower case. */
export const FIRST_NAMES = new Set<string>([
  ...dictionary.boysFirstnames,
  ...dictionary.girlsFirstnames,
  ...words(EXTRA_FIRST_NAMES),
]);

/** Surnames of one word ("jansen"), lower case. */
export const SURNAMES = new Set<string>();
/** Surnames with a prefix, words joined by one space ("de vries", "van den berg"). */
export const PREFIXED_SURNAMES = new Set<string>();
for (const name of [
  ...dictionary.lastnames,
  ...words(EXTRA_SURNAMES).map((w) => w.replace(/_/g, ' ')),
]) {
  (name.includes(' ') ? PREFIXED_SURNAMES : SURNAMES).add(name);
}

/** The 16,000 most frequent words of Dutch subtitles (these include some frequent first names). */
export const COMMON_WORDS = new Set<string>(dictionary.commonWords);
/** Surnames that are ordinary words: "bakker", "bos", "visser", "groen". */
export const WORD_SURNAME = setOf(WORD_SURNAMES);
/** First names that are ordinary words: "ben", "wil", "roos", "door". */
export const WORD_FIRST_NAME = setOf(WORD_FIRST_NAMES);

/** Initials of more than one letter: "Th. Brouwer", "Chr. Postma", "Joh. de Wit". */
export const INITIAL_ABBREVIATIONS = setOf('th chr joh ph wm jac corn fr gerh hk ij');
/** Titles kept inside the flag; the whole becomes "een bewoner". */
export const FORMAL_TITLES = setOf('mevrouw meneer mijnheer mevr mw mvr dhr hr mevrouwtje');
/** Titles that may be abbreviated with a dot. */
export const DOTTED_TITLES = setOf('mevr mw mvr dhr hr fam');
/** Kinship and neighbourhood titles: only the name after them is flagged. */
export const TITLES =
  setOf(`opa oma opoe pake beppe tante oom ome buurman buurvrouw overbuurman overbuurvrouw
  buurjongen buurmeisje juf juffrouw meester dokter zuster broeder dominee pastoor imam familie fam`);
/** Titles after which even an unknown lower-case word is a name: "meneer pietersma", "oma bep". */
export const PERSON_TITLES =
  setOf(`opa oma opoe pake beppe tante oom ome buurman buurvrouw overbuurman
  overbuurvrouw juf juffrouw meester`);
/** Words for a related person; a name after them must look like one (capital or known name). */
export const RELATIONS =
  setOf(`man vrouw zoon dochter moeder vader broer zus zusje broertje kleinzoon
  kleindochter kleinkind vriend vriendin collega schoonmoeder schoonvader neef nicht echtgenoot
  echtgenote partner weduwe weduwnaar`);
/** Words after a title that are a role, not a name: "mevrouw de wethouder". */
export const ROLES = setOf(`burgemeester wethouder voorzitter directeur dokter pastoor dominee agent
  wijkagent juf meester buurvrouw buurman minister koning koningin rector huisarts`);

/** Surname prefixes, as sequences of lower-case words. Longest first. */
export const PREFIXES: string[][] = [
  'van der',
  'van den',
  'van de',
  "van 't",
  "in 't",
  "op 't",
  'op de',
  'van',
  'de',
  'der',
  'den',
  'ter',
  'ten',
  'te',
  "'t",
  'el',
  'al',
  'le',
  'la',
  'du',
  'da',
  'ben',
  'von',
].map((p) => p.split(' '));
/** First words of the prefixes. */
export const PREFIX_STARTS = new Set(PREFIXES.map((p) => p[0]));

/** Verbs that make the capitalised word before them a person: "Henk zegt", "Pietersma vertelde". */
export const SPEECH_VERBS =
  setOf(`zegt zei zeiden vertelde vertelt vroeg vraagt riep roept belde belt
  appte appt mailde mailt schreef schrijft vindt vond denkt dacht weet wist meldde meldt`);
/** Verbs after a first name that a sentence-initial surname may also take: "Jansen heeft". */
export const PERSON_VERBS = setOf(`${[...SPEECH_VERBS].join(' ')} heeft had is was woont woonde
  komt kwam wil wilde kan kon doet deed helpt hielp regelt regelde organiseert zit zat loopt liep
  gaat ging kookt maakt maakte staat stond`);
/** Words that introduce a name: "die heet Marja", "genaamd Kees". */
export const NAME_INTRODUCERS = setOf('heet heette heten genaamd noemen noemt noemde');
/** Words skipped between an introducer and the name: "heet hij Christoffel". */
export const INTRODUCER_SKIP = setOf('hij zij ze hem haar die dat het eigenlijk gewoon toch');

/** Function words and pronouns: never a name, even when capitalised at the start of a sentence. */
export const STOP_WORDS =
  setOf(`de het een en of maar dat die dit deze ik je jij u hij zij ze wij we
  jullie hun hem haar mijn zijn onze ons is was ben bent heeft hebben had kan kon wil wilde moet zal
  zou gaat ging komt kwam van in op aan met voor naar bij uit om door over tot na als dan nog ook al
  wel niet geen wat wie waar hoe waarom er hier daar zo nu toen want omdat dus even ja nee o oh hoor
  heel erg veel meer weer alle alles iedereen niemand iemand elke elk ieder sinds tijdens volgens via
  zonder tegen tussen naast achter onder boven vanaf per jaar dag week maand uur`);

export const MONTHS = setOf(`januari februari maart april mei juni juli augustus september oktober
  november december jan feb mrt apr jun jul aug sep sept okt nov dec`);
export const WEEKDAYS = setOf(
  'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ma di wo do vr za zo',
);
/** Languages and nationalities that are also first names or surnames: "Frans", "Engels". */
export const LANGUAGES = setOf(
  'frans engels duits turks pools spaans nederlands fries arabisch marokkaans',
);

/** Prepositions after which a capitalised word is more likely a place: "in Ede", "naar Utrecht". */
export const PLACE_PREPOSITIONS = setOf('in naar uit te richting vanuit nabij');
/** Places and organisations that look like names (lower case, words joined by one space). */
export const NOT_PERSONS = new Set(
  `albert heijn|jan linders|dirk van den broek|sint maarten|sinterklaas|sint nicolaas|zwarte piet|kerstman
  |jezus|willem-alexander|koning willem-alexander|koningin maxima|prinses amalia|rode kruis|leger des heils
  |eigen haard|de key|brabant water|oud en nieuw|keti koti`
    .split('|')
    .map((s) => s.trim()),
);
/** Shops, services, organisations, apps and holidays written with a capital (single words). */
export const NAMED_THINGS =
  setOf(`lidl aldi jumbo hema action kruidvat etos zeeman blokker gamma praxis karwei
  ikea spar vomar hoogvliet poiesz picnic bol ns arriva connexxion qbuzz prorail rijkswaterstaat stedin
  liander enexis eneco vattenfall essent vitens evides ziggo kpn odido ggd ggz uwv svb cak duo
  belastingdienst politie brandweer rabobank ing abn sns asn triodos knab bunq postnl dhl dpd gls buurtzorg
  humanitas voedselbank kringloop vluchtelingenwerk coa ymere vestia portaal mitros woonbron havensteder
  rochdale stadgenoot woonzorg idealis vivare talis woonstad facebook instagram whatsapp tiktok google
  nextdoor marktplaats youtube twitter signal pinksteren pasen kerst kerstmis ramadan suikerfeest
  offerfeest hemelvaart koningsdag bevrijdingsdag halloween carnaval corona covid nieuwjaar oudjaar
  moederdag vaderdag valentijnsdag divali chanoeka dodenherdenking vierdaagse wmo`);
export const PLACES = setOf(`amsterdam rotterdam utrecht eindhoven groningen tilburg almere breda
  nijmegen apeldoorn haarlem arnhem enschede amersfoort zaanstad zwolle leiden zoetermeer maastricht
  dordrecht ede leeuwarden emmen westland delft venlo deventer alkmaar helmond hilversum heerlen oss
  amstelveen sittard hengelo purmerend roosendaal schiedam lelystad leidschendam gouda vlaardingen
  hoorn assen almelo capelle veenendaal katwijk zeist nieuwegein roermond den_helder doetinchem
  barneveld wageningen bennekom veenendaal soest baarn houten culemborg tiel harderwijk kampen
  zutphen winterswijk drenthe friesland groningen limburg brabant gelderland overijssel zeeland
  flevoland holland putten bergen epe ermelo laren weert brussel antwerpen gent brugge leuven
  duitsland belgië belgie turkije marokko suriname curaçao curacao syrië syrie polen nederland`);

/** Street-name endings: "Dorpsstraat", "Kerkweg", "Lindenlaan". */
export const STREET_SUFFIXES =
  words(`straat laan weg plein dreef singel gracht kade steeg pad hof dijk
  park plantsoen markt erf baan ring wal haven akker kamp brink weide allee boulevard dwarsstraat
  straatje pleintje hofje oord veld wetering vaart burgwal gang poort`);
/** Whole words that name a street after an adjective: "Oude Kade", "Hoge Dijk". */
export const STREET_WORDS = setOf(
  'kade markt plein dreef singel gracht dijk laan weg hof wal haven brink',
);

/**
 * Ordinary words that are also whole street names in many villages and towns: "Brink 4", "Markt 11",
 * "Achterom 5". Only read as a street when a house number follows.
 */
export const BARE_STREETS = setOf(`brink markt achterom heuvel schans wal haven kade dijk plein hof
  gracht singel dreef vaart kerkhof hoogte kamp esch akker voorhout buitenhof binnenhof kolk bolwerk
  dam zand rading ruiterij steenweg veste vest ring baan warf werf`);
/** Words after a number that make it a quantity, not a house number or an age. */
export const UNITS = setOf(`km kilometer kilometers m meter meters cm mm m2 m² kg kilo kilo's gram
  minuut minuten min uur uren seconden sec keer maal procent % euro eur mensen personen huizen woningen
  kinderen jongeren ouderen deelnemers bewoners stemmen dagen weken maanden jaren graden stuks
  plekken plaatsen auto's fietsen bomen bankjes`);
