/**
 * Entity lexicons: head nouns, joiners, role nouns and collective nouns.
 * Each table is data; the rules in `chunk.ts` and `classify.ts` read them.
 */
import type { EntityType } from '../types.js';
import { table } from '../model/table.js';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));

/** Last word of a name that makes it an organisation ("Labour Left Alliance"). */
export const ORG_HEADS = set(`
  party union unions network alliance commission council trust association foundation committee
  department ministry agency bank corporation corp inc ltd limited llc plc group company co
  university college school academy court parliament congress senate assembly institute movement
  campaign league federation coalition society club board authority office service services police
  army navy force forces organisation organization administration bureau centre center hospital museum
  church conference front forum watch times post news herald guardian telegraph journal press airlines
  airways motors industries holdings partners fund institution cabinet government tribunal executive
  secretariat brotherhood caucus initiative project programme program fc united labs laboratories
  systems technologies foundation charity chamber guild council commissioners regulator exchange commission
  broadcasting network agency register tribune gazette
  pharma pharmaceuticals rail railways railway air energy water telecom telecoms media capital
  insurance biotech electric rovers athletic wanderers albion rangers org international
  weekly daily magazine chronicle monthly
  foods stores brands beverages breweries dairies supermarkets retail logistics shipping aviation
  enterprises ventures investments securities properties resources mining metals steel chemicals
  electronics software studios entertainment communications solutions
`);

/** Words before a role title that belong to the title, not to an owner ("Prime Minister", "Home Secretary"). */
export const TITLE_MODIFIERS = set(`
  prime home foreign interior defence defense finance health education justice chief deputy vice
  general attorney first supreme high emeritus senior junior principal executive managing
`);

/** Nouns before "of X" that make X a place ("the coast of Shetland", "the mayor of X"). */
export const PLACE_OF_NOUNS = set(`
  coast town city village county region province state capital island islands outskirts suburbs
  streets people residents mayor governor north south east west centre center heart borough
  municipality district parish port suburb neighbourhood neighborhood hamlet commune prefecture canton
`);

/** Nouns after "X's" that make X a place ("Elmsworth's mayor", "Texas's governor"). */
export const PLACE_POSSESSED = set(`
  mayor governor residents citizens inhabitants population streets suburbs outskirts townspeople
  coastline
`);

/** Roles that hold a seat for a place ("the MP for Dunmore West"). */
export const SEAT_ROLES = set('mp mla msp ms td mep senator congressman congresswoman representative assemblyman assemblywoman councillor');

/** First word of an organisation name with a post-modifier ("Department for Transport"). */
/** First words of place names built with "of": "Strait of Hormuz", "Isle of Man", "State of Texas". */
export const PLACE_STARTS = set(`
  strait straits gulf bay sea isle isles island islands cape lake mount republic kingdom state city county
  province region port
`);

export const ORG_STARTS = set(`
  department ministry university bank institute museum church court office board commission council
  federation association alliance league society union party friends coalition campaign college school
  committee agency bureau house order confederation fund centre center academy chamber guild brotherhood sisterhood
`);

/** Last word of a place name ("Hudson River", "Kent County"). */
export const PLACE_HEADS = set(`
  street road avenue lane river mountain mountains mount lake island islands county province valley bay
  sea ocean park square bridge region district kingdom republic peninsula desert coast gulf heights hills
  borough city town village state states station arena stadium hotel mosque cathedral temple palace
  airport square plaza tower towers memorial hall mall building strait straits canal shelf glacier base basin
  plateau reef archipelago
`);

/** Nouns for works and products whose title follows them ("the film Easy Rider", "the game Counter-Strike"). */
/** Acronyms of things, measures and technologies, not of organisations: "GDP growth", "tumour DNA", "on TV". */
export const THING_ACRONYMS = set(`
  tv dna rna vat gdp gnp cpi ceo cfo coo cto ai it pc gps hiv aids id iq vip cd cds dvd ufo suv atm pin gmt bst est
  pdf url usb led lcd ok faq diy ivf icu pr hr ipo etf apr vr ar wifi lgbt lgbtq xml html co2 ppe adhd ptsd covid
  sms mp3 api os ram cpu gpu 3d 4g 5g bbq mri ct dj mc pe rsvp asap fyi aka
  qc kc obe mbe cbe phd
`);

export const WORK_NOUNS = set(`
  film movie documentary book novel memoir biography game videogame album song single series sitcom show
  play musical opera poem painting sculpture exhibition app browser software spacecraft probe rocket ship
  shuttle orbiter orbiters capsule satellite rover telescope lander spaceship
`);

/** Newspaper title words that are also common words; a place name before one makes a newspaper ("Toronto Star"). */
export const NEWSPAPER_HEADS = set(`
  star sun mail mirror express observer examiner courier inquirer bulletin sentinel dispatch standard
  globe record echo argus advertiser citizen clarion leader register
`);

/** Words before "Centre"/"Center" that make it a venue, a place ("Convention Centre", "Art Center"). */
export const VENUE_MODIFIERS = set(`
  convention exhibition conference shopping sports leisure community civic art arts visitor visitors
  trade space performing cultural
`);

/** Lower-case words after a hyphen that make a modifier of the name before it ("Obama-era", "Kent-based"), not a name part. */
export const COMPOUND_SUFFIXES = set(`
  era based led backed owned run born style type funded linked made like free wide sized related friendly
  controlled held bred raised listed focused centred centered oriented inspired themed
`);

/** Lower-case words allowed inside a multi-word name, with the context each needs. */
export const NAME_JOINERS = table<'org' | 'person' | 'title'>({
  of: 'org', for: 'org', in: 'org', on: 'org', upon: 'org', '&': 'org', and: 'org',
  de: 'person', del: 'person', della: 'person', da: 'person', di: 'person', du: 'person', des: 'person',
  van: 'person', von: 'person', der: 'person', den: 'person', la: 'person', le: 'person', al: 'person',
  bin: 'person', ter: 'person', dos: 'person',
  the: 'title', is: 'title', are: 'title', a: 'title', to: 'title', against: 'title', with: 'title',
});

/** Capitalised words that start sentences or headings without being names. */
export const NOT_NAMES = set(`
  the a an this that these those its his her their our my your some any every each no many much most
  several few all both other another former ex late last next first second third however instead
  in on at for with by from to of into onto over under about after before during unless
  meanwhile yet but and or so if when while as after before since until although though because
  comments image photo video read more also there here it he she they we i you one mr mrs ms dr
  monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
  january february march april june july august september october november december
  breaking update updated exclusive analysis opinion editorial live how why what where whether
  hey hi hello oh ok okay yes yeah thanks please dear
  i'm i've i'd i'll internet web online
`);

/** Last word of an event name, which is neither person, organisation nor place ("World Cup", "Science Fair"). */
export const EVENT_HEADS = set(`
  cup fair games olympics paralympics championship championships festival expo show awards award war
  summit election elections marathon prix series tournament trophy day week month year open final finals
  derby classic rally protest strike crisis scandal affair prize carnival
`);

/** First word of an event name ("Cyclone Phailin", "Operation Sea Lion"). */
export const EVENT_STARTS = set('cyclone hurricane typhoon storm tropical operation');

/** Adherents and nationalities used as nouns: collectives, not named organisations ("Muslims", "Republicans"). */
export const ADHERENTS = set(`
  muslim muslims christian christians jew jews jewish hindu hindus sikh sikhs buddhist buddhists catholic catholics
  protestant protestants arab arabs republican republicans democrat democrats conservative conservatives
  liberal liberals socialist socialists communist communists rohingya kurds kurdish palestinians israelis
  americans britons europeans africans asians
`);

/** Capitalised role or title words that precede a name ("MP Clive Lewis", "President Obama"). */
export const ROLE_TITLES = set(`
  mp mps mep msp ms mla td senator sen rep representative congressman congresswoman minister president
  vice chancellor secretary governor mayor councillor councilor chairman chairwoman chair ceo cfo coo
  director judge justice bishop archbishop pope coach manager captain leader spokesman spokeswoman
  spokesperson professor prof dr doctor general gen colonel col major lieutenant lt sergeant sgt
  commissioner chief inspector sheriff officer detective det king queen prince princess lord lady sir dame
  baroness baron mr mrs miss mx pm premier ambassador attorney prosecutor deputy shadow acting interim
  superintendent constable rabbi imam reverend rev father sister brother chancellor founder
  executive commander admiral marshal gp administrator undersecretary envoy chairperson
`);

/** Honorifics that mark the next name as a person. */
export const HONORIFICS = set(`
  mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady prof prof. professor rev rev. reverend
  sen. rep. gov. gen. col. lt. sgt. det. mx
`);

/** Lower-case role nouns in appositions and descriptors ("its chief executive", "the MP"). */
export const ROLE_NOUNS = set(`
  mp mep minister president chancellor secretary governor mayor councillor chairman chairwoman chair
  chief executive ceo director judge justice bishop coach manager captain leader spokesman spokeswoman
  spokesperson professor commissioner inspector officer founder head member economist analyst
  lawyer barrister solicitor campaigner activist organiser organizer treasurer editor reporter
  correspondent ambassador deputy prosecutor senator representative chair woman man official adviser
  advisor creator owner boss striker midfielder defender goalkeeper player researcher scientist
  spokesperson vice-chancellor vice-president principal headteacher dean rector
  predecessor successor backbencher frontbencher neurologist surgeon physician doctor gp nurse
  scientist engineer historian academic lecturer consultant trustee governor organiser
`);

/**
 * Nouns that describe a person in an apposition without being an office
 * ("a mother of two", "a pensioner from Leeds"); read only by the apposition rule.
 */
export const PERSON_DESCRIPTIONS = set(`
  mother father parent grandmother grandfather daughter son wife husband widow widower sister brother
  resident pensioner student pupil teacher author writer journalist novelist artist musician singer
  actor actress driver pilot farmer rider cyclist runner veteran survivor victim witness
  entrepreneur businessman businesswoman worker volunteer
`);

/** Title words and the descriptor a later nominal uses for them ("Mr Justice X" … "the judge"). */
export const TITLE_DESCRIPTORS = table<string>({
  justice: 'judge', judge: 'judge', mp: 'mp', senator: 'senator', mayor: 'mayor', president: 'president',
  minister: 'minister', councillor: 'councillor', governor: 'governor', chancellor: 'chancellor',
  professor: 'professor', prof: 'professor', dr: 'doctor', gp: 'doctor', chairman: 'chairman', chairwoman: 'chairwoman',
});

/** Nouns that let an unnamed collective hold a position ("economists", "rail unions"). */
export const COLLECTIVE_NOUNS = set(`
  sources economists analysts critics campaigners activists residents unions members officials experts
  lawyers doctors nurses teachers scientists researchers protesters protestors leaders ministers mps
  politicians councillors fans supporters opponents parents students workers employees staff
  shareholders investors farmers businesses groups organisations organizations charities insiders
  observers commentators academics clubs players executives rebels backbenchers lawmakers legislators
  senators regulators judges voters locals families victims survivors opposition
  people citizens consumers customers passengers patients motorists commuters fishermen
`);

/** Nouns for people who speak for an organisation ("a spokesperson for X", "sources on X"). */
export const PROXY_NOUNS = set(`
  spokesperson spokesman spokeswoman spokespeople representative representatives source sources
  insider insiders official officials aide aides
`);

/** Prepositions linking a proxy to what it speaks for. */
export const PROXY_PREPS = set('for of on at in from within close');

/** Descriptor nouns and the entity type they imply ("the group", "a movement", "the MP"). */
export const DESCRIPTOR_TYPES = table<EntityType>({
  group: 'ORG', party: 'ORG', movement: 'ORG', organisation: 'ORG', organization: 'ORG', club: 'ORG',
  union: 'ORG', company: 'ORG', firm: 'ORG', regulator: 'ORG', council: 'ORG', government: 'ORG',
  network: 'ORG', campaign: 'ORG', charity: 'ORG', committee: 'ORG', court: 'ORG', board: 'ORG',
  agency: 'ORG', association: 'ORG', federation: 'ORG', league: 'ORG', team: 'ORG', side: 'ORG',
  department: 'ORG', ministry: 'ORG', bank: 'ORG', business: 'ORG', body: 'ORG', authority: 'ORG',
  university: 'ORG', school: 'ORG', hospital: 'ORG', trust: 'ORG', coalition: 'ORG', alliance: 'ORG',
  newspaper: 'ORG', paper: 'ORG', broadcaster: 'ORG', airline: 'ORG', carrier: 'ORG', operator: 'ORG',
  retailer: 'ORG', insurer: 'ORG', lender: 'ORG', giant: 'ORG', startup: 'ORG', outfit: 'ORG',
  faction: 'ORG', institute: 'ORG', commission: 'ORG', panel: 'ORG', tribunal: 'ORG', watchdog: 'ORG',
  maker: 'ORG', manufacturer: 'ORG', producer: 'ORG', developer: 'ORG', supplier: 'ORG', chipmaker: 'ORG',
  carmaker: 'ORG', drugmaker: 'ORG', publisher: 'ORG', chain: 'ORG',
  professor: 'PERSON', doctor: 'PERSON', economist: 'PERSON', commissioner: 'PERSON', head: 'PERSON',
  mp: 'PERSON', minister: 'PERSON', president: 'PERSON', leader: 'PERSON', chairman: 'PERSON',
  chairwoman: 'PERSON', senator: 'PERSON', mayor: 'PERSON', judge: 'PERSON', coach: 'PERSON',
  manager: 'PERSON', politician: 'PERSON', activist: 'PERSON', campaigner: 'PERSON', executive: 'PERSON',
  councillor: 'PERSON', governor: 'PERSON', official: 'PERSON', chancellor: 'PERSON', secretary: 'PERSON',
  founder: 'PERSON', player: 'PERSON', striker: 'PERSON', captain: 'PERSON', boss: 'PERSON',
  spokesperson: 'PERSON', spokesman: 'PERSON', spokeswoman: 'PERSON', director: 'PERSON', student: 'PERSON',
  man: 'PERSON', woman: 'PERSON', boy: 'PERSON', girl: 'PERSON', teenager: 'PERSON', lawyer: 'PERSON',
  country: 'PLACE', city: 'PLACE', town: 'PLACE', region: 'PLACE', state: 'PLACE', village: 'PLACE',
  island: 'PLACE', province: 'PLACE', capital: 'PLACE', nation: 'PLACE',
});
