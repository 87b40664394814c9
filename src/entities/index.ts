/**
 * Stage 2, entities: names, types, aliases, roles, affiliations and unnamed groups.
 * requires: document · assigns: entities with name/alias mentions
 */
import type { Doc } from '../document/index.js';
import type { EntityType, MentionKind } from '../types.js';
import type { EntityLayer, EntityRec, MentionRec } from '../model/index.js';
import { lexClasses } from '../adapters/compromise.js';
import { chunkNames, isAcronym, LETTER, type Chunk } from './chunk.js';
import { classifyChunk, isPlaceAcronym, appositionHeadIndex, besideScore, placeContext, regionAfter as regionAfterName, type TypeVote } from './classify.js';
import { findGroups, type GroupSpan } from './groups.js';
import { DESCRIPTOR_TYPES, ORG_HEADS, ORG_STARTS, HONORIFICS, PERSON_DESCRIPTIONS, TITLE_DESCRIPTORS } from './lexicon.js';
import { roleAfter, roleBefore, type RolePhrase } from './roles.js';
import { DEFAULT_LEXICON, nameKey, type Lexicon } from '../lexicons/index.js';
import { table } from '../model/table.js';

export { nameKey };

interface Form {
  key: string;
  surface: string;
  words: string[];
  vote: TypeVote;
  chunks: Chunk[];
  /** key of the form this one is an alias of */
  parent: string | null;
}

/** Compound heads that describe a subset or a part, not the entity ("Labour group" = its councillors). */
const AMBIGUOUS_COMPOUNDS = new Set(['group', 'side', 'team', 'body', 'board', 'committee', 'government', 'court']);

/** Words before a role that belong to it ("former Labour MP"). */
const ROLE_MODIFIERS = new Set(['former', 'ex', 'acting', 'interim', 'shadow', 'deputy']);
/** Titles that state a gender. */
const TITLE_GENDER = table<'m' | 'f'>({
  mr: 'm', sir: 'm', lord: 'm', king: 'm', prince: 'm', father: 'm', brother: 'm',
  mrs: 'f', ms: 'f', miss: 'f', dame: 'f', lady: 'f', queen: 'f', princess: 'f', sister: 'f', baroness: 'f',
});

/** Tokens between two coordinated names. */
const COORDINATORS = new Set([',', 'and', ', and', 'or', ', or']);

const JOINER_WORDS = new Set(['of', 'for', 'and', 'the', 'in', 'on', '&', 'de', 'a']);
// Module-level patterns: the bundler turns \p{…} literals inside functions into a new RegExp per call.
const LEADING_THE = /^the\s+/iu;
const WORD_FINAL_STOP = /(\p{L}{3})\.$/u;
const DOTTED_ABBREVIATION = /\.\p{L}+\.$/u;

function initials(words: readonly string[]): string {
  return words
    .filter((w) => !JOINER_WORDS.has(w) && LETTER.test(w))
    .map((w) => w[0]!)
    .join('')
    .toLowerCase();
}

/** Affiliated entities' ids, built with a loop: an empty spread-map-filter chain gave V8 a second array shape and deoptimised findEntities hundreds of times per corpus. */
function affiliationIds<D>(affiliations: Iterable<D>, ids: ReadonlyMap<D, string>): string[] {
  const out: string[] = [];
  for (const a of affiliations) {
    const id = ids.get(a);
    if (id !== undefined) out.push(id);
  }
  return out;
}

function chunkText(doc: Doc, first: number, last: number): string {
  return doc.text.slice(doc.tokens[first]!.start, doc.tokens[last - 1]!.end);
}

/** A name without the sentence-final full stop wink leaves on some words ("Ashen Sun."). */
function cleanName(surface: string): string {
  return surface.replace(LEADING_THE, '').replace(WORD_FINAL_STOP, '$1');
}

/** A form's lower-case words (a loop for one array shape: see formsWhere). */
function wordsOf(doc: Doc, first: number, last: number): string[] {
  const words: string[] = [];
  for (let k = first; k < last && k < doc.tokens.length; k++) if (doc.tokens[k]!.kind === 'word') words.push(doc.tokens[k]!.lower);
  return words;
}

/** Finds lower-case organisation names spelled by an acronym's initials ("national executive committee" for NEC). */
function lowercaseExpansion(doc: Doc, acronym: string): [number, number] | null {
  const letters = acronym.toLowerCase().replace(/\./gu, '').replace(/s$/u, '');
  const toks = doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.cap || t.kind !== 'word' || t.lower[0] !== letters[0]) continue;
    let k = i;
    let n = 0;
    while (k < toks.length && n < letters.length && toks[k]!.sent === t.sent) {
      const u = toks[k]!;
      if (JOINER_WORDS.has(u.lower) && n > 0) {
        k++;
        continue;
      }
      if (u.kind !== 'word' || u.cap || u.lower[0] !== letters[n]) break;
      n++;
      k++;
    }
    if (n === letters.length && ORG_HEADS.has(toks[k - 1]!.lower)) return [i, k];
  }
  return null;
}

interface DraftMention {
  first: number;
  last: number;
  kind: MentionKind;
}

interface Draft {
  type: EntityType;
  name: string;
  aliases: string[];
  mentions: DraftMention[];
  roles: string[];
  affiliations: Set<Draft>;
  descriptors: Set<string>;
  gender: 'm' | 'f' | null;
  speaksFor: Draft | null;
  firstToken: number;
}

/**
 * What one findEntities call shares between its steps. Each step is its own
 * function so V8 compiles the hot ones alone instead of one very large function.
 */
interface Scan {
  readonly doc: Doc;
  readonly toks: Doc['tokens'];
  /** the extractor's tables (built-ins plus the caller's lexicons) */
  readonly lex: Lexicon;
  readonly chunks: readonly Chunk[];
  readonly forms: Map<string, Form>;
  /** form keys in order of first appearance */
  readonly order: string[];
  readonly drafts: Draft[];
  /** first token of each named mention → draft */
  readonly draftAt: Map<number, Draft>;
  /** last token of each named mention → draft */
  readonly draftEndingAt: Map<number, Draft>;
  /** first token of a name → first token of its title ("Former Labour MP …") */
  readonly titleStart: Map<number, number>;
  /** head and name tests for roleAfter, roleBefore and findGroups, made once per call */
  readonly isNamed: (k: number) => boolean;
  readonly personHead: (w: string) => boolean;
  readonly pluralPersonHead: (w: string) => boolean;
}

/** Builds entities from name chunks, acronyms, roles and unnamed groups. */
export function findEntities(doc: Doc, lex: Lexicon = DEFAULT_LEXICON): EntityLayer {
  const ROLE_NOUNS = lex.roleNouns;
  const draftAt = new Map<number, Draft>();
  const draftEndingAt = new Map<number, Draft>();
  const s: Scan = {
    doc,
    toks: doc.tokens,
    lex,
    chunks: chunkNames(doc, lex.roleTitles),
    forms: new Map(),
    order: [],
    drafts: [],
    draftAt,
    draftEndingAt,
    titleStart: new Map(),
    isNamed: (k) => draftAt.has(k) || draftEndingAt.has(k),
    personHead: (w) => ROLE_NOUNS.has(w) || PERSON_DESCRIPTIONS.has(w),
    pluralPersonHead: (w) => /s$/u.test(w) && ROLE_NOUNS.has(singular(w)),
  };
  collectForms(s);
  typeTeams(s);
  typeCoordinated(s);
  applyKnownNames(s);
  for (const key of s.order) linkAcronym(s, key);
  // short forms of people: "Lewis" → "Clive Lewis", "Marsh-Tembo" → "Declan Marsh-Tembo", "van der Molen" → "Jens van der Molen"
  const personForms = formsWhere(s, (f) => f.vote.type === 'PERSON' && f.words.length > 1 && !f.parent);
  for (const key of s.order) linkPersonShortForm(s, key, personForms);
  linkOrgFirstWords(s);
  linkPlacePrefixedOrgs(s);
  linkReorderedOrgs(s);
  linkTitledPersonForms(s, personForms);

  for (const fam of familiesOf(s).values()) addDraft(s, fam);
  for (const d of s.drafts) for (const m of d.mentions) draftEndingAt.set(m.last - 1, d);
  for (const c of s.chunks) roleFromTitle(s, c);
  // appositions and compounds give descriptors and roles
  for (const d of s.drafts) {
    for (const m of d.mentions) {
      rolesAfterMention(s, d, m);
      compoundDescriptor(s, d, m);
      rolesBeforeMention(s, d, m);
    }
  }
  for (let i = 0; i < s.toks.length; i++) classNounAt(s, i);
  addGroups(s);
  return toLayer(s);
}

/**
 * Forms in order of first appearance that pass `keep`. A loop, as in wordsOf,
 * lowerText and addDraft, not a map chain: V8's optimised map returns a holey
 * array and the builtin a packed one, and each use of the result deoptimised on the second shape.
 */
function formsWhere(s: Scan, keep: (f: Form) => boolean): Form[] {
  const out: Form[] = [];
  for (const key of s.order) {
    const f = s.forms.get(key)!;
    if (keep(f)) out.push(f);
  }
  return out;
}

/** The tokens [from, to) in lower case, joined by spaces. */
function lowerText(doc: Doc, from: number, to: number): string {
  let text = '';
  for (let k = from; k < to && k < doc.tokens.length; k++) text += (k > from ? ' ' : '') + doc.tokens[k]!.lower;
  return text;
}

/** One form per distinct name key, with the strongest type vote among its chunks. */
function collectForms(s: Scan): void {
  const { doc, forms, order } = s;
  for (const c of s.chunks) {
    const surface = chunkText(doc, c.first, c.last);
    const key = nameKey(surface);
    const vote = classifyChunk(doc, c);
    let f = forms.get(key);
    if (!f) {
      f = { key, surface, words: wordsOf(doc, c.first, c.last), vote, chunks: [], parent: null };
      forms.set(key, f);
      order.push(key);
    } else if (vote.strength > f.vote.strength) f.vote = vote;
    f.chunks.push(c);
  }
}

/** Teams named after places: a form next to a match score, and a lone word of such a name ("Korea" for "South Korea"). */
function typeTeams(s: Scan): void {
  const { doc, forms, order } = s;
  const teams = formsWhere(s, (f) => f.vote.type !== 'PERSON' && f.vote.strength <= 4 && f.chunks.some((c) => besideScore(doc, c.first, c.last)));
  for (const f of teams) f.vote = { type: 'ORG', strength: 5 };
  if (teams.length > 0) {
    for (const key of order) {
      const f = forms.get(key)!;
      if (f.words.length === 1 && f.vote.type === 'PLACE' && f.vote.strength <= 4 && teams.some((o) => o.words.length > 1 && (o.words[0] === f.words[0] || o.words[o.words.length - 1] === f.words[0]))) f.vote = { type: 'ORG', strength: 5 };
    }
  }
}

/** Coordination: "Socialist Appeal, … and Resist", "in Milltown, Eastgate and Hollins Vale" share a type. */
function typeCoordinated(s: Scan): void {
  const { doc, forms } = s;
  const sorted = [...s.chunks].sort((a, b) => a.first - b.first);
  // the coordinated pairs, found once: a coordinator is at most two tokens
  const pairs: [Form, Form][] = [];
  for (let n = 0; n + 1 < sorted.length; n++) {
    const a = sorted[n]!;
    const b = sorted[n + 1]!;
    if (b.first - a.last > 2 || a.role || b.role || !COORDINATORS.has(lowerText(doc, a.last, b.first))) continue;
    pairs.push([forms.get(nameKey(chunkText(doc, a.first, a.last)))!, forms.get(nameKey(chunkText(doc, b.first, b.last)))!]);
  }
  for (let pass = 0; pass < 3; pass++) {
    for (const [fa, fb] of pairs) {
      const [strong, weak] = fa.vote.strength >= fb.vote.strength ? [fa, fb] : [fb, fa];
      if (strong.vote.type && strong.vote.type !== 'PERSON' && strong.vote.strength >= 1 && weak.vote.strength <= 0) weak.vote = { type: strong.vote.type, strength: 1 };
      // "Starry Lee and Holden Chow": an untyped two- or three-word name beside a person's is one
      else if (strong.vote.type === 'PERSON' && strong.vote.strength >= 3 && weak.vote.type === null && weak.vote.strength <= 0 && weak.words.length >= 2 && weak.words.length <= 3) weak.vote = { type: 'PERSON', strength: 1 };
    }
  }
}

/** The caller's known names: their type wins, and all their forms make one entity. */
function applyKnownNames(s: Scan): void {
  const { lex, forms } = s;
  const knownRoot = new Map<string, string>();
  for (const key of s.order) {
    const known = lex.known.get(key);
    if (!known) continue;
    const f = forms.get(key)!;
    f.vote = { type: known.type, strength: 9 };
    const root = knownRoot.get(known.name);
    if (root !== undefined && root !== key) f.parent = root;
    else knownRoot.set(known.name, key);
  }
}

/** An acronym's full name: a bracket definition, a form with its initials, or a lower-case phrase (added as a new form with all its mentions). */
function linkAcronym(s: Scan, key: string): void {
  const { doc, forms, order } = s;
  const f = forms.get(key)!;
  if (f.words.length !== 1 || !isAcronym(f.surface) || f.parent) return;
  // bracket definition: "Full Name (ACR)"
  const c0 = f.chunks[0]!;
  const t = doc.tokens;
  if (t[c0.first - 1]?.text === '(' && t[c0.last]?.text === ')') {
    const before = s.chunks.find((c) => c.last === c0.first - 1);
    if (before) {
      const pk = nameKey(chunkText(doc, before.first, before.last));
      if (pk !== key) {
        f.parent = pk;
        return;
      }
    }
  }
  const letters = f.key.replace(/\./gu, '');
  const target = order.find((k) => k !== key && forms.get(k)!.words.length > 1 && [letters, letters.replace(/s$/u, '')].includes(initials(forms.get(k)!.words)));
  if (target) {
    f.parent = target;
    return;
  }
  const span = lowercaseExpansion(doc, f.surface);
  if (span) {
    const surface = chunkText(doc, span[0], span[1]);
    const lk = nameKey(surface);
    let lf = forms.get(lk);
    if (!lf) {
      lf = { key: lk, surface, words: wordsOf(doc, span[0], span[1]), vote: { type: 'ORG', strength: 3 }, chunks: [], parent: null };
      forms.set(lk, lf);
      order.push(lk);
      // every occurrence of the phrase is a mention
      for (let i = 0; i + (span[1] - span[0]) <= t.length; i++) {
        if (t[i]!.lower !== t[span[0]]!.lower) continue;
        const end = i + (span[1] - span[0]);
        if (nameKey(chunkText(doc, i, end)) === lk) lf.chunks.push({ first: i, last: end, role: null, roleOwner: null, honorific: false });
      }
    }
    f.parent = lk;
    f.vote = { type: 'ORG', strength: 3 };
  }
}

/** A short form with strong evidence of another type stays apart ("Elmsworth's mayor" is not the Elmsworth Chamber). */
function otherType(f: Form, type: EntityType): boolean {
  return f.vote.type !== type && (f.vote.strength >= 3 || f.vote.type === 'PLACE' && f.vote.strength >= 2);
}

/** Links a short form to the full name of the person it ends or starts. */
function linkPersonShortForm(s: Scan, key: string, personForms: readonly Form[]): void {
  const { doc } = s;
  const f = s.forms.get(key)!;
  // "Paris" after "Valeska Paris": a surname beats a city reading unless a strong place cue says otherwise
  const surnameOnly = f.words.length === 1 && f.vote.type === 'PLACE' && !f.chunks.some((c) => placeContext(doc, c.first, c.last) || regionAfterName(doc, c.last)) && personForms.some((p) => p.words.length > 1 && p.words[p.words.length - 1] === f.words[0]);
  if (f.parent || otherType(f, 'PERSON') && !surnameOnly) return;
  const n = f.words.length;
  const matches = personForms.filter((p) => p !== f && (n === 1 ? p.words[p.words.length - 1] === f.words[0] || p.words[0] === f.words[0] && f.vote.type === 'PERSON' : f.vote.type === 'PERSON' && endsWith(p.words, f.words)));
  if (matches.length >= 1) {
    f.parent = matches[0]!.key;
    f.vote = { type: 'PERSON', strength: f.vote.strength };
  }
}

/** "Brightwater" → "Brightwater Energy": a lone first word of an organisation name (the shortest, then the first, when several share it). */
/**
 * "United States House of Representatives" … "the House of Representatives", "US State Department" …
 * "the State Department": an organisation name that is another one with a place before it is the same
 * organisation; the longer form is the entity's name.
 */
function linkPlacePrefixedOrgs(s: Scan): void {
  const orgForms = formsWhere(s, (f) => f.vote.type === 'ORG' && f.words.length > 1 && !f.parent);
  for (const long of orgForms) {
    for (const short of orgForms) {
      const n = long.words.length - short.words.length;
      if (short.parent || n < 1 || n > 2 || !endsWith(long.words, short.words)) continue;
      const prefix = long.words.slice(0, n).join(' ');
      if (isPlaceAcronym(prefix) || lexClasses(prefix).some((c) => c === 'Country' || c === 'City' || c === 'Region')) short.parent = long.key;
    }
  }
}

/**
 * "Justice Department" … "Department of Justice", "Defence Ministry" … "Ministry of Defence": the same
 * body named in both word orders is one entity; the "of" form is the name.
 */
function linkReorderedOrgs(s: Scan): void {
  const orgForms = formsWhere(s, (f) => f.vote.type === 'ORG' && f.words.length > 1 && !f.parent);
  const ofForms = new Map<string, Form>();
  for (const f of orgForms) if (f.words.length >= 3 && f.words[1] === 'of' && ORG_STARTS.has(f.words[0]!)) ofForms.set(`${f.words.slice(2).join(' ')} ${f.words[0]}`, f);
  if (ofForms.size === 0) return;
  for (const f of orgForms) {
    const long = ofForms.get(f.words.join(' '));
    if (long && long !== f) f.parent = long.key;
  }
}

function linkOrgFirstWords(s: Scan): void {
  const { forms, order } = s;
  const orgForms = formsWhere(s, (f) => f.vote.type === 'ORG' && f.words.length > 1 && !f.parent);
  for (const key of order) {
    const f = forms.get(key)!;
    // "the Comic Corps booth" after "Comic Corps of Canada": the words before "of", weakly typed, are the body's short name
    if (!f.parent && f.words.length > 1 && f.vote.strength <= 2) {
      const n = f.words.length;
      const long = orgForms.find((o) => o.words[n] === 'of' && f.words.every((w, k) => o.words[k] === w));
      if (long) {
        f.parent = long.key;
        f.vote = { type: 'ORG', strength: f.vote.strength };
        continue;
      }
    }
    if (f.parent || f.words.length !== 1 || otherType(f, 'ORG') || isAcronym(f.surface)) continue;
    const matches: Form[] = [];
    // ("Chelsea Supporters' Trust", "Leeds Residents' Association": a possessive inside names another body)
    for (const o of orgForms) if (o.words[0] === f.words[0] && !/\S['’]s?\s/u.test(o.surface)) matches.push(o);
    // several share it: only a two-word name ("Harrowgate Athletic" over "Harrowgate Supporters' Trust"),
    // or the one name the word heads before "of" ("the House" → "House of Representatives", not "House Oversight … Committee")
    const pairs = matches.filter((o) => o.words.length === 2);
    const headed = matches.filter((o) => o.words[1] === 'of');
    if (matches.length === 1 || pairs.length === 1 || headed.length === 1) {
      const pick = matches.length === 1 ? matches[0]! : pairs.length === 1 ? pairs[0]! : headed[0]!;
      f.parent = pick.key;
      f.vote = { type: 'ORG', strength: f.vote.strength };
    }
  }
}

/** "Mr Lewis" style forms whose last word is a known person's surname. */
function linkTitledPersonForms(s: Scan, personForms: readonly Form[]): void {
  for (const key of s.order) {
    const f = s.forms.get(key)!;
    if (f.parent || f.words.length < 2 || f.vote.type !== 'PERSON') continue;
    const other = personForms.find((p) => p !== f && p.words.length > f.words.length && p.words[p.words.length - 1] === f.words[f.words.length - 1] && (p.words[0] === f.words[0] || f.chunks.some((c) => c.honorific)));
    if (other) f.parent = other.key;
  }
}

function rootOf(forms: ReadonlyMap<string, Form>, f: Form): Form {
  let r = f;
  for (let n = 0; r.parent && n < 5; n++) r = forms.get(r.parent) ?? r;
  return r;
}

/** Forms grouped by the root of their alias links: one family per entity. */
function familiesOf(s: Scan): Map<string, Form[]> {
  const families = new Map<string, Form[]>();
  for (const key of s.order) {
    const f = s.forms.get(key)!;
    const r = rootOf(s.forms, f);
    const fam = families.get(r.key) ?? [];
    fam.push(f);
    families.set(r.key, fam);
  }
  return families;
}

/** A draft entity for a family of forms, unless none of them has a type. */
function addDraft(s: Scan, fam: readonly Form[]): void {
  const { lex } = s;
  const canonical = fam.filter((f) => !isAcronym(f.surface)).sort((a, b) => b.words.length - a.words.length)[0] ?? fam[0]!;
  const type = fam.reduce<TypeVote>((best, f) => (f.vote.strength > best.strength ? f.vote : best), canonical.vote).type;
  if (type === null) return;
  let knownName: string | undefined;
  for (const f of fam) {
    const known = lex.known.get(f.key);
    if (known) {
      knownName = known.name;
      break;
    }
  }
  const d: Draft = {
    type,
    name: knownName ?? cleanName(canonical.surface),
    aliases: [],
    mentions: [],
    roles: [],
    affiliations: new Set(),
    descriptors: new Set(),
    gender: null,
    speaksFor: null,
    firstToken: Infinity,
  };
  const seenAlias = new Set<string>([knownName ? nameKey(knownName) : canonical.key]);
  for (const f of fam) {
    if (!seenAlias.has(f.key)) {
      seenAlias.add(f.key);
      d.aliases.push(cleanName(f.surface));
    }
    for (const c of f.chunks) {
      d.mentions.push({ first: c.first, last: c.last, kind: f === canonical ? 'name' : 'alias' });
      d.firstToken = Math.min(d.firstToken, c.first);
      s.draftAt.set(c.first, d);
    }
  }
  if (type === 'PERSON') {
    const cls = lexClasses(canonical.words[0] ?? '');
    d.gender = cls.includes('MaleName') ? 'm' : cls.includes('FemaleName') ? 'f' : null;
  }
  const head = canonical.words[canonical.words.length - 1];
  if (type !== 'PERSON' && head && DESCRIPTOR_TYPES[head] && canonical.words.length > 1) d.descriptors.add(head);
  s.drafts.push(d);
}

/** Roles from titles: "Labour MP Clive Lewis", "Former Labour MP …", "Local GP Dr Rhiannon Beddoes". */
function roleFromTitle(s: Scan, c: Chunk): void {
  const { doc, toks, draftAt } = s;
  if (!c.role) return;
  const d = draftAt.get(c.first);
  if (!d) return;
  let roleStart = c.roleOwner ? c.roleOwner[0] : c.role[0];
  const modifier = toks[roleStart - 1];
  if (modifier && ROLE_MODIFIERS.has(modifier.lower)) roleStart--;
  s.titleStart.set(c.first, roleStart);
  // honorifics are not roles: "Mr Justice X" → "Justice", "Local GP Dr X" → "Local GP"
  let roleEnd = c.role[1];
  while (roleEnd > c.role[0] && isHonorific(toks[roleEnd - 1]!.lower)) roleEnd--;
  let from = roleStart;
  while (from < roleEnd && isHonorific(toks[from]!.lower) && from >= c.role[0]) from++;
  if (roleEnd > from) {
    const role = chunkText(doc, from, roleEnd);
    addUnique(d.roles, modifier && ROLE_MODIFIERS.has(modifier.lower) && from === roleStart ? role[0]!.toLowerCase() + role.slice(1) : role);
  }
  const owner = c.roleOwner ? draftAt.get(c.roleOwner[0]) : undefined;
  if (owner && owner !== d) d.affiliations.add(owner);
  for (let k = c.role[0]; k < c.role[1]; k++) {
    const title = toks[k]!.lower.replace(/\.$/u, '');
    const desc = TITLE_DESCRIPTORS[title];
    if (desc) d.descriptors.add(desc);
    else if (DESCRIPTOR_TYPES[title]) d.descriptors.add(title);
    const gender = TITLE_GENDER[title];
    if (gender) d.gender = gender;
  }
}

function orgHead(w: string): boolean {
  return DESCRIPTOR_TYPES[w] === 'ORG';
}

/** Roles and descriptors from an apposition after mention m. */
function rolesAfterMention(s: Scan, d: Draft, m: DraftMention): void {
  const { doc, toks } = s;
  const headAt = appositionHeadIndex(doc, m.last);
  if (d.type === 'PERSON') {
    const r = roleAfter(doc, m.last, s.personHead);
    if (r) addRolePhrase(s, d, r);
    else if (headAt !== null && s.lex.roleNouns.has(toks[headAt]!.lower)) {
      // "Valeska Paris, an Australian woman and former Scientologist,": the apposition up to its end
      d.descriptors.add(toks[headAt]!.lower);
      addRoleFromApposition(s, m.last, d);
    }
  } else if (headAt !== null) {
    const head = toks[headAt]!.lower;
    d.descriptors.add(head);
    // "Momentum, the grassroots leftwing movement": the description is the organisation's role
    addUnique(d.roles, chunkText(doc, m.last + 2, headAt + 1));
  }
}

/** A descriptor from a lower-case noun compounded with mention m. */
function compoundDescriptor(s: Scan, d: Draft, m: DraftMention): void {
  const { toks } = s;
  const next = toks[m.last];
  if (next && next.kind === 'word' && !next.cap && next.pos === 'NOUN' && !AMBIGUOUS_COMPOUNDS.has(next.lower) && DESCRIPTOR_TYPES[next.lower] && DESCRIPTOR_TYPES[next.lower] === d.type && next.sent === toks[m.first]!.sent) {
    d.descriptors.add(next.lower);
  }
}

/** Roles from a description before mention m (past its title and honorifics). */
function rolesBeforeMention(s: Scan, d: Draft, m: DraftMention): void {
  const { doc, toks, draftAt } = s;
  let start = s.titleStart.get(m.first) ?? m.first;
  // "Dr Yvonne Achebe": an honorific left outside the name
  while (toks[start - 1] && isHonorific(toks[start - 1]!.lower) && start > m.first - 3) start--;
  const before = roleBefore(doc, start, d.type === 'PERSON' ? s.personHead : orgHead, s.isNamed);
  if (before && (d.type === 'PERSON' || d.type === 'ORG')) addRolePhrase(s, d, before);
  else if (d.type === 'PERSON' && toks[start - 1]?.text === ',') {
    // "Two backbenchers, Graham Oduya and Lesley Baird": a plural role over coordinated names
    const plural = roleBefore(doc, start, s.pluralPersonHead, s.isNamed);
    if (plural) {
      const role = singular(plural.head);
      addUnique(d.roles, role);
      let k = m.last;
      while (toks[k] && (toks[k]!.text === ',' || toks[k]!.lower === 'and') && draftAt.get(k + 1)?.type === 'PERSON') {
        const other = draftAt.get(k + 1)!;
        addUnique(other.roles, role);
        const om = other.mentions.find((x) => x.first === k + 1);
        if (!om) break;
        k = om.last;
      }
    }
  }
}

/** "groups including X, Y and Z" / "the group X" at token i: descriptor from the class noun. */
function classNounAt(s: Scan, i: number): void {
  const { toks, draftAt } = s;
  const t = toks[i]!;
  if ((t.lower === 'including' || t.lower === 'such') && toks[i - 1]?.pos === 'NOUN') {
    const noun = singular(toks[i - 1]!.lower);
    // one lookup: a second, rarely reached one saw one noun and deoptimised on the next
    const nounType = DESCRIPTOR_TYPES[noun];
    if (!nounType) return;
    for (let k = i + 1; k < toks.length && toks[k]!.sent === t.sent && k < i + 30; k++) {
      const d = draftAt.get(k);
      if (d && nounType === d.type) d.descriptors.add(noun);
      if (toks[k]!.text === '.' || toks[k]!.pos === 'VERB') break;
    }
  }
  // "the group Resist", "the Dutch team Vellinga-Rapid"
  if (t.lower === 'the') {
    let n = i + 1;
    while (toks[n] && (toks[n]!.pos === 'ADJ' || toks[n]!.pos === 'PROPN' && !draftAt.has(n)) && n < i + 3) n++;
    const noun = toks[n];
    const nounType = noun && noun.pos === 'NOUN' ? DESCRIPTOR_TYPES[noun.lower] : undefined;
    const d = nounType ? draftAt.get(n + 1) : undefined;
    if (d && nounType === d.type) d.descriptors.add(noun!.lower);
  }
}

/** Unnamed groups and proxies: "economists", "sources on the party's national executive committee". */
function addGroups(s: Scan): void {
  const { doc, draftAt } = s;
  // every token inside a name, for "the Seaview Farmers Union" (no group of farmers)
  const named = new Uint8Array(doc.tokens.length);
  for (const d of s.drafts) for (const m of d.mentions) named.fill(1, m.first, m.last);
  const groups: GroupSpan[] = findGroups(doc, s.isNamed, (k) => named[k] === 1);
  const groupByName = new Map<string, Draft>();
  for (const g of groups) {
    const surface = chunkText(doc, g.first, g.last);
    const key = nameKey(surface.replace(/^(the|a|an|some|many|several)\s+/iu, ''));
    const same = groupByName.get(key);
    if (same) {
      same.mentions.push({ first: g.first, last: g.last, kind: 'nominal' });
      continue;
    }
    const d: Draft = {
      type: g.type,
      name: surface.replace(/^(the|a|an|some|many|several)\s+/iu, ''),
      aliases: [],
      mentions: [{ first: g.first, last: g.last, kind: 'nominal' }],
      roles: [],
      affiliations: new Set(),
      descriptors: new Set([g.head]),
      gender: null,
      speaksFor: null,
      firstToken: g.first,
    };
    for (let k = g.first; k < g.last; k++) {
      const inner = draftAt.get(k);
      if (inner && inner !== d) {
        d.affiliations.add(inner);
        if (g.proxy) d.speaksFor = inner;
      }
    }
    groupByName.set(key, d);
    s.drafts.push(d);
  }
}

/** Entity and mention records, numbered in order of first mention. */
function toLayer(s: Scan): EntityLayer {
  const { doc, toks, drafts } = s;
  drafts.sort((a, b) => a.firstToken - b.firstToken);
  const ids = new Map<Draft, string>();
  drafts.forEach((d, n) => ids.set(d, `e${n + 1}`));
  const entities: EntityRec[] = [];
  const mentions: MentionRec[] = [];
  for (const d of drafts) {
    const id = ids.get(d)!;
    const ms: MentionRec[] = d.mentions
      .sort((a, b) => a.first - b.first)
      .map((m) => {
        const start = toks[m.first]!.start;
        const lastTok = toks[m.last - 1]!;
        // wink keeps a sentence-final full stop on words it takes for abbreviations ("Sun.")
        const sentenceEnd = doc.sentences[lastTok.sent]!.last === m.last;
        const end = sentenceEnd && lastTok.text.length > 3 && lastTok.text.endsWith('.') && !DOTTED_ABBREVIATION.test(lastTok.text) ? lastTok.end - 1 : lastTok.end;
        return { start, end, text: doc.text.slice(start, end), kind: m.kind, entity: id, first: m.first, last: m.last, sent: toks[m.first]!.sent };
      });
    mentions.push(...ms);
    entities.push({
      id,
      type: d.type,
      name: d.name,
      aliases: d.aliases,
      mentions: ms,
      roles: d.roles,
      affiliations: affiliationIds(d.affiliations, ids),
      descriptors: [...d.descriptors],
      gender: d.gender,
      speaksFor: d.speaksFor ? ids.get(d.speaksFor) ?? null : null,
    });
  }
  mentions.sort((a, b) => a.first - b.first || b.last - a.last);
  return { entities, mentions };
}

function addRoleFromApposition(s: Scan, after: number, d: Draft): void {
  const { doc } = s;
  const t = doc.tokens;
  const sent = t[after]!.sent;
  let end = after + 1;
  let owner: Draft | undefined;
  for (let k = after + 1; k < t.length && t[k]!.sent === sent && k < after + 12; k++) {
    const u = t[k]!;
    if (u.text === ',' || u.text === '.' || u.pos === 'VERB' || u.pos === 'AUX') break;
    owner = s.draftEndingAt.get(k) ?? owner;
    end = k + 1;
  }
  const role = end > after + 1 ? chunkText(doc, after + 1, end).replace(/^(a|an|the)\s+/iu, '') : '';
  if (role.split(/\s+/u).length <= 8) addUnique(d.roles, role);
  if (owner && owner !== d) d.affiliations.add(owner);
}

function addRolePhrase(s: Scan, d: Draft, r: RolePhrase): void {
  addUnique(d.roles, chunkText(s.doc, r.first, r.last));
  d.descriptors.add(TITLE_DESCRIPTORS[r.head] ?? r.head);
  const owner = r.ownerEnd >= 0 ? s.draftEndingAt.get(r.ownerEnd) : r.complement >= 0 ? s.draftAt.get(r.complement) : undefined;
  if (owner && owner !== d && owner.type !== 'PLACE') d.affiliations.add(owner);
}

function isHonorific(w: string): boolean {
  return HONORIFICS.has(w) || HONORIFICS.has(`${w}.`);
}

function endsWith(long: readonly string[], short: readonly string[]): boolean {
  if (short.length >= long.length) return false;
  for (let k = 1; k <= short.length; k++) if (long[long.length - k] !== short[short.length - k]) return false;
  return true;
}

function singular(w: string): string {
  if (w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

function addUnique(list: string[], value: string): void {
  if (value && !list.some((v) => v.toLowerCase() === value.toLowerCase())) list.push(value);
}
