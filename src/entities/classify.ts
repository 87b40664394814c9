/**
 * Types a name chunk as PERSON, ORG or PLACE from its words, compromise's name
 * lexicons and its context. Returns null for things that are not entities.
 */
import type { Doc, Token } from '../document/index.js';
import type { EntityType } from '../types.js';
import { lexClasses, isCommonWord, type LexClass } from '../adapters/compromise.js';
import { DECISION_VERB_FORMS, DECISION_NOUNS } from '../decisions/lexicon.js';
import { ORG_HEADS, ORG_STARTS, PLACE_HEADS, DESCRIPTOR_TYPES, HONORIFICS, EVENT_HEADS, EVENT_STARTS, ADHERENTS, NAME_JOINERS, ROLE_NOUNS, ROLE_TITLES, PROXY_NOUNS, PLACE_OF_NOUNS, PLACE_POSSESSED, PLACE_STARTS, SEAT_ROLES, VENUE_MODIFIERS, NEWSPAPER_HEADS, WORK_NOUNS, THING_ACRONYMS } from './lexicon.js';

const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
import { isAcronym, type Chunk } from './chunk.js';
import { table } from '../model/table.js';

/** Country and bloc acronyms compromise does not list. */
const ACRONYM_TYPES = table<EntityType>({
  us: 'PLACE', usa: 'PLACE', uk: 'PLACE', 'u.s': 'PLACE', 'u.k': 'PLACE', 'u.s.a': 'PLACE', uae: 'PLACE', drc: 'PLACE', prc: 'PLACE', nz: 'PLACE', dc: 'PLACE', 'd.c': 'PLACE',
});

const has = (classes: readonly LexClass[], ...wanted: LexClass[]): boolean => classes.some((c) => wanted.includes(c));

/** "Korean", "Americans": a nationality word, singular or plural. */
function isDemonym(w: string): boolean {
  return has(lexClasses(w), 'Demonym') || has(lexClasses(w.replace(/s$/u, '')), 'Demonym');
}

/** "US", "U.S", "UK": a country's abbreviation that compromise does not list. */
export function isPlaceAcronym(w: string): boolean {
  return ACRONYM_TYPES[w.replace(/\.$/u, '')] === 'PLACE';
}

/** A typing decision with the strength of its evidence (higher wins across a name's occurrences). */
export interface TypeVote {
  readonly type: EntityType | null;
  readonly strength: number;
}

/** "Yorkshire": a one-word county name. */
const SHIRE = /\p{L}{3}shire$/u;
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'greater', 'northeast', 'northwest', 'southeast', 'southwest']);
/** Speech verbs that a speaker's name follows ("…, said Mauer."). */
const SPEECH_BEFORE = new Set(['said', 'says', 'added', 'explained', 'asked', 'wrote', 'recalled', 'noted', 'continued', 'insisted', 'warned']);
const PLACE_PREPS = new Set(['in', 'at', 'near', 'across', 'from', 'to', 'outside', 'inside', 'throughout']);
/** Prepositions that, before a lone unknown name, point to a place more often than not. */
const STRONG_PLACE_PREPS = new Set(['in', 'near', 'from', 'outside', 'throughout']);
/** Nouns before "in X" that take an organisation ("a stake in X", "shares in X"). */
const NOT_PLACE_BEFORE_IN = new Set(['stake', 'stakes', 'shares', 'share', 'investment', 'investments', 'interest', 'job', 'jobs', 'role', 'career', 'member', 'members', 'membership']);

/**
 * Strong context cues that the name is a place: "the coast of X", "the MP for X", "X's mayor",
 * "X-based", a "-shire" county.
 */
export function placeContext(doc: Doc, first: number, last: number): boolean {
  const t = doc.tokens;
  const p1 = t[first - 1];
  const p2 = t[first - 2];
  if (p1 && p2 && p1.lower === 'of' && PLACE_OF_NOUNS.has(p2.lower)) return true;
  if (p1 && p2 && p1.lower === 'for' && SEAT_ROLES.has(p2.lower)) return true;
  const n1 = t[last];
  const n2 = t[last + 1];
  if (n1 && n2 && (n1.lower === "'s" || n1.lower === '’s') && !n1.spaceBefore) {
    let k = last + 1;
    while (t[k] && t[k]!.pos === 'ADJ' && k < last + 3) k++;
    if (t[k] && PLACE_POSSESSED.has(t[k]!.lower)) return true;
  }
  if (n1 && n2 && (n1.text === '-' || n1.text === '‐') && !n1.spaceBefore && n2.lower === 'based') return true;
  // "the Lombardy region", "the Kent village of …"
  if (n1 && n1.kind === 'word' && !n1.cap && DESCRIPTOR_TYPES[n1.lower] === 'PLACE' && t[first - 1]?.lower === 'the') return true;
  return last - first === 1 && SHIRE.test(t[first]!.lower);
}

const ORG_SUFFIX = /^\p{Lu}\p{Ll}{2,}(?:news|media|soft|tech|corp|bank)$/u;
/** Roman numerals of I, V and X only: "DC" and "MD" are places. */
const ROMAN_NUMERAL = /^(?=[XVI]{2})X{0,3}(?:IX|IV|V?I{0,3})$/u;
const PLURAL_ACRONYM = /^\p{Lu}{2,}s$/u;
const SCORE = /^\d{1,2}[-–]\d{1,2}$/u;
const SMALL_NUMBER = /^\d{1,2}$/u;
const DASHES = new Set(['-', '–', '—']);

/** Length of a match score ("1 – 0", "2-1") starting at token k, or 0. */
function scoreAt(doc: Doc, k: number): number {
  const t = doc.tokens;
  if (!t[k] || t[k]!.kind !== 'number') return 0;
  const n = SCORE.test(t[k]!.text) ? 1 : SMALL_NUMBER.test(t[k]!.text) && DASHES.has(t[k + 1]?.text ?? '') && t[k + 2]?.kind === 'number' && SMALL_NUMBER.test(t[k + 2]!.text) ? 3 : 0;
  // "10-12 ships": a range counting a noun is not a score
  const after = t[k + n];
  return n && after && after.kind === 'word' && !after.cap && after.pos === 'NOUN' ? 0 : n;
}

/**
 * "Sweden 1 – 0 Korea", "Tunisia lost 1 – 2 to England": a name next to a match score, with at most
 * two lower-case words between, is a team, not the place it is named after.
 */
export function besideScore(doc: Doc, first: number, last: number): boolean {
  const t = doc.tokens;
  const sent = t[first]!.sent;
  const plain = (k: number): boolean => !!t[k] && t[k]!.kind === 'word' && !t[k]!.cap && t[k]!.sent === sent;
  for (let n = 0, k = last; n <= 2; n++, k++) {
    if (t[k]?.sent === sent && scoreAt(doc, k)) return true;
    if (!plain(k)) break;
  }
  for (let n = 0, k = first - 1; n <= 2 && k >= 0; n++, k--) {
    if (t[k]!.sent === sent && t[k]!.kind === 'number' && (scoreAt(doc, k) === 1 || scoreAt(doc, k - 2) === 3)) return true;
    if (!plain(k)) break;
  }
  return false;
}

const MODEL_CODE = /^\p{Lu}{2,}\d{1,3}$/u;
const VERSION = /^\d{1,2}(?:\.\d)?$/u;

/** A name with a version number: "Explorer 9", "IE6"; not a score, a count, or an organisation or place head with a number. */
function versioned(doc: Doc, c: Chunk, last: string): boolean {
  const t = doc.tokens;
  if (c.last - c.first === 1 && MODEL_CODE.test(t[c.first]!.text)) return true;
  const n = t[c.last];
  if (!n || n.kind !== 'number' || !VERSION.test(n.text) || n.sent !== t[c.first]!.sent || ORG_HEADS.has(last) || PLACE_HEADS.has(last)) return false;
  const after = t[c.last + 1];
  if (after && (DASHES.has(after.text) || after.kind === 'number' || after.kind === 'word' && !after.cap && after.pos === 'NOUN')) return false;
  return !besideScore(doc, c.first, c.last);
}

/** "in X", "from X": a preposition that usually takes a place, not after "a stake in". */
function placePrep(doc: Doc, first: number, last: number): boolean {
  const t = doc.tokens;
  const p1 = t[first - 1];
  if (!p1 || !STRONG_PLACE_PREPS.has(p1.lower)) return false;
  if (t[first - 2] && NOT_PLACE_BEFORE_IN.has(t[first - 2]!.lower)) return false;
  const n1 = t[last];
  return !(n1 && (n1.lower === "'s" || n1.lower === '’s'));
}

export function classifyChunk(doc: Doc, c: Chunk): TypeVote {
  const toks = doc.tokens.slice(c.first, c.last).filter((t) => t.kind === 'word');
  if (toks.length === 0) return { type: null, strength: 0 };
  // a loop, not map: V8's optimised map returns a holey array and the builtin a packed one, and each use of words deoptimised on the second shape
  const words: string[] = [];
  for (const t of toks) words.push(t.lower.replace(/\.$/u, ''));
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const phrase = doc.text.slice(doc.tokens[c.first]!.start, doc.tokens[c.last - 1]!.end).toLowerCase().replace(/[’']/gu, "'");
  const whole = lexClasses(phrase);
  if (c.honorific) return { type: 'PERSON', strength: 5 };
  if (has(whole, 'Organization', 'SportsTeam') && words.length > 1) return { type: 'ORG', strength: 4 };
  // "Internet Explorer 6", "IE6": a product or model with its version number
  if (versioned(doc, c, last)) return { type: null, strength: 2 };
  // "South Korean company", "Latin Americans": a nationality, not a name
  if (words.length > 1 && isDemonym(last)) return { type: null, strength: 2 };
  // "World Cup", "Google Science Fair", "World War II": events are not actors
  const eventHead = words.length > 2 && ROMAN_NUMERAL.test(toks[toks.length - 1]!.text) ? words[words.length - 2]! : last;
  if (EVENT_HEADS.has(eventHead) && words.length > 1 && !ORG_HEADS.has(eventHead)) return { type: null, strength: 3 };
  // "Cyclone Phailin", "Hurricane Katrina": named storms and operations
  if (EVENT_STARTS.has(first) && words.length > 1) return { type: null, strength: 3 };
  if (has(whole, 'Country', 'City', 'Region', 'Place') && words.length > 1) return { type: 'PLACE', strength: 4 };
  // "Metro Convention Centre", "Harlow Art Center": a venue is a place
  if ((last === 'centre' || last === 'center') && VENUE_MODIFIERS.has(words[words.length - 2] ?? '')) return { type: 'PLACE', strength: 4 };
  // "Irving Independent School District": a district run by an organisation is one
  if (last === 'district' && ORG_HEADS.has(words[words.length - 2] ?? '')) return { type: 'ORG', strength: 4 };
  if (ORG_HEADS.has(last) && words.length > 1) return { type: 'ORG', strength: 4 };
  // "Toronto Star", "Edmonton Sun": a place's name and a newspaper title word
  if (words.length === 2 && NEWSPAPER_HEADS.has(last) && has(lexClasses(first), 'City', 'Region')) return { type: 'ORG', strength: 4 };
  if (ORG_STARTS.has(first) && words.length > 2 && (words[1] === 'of' || words[1] === 'for')) return { type: 'ORG', strength: 4 };
  if (PLACE_STARTS.has(first) && words.length > 2 && words[1] === 'of') return { type: 'PLACE', strength: 3 };
  // "Planned Parenthood of Montana": two or more words, "of", and a region is a body's branch, not a place
  const of = words.indexOf('of');
  if (of >= 2 && of === words.length - 2 && has(lexClasses(last), 'Country', 'City', 'Region') && !words.slice(0, of).some((w) => PLACE_HEADS.has(w) || PLACE_STARTS.has(w))) return { type: 'ORG', strength: 3 };
  if (c.role) return { type: 'PERSON', strength: 4 };
  const prev = doc.tokens[c.first - 1];
  if (prev && HONORIFICS.has(prev.lower)) return { type: 'PERSON', strength: 5 };
  if (placeContext(doc, c.first, c.last)) return { type: 'PLACE', strength: 3 };
  // "Parks Norland spokesperson Ann Gill": a name owning a spokesperson or officials is an organisation
  const following = doc.tokens[c.last];
  if (following && following.kind === 'word' && !following.cap && PROXY_NOUNS.has(following.lower)) return { type: 'ORG', strength: 2 };
  // "the payments firm Quillpay", "striker Tom Reyes": a descriptor noun right before the name
  const after = doc.tokens[c.last];
  const modifier = !!after && after.kind === 'word' && !after.cap && after.pos === 'NOUN';
  if (prev && prev.kind === 'word' && !prev.cap && prev.pos === 'NOUN' && !modifier && DESCRIPTOR_TYPES[prev.lower] && DESCRIPTOR_TYPES[prev.lower] !== 'PLACE') return { type: DESCRIPTOR_TYPES[prev.lower]!, strength: 3 };
  // "the 1969 film Easy Rider", "the game Counter-Strike": a title after the noun for a work
  if (prev && prev.kind === 'word' && !prev.cap && WORK_NOUNS.has(prev.lower) && !modifier) return { type: null, strength: 3 };
  // "Annelies de Graaf", "Jens van der Molen": a surname particle inside the name
  if (words.length > 2 && words.slice(1, -1).some((w) => NAME_JOINERS[w] === 'person') && !ORG_STARTS.has(first)) return { type: 'PERSON', strength: 3 };
  if (words.length === 1) {
    const w = first;
    const cls = lexClasses(w);
    if (MONTHS.has(w) && !(prev && HONORIFICS.has(prev.lower)) || ADHERENTS.has(w) || EVENT_HEADS.has(w)) return { type: null, strength: 3 };
    if (countedPlurals(doc).has(w) && !isAcronym(toks[0]!.text)) return { type: null, strength: 3 };
    if (has(cls, 'WeekDay', 'Month', 'Currency') || isDemonym(w)) return { type: null, strength: 3 };
    // "Scientology", "Islam", "Psychology": disciplines, beliefs and ideologies are not actors
    if (/(?:ology|ism|ics|ity)$/u.test(w) && !isAcronym(toks[0]!.text) && !has(cls, 'Organization')) return { type: null, strength: 1 };
    // languages and nationality adjectives used alone: "speak English", "in Portuguese"
    if (/(?:ish|ese)$/u.test(w) && w.length >= 6 && !isAcronym(toks[0]!.text)) return { type: null, strength: 2 };
    // shouted words: "UNLESS", "BREAKING"
    if (toks[0]!.text === toks[0]!.text.toUpperCase() && w.length > 3 && isCommonWord(w)) return { type: null, strength: 2 };
    if (ACRONYM_TYPES[w]) return { type: ACRONYM_TYPES[w]!, strength: 3 };
    // "from Irving, Texas": a following region outweighs a first-name reading
    if (regionAfter(doc, c.last)) return { type: 'PLACE', strength: 3 };
    if (has(cls, 'Country', 'City', 'Region', 'Place')) return { type: 'PLACE', strength: 3 };
    if (has(cls, 'Organization', 'SportsTeam')) return { type: 'ORG', strength: 3 };
    // "police in B.C.", "born in L.A.": dotted abbreviations are often places
    if (toks[0]!.text.endsWith('.') && placePrep(doc, c.first, c.last)) return { type: 'PLACE', strength: 2 };
    // "300 B.C.", "a.m.": a dotted abbreviation after a number, or of a common word, is not a name
    if (toks[0]!.text.endsWith('.') && (prev?.kind === 'number' || isCommonWord(w.replace(/\./gu, '')))) return { type: null, strength: 2 };
    // "GDP", "TV", "HFCs", "MLAs": acronyms of things, and plural acronyms, are common nouns
    if (THING_ACRONYMS.has(w.replace(/\./gu, '')) || PLURAL_ACRONYM.test(toks[0]!.text)) return { type: null, strength: 2 };
    // "part XVII": a Roman numeral
    if (ROMAN_NUMERAL.test(toks[0]!.text)) return { type: null, strength: 2 };
    if (isAcronym(toks[0]!.text)) return { type: 'ORG', strength: 2 };
    // "Wikinews", "Citibank", "Infotech": a company-word ending
    if (ORG_SUFFIX.test(toks[0]!.text)) return { type: 'ORG', strength: 2 };
    if (has(cls, 'LastName', 'FirstName', 'MaleName', 'FemaleName')) return { type: 'PERSON', strength: 2 };
    const appos = appositionType(doc, c.last);
    if (appos) return { type: appos, strength: 3 };
    // "a Trotskyist paper", "Scottish voters": an ideology or nationality adjective, not a name
    const next = doc.tokens[c.last];
    if (/(?:ist|ian|ese|ish|ic|an)$/u.test(w) && next && next.kind === 'word' && !next.cap && next.pos === 'NOUN') return { type: null, strength: 1 };
    if (regionAfter(doc, c.last)) return { type: 'PLACE', strength: 3 };
    if (placePrep(doc, c.first, c.last)) return { type: 'PLACE', strength: 2 };
    if (prev && PLACE_PREPS.has(prev.lower)) return { type: 'PLACE', strength: 1 };
    // "University exhibits …", "Iodine released …", "Photos of …": a word the text also uses in lower case, or a bare head noun
    const singularForm = w.endsWith('s') ? w.slice(0, -1) : w;
    if (!isAcronym(toks[0]!.text) && (lowerWords(doc).has(w) || lowerWords(doc).has(singularForm) || DESCRIPTOR_TYPES[w] || DESCRIPTOR_TYPES[singularForm])) return { type: null, strength: 1 };
    // "said Mauer": a bare name after a speech verb is a person
    if (prev && SPEECH_BEFORE.has(prev.lower) && next && (next.text === ',' || next.text === '.')) return { type: 'PERSON', strength: 1 };
    // "Bos obtained his doctorate", "Jafari said she …": a gendered pronoun follows, so a person
    if (genderedAfter(doc, c.last)) return { type: 'PERSON', strength: 1 };
    // "Gomery, who led …", "Jutting, now 31,", "Plato thought": what follows is said of people
    const kind = kindAfter(doc, c.last);
    if (kind) return { type: kind, strength: 1 };
    // an unknown single word is an organisation only where it acts: "Vantrex welcomed", "Kestrel's bid"
    if (speaks(doc, c.last) && !isAcronym(toks[0]!.text)) return { type: 'PERSON', strength: 0 };
    return actsHere(doc, c.last) || actedOn(doc, c.first) ? { type: 'ORG', strength: 0 } : { type: null, strength: -1 };
  }
  if (PLACE_HEADS.has(last)) return { type: 'PLACE', strength: 3 };
  // "Mountain View, California", "Irving, Texas": a name followed by a known region
  const region = regionAfter(doc, c.last);
  if (region) return { type: 'PLACE', strength: 3 };
  if (has(lexClasses(first), 'FirstName', 'MaleName', 'FemaleName') && !has(lexClasses(first), 'Country', 'City', 'Region')) return { type: 'PERSON', strength: 3 };
  if (has(lexClasses(last), 'LastName')) return { type: 'PERSON', strength: 3 };
  const appos = appositionType(doc, c.last);
  if (appos) return { type: appos, strength: 3 };
  if (words.some((w) => ORG_HEADS.has(w))) return { type: 'ORG', strength: 2 };
  if (prev && PLACE_PREPS.has(prev.lower) && !words.some((w) => has(lexClasses(w), 'FirstName', 'MaleName', 'FemaleName'))) return { type: 'PLACE', strength: 1 };
  // "Dries Mertens", "Kwok Ka-ki": two or three name words (hyphenated parts count as one), the last not a common word
  const parts = toks.filter((t) => !(t.i > c.first && !t.spaceBefore && doc.tokens[t.i - 1]!.text === '-'));
  // "East Los Angeles", "Kowloon West": a compass word with a place name, or a known place inside
  const rest = words.slice(1).join(' ');
  if (COMPASS.has(last) && words.length === 2 || COMPASS.has(first) && has(lexClasses(rest), 'City', 'Country', 'Region', 'Place')) return { type: 'PLACE', strength: 2 };
  for (let k = 0; k + 1 < words.length; k++) if (has(lexClasses(`${words[k]} ${words[k + 1]}`), 'City', 'Country', 'Region')) return { type: 'PLACE', strength: 1 };
  // not a product: "PlayStation VR", "Google Chrome"
  // (dotted initials are a person's: "O.J. Simpson")
  const product = parts.some((t) => isAcronym(t.text) && !t.text.endsWith('.')) || has(lexClasses(first), 'Organization');
  // "Space Shuttle Atlantis", "the Space Shuttle program": a craft or a work named with its kind
  // (a first word may be a surname: "Song Hye-kyo")
  if (words.some((w, k) => k > 0 && WORK_NOUNS.has(w))) return { type: null, strength: 2 };
  // "Warhol Polaroids": a head noun the text counts makes a description, not a name
  if (countedPlurals(doc).has(last)) return { type: null, strength: 1 };
  // (a hyphened tail is part of the last name word: "Leung Kwok-hung")
  const lastPart = parts.length ? parts[parts.length - 1]!.lower : last;
  if (parts.length <= 3 && !product && parts.every((t) => t.pos === 'PROPN' && t.cap) && !isCommonWord(lastPart) && !PLACE_HEADS.has(last) && !ROLE_NOUNS.has(last) && !DESCRIPTOR_TYPES[last] && !ADHERENTS.has(last) && !words.some((w) => has(lexClasses(w), 'Demonym', 'Country', 'City'))) {
    return { type: 'PERSON', strength: 1 };
  }
  const kind = kindAfter(doc, c.last);
  if (kind) return { type: kind, strength: 1 };
  // an unknown multi-word name with no head word: an organisation where it acts or takes "the"
  // "Another Europe is Possible", "Socialist Worker": title-like names and names ending in an agent noun are groups or titles
  const titled = toks.some((t) => !t.cap) || ROLE_NOUNS.has(last);
  const det = titled || prev && (prev.lower === 'the' || prev.lower === 'by');
  return actsHere(doc, c.last) || actedOn(doc, c.first) || det ? { type: 'ORG', strength: 0 } : { type: null, strength: -1 };
}

/** The name is what a decision acts on: "fined Brightline", "a fine imposed on Brightline", "ordered Harlow Electronics to pay". */
function actedOn(doc: Doc, first: number): boolean {
  const t = doc.tokens;
  let p = first - 1;
  if (t[p]?.lower === 'the') p--;
  const prev = t[p];
  if (!prev) return false;
  if (DECISION_VERB_FORMS.has(prev.lower) && (prev.pos === 'VERB' || /ed$/u.test(prev.lower))) return true;
  // "imposed on X", "a ban against X": a decision word just before the preposition
  if (['on', 'against'].includes(prev.lower)) {
    for (let k = p - 1; k >= p - 3 && t[k]; k--) if (DECISION_VERB_FORMS.has(t[k]!.lower) || DECISION_NOUNS.has(t[k]!.lower)) return true;
  }
  return false;
}

const lowerCache = new WeakMap<Doc, Set<string>>();
/** Words the document uses in lower case somewhere. */
function lowerWords(doc: Doc): Set<string> {
  let set = lowerCache.get(doc);
  if (!set) {
    set = new Set();
    for (const t of doc.tokens) if (t.kind === 'word' && !t.cap) set.add(t.lower);
    lowerCache.set(doc, set);
  }
  return set;
}

/** "In 2015 Greens won": a year is not a count. */
const YEAR = /^(?:1[5-9]|20)\d\d$/u;
const COUNTERS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands', 'many', 'several', 'few', 'these', 'those']);
const countedCache = new WeakMap<Doc, Set<string>>();
/** Capitalised plurals the document counts ("100 Polaroids", "several Rolexes"): common nouns, with their singulars. */
function countedPlurals(doc: Doc): Set<string> {
  let set = countedCache.get(doc);
  if (!set) {
    set = new Set();
    const t = doc.tokens;
    for (let k = 1; k < t.length; k++) {
      const u = t[k]!;
      const p = t[k - 1]!;
      if (u.kind !== 'word' || !u.cap || !u.lower.endsWith('s') || u.lower.endsWith('ss') || !(p.kind === 'number' && !YEAR.test(p.text) || COUNTERS.has(p.lower))) continue;
      set.add(u.lower);
      set.add(u.lower.slice(0, -1));
    }
    countedCache.set(doc, set);
  }
  return set;
}

const GENDERED = new Set(['he', 'his', 'him', 'himself', 'she', 'her', 'hers', 'herself']);
/** A he/she pronoun soon after the name in its sentence, with no other name between. */
function genderedAfter(doc: Doc, after: number): boolean {
  const t = doc.tokens;
  const sent = t[after - 1]!.sent;
  for (let k = after; k < after + 8 && t[k] && t[k]!.sent === sent; k++) {
    if (t[k]!.cap && t[k]!.kind === 'word' && t[k]!.pos === 'PROPN') return false;
    if (GENDERED.has(t[k]!.lower)) return true;
  }
  return false;
}

/** Verbs said of people, not of organisations, right after a subject name. */
const PERSON_VERBS = new Set(['thought', 'thinks', 'felt', 'feels', 'died', 'dies', 'smiled', 'laughed', 'married', 'wept', 'recalls', 'remembers', 'remembered', 'grew', 'retired']);

/**
 * Person or organisation from what directly follows a name: ", who" / ", which"; an age (", 31,"
 * or ", now 31,"); "was born"; a verb only people do ("Plato thought"); what only people have
 * ("Doss's story"). Null when nothing tells.
 */
function kindAfter(doc: Doc, after: number): EntityType | null {
  const t = doc.tokens;
  const sent = t[after - 1]!.sent;
  const at = (k: number): Token | undefined => (t[k] && t[k]!.sent === sent ? t[k] : undefined);
  if (at(after)?.text === ',') {
    const n = at(after + 1);
    if (n?.lower === 'who' || n?.lower === 'whose') return 'PERSON';
    if (n?.lower === 'which') return 'ORG';
    const age = n?.lower === 'now' || n?.lower === 'aged' ? at(after + 2) : n;
    if (age && age.kind === 'number' && AGE.test(age.text) && at(age.i + 1)?.text === ',') return 'PERSON';
  }
  // "Doss's story", "Erdogan's wife": what only a person has
  if ((at(after)?.lower === "'s" || at(after)?.lower === '’s') && PERSON_POSSESSED.has(at(after + 1)?.lower ?? '')) return 'PERSON';
  let k = after;
  if (at(k)?.pos === 'ADV') k++;
  const v = at(k);
  if (!v) return null;
  if ((v.lower === 'was' || v.lower === 'is') && at(k + 1)?.lower === 'born') return 'PERSON';
  if (PERSON_VERBS.has(v.lower)) return 'PERSON';
  return null;
}
const PERSON_POSSESSED = new Set(['wife', 'husband', 'son', 'daughter', 'mother', 'father', 'parents', 'children', 'brother', 'sister', 'widow', 'family', 'life', 'death', 'funeral', 'childhood', 'birthday', 'career', 'feats', 'girlfriend', 'boyfriend', 'memoir', 'biography']);
const AGE = /^(?:1[89]|[2-9]\d)$/u;

/** The name is a clause subject ("X said", "X also criticised") or a possessor ("X's bid"). */
function actsHere(doc: Doc, after: number): boolean {
  const t = doc.tokens;
  let k = after;
  // "Save Oakwood, which set up the camp in March, hailed …": past a relative aside to the verb
  // ("Foundem, one of the original complainants, welcomed …": past a descriptive apposition too)
  const aside = t[k]?.text === ',' && (['which', 'who'].includes(t[k + 1]?.lower ?? '') || APPOSITION_OPENERS.has(t[k + 1]?.lower ?? ''));
  if (aside) {
    for (let e = k + 2; e < k + 25 && t[e] && t[e]!.sent === t[k]!.sent; e++) {
      if (t[e]!.text === ',') {
        k = e + 1;
        break;
      }
    }
  }
  while (t[k] && t[k]!.pos === 'ADV' && k < after + 3) k++;
  const next = t[k];
  if (!next || next.sent !== t[after - 1]!.sent) return false;
  if (next.pos === 'VERB' || next.pos === 'AUX') return !/ing$/u.test(next.lower);
  // "X spokesperson Julie …", "X Minister John Baird": a proxy or a title that X owns
  if (PROXY_NOUNS.has(next.lower) || next.cap && ROLE_TITLES.has(next.lower)) return true;
  // "X's chief executive", "DAB's Starry Lee"
  return (next.lower === "'s" || next.lower === '’s') && t[k + 1]?.kind === 'word';
}

/** Words that open a descriptive apposition: "X, one of the complainants,", "X, a rival firm,". */
const APPOSITION_OPENERS = new Set(['one', 'a', 'an', 'the', 'its', 'their', 'itself']);
const SPEECH_AFTER = new Set(['said', 'says', 'told', 'added', 'argued', 'explained', 'wrote', 'recalled', 'insisted']);
/** The name is the subject of a speech verb ("Trudeau said"), with at most an adverb between. */
function speaks(doc: Doc, after: number): boolean {
  const t = doc.tokens;
  let k = after;
  if (t[k]?.pos === 'ADV') k++;
  if (!t[k] || t[k]!.sent !== t[after - 1]!.sent || !SPEECH_AFTER.has(t[k]!.lower)) return false;
  // "Vantrex said it would appeal", "said in a statement": how organisations speak
  const n = t[k + 1]?.lower;
  return n !== 'it' && n !== 'its' && !(n === 'in' && t[k + 2]?.lower === 'a' && t[k + 3]?.lower === 'statement');
}

/** "Irving, Texas": a comma and a known region, country or state right after the name. */
export function regionAfter(doc: Doc, after: number): boolean {
  const t = doc.tokens;
  if (t[after]?.text !== ',' || !t[after + 1]?.cap) return false;
  const next = t[after + 1]!.lower;
  const two = t[after + 2]?.cap ? `${next} ${t[after + 2]!.lower}` : '';
  // "Gomez, Panama coach,": a region modifying a noun describes, it does not locate
  // "… of Group G, Belgium faced Panama": a region starting a new clause does not locate either
  const modifies = (k: number): boolean => t[k]?.kind === 'word' && !t[k]!.cap && (t[k]!.pos === 'NOUN' || t[k]!.pos === 'VERB');
  // "Preston, Victoria, Australia": a place, its state and its country
  const third = t[after + 2]?.text === ',' && t[after + 3]?.cap ? t[after + 3]!.lower : '';
  return (has(lexClasses(next), 'Region', 'Country') && !modifies(after + 2)) || (!!two && has(lexClasses(two), 'Region', 'Country') && !modifies(after + 3)) || (!!third && has(lexClasses(third), 'Country'));
}

/** "X, a movement …" / "X, the grassroots movement …": the type the apposition's head noun implies. */
export function appositionHead(doc: Doc, after: number): string | null {
  const at = appositionHeadIndex(doc, after);
  return at === null ? null : doc.tokens[at]!.lower;
}

/** Token index of the apposition's head noun, or null. */
export function appositionHeadIndex(doc: Doc, after: number): number | null {
  const t = doc.tokens;
  if (t[after]?.text !== ',') return null;
  const sent = t[after]!.sent;
  let k = after + 1;
  if (!t[k] || !['a', 'an', 'the', 'its', 'their', 'his', 'her'].includes(t[k]!.lower)) return null;
  k++;
  for (let n = 0; n < 5 && t[k] && t[k]!.sent === sent; n++, k++) {
    const w = t[k]!;
    if (w.pos === 'NOUN' && DESCRIPTOR_TYPES[w.lower] && !(t[k + 1]?.pos === 'NOUN' && DESCRIPTOR_TYPES[t[k + 1]!.lower])) return k;
    if (w.kind !== 'word') return null;
  }
  return null;
}

function appositionType(doc: Doc, after: number): EntityType | null {
  const head = appositionHead(doc, after);
  return head ? DESCRIPTOR_TYPES[head] ?? null : null;
}
