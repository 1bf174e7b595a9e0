/**
 * Supplements to the name lists of @zxcvbn-ts/language-nl-be, which lean Flemish: first names common
 * in the Netherlands (older generations, nicknames, Frisian, and names of residents with Moroccan,
 * Turkish, Surinamese, Antillean, Polish, Syrian and Somali roots) and frequent Dutch surnames.
 * Lower case, separated by spaces; a surname with a prefix is written with underscores
 * ("de_vries"). Data only — loaded once into Sets by lexicon.ts.
 */

export const EXTRA_FIRST_NAMES = `
aad ad adrie adriaan adrianus albert alex alexander andre andré anton antoon ap arie arjan arjen arno
arnold bart bastiaan ben bernard bert bertus bram carel cees chris christiaan cor cornelis corné daan
dick dirk dolf douwe dries eddy edwin egbert erik ernst evert ferry frans frank frits gé gerard gerben
gerrit gert gijs gijsbert hans harm harrie harry hein hendrik henk henkie hennie henny herman huib
hugo jaap jacob jacques jan jelle jeroen jesse johan johannes john joop joost jop joris jos jurgen
jurjen kees klaas kobus koen koos leo leendert lucas luuk maarten marcel marco marinus martijn martin
maurits menno michiel niek niels nico nol otto paul peter piet pieter pim remco rené rene richard
rien rik rinus rob robert roel ronald ruud sander siem simon sjaak sjoerd sjors stefan stijn teun
theo thijs tijmen ton toon wessel wiebe willem wim wouter ype hidde jorrit sietse tjeerd wietse
wybren jurre tygo sem finn milan levi noah julian tim ruben sven mees jens ties luca dex boaz olivier
quinten rens sepp timo tobias vince wout mats morris bas thomas lars max daan
aaltje adrie agnes aleida alida aly anja anke anneke annemarie annie ans anita astrid bep betsie
bettie betty bregje carla carolien cisca coby conny corrie cora corry dieuwke diny dineke dini
dorien els elly emmy erna esther femke fenna fien frieda gea geertje gerda gerdien greet greetje
grietje hanneke hannie harmke hedwig hella hetty hilde ina ineke inge ingrid irma jannie janny
jeanet jeannette jenny jetske jolanda joke jopie jose karin kitty klaasje leny lenie lia lida lien
liesbeth lineke lisette loes lotte lucie maaike maartje marga marian marianne marieke marijke marja
marjan marjolein marleen marloes martha martine mieke mien miep mies mirjam monique nel nelleke
nellie nicole nienke paula petra riek riet rika rina ria rietje rinske roelie saskia sjaan sjoukje
stien suze sylvia thea tineke tini tiny toos trees truus trudy ank wilma willemien willy wendy
wietske yvonne ymkje gonnie jans jantje aagje geesje dirkje tonny tonnie truida hanna anouk emma
julia sophie tess zoë zoe sara eva anna noor fleur lieke isa saar nova mila yara sanne lisa femke
floor romy esmee jasmijn evi nina lynn maud demi britt kim manon jip puck bo hanne elin ilse ilona
kirsten marit mirthe naomi renske silke sterre suus vera lize willemijn
mohammed mohamed muhammed mohammad ahmed ahmet ahmad mustafa youssef yusuf yousef ibrahim ismail
said rachid rashid karim khalid hamza bilal ayoub mehmet murat emre hakan kemal ali omar hassan
hussein abdel abdelkader abdullah driss hicham mounir nordin samir soufiane tarik yassine zakaria
anouar jamal hamid aziz fouad burak cem deniz erdem serkan onur volkan ozan mert yunus arjun ravi
rajesh sunil ricardo jermaine dwayne clarence romano marvin kofi kwame piotr pawel tomasz krzysztof
marek andrzej dimitri igor sergei amir tariq abdi mahad bashir reza
fatima fatma khadija aïcha aicha aisha ayşe ayse hatice zeynep elif emine meryem merve esra büşra
busra hafsa hanan houda imane karima latifa malika naima nadia nora rachida samira salma sanae
souad yasmina yasmine zineb zahra zoubida nour amira dounia ikram loubna shanti sita priya anjali
chantal sharon shirley jennifer agnieszka katarzyna magdalena joanna olga svetlana tatjana amal
rania dalia hodan fadumo asha
`;

export const EXTRA_SURNAMES = `
de_jong jansen de_vries van_den_berg van_de_berg van_der_berg van_dijk bakker janssen visser smit
meijer meyer de_boer mulder de_groot bos vos peters hendriks van_leeuwen dekker brouwer de_wit
dijkstra smits de_graaf van_der_meer van_der_linden kok jacobs de_haan vermeulen van_den_heuvel
van_der_veen van_den_broek de_bruijn de_bruin van_der_heijden schouten van_beek willems van_vliet
van_de_ven hoekstra maas verhoeven koster van_dam van_der_wal prins blom huisman peeters de_jonge
kuipers van_veen post kuiper veenstra kramer van_den_brink scholten van_wijk postma martens vink
de_ridder van_de_pol de_koning van_der_laan bosman bosch van_der_velde hermans timmermans groen
gerritsen jonker van_loon boer dijkman van_rijn sanders koning stam verbeek evers wolters
hoogendoorn van_der_ploeg van_der_heide van_der_zee pietersen pieterse hofman kooiman de_lange
vermeer brinkman lammers de_kok wouters van_den_bosch van_der_horst claassen klaassen molenaar
schipper boersma terpstra zijlstra jonkman bruins de_vos de_wilde de_winter de_rooij de_rooy
van_es van_eck pronk bouwman koopman rietveld ten_cate ter_horst ten_brink de_bakker van_de_bakker
van_der_linde hoogland kuijpers de_leeuw van_doorn de_ruiter de_man bouzid el_amrani el_idrissi
benali bennani el_khatib aydin aydın yilmaz yıldız yildiz kaya demir şahin sahin çelik celik öztürk
ozturk arslan doğan dogan koç koc özdemir ozdemir kurt polat ateş ates
`;

/**
 * Dutch words that are also surnames or place-like names: a capitalised one is only a name with a
 * cue (a title, a first name before it, "zegt" after it). "De Bakker op de hoek" is a shop.
 */
export const WORD_SURNAMES = `
achten achter arts avonds bakker bal balen ballet banken baron beek beer beken bel bellen beneden
berg bergen beul bil billen bisschop blauwe bloem bloemen blokken boden boel boer boeren bol bont
boom bos bot bouwen boven box brand branden bril broek bruin bus dag dam dapper das deken delen derde
dier dom donder dorst dun er eren even fort geel geest geit glas glorie goor graaf groef groot gunst
haan hal ham haven helden hert hertog heuvel hoe hoef hoeven hond hout jager jong jongen keer kennis
kerkhof kinderen klein knop kok koning koppen kort kunnen kunst laat lam lens letter leunen lint
look loon loos lust man mans mars massa meer meester mens menu merken middernacht min mits mol mollen
mot nauw neef nest nevel noten nul ongeval ons oost pan pardon pas peel persoon pil pillen plas pop
portier post pot potter prins put putten rauw rechter rennen ridder rommel room roos ros sap schacht
schenk schepper schets schoot schutter sergeant snel spiegel stappen steel steen stoelen storm tang
tas terras timmerman tips toch top trappen triest trio troost vel verre vieren vis visser vlekken
vliegen vlieger vocht voet vogel voort vorst vos wachter wal wandel water wee wel wens west willen
win winkel winnen winter wit witte wolf groen zwart smid schipper slager schilder zon hoop stam
`;

/** First names that are also everyday Dutch words: a name only when capitalised mid-sentence or cued. */
export const WORD_FIRST_NAMES = `
ben bent wil will door per lot job roos iris merel lente fee leen jet trui bes berk linde angel helder
roman winter zomer storm wolf max toon staf gil ken kas arend aster zander scout marine amber sultan
junior ode mare vin nette lieve mille hope free may can june april august augustus juni mei summer
sky joy clement rein tilde line lone eve dean guy an jo bo do rosa flora ester marina pol lee koos ernst
ton eren helen rover kris tiara sim lis nada hebe lex
`;
