/**
 * Capitalised-span chunking over wink tokens: finds proper-name candidates,
 * including names with lower-case joiners and possessive apostrophes.
 */
import type { Doc, Token } from '../document/index.js';
import { lexClasses, isCommonWord } from '../adapters/compromise.js';
import { COMPOUND_SUFFIXES, NAME_JOINERS, NOT_NAMES, ORG_HEADS, PLACE_HEADS, TITLE_MODIFIERS, ORG_STARTS, ROLE_TITLES, HONORIFICS, COLLECTIVE_NOUNS, PROXY_NOUNS, PLACE_STARTS, ADHERENTS } from './lexicon.js';

/** A proper-name candidate: tokens [first, last), with the role title tokens that preceded it. */
export interface Chunk {
  readonly first: number;
  readonly last: number;
  /** Role/title tokens split off the front ("MP", "President"), as [first, last) or null. */
  readonly role: readonly [number, number] | null;
  /** Tokens before the role that name its organisation or place ("Labour" in "Labour MP"). */
  readonly roleOwner: readonly [number, number] | null;
  readonly honorific: boolean;
}

const OPENERS = new Set(['“', '‘', '"', "'", '(', '[', '—', '–', '-', ':']);
const APOSTROPHES = new Set(['’', "'"]);
const FUNCTION_POS = new Set(['DET', 'ADP', 'AUX', 'VERB', 'PRON', 'ADV', 'SCONJ', 'CCONJ', 'PART']);

/** Any letter: shared with the entity stage. */
export const LETTER = /\p{L}/u;
const ACRONYM = /^\p{Lu}[\p{Lu}&]{1,6}s?$/u;
const TWO_CAPITALS = /\p{Lu}{2}/u;
/** "U.N.", "E.U.": capitals each followed by a full stop. */
const DOTTED_ACRONYM = /^(?:\p{Lu}\.){2,4}$/u;

/** Heads that end the name of a whole institution, which "and" does not join to another one. */
const INSTITUTIONS = new Set(['university', 'college', 'institute', 'school', 'academy', 'hospital', 'museum', 'council', 'department', 'ministry', 'agency', 'bank', 'foundation', 'society', 'association', 'party', 'church', 'court', 'commission', 'committee', 'corporation', 'company']);

/** "Scientologist", "Pan-democrat": a follower's noun. */
const ADHERENT_SHAPE = /(?:ist|democrat|crat)$/u;

/** "Communist", "Liberal", "Labour", "Progressive": adjectives that name parties. */
const PARTY_ADJECTIVE = /(?:ist|an|ic|al|ive|our)$/u;

/** "d'Ettorre", "dell’Utri": an elided particle glued to a capitalised surname. */
const ELIDED_PARTICLE = /^(?:d|l|dall|dell|all|nell)['’]\p{Lu}/u;

function isWordCap(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && (t.cap || elidedSurname(t.text)) && t.text !== 'I' && LETTER.test(t.text);
}

/** "d'Ettorre": the pattern is tested only when an apostrophe stands where a particle ends (this runs per token). */
function elidedSurname(text: string): boolean {
  const apostrophe = (k: number): boolean => text[k] === "'" || text[k] === '’';
  return (apostrophe(1) || apostrophe(3) || apostrophe(4)) && ELIDED_PARTICLE.test(text);
}

/** A plural title: "Justices", "Senators" (not "ss" words). */
const PLURAL_TITLE = /[^s]s$/u;

/**
 * A role title as written before a name: "MP", "Mr." and "Dr." as wink keeps them (with the dot), and a plural
 * before coordinated names ("Justices Elena Kagan and …", "Senators Ann Ray and …").
 */
export function isRoleTitle(lower: string, titles: ReadonlySet<string> = ROLE_TITLES): boolean {
  return titles.has(lower) || (lower.endsWith('.') || PLURAL_TITLE.test(lower)) && titles.has(lower.slice(0, -1));
}

/** A first name in compromise's lexicon (or the supplement's). */
function isFirstName(lower: string): boolean {
  return lexClasses(lower).some((c) => c === 'FirstName' || c === 'MaleName' || c === 'FemaleName');
}

export function isAcronym(text: string): boolean {
  return ACRONYM.test(text) && TWO_CAPITALS.test(text) || DOTTED_ACRONYM.test(text);
}

/** Is token i at the start of its sentence (ignoring opening punctuation)? */
export function isInitial(doc: Doc, i: number): boolean {
  const s = doc.sentences[doc.tokens[i]!.sent]!;
  // a quotation opening mid-sentence starts its own sentence: said, "Hoping that …"
  const q = doc.tokens[i - 1];
  if (q && !doc.tokens[i]!.spaceBefore && (q.text === '“' || q.text === '"' && (q.spaceBefore || i - 1 === s.first))) return true;
  // bounded: only a few opening marks can precede the first word
  for (let j = s.first; j < i; j++) {
    if (!OPENERS.has(doc.tokens[j]!.text) || j - s.first > 4) return false;
  }
  return true;
}

/** Lower-case forms that occur capitalised away from a sentence start somewhere in the document. */
export function midSentenceCaps(doc: Doc): Set<string> {
  const out = new Set<string>();
  for (const t of doc.tokens) if (isWordCap(t) && !isInitial(doc, t.i)) out.add(t.lower);
  return out;
}

/** Mid-sentence capitalised words standing alone, not as one word of a longer name ("Kestrel said", not "Health Board"). */
function aloneCaps(doc: Doc): Set<string> {
  const out = new Set<string>();
  const t = doc.tokens;
  for (const u of t) {
    if (!isWordCap(u) || isInitial(doc, u.i)) continue;
    const prev = t[u.i - 1];
    const next = t[u.i + 1];
    if (isWordCap(prev) && u.spaceBefore && !NOT_NAMES.has(prev!.lower)) continue;
    if (isWordCap(next) && next!.spaceBefore) continue;
    out.add(u.lower);
  }
  return out;
}

/** Capitalised words standing alone anywhere, sentence starts included ("Jafari said …"). */
function loneWords(doc: Doc): Set<string> {
  const out = new Set<string>();
  const t = doc.tokens;
  for (const u of t) if (isWordCap(u) && !isWordCap(t[u.i - 1]) && !isWordCap(t[u.i + 1])) out.add(u.lower);
  return out;
}

/** Suffixes of abstract common nouns: "Membership of the group …" starts a sentence, not a name. */
const ABSTRACT_SUFFIX = /(?:ship|ment|ness|tion|sion|ance|ence|ity|ism|ing)$/u;

function lowerForms(doc: Doc): Set<string> {
  const out = new Set<string>();
  for (const t of doc.tokens) if (t.kind === 'word' && !t.cap) out.add(t.lower);
  return out;
}

const NAME_CLASSES = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Country', 'City', 'Region', 'Place', 'Organization', 'SportsTeam']);

const AGENT_SUFFIX = /(?:ist|ian)$/u;
/** A plural whose singular is a common or agent noun ("physicians", "companies", "conservationists"). */
function commonPlural(w: string, lowers: ReadonlySet<string>): boolean {
  if (!w.endsWith('s') || w.endsWith('ss')) return lexClasses(w).includes('Actor') && w.endsWith('men');
  const singulars = [w.slice(0, -1), w.endsWith('ies') ? `${w.slice(0, -3)}y` : '', w.endsWith('es') ? w.slice(0, -2) : ''];
  return singulars.some((s) => s.length > 2 && (isCommonWord(s) || lowers.has(s) || NOT_NAMES.has(s) || lexClasses(s).includes('Actor') || AGENT_SUFFIX.test(s)));
}

/** Can a sentence-initial capitalised token begin a name? */
function initialIsName(doc: Doc, t: Token, caps: Set<string>, lowers: Set<string>, alone: Set<string>): boolean {
  if (NOT_NAMES.has(t.lower)) return false;
  const next = doc.tokens[t.i + 1];
  // "Van der Molen said": a surname particle starting the sentence
  if (NAME_JOINERS[t.lower] === 'person' && next && next.sent === t.sent && (isWordCap(next) || NAME_JOINERS[next.lower] === 'person' && isWordCap(doc.tokens[t.i + 2]))) return true;
  if (lexClasses(t.lower).some((c) => NAME_CLASSES.has(c))) return true;
  if (isAcronym(t.text)) return !isCommonWord(t.lower);
  // "Union vows …", "Cycling federation fines …": a common word seen capitalised only inside longer names
  const lone = !isWordCap(next) || next!.sent !== t.sent;
  if (lone && caps.has(t.lower) && !alone.has(t.lower) && (lowers.has(t.lower) || isCommonWord(t.lower) || next && next.kind === 'word' && !next.cap && next.pos === 'NOUN')) return false;
  if (caps.has(t.lower)) return true;
  if (lone && ABSTRACT_SUFFIX.test(t.lower) && t.lower.length > 6) return false;
  if (isWordCap(next) && next!.sent === t.sent && !NOT_NAMES.has(next!.lower)) return true;
  // "Sources on …", "Economists said": a plural collective, not a name
  if (COLLECTIVE_NOUNS.has(t.lower) || PROXY_NOUNS.has(t.lower)) return false;
  // "Physicians say …", "Companies are …": a lone plural of a common or agent noun
  if (lone && commonPlural(t.lower, lowers)) return false;
  if (t.pos !== 'PROPN') return false;
  if (lowers.has(t.lower)) return false;
  // "Membership of the group …": a common word capitalised only because it starts the sentence
  if (isCommonWord(t.lower) || /ing$/u.test(t.lower)) return false;
  // "Proscription lists": a capitalised common noun compounding with a lower-case noun
  if (next && next.kind === 'word' && !next.cap && next.pos === 'NOUN') return false;
  return true;
}

/** Finds name chunks in every sentence. */
export function chunkNames(doc: Doc, roleTitles: ReadonlySet<string> = ROLE_TITLES): Chunk[] {
  const caps = midSentenceCaps(doc);
  const alone = aloneCaps(doc);
  const lone = loneWords(doc);
  const lowers = lowerForms(doc);
  const toks = doc.tokens;
  const chunks: Chunk[] = [];
  for (const s of doc.sentences) {
    // a title-case headline or line: capitals carry no signal, keep only lexicon-backed names
    let i = s.first;
    while (i < s.last) {
      const t = toks[i]!;
      if (!isWordCap(t) || letterCompound(doc, i) || (isInitial(doc, i) ? !initialIsName(doc, t, caps, lowers, alone) : NOT_NAMES.has(t.lower) && !(t.pos === 'DET' && isTitleStart(doc, i)))) {
        i++;
        continue;
      }
      let j = i + 1;
      let title = FUNCTION_POS.has(t.pos) && !isInitial(doc, i);
      while (j < s.last) {
        const u = toks[j]!;
        if (isWordCap(u) && u.spaceBefore && !(NOT_NAMES.has(u.lower) && !HONORIFICS.has(u.lower)) && !letterCompound(doc, j)) {
          if (FUNCTION_POS.has(u.pos)) title = true;
          j++;
          continue;
        }
        // Okonjo-Blake: a hyphen joining two capitalised parts
        const afterHyphen = toks[j + 1];
        // (after two name words a short tail is a syllable even when it is also an English word: "Leung Kwok-hung")
        const nameTail = !!afterHyphen && afterHyphen.kind === 'word' && !afterHyphen.cap && afterHyphen.text.length <= 7 && (!isCommonWord(afterHyphen.lower) || j - i >= 2 && afterHyphen.text.length <= 4) && !COMPOUND_SUFFIXES.has(afterHyphen.lower) && !isAcronym(toks[j - 1]!.text);
        if ((u.text === '-' || u.text === '‐') && !u.spaceBefore && (isWordCap(afterHyphen) || nameTail) && !afterHyphen!.spaceBefore) {
          j += 2;
          continue;
        }
        // Workers’ Liberty: a possessive apostrophe inside a name
        if (APOSTROPHES.has(u.text) && !u.spaceBefore && /s$/u.test(toks[j - 1]!.text) && isWordCap(toks[j + 1]) && toks[j + 1]!.spaceBefore && toks[j + 1]!.sent === s.index) {
          j++;
          continue;
        }
        // "St Bride's Hospital", "New People's Party": a possessive inside an organisation or place name
        if ((u.lower === "'s" || u.lower === '’s') && !u.spaceBefore && isWordCap(toks[j + 1]) && toks[j + 1]!.sent === s.index) {
          const head = lastCapAfter(doc, j, s.index).lower;
          // not after a name of its own: "the EU's General Court", "Britain's National Health Service"
          const owner = toks[j - 1]!;
          // a loop, not map-join: V8's optimised map returns a holey array and the builtin a packed one, and join deoptimised on the second
          let ownerPhrase = '';
          for (let k = i; k < j; k++) ownerPhrase += (k > i ? ' ' : '') + toks[k]!.lower;
          const ownName = isAcronym(owner.text) || [owner.lower, ownerPhrase].some((w) => lexClasses(w).some((c) => c === 'Country' || c === 'City' || c === 'Region' || c === 'Organization'));
          if (!ownName && j - i <= 2 && (ORG_HEADS.has(head) || PLACE_HEADS.has(head) || toks[i]!.lower === 'st' || toks[i]!.lower === 'saint')) {
            j++;
            continue;
          }
        }
        // "Brotherhood of the Iron Vanguard", "Order of the Ashen Sun": an organisation joiner with "the"
        if (NAME_JOINERS[u.lower] === 'org' && u.lower !== 'and' && u.lower !== 'in' && !u.cap && toks[j + 1]?.lower === 'the' && isWordCap(toks[j + 2]) && toks[j + 2]!.sent === s.index && (ORG_STARTS.has(toks[i]!.lower) || ORG_STARTS.has(toks[j - 1]!.lower) || j - i === 1 && ORG_HEADS.has(lastCapAfter(doc, j + 1, s.index).lower))) {
          j += 2;
          continue;
        }
        const joiner = NAME_JOINERS[u.lower];
        // "Suleiman al-Amr": a particle hyphenated to the surname
        if (joiner === 'person' && !u.cap && (toks[j + 1]?.text === '-' || toks[j + 1]?.text === '‐') && !toks[j + 1]!.spaceBefore && isWordCap(toks[j + 2]) && !toks[j + 2]!.spaceBefore && joinerFits(doc, i, j, joiner, title)) {
          j += 3;
          continue;
        }
        // "van der Molen", "de la Cruz": particle chains before a capitalised surname
        const chained = joiner === 'person' && NAME_JOINERS[toks[j + 1]?.lower ?? ''] === 'person' && isWordCap(toks[j + 2]);
        if (joiner && !u.cap && (isWordCap(toks[j + 1]) || chained) && toks[j + 1]!.sent === s.index && joinerFits(doc, i, j, joiner, title)) {
          j += chained ? 2 : 1;
          continue;
        }
        break;
      }
      // "The Solent on February …": a joiner never ends a name
      // (a hyphened tail is not a joiner: "Hau Lung-bin")
      while (j - 1 > i && !toks[j - 1]!.cap && NAME_JOINERS[toks[j - 1]!.lower] && !(toks[j - 2]!.text === '-' && !toks[j - 1]!.spaceBefore)) j--;
      // "the Republican party", "the Labour party": a lower-case "party" after a party's adjective is part of its name
      if (j - i <= 2 && toks[j]?.lower === 'party' && toks[j]!.sent === s.index && (ADHERENTS.has(toks[j - 1]!.lower) || PARTY_ADJECTIVE.test(toks[j - 1]!.lower))) j++;
      let from = i;
      // "Biologist Nick Bos tells …", "Currently Shalev is …": a sentence-initial adverb or common noun before a first name
      // (a proper-noun tag counts too when no lexicon and no mid-sentence capital backs the word as a name)
      const head = toks[i]!;
      // (a role title stays for the role split: "Gaffer Tom Reyes")
      const descriptive = !roleTitles.has(head.lower) && (head.pos === 'NOUN' || head.pos === 'ADJ' || head.pos === 'PROPN' && !caps.has(head.lower) && lexClasses(head.lower).length === 0);
      if (j - i >= 2 && isInitial(doc, i) && (head.pos === 'ADV' || j - i > 2 && descriptive && !ORG_HEADS.has(head.lower) && !ORG_STARTS.has(head.lower) && isFirstName(toks[i + 1]!.lower))) from = i + 1;
      // "Republican Ted Cruz", "Scientologist Tom Cruise": an adherent or nationality word before a first name, anywhere
      if (from === i && j - i > 2 && (ADHERENTS.has(head.lower) || ADHERENT_SHAPE.test(head.lower) || lexClasses(head.lower).includes('Demonym')) && isFirstName(toks[i + 1]!.lower)) from = i + 1;
      // "Minister of Education Stefania Giannini": the portfolio ends the role, not starts the name
      if (j - from > 2 && TITLE_MODIFIERS.has(toks[from]!.lower) && (toks[from - 1]?.lower === 'of' || toks[from - 1]?.lower === 'for') && roleTitles.has(toks[from - 2]?.lower ?? '') && lexClasses(toks[from + 1]!.lower).every((c) => c !== 'Country' && c !== 'City' && c !== 'Region')) from++;
      // "The New York Times", "The Onion": a capitalised article is not part of the name's span
      if (toks[from]!.lower === 'the' && j - from > 1) from++;
      for (const [a, b] of splitAtFirstNames(doc, from, j, lone)) chunks.push(...splitRoles(doc, a, b, roleTitles));
      i = j;
    }
  }
  return chunks;
}

/** "T-shirt", "U-turn": one capital letter hyphened to a lower-case word is a common noun, not part of a name. */
function letterCompound(doc: Doc, j: number): boolean {
  const t = doc.tokens;
  // (one token or three, as the tokenizer splits it)
  if (LETTER_COMPOUND.test(t[j]!.text)) return true;
  const tail = t[j + 2];
  return t[j]!.text.length === 1 && t[j + 1]?.text === '-' && !t[j + 1]!.spaceBefore && !!tail && !tail.spaceBefore && tail.kind === 'word' && !tail.cap;
}
const LETTER_COMPOUND = /^\p{Lu}[-‐]\p{Ll}+$/u;

/** "Another Europe is Possible": a capitalised determiner mid-sentence starts a title-like name. */
function isTitleStart(doc: Doc, i: number): boolean {
  const next = doc.tokens[i + 1];
  return !isInitial(doc, i) && isWordCap(next) && !NOT_NAMES.has(next!.lower);
}

function lastCapAfter(doc: Doc, j: number, sent: number): Token {
  let k = j + 1;
  const t = doc.tokens;
  const continues = (n: number): boolean =>
    isWordCap(t[n]) ||
    (NAME_JOINERS[t[n]!.lower] === 'org' && t[n]!.lower !== 'and' && isWordCap(t[n + 1])) ||
    (APOSTROPHES.has(t[n]!.text) && !t[n]!.spaceBefore && isWordCap(t[n + 1]));
  while (k + 1 < t.length && t[k + 1]!.sent === sent && continues(k + 1)) k++;
  return doc.tokens[k]!;
}

function joinerFits(doc: Doc, first: number, j: number, kind: 'org' | 'person' | 'title', title: boolean): boolean {
  const t = doc.tokens;
  if (kind === 'person') return !ORG_STARTS.has(t[first]!.lower) && !ORG_HEADS.has(t[j - 1]!.lower) && !isAcronym(t[j - 1]!.text);
  if (kind === 'title') return title;
  // "Rehabilitation Project Force in Sydney": "in" before a known place ends the name
  if ((t[j]!.lower === 'in' || t[j]!.lower === 'on') && lexClasses(t[j + 1]!.lower).some((c) => c === 'City' || c === 'Country' || c === 'Region')) return false;
  // "… Vanguard in May": a date is never part of a name
  if (NOT_NAMES.has(t[j + 1]!.lower) || t[j + 1]!.lower === 'may' || lexClasses(t[j + 1]!.lower).some((c) => c === 'Month' || c === 'WeekDay')) return false;
  // "Skidmore College in Saratoga Springs": a name already ending in its head noun is complete before "in"
  if (t[j]!.lower === 'in' && (ORG_HEADS.has(t[j - 1]!.lower) || PLACE_HEADS.has(t[j - 1]!.lower))) return false;
  // "and" joins only inside an organisation name: "Competition and Markets Board", not "X and Resist"
  // but not between two whole institutions: "Massachusetts Institute of Technology and Colorado State University"
  if (t[j]!.lower === 'and') {
    const head = lastCapAfter(doc, j, t[j]!.sent).lower;
    if (!ORG_HEADS.has(head)) return false;
    if (!INSTITUTIONS.has(head)) return true;
    for (let k = first; k < j; k++) if (INSTITUTIONS.has(t[k]!.lower)) return false;
    return true;
  }
  if (title) return true;
  // "Strait of Hormuz", "Isle of Man": one place word before "of"
  if (t[j]!.lower === 'of' && j - first === 1 && PLACE_STARTS.has(t[first]!.lower)) return true;
  if (ORG_STARTS.has(t[first]!.lower) || ORG_STARTS.has(t[j - 1]!.lower) || ORG_HEADS.has(t[j - 1]!.lower)) return true;
  // "Priya Ramaswamy of the Digital Consumers Alliance": a multi-word name before "of" is a person, not part of the name
  let words = 0;
  for (let k = first; k < j; k++) if (t[k]!.kind === 'word') words++;
  if (words > 1) return t[j]!.lower === 'of' && affiliateOfPlace(doc, first, j);
  return ORG_HEADS.has(lastCapAfter(doc, j, t[j]!.sent).lower);
}

const PERSON_CLASSES = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Honorific']);
const REGION_CLASSES = new Set(['Country', 'Region', 'City']);

/**
 * "Planned Parenthood of Montana", "Boys and Girls Clubs of America": a body's branch named by its place.
 * Not a person of a place: no word before "of" may be a person's name or title ("Senator Jon Tester of Montana").
 */
function affiliateOfPlace(doc: Doc, first: number, j: number): boolean {
  const t = doc.tokens;
  const place = t[j + 1]!;
  if (place.sent !== t[j]!.sent || isWordCap(t[j + 2]) && t[j + 2]!.sent === place.sent || !lexClasses(place.lower).some((c) => REGION_CLASSES.has(c))) return false;
  for (let k = first; k < j; k++) {
    const w = t[k]!;
    if (w.kind === 'word' && (ROLE_TITLES.has(w.lower) || lexClasses(w.lower).some((c) => PERSON_CLASSES.has(c)))) return false;
  }
  return true;
}

/**
 * "University of Texas Arlington Amneh Jafari": an organisation or place name run straight into a
 * person's name splits before the first name.
 */
function splitAtFirstNames(doc: Doc, first: number, last: number, alone: ReadonlySet<string>): [number, number][] {
  const t = doc.tokens;
  let orgWord = ORG_HEADS.has(t[first]!.lower) || ORG_STARTS.has(t[first]!.lower);
  for (let p = first + 1; p < last - 1; p++) {
    if (isFirstName(t[p]!.lower) && !NAME_JOINERS[t[p - 1]!.lower] && t[p + 1]?.cap) {
      // a place name before the person: only short prefixes are looked up, so long chunks stay linear
      const place = p - first <= 4 && lexClasses(t.slice(first, p).map((u) => u.lower).join(' ')).some((c) => c === 'City' || c === 'Country' || c === 'Region' || c === 'Place');
      if ((orgWord || place) && !ROLE_TITLES.has(t[p - 1]!.lower)) return [[first, p], [p, last]];
    }
    if (ORG_HEADS.has(t[p]!.lower) || ORG_STARTS.has(t[p]!.lower)) orgWord = true;
  }
  // "Refugee Council Enver Solomon" … "Solomon said": two closing words whose surname the text uses alone
  const a = t[last - 2];
  const b = t[last - 1];
  const plainCap = (u: Token | undefined): boolean => isWordCap(u) && u!.spaceBefore && !ORG_HEADS.has(u!.lower) && !PLACE_HEADS.has(u!.lower) && !ORG_STARTS.has(u!.lower);
  if (orgWord && last - first >= 4 && plainCap(a) && plainCap(b) && isWordCap(t[last - 3]) && alone.has(b!.lower)) return [[first, last - 2], [last - 2, last]];
  return [[first, last]];
}

/** Splits "Labour MP Clive Lewis" into owner "Labour", role "MP" and name "Clive Lewis". */
function splitRoles(doc: Doc, first: number, last: number, ROLE_TITLES: ReadonlySet<string>): Chunk[] {
  const t = doc.tokens;
  const whole: Chunk = { first, last, role: null, roleOwner: null, honorific: false };
  const isTitle = (k: number): boolean => isRoleTitle(t[k]!.lower, ROLE_TITLES);
  if (last - first < 2 || ORG_HEADS.has(t[last - 1]!.lower)) {
    if (last - first === 1 && isTitle(first)) return [];
    return [whole];
  }
  let r = first;
  while (r < last && !isTitle(r)) r++;
  // "Prime Minister X", "Home Secretary X": title words before the role are part of it
  const r0 = r;
  while (r > first && r < last && TITLE_MODIFIERS.has(t[r - 1]!.lower)) r--;
  // "Court of Justice", "Office of the President": a title word ending the name is part of it
  if (r === last || r > first && (t[r - 1]!.lower === 'of' || t[r - 1]!.lower === 'the')) return [whole];
  let n = r0;
  // "Shadow Home Secretary X", "Minister of Education X": portfolio words inside the role
  const portfolio = (k: number): boolean => TITLE_MODIFIERS.has(t[k]!.lower) && k + 1 < last && (isTitle(k + 1) || t[k - 1]!.lower === 'of' || t[k - 1]!.lower === 'for');
  while (n < last && (isTitle(n) || t[n]!.lower === 'of' || t[n]!.lower === 'for' || portfolio(n))) n++;
  const honorific = HONORIFICS.has(t[n - 1]!.lower) || HONORIFICS.has(t[n - 1]!.lower + '.');
  const out: Chunk[] = [];
  if (r > first) out.push({ first, last: r, role: null, roleOwner: null, honorific: false });
  if (n < last) out.push({ first: n, last, role: [r, n], roleOwner: r > first ? [first, r] : null, honorific });
  return out;
}
