/**
 * Unnamed collectives that take positions ("economists", "rail unions") and
 * proxies that speak for an organisation ("sources on the party's national
 * executive committee", "a spokesperson for the council").
 */
import type { Doc } from '../document/index.js';
import type { EntityType } from '../types.js';
import { COLLECTIVE_NOUNS, PROXY_NOUNS, PROXY_PREPS } from './lexicon.js';
import { STANCE_VERBS, STANCE_FORMS, STANCE_NOUNS, EMOTIONS } from '../stances/lexicon.js';
import { cueLemma } from '../quotes/lexicon.js';
import { QUANTITY_HEADS } from '../syntax/index.js';

export interface GroupSpan {
  readonly first: number;
  readonly last: number;
  readonly head: string;
  readonly type: EntityType;
  /** Speaks for the organisation named inside it. */
  readonly proxy: boolean;
}

const LEFT_DETS = new Set(['the', 'some', 'many', 'several', 'a', 'an', 'other', 'most', 'few', 'two', 'three', 'four', 'dozens', 'hundreds', 'senior', 'leading', 'local']);
const SINGULAR_PROXIES = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'representative', 'source', 'insider', 'official', 'aide']);
const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
/** What a named owner's possessive makes a proxy of, and its kind: "Harmon's office", "Smith's lawyers". */
const POSSESSED_PROXIES: Readonly<Record<string, EntityType>> = {
  office: 'ORG', campaign: 'ORG', team: 'ORG', camp: 'ORG',
  lawyer: 'PERSON', attorney: 'PERSON', lawyers: 'GROUP', attorneys: 'GROUP',
};
const POSSESSIVE_MARKS = new Set(["'s", '’s']);

/** True when the span is the subject of a following verb, or follows "according to" / "by". */
/** "Rival chipmakers, several of whom complained …, declined": the token after a comma-delimited aside. */
function skipAside(doc: Doc, k: number): number {
  const t = doc.tokens;
  if (t[k]?.text !== ',') return k;
  // only a relative aside ("who …", "several of whom …"), not an apposition of names
  const a = t[k + 1];
  // (or an inclusion: "Critics, including the author Amy Lind, say …")
  const inclusion = a?.lower === 'including' || a?.lower === 'such' && t[k + 2]?.lower === 'as';
  if (!a || !(['who', 'which', 'whose'].includes(a.lower) || inclusion || t[k + 2]?.lower === 'of' && ['whom', 'which', 'them'].includes(t[k + 3]?.lower ?? ''))) return k;
  for (let e = k + 1; e < k + 25 && t[e] && t[e]!.sent === t[k]!.sent; e++) {
    // "Critics, including A, B and C, say": the list's own commas
    if (t[e]!.text === ',' && inclusion && t[e + 1] && t[e + 1]!.pos !== 'VERB' && t[e + 1]!.pos !== 'AUX' && t[e + 1]!.pos !== 'ADV') continue;
    if (t[e]!.text === ',') return e > k + 2 ? e + 1 : k;
    if (t[e]!.text === '.' || t[e]!.text === ';') return k;
  }
  return k;
}

function takesPosition(doc: Doc, first: number, last: number): boolean {
  const t = doc.tokens;
  let k = skipAside(doc, last);
  while (t[k] && t[k]!.pos === 'ADV' && t[k]!.sent === t[first]!.sent) k++;
  const next = t[k];
  if (next && next.sent === t[first]!.sent && (next.pos === 'VERB' || next.pos === 'AUX') && !/ing$/u.test(next.lower)) return true;
  const p1 = t[first - 1]?.lower;
  const p2 = t[first - 2]?.lower;
  // "according to economists", "by campaigners", "along with several rail unions"
  // "drew criticism from taxi drivers", "sparked anger among residents"
  const positionSource = (p1 === 'from' || p1 === 'among') && STANCE_NOUNS.has(t[first - 2]?.lower ?? '');
  return (p2 === 'according' && p1 === 'to') || p1 === 'by' || p1 === 'with' && (p2 === 'along' || p2 === 'together') || p1 === 'alongside' || positionSource;
}

/** A plural noun: "residents", and the irregular "fishermen", "people", "children". */
/** Quantities before "of" that leave a collective the subject of its verb: syntax's, and "a group of", "the majority of". */
const QUANTITIES: ReadonlySet<string> = new Set([...QUANTITY_HEADS, 'all', 'number', 'majority', 'minority', 'group']);
/** Bodies named by their members: "the teachers' union", "a residents association". */
const MEMBER_BODIES = new Set(['union', 'association', 'federation', 'lobby', 'group', 'council', 'alliance', 'coalition', 'guild', 'network', 'body']);
const PLURAL = /(?:[^s]s|men|people|children)$/u;
/** Plural agent nouns: people or firms who do something ("chipmakers", "residents", "economists"). */
const AGENT_PLURAL = /(?:ers|ors|ists|ants|ents|ians|men|people)$/u;

/** Any plural noun that voices a position: "beekeepers welcomed …", "was hailed by beekeepers". */
function pluralHolder(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  const w = t[i]!;
  // a capital only because it opens the sentence: "Retailers have criticised the ban"
  const opensSentence = doc.sentences[w.sent]!.first === i && (w.pos === 'NOUN' || w.pos === 'PROPN') && w.text.slice(1) === w.lower.slice(1);
  if (!(w.pos === 'NOUN' && !w.cap || opensSentence) || !PLURAL.test(w.lower)) return false;
  let k = skipAside(doc, i + 1);
  while (t[k] && t[k]!.sent === w.sent && (t[k]!.pos === 'ADV' || t[k]!.pos === 'AUX' || t[k]!.lower === 'not') && k < i + 4) k++;
  if (t[k] && t[k]!.sent === w.sent && isCueVerb(t[k]!.lower, t[k]!.lemma)) return true;
  // "Rival chipmakers, several of whom …, declined": an agent noun opening the sentence as its subject
  const opens = doc.sentences[w.sent]!.first >= i - 2 && t.slice(doc.sentences[w.sent]!.first, i).every((u) => u.pos === 'ADJ' || u.pos === 'DET' || u.pos === 'PROPN');
  // (a capital from the sentence start needs the cue verb above: "Comments are closed" is no group)
  if (opens && !w.cap && AGENT_PLURAL.test(w.lower) && t[k] && t[k]!.sent === w.sent && t[k]!.pos === 'VERB' && !/ing$/u.test(t[k]!.lower)) return true;
  // agent of a passive cue: "hailed by beekeepers (and environmental groups)"
  let b = i - 1;
  while (t[b] && (t[b]!.pos === 'ADJ' || t[b]!.pos === 'NOUN') && b > i - 3) b--;
  if (t[b]?.lower === 'and') {
    b--;
    while (t[b] && t[b]!.pos !== 'ADP' && b > i - 8) b--;
  }
  if (t[b]?.lower === 'by') return !!t[b - 1] && isCueVerb(t[b - 1]!.lower, t[b - 1]!.lemma);
  // source of a position noun: "drew criticism from taxi drivers", "sparked anger among residents"
  return (t[b]?.lower === 'from' || t[b]?.lower === 'among') && STANCE_NOUNS.has(t[b - 1]?.lower ?? '');
}

/** A speech or stance verb right after the noun at i: "Harmon's office said", "… has condemned". */
function cueFollows(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  let k = i + 1;
  while (t[k] && t[k]!.sent === t[i]!.sent && (t[k]!.pos === 'ADV' || t[k]!.pos === 'AUX' || t[k]!.lower === 'not') && k < i + 4) k++;
  return !!t[k] && t[k]!.sent === t[i]!.sent && isCueVerb(t[k]!.lower, t[k]!.lemma);
}

function isCueVerb(lower: string, lemma: string): boolean {
  const l = STANCE_FORMS[lower] ?? lemma;
  return STANCE_VERBS.has(l) || EMOTIONS.has(lower) || cueLemma(lower, lemma) !== null;
}

export function findGroups(doc: Doc, isNamed: (token: number) => boolean, insideName: (token: number) => boolean = isNamed): GroupSpan[] {
  const t = doc.tokens;
  // "governing board", "ruling party": an -ing word the tagger reads as a verb, before a noun
  const gerundModifier = (k: number): boolean => t[k]!.pos === 'VERB' && /ing$/u.test(t[k]!.lower) && t[k + 1]?.pos === 'NOUN';
  const out: GroupSpan[] = [];
  let covered = -1;
  for (let i = 0; i < t.length; i++) {
    const head = t[i]!;
    if (i <= covered) continue;
    // a capitalised word inside a name is part of it: "the Farmers Union" is no group of farmers
    if (head.cap && insideName(i) && i > doc.sentences[head.sent]!.first) continue;
    const isProxy = PROXY_NOUNS.has(head.lower);
    // "Harmon's office", "Smith's spokesman": speaks for the name that owns it
    const owned = POSSESSIVE_MARKS.has(t[i - 1]?.lower ?? '') && i > 1 && isNamed(i - 2) && (isProxy || head.lower in POSSESSED_PROXIES) && cueFollows(doc, i);
    // "the teachers' union", "a residents association": a body named by whom it gathers
    const members = MEMBER_BODIES.has(head.lower) ? (t[i - 1]?.lower === "'s" || t[i - 1]?.lower === '’s' ? i - 2 : i - 1) : -1;
    const membersBody = members >= 0 && t[members]?.pos === 'NOUN' && !t[members]!.cap && PLURAL.test(t[members]!.lower) && !isNamed(members);
    if (!isProxy && !owned && !membersBody && !COLLECTIVE_NOUNS.has(head.lower) && !pluralHolder(doc, i)) continue;
    // "according to sources close to …": the tagger can read a plural noun as a verb after "to"
    const prevLower = t[i - 1]?.lower ?? '';
    const nounAfter = prevLower === 'to' && t[i - 2]?.lower === 'according' || ['DET', 'ADJ', 'NUM'].includes(t[i - 1]?.pos ?? '');
    if (head.pos !== 'NOUN' && head.pos !== 'PROPN' && !(head.pos === 'VERB' && nounAfter && (isProxy || COLLECTIVE_NOUNS.has(head.lower)))) continue;
    let first = membersBody ? members : owned ? i - 2 : i;
    while (first > 0 && i - first < 8 && t[first - 1]!.sent === head.sent && t[first - 1]!.kind === 'word' && (NP_POS.has(t[first - 1]!.pos) || isNamed(first - 1)) && (t[first - 1]!.pos !== 'DET' || LEFT_DETS.has(t[first - 1]!.lower))) {
      first--;
      if (t[first]!.pos === 'DET') break;
    }
    let last = i + 1;
    // a proxy's prepositional phrase: "on the party's national executive committee", "close to the board"
    const prep = t[last];
    if (prep && prep.sent === head.sent && (PROXY_PREPS.has(prep.lower) || prep.lower === 'close' && t[last + 1]?.lower === 'to')) {
      let k = last + (prep.lower === 'close' ? 2 : 1);
      const start = k;
      while (t[k] && k < start + 12 && t[k]!.sent === head.sent && (NP_POS.has(t[k]!.pos) || t[k]!.lower === "'s" || t[k]!.text === '’' || t[k]!.text === "'" || isNamed(k) || t[k]!.lower === 'of' && isNamed(k + 1) || gerundModifier(k)) && (t[k]!.pos !== 'VERB' || gerundModifier(k))) k++;
      if (k > start && t.slice(start, k).some((u) => u.pos === 'NOUN' || u.pos === 'PROPN')) last = k;
    }
    if (!takesPosition(doc, first, last) && !pluralHolder(doc, i)) continue;
    // an object ("supports members …", "ban Labour members") is not a position holder
    const before = t[first - 1];
    const alongside = before && (before.lower === 'alongside' || before.lower === 'with' && ['along', 'together'].includes(t[first - 2]?.lower ?? '')
      || (before.lower === 'from' || before.lower === 'among') && STANCE_NOUNS.has(t[first - 2]?.lower ?? '')
      // "Hundreds of people protested", "many of the residents": a quantity, not a preposition's object
      || before.lower === 'of' && QUANTITIES.has(t[first - 2]?.lower ?? ''));
    // "said many students opposed the ban": the subject of a reported clause, not an object
    // (people, not things: "say the results confirm …" is no group)
    const reported = before?.pos === 'VERB' && cueLemma(before.lower, before.lemma) !== null && takesPosition(doc, first, last)
      && (COLLECTIVE_NOUNS.has(head.lower) || AGENT_PLURAL.test(head.lower) || membersBody);
    if (before && before.sent === head.sent && !alongside && !reported && (before.pos === 'VERB' || before.pos === 'ADP' && before.lower !== 'by' && !(before.lower === 'to' && t[first - 2]?.lower === 'according'))) continue;
    const plural = !SINGULAR_PROXIES.has(head.lower);
    const type = (owned ? POSSESSED_PROXIES[head.lower] : undefined) ?? (plural ? 'GROUP' : 'PERSON');
    out.push({ first, last, head: head.lower, type, proxy: owned || isProxy && last > i + 1 });
    covered = last - 1;
  }
  return out;
}
