/**
 * Stage 5, decisions: triggers with their decider, targets and time, merged when
 * they restate one decision, and later references ("the move", "the ban") linked
 * to the right one when an article holds several.
 * requires: document, entities, coreference, quote regions · assigns: decisions
 */
import { tokenSpan, type Doc } from '../document/index.js';
import { lowerBound, findLast } from '../model/search.js';
import type { EntityLayer, MentionRec } from '../model/index.js';
import type { EntityType, Span } from '../types.js';
import { DEFAULT_LEXICON, type Lexicon } from '../lexicons/index.js';
import { DESCRIPTOR_TYPES, ROLE_NOUNS, HONORIFICS } from '../entities/lexicon.js';
import { MentionIndex, subjectsBefore, mentionAfter, afterPreposition, WEEKDAYS, POSSESSIVE_DETERMINERS } from '../syntax/index.js';
import { regionAt, type QuoteRegion } from '../quotes/marks.js';
import {
  GENERIC_REFERENCES, RECENT_MARKERS, PAST_MARKERS, PAST_TIME, OVERRULING_FAMILIES, RELATED_FAMILIES, DECIDER_REFERENCES, OBJECT_RESTRICTED, TRANSITIVE_FAMILIES,
  VOTE_RESULTS, VOTED_FAMILIES, ORDER_OBJECTS, DECISION_FRAMES, POLICY_REFERENCES,
} from './lexicon.js';
import { table } from '../model/table.js';

export interface DecisionRec {
  readonly id: string;
  readonly action: string;
  readonly family: string;
  readonly trigger: Span;
  readonly decider: string | null;
  readonly targets: readonly string[];
  readonly mentions: readonly Span[];
  readonly past: boolean;
  /** Number of things acted on when the text counts them ("three leftwing groups"). */
  readonly count: number | null;
  /** Others named as its authors through a possessive reference: the judge of "his judgment" in a court's ruling. */
  readonly agents: readonly string[];
}

export interface DecisionLayer {
  readonly decisions: readonly DecisionRec[];
  /** Token index → decision id, for every trigger and reference token. */
  readonly refs: ReadonlyMap<number, string>;
}

interface Draft {
  action: string;
  family: string;
  trigger: [number, number];
  decider: string | null;
  targets: string[];
  mentions: [number, number][];
  past: boolean;
  count: number | null;
  headline: boolean;
  /** The object of an overruling trigger ("struck down a ban on …"): a decision taken earlier, by someone else. */
  overruled?: boolean;
  /** Known only as a plan or proposal ("scrapped plans to raise …"). */
  planned?: boolean;
  agents?: string[];
  /** For an order, the family of the act it orders: "ordered Northvale to cut bills" → cut, so "the cut" refers to it. */
  ordered?: string;
}

/** Generic nouns that refer to a decision on their own ("the move"); others must be the object of a trigger ("signed a licence"). */
const STRONG_REFERENCES = new Set([
  'move', 'decision', 'decisions', 'plan', 'plans', 'proposal', 'proposals', 'policy', 'step', 'measure', 'measures', 'ruling', 'u-turn', 'climbdown',
  'announcement', 'change', 'changes', 'reform', 'reforms', 'vote', 'result', 'outcome', 'bill', 'legislation', 'law', 'scheme', 'agreement',
]);
/** Verbs whose infinitive complement is asked for, not decided: "urged the regulator to ban …". */
const DEMAND_VERBS = new Set(['urge', 'call', 'ask', 'demand', 'press', 'implore', 'beg', 'want', 'seek', 'petition', 'lobby', 'order', 'require', 'force', 'compel', 'instruct', 'direct']);
/** Nouns whose to-infinitive is what they propose or seek, not what was decided. */
const PROPOSAL_NOUNS = new Set(['bill', 'bills', 'motion', 'amendment', 'proposal', 'proposals', 'resolution']);
/** Verbs that decide only with what people must do or carry (their object list alone counts). */
const REQUIRING = new Set(['require', 'mandate']);
/** Verbs that put a bill or motion forward without passing it. */
const PROPOSING_VERBS = new Set(['introduce', 'propose', 'file', 'table', 'draft', 'submit', 'sponsor', 'unveil', 'put', 'bring', 'lodge']);
/** Nouns whose to-infinitive is what they seek ("filed a lawsuit to stop …", "in an attempt to block …"), never a decision. */
const PURPOSE_NOUNS = new Set(['lawsuit', 'suit', 'petition', 'campaign', 'bid', 'attempt', 'attempts', 'effort', 'efforts', 'plea', 'request', 'appeal', 'fight', 'push', 'drive']);
/** Strong references that only name decisions of some families. */
const REFERENCE_FAMILIES: ReadonlyMap<string, readonly string[]> = new Map([
  ['scheme', ['approve', 'introduce', 'expand', 'cancel', 'halt', 'require', 'restrict']],
  // "ministers approved the plan … praised the agreement"
  ['agreement', ['approve']],
]);
/** Nouns that collect decisions: "a package of sanctions", "a raft of measures", "a new round of tariffs". */
const COLLECTING_NOUNS = new Set(['package', 'raft', 'round', 'series', 'set', 'wave', 'batch', 'slate', 'suite', 'range', 'number', 'host']);
/** Objects that make "sign" a personal act, not a decision. */
const NOT_DECISION_OBJECTS = new Set(['letter', 'petition', 'pledge', 'statement', 'book', 'autograph', 'autographs', 'shirt', 'contract', 'deal']);
/** Objects that make "close" a market, bookkeeping or figurative act. */
const NOT_CLOSED_OBJECTS = new Set(['day', 'week', 'month', 'year', 'quarter', 'session', 'books', 'gap', 'gaps', 'deal', 'deals', 'ranks', 'door', 'chapter', 'account', 'accounts', 'trading', 'lead']);
const BE = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', "'s"]);
const RELATIVES = new Set(['which', 'who', 'whom', 'whose', 'that', 'while', 'because', 'after', 'before', 'when', 'but']);
const NUMBERS = table<number>({ two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 });
const COPULA_LIST = new Set(['are', 'is', 'were', 'was', 'include', 'includes', 'included']);
/** Heads of an unnamed institution or office that can decide: "the city council", "the president". */
const INSTITUTION_HEADS = new Set([
  ...Object.entries(DESCRIPTOR_TYPES).filter(([, type]) => type !== 'PLACE').map(([noun]) => noun),
  ...ROLE_NOUNS, 'city', 'state', 'country', 'nation', 'town', 'parliament', 'congress', 'senate', 'cabinet', 'police', 'administration', 'assembly', 'executive', 'governors', 'trustees', 'councillors', 'ministers', 'judges', 'regulators', 'lawmakers', 'legislators', 'mps',
]);
/** Verbs that make a decision public: they state one only through a decision noun, and with a definite object after a stated decision they restate it. */
/** Nouns for a decision still to be taken: "scrapped plans to raise …". */
const PLAN_NOUNS = new Set(['plan', 'plans', 'proposal', 'proposals']);
/** "U-turn": one capital letter hyphened to a lower-case word, a common noun the tagger reads as a name. */
const LETTER_COMPOUND = /^\p{Lu}[-‐]\p{Ll}+$/u;
/** Nouns for a decision already taken, whose verb names it when it is overruled: "reversed its decision to cut …". */
const OVERRULED_NOUNS = new Set(['decision', 'decisions']);
const ANNOUNCING = new Set(['announce', 'unveil', 'issue', 'confirm']);
/** Participles whose by-agent decided the decision noun before them: "a ban imposed by …". */
const IMPOSING = new Set(['impose', 'introduce', 'announce', 'issue', 'approve', 'pass', 'order', 'unveil', 'adopt', 'implement', 'grant', 'award']);
const MODAL_VERBS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "'ll", 'wo']);
const SUBJECT_GAP = new Set(['has', 'have', 'had', 'will', 'would', 'is', 'was', 'are', 'were', 'to', 'also', 'not', "n't", 'finally', 'unanimously', 'formally', 'officially', 'today', 'yesterday']);

function verbLemma(doc: Doc, k: number, forms: ReadonlyMap<string, string>): string | null {
  const t = doc.tokens[k]!;
  const lemma = forms.get(t.lower);
  if (!lemma) return null;
  if (lemma === 'strike_down') return doc.tokens[k + 1]?.lower === 'down' ? lemma : null;
  const prev = doc.tokens[k - 1];
  // "the ruling party", "Japan's ruling party", "nominating contests": a participle modifying a noun
  if (/ing$/u.test(t.lower) && doc.tokens[k + 1]?.pos === 'NOUN' && (!prev || ['DET', 'ADJ', 'PART', 'PROPN'].includes(prev.pos) || prev.lower === "'s")) return null;
  // "ruled out", "ruled Zimbabwe for decades"
  if (lemma === 'rule' && (doc.tokens[k + 1]?.lower === 'out' || doc.tokens[k + 1]?.pos === 'PROPN' && doc.tokens[k + 2]?.lower !== 'to')) return null;
  if (t.pos === 'VERB' || t.pos === 'AUX') return prev && ['the', 'a', 'an'].includes(prev.lower) ? null : lemma;
  // wink sometimes tags passive participles as nouns: "was proscribed by"
  if (prev && BE.has(prev.lower) && /(?:ed|en)$/u.test(t.lower)) return lemma;
  if (prev && prev.lower === 'to' && t.pos !== 'NOUN') return lemma;
  // "will close its plant", "would soon shut": the tagger reads some bare verbs after a modal as adjectives
  const modalAt = prev && (prev.pos === 'ADV' || prev.lower === 'not') ? k - 2 : k - 1;
  if (MODAL_VERBS.has(doc.tokens[modalAt]?.lower ?? '') && t.pos !== 'NOUN') return lemma;
  // "the NEC proscribed four other groups": a past form mis-tagged as a noun, followed by its object
  const next = doc.tokens[k + 1];
  if (/ed$/u.test(t.lower) && prev && !['DET', 'ADJ', 'NUM', 'ADP'].includes(prev.pos) && next && ['DET', 'NUM', 'PROPN', 'PRON'].includes(next.pos)) return lemma;
  return null;
}


/** What one findDecisions call shares between its passes. */
interface Scan {
  readonly doc: Doc;
  readonly t: Doc['tokens'];
  readonly index: MentionIndex;
  readonly regions: readonly QuoteRegion[];
  /** the extractor's tables (built-ins plus the caller's lexicons) */
  readonly lex: Lexicon;
  readonly typeOf: ReadonlyMap<string, EntityType>;
  readonly drafts: Draft[];
  /** Triggers inside a reference ("the decision to ban"): they point where the reference points. */
  readonly referenceTriggers: Set<number>;
  /** Triggers with neither decider nor target ("it was right to close the branches"): they restate a decision. */
  readonly looseTriggers: { k: number; family: string }[];
  /** Tokens a trigger already took as a reference, so the reference pass leaves them alone. */
  readonly claimed: Set<number>;
}

function isActor(s: Scan, m: MentionRec | undefined): m is MentionRec {
  return !!m && s.typeOf.get(m.entity) !== 'PLACE';
}

/** A subject that can decide: a place acting as its government ("Amsterdam will ban …") counts; a prepositional object ("a judge in Texas") does not. */
function canDecide(s: Scan, m: MentionRec): boolean {
  return !afterPreposition(s.doc, m, true);
}

/** Entities named in the object region after token k, up to the clause end. */
function objectTargets(s: Scan, from: number): { targets: string[]; count: number | null } {
  const { t, index } = s;
  const sent = t[from]?.sent;
  const targets: string[] = [];
  let count: number | null = null;
  for (let k = from; k < t.length && t[k]!.sent === sent && k < from + 40; k++) {
    const u = t[k]!;
    const covered = index.within(k, k + 1).length > 0;
    const finiteVerb = u.pos === 'AUX' || u.pos === 'VERB' && !/ing$/u.test(u.lower) && !['DET', 'NUM', 'ADJ'].includes(t[k - 1]?.pos ?? '');
    if (k > from && !covered && (RELATIVES.has(u.lower) || u.text === ';' || finiteVerb)) break;
    // "…, sending the measure to President Biden": a participle clause is not the object
    if (u.text === ',' && t[k + 1]?.pos === 'VERB' && /ing$/u.test(t[k + 1]!.lower)) break;
    if (u.pos === 'NUM' && NUMBERS[u.lower] && count === null) count = NUMBERS[u.lower]!;
    const m = index.startingAt(k);
    if (m && m.kind !== 'pronoun' && isActor(s, m)) {
      if (!targets.includes(m.entity)) targets.push(m.entity);
      k = m.last - 1;
    }
  }
  return { targets, count };
}

/** "the city council voted to close …", "the president vetoed …": an unnamed institution as the subject of token v. */
function institutionBefore(s: Scan, v: number): boolean {
  const { doc, t, index } = s;
  let j = v - 1;
  while (j > v - 5 && t[j] && (SUBJECT_GAP.has(t[j]!.lower) || t[j]!.pos === 'ADV' || t[j]!.pos === 'AUX')) j--;
  // "A federal judge on Friday blocked …": a day between subject and verb
  if (t[j - 1]?.lower === 'on' && (WEEKDAYS.has(t[j]!.lower) || t[j]!.pos === 'NUM')) j -= 2;
  while (j > v - 8 && t[j] && (t[j]!.pos === 'ADV' || SUBJECT_GAP.has(t[j]!.lower))) j--;
  // "a judge in Texas", "the city of Amsterdam": the head before a short prepositional phrase
  if (t[j] && t[j - 1] && ['in', 'of', 'at', 'for'].includes(t[j - 1]!.lower) && (t[j]!.pos === 'PROPN' || index.endingAt(j))) j = (index.endingAt(j)?.first ?? j) - 2;
  if (!t[j] || t[j]!.pos !== 'NOUN' && t[j]!.pos !== 'PROPN' || !INSTITUTION_HEADS.has(t[j]!.lower)) return false;
  // "Parliament passed …", "Congress approved …": a capitalised institution on its own names one
  if (t[j]!.cap && (j === doc.sentences[t[j]!.sent]!.first || t[j - 1]!.kind !== 'word')) return true;
  for (let d = j - 1; d >= j - 3 && t[d] && t[d]!.sent === t[v]!.sent; d--) {
    if (['the', 'its', 'their', 'a', 'an', "'s"].includes(t[d]!.lower)) return true;
    if (!['ADJ', 'NOUN', 'PROPN'].includes(t[d]!.pos)) return false;
  }
  return false;
}

/** The subject of verb v is an organisation or an unnamed institution. */
function institutionalSubject(s: Scan, v: number): boolean {
  const { doc, index, typeOf } = s;
  const subj = subjectsBefore(doc, index, v, 6);
  return subj.length ? subj.every((m) => typeOf.get(m.entity) === 'ORG') : institutionBefore(s, v);
}

/** "should have banned bonuses", "could have gone further and banned …": what was not done. */
function counterfactual(s: Scan, v: number): boolean {
  const { t } = s;
  for (let j = v - 1; j >= v - 8 && t[j] && t[j]!.sent === t[v]!.sent; j--) {
    if (t[j]!.text === ',' || t[j]!.text === ';' || RELATIVES.has(t[j]!.lower)) return false;
    if (t[j]!.lower !== 'have') continue;
    const m = NEGATIONS_BEFORE.has(t[j - 1]?.lower ?? '') ? j - 2 : j - 1;
    return COUNTERFACTUAL_MODALS.has(t[m]?.lower ?? '') || t[m]?.lower === 'to' && t[m - 1]?.lower === 'ought';
  }
  return false;
}
const COUNTERFACTUAL_MODALS = new Set(['should', 'could', 'would', 'might', 'must', "should've", "could've", "would've"]);
const NEGATIONS_BEFORE = new Set(['not', "n't", 'never']);

/** "would not fine riders", "did not ban", "has never approved": a decision not taken. */
function negatedTrigger(s: Scan, v: number): boolean {
  const { t } = s;
  for (let j = v - 1; j >= v - 3 && t[j] && t[j]!.sent === t[v]!.sent; j--) {
    if (NEGATIONS_BEFORE.has(t[j]!.lower)) return true;
    if (t[j]!.pos !== 'AUX' && t[j]!.pos !== 'ADV' && t[j]!.pos !== 'PART') return false;
  }
  return false;
}

/**
 * Who announced the clause of a passive trigger at k: "Officials in Portland announced that masks will be required",
 * "the city said that …". An organisation's entity, 'institution' for an unnamed institution or its officials, or null.
 */
function announcingSubject(s: Scan, k: number): string | 'institution' | null {
  const { t, doc, index, typeOf } = s;
  const first = doc.sentences[t[k]!.sent]!.first;
  for (let j = k - 2; j > first; j--) {
    if (t[j]!.lower !== 'that' || !ANNOUNCING_CLAUSE.has(t[j - 1]?.lemma ?? '') && !ANNOUNCING_CLAUSE.has(t[j - 3]?.lemma ?? '')) continue;
    const v = ANNOUNCING_CLAUSE.has(t[j - 1]?.lemma ?? '') ? j - 1 : j - 3;
    const subj = subjectsBefore(doc, index, v);
    const org = subj.find((m) => typeOf.get(m.entity) === 'ORG');
    if (org) return org.entity;
    for (let h = v - 1; h >= first && h > v - 8; h--) if (OFFICIALS.has(t[h]!.lower) || INSTITUTION_HEADS.has(t[h]!.lower) && t[h]!.pos === 'NOUN') return 'institution';
    return null;
  }
  return null;
}
const ANNOUNCING_CLAUSE = new Set(['announce', 'say', 'confirm', 'declare', 'decide', 'rule', 'state']);
const OFFICIALS = new Set(['officials', 'authorities', 'government', 'ministers', 'regulators']);

/**
 * The earlier decision a passive trigger's subject refers to: "the mandate (, which …,) was ordered by X" after
 * "masks will be required". The subject is a definite decision noun of a family a draft already has.
 */
function restatedSubject(s: Scan, k: number): Draft | undefined {
  const { t, lex, drafts } = s;
  if (drafts.length === 0) return undefined;
  let n = t[k - 1]?.pos === 'ADV' ? k - 3 : k - 2;
  // past a relative aside between commas
  if (t[n]?.text === ',') {
    let open = n - 1;
    while (open > n - 20 && t[open] && t[open]!.text !== ',' && t[open]!.sent === t[k]!.sent) open--;
    if (t[open]?.text !== ',' || !['which', 'that'].includes(t[open + 1]?.lower ?? '')) return undefined;
    n = open - 1;
  }
  const noun = lex.decisionNouns.get(t[n]?.lower ?? '');
  if (!noun || !['the', 'this', 'that', 'its', 'their'].includes(t[n - 1]?.lower ?? '')) return undefined;
  const family = lex.decisionVerbs.get(noun)?.family;
  return findLast(drafts, (d) => d.family === family && !d.past);
}

/** "unless the president agrees to step down": a decision only imagined. */
function conditional(s: Scan, v: number): boolean {
  const { t } = s;
  for (let j = v - 1; j >= v - 6 && t[j] && t[j]!.sent === t[v]!.sent; j--) {
    if (['unless', 'if', 'whether', 'until'].includes(t[j]!.lower)) return true;
    if (t[j]!.text === ',' || t[j]!.pos === 'VERB') return false;
  }
  return false;
}

/** Head noun of the noun phrase starting at `from` ("interest rates" → rates), or '' when none starts there. */
function objectHead(s: Scan, from: number): string {
  const { t } = s;
  let o = from;
  while (o < from + 4 && t[o] && (['DET', 'ADJ', 'NUM', 'SYM', 'ADV'].includes(t[o]!.pos) || ['£', '$', '€', "'s", 'its', 'their', 'his', 'her', 'our', 'my', 'your'].includes(t[o]!.lower))) o++;
  if (!t[o] || t[o]!.pos !== 'NOUN' && t[o]!.pos !== 'PROPN') return '';
  while (t[o + 1] && (t[o + 1]!.pos === 'NOUN' || t[o + 1]!.pos === 'PROPN') && o < from + 7) o++;
  return t[o]!.lower;
}

/** "ordered the company to sell …", "ordered that ballots be accepted", "ordered a recount": an order, not a purchase. */
function orderIsDecision(s: Scan, from: number): boolean {
  const { t, lex } = s;
  if (t[from]?.lower === 'that') return true;
  for (let j = from; j < from + 8 && t[j] && t[j]!.sent === t[from]!.sent; j++) if (t[j]!.lower === 'to' && t[j + 1]?.pos === 'VERB') return true;
  const head = objectHead(s, from);
  return ORDER_OBJECTS.has(head) || lex.decisionNouns.has(head) || GENERIC_REFERENCES.has(head);
}

/** The family of the decision verb an order demands: "ordered the firm to cut bills" → cut. */
function orderedFamily(s: Scan, from: number): string | undefined {
  const { t, lex } = s;
  for (let j = from; j < from + 8 && t[j] && t[j]!.sent === t[from]!.sent; j++) {
    if (t[j]!.lower !== 'to' || t[j + 1]?.pos !== 'VERB') continue;
    const lemma = lex.decisionForms.get(t[j + 1]!.lower);
    return lemma ? lex.decisionVerbs.get(lemma)?.family : undefined;
  }
  return undefined;
}

/** A restricted verb's object (or passive subject) head that makes it a decision. */
function fitsObject(s: Scan, lemma: string, head: string): boolean {
  const { lex } = s;
  const allowed = OBJECT_RESTRICTED.get(lemma);
  if (!allowed) return true;
  // "approval would be required": requiring is a decision only of what people must do or carry
  if (REQUIRING.has(lemma)) return allowed.has(head);
  return allowed.has(head) || lex.decisionNouns.has(head) || GENERIC_REFERENCES.has(head) || allowed.has(head.replace(/s$/u, ''));
}

function firstNounAfter(s: Scan, from: number): string {
  const { t } = s;
  for (let o = from; o < from + 4 && t[o]; o++) if (t[o]!.pos === 'NOUN') return t[o]!.lower;
  return '';
}

/** Token index of a definite reference right after `from` ("the ban", "this latest decision"), or -1. */
function definiteReference(s: Scan, from: number): number {
  const { t, lex } = s;
  if (!['the', 'this', 'that', 'its', 'their', 'these'].includes(t[from]?.lower ?? '')) return -1;
  let o = from + 1;
  while (t[o] && t[o]!.pos === 'ADJ' && o < from + 3) o++;
  const w = t[o]?.lower ?? '';
  // "approved a package of sanctions … Hungary had blocked the package": what an earlier decision made
  const madeEarlier = GENERIC_REFERENCES.has(w) && s.drafts.some((d) => firstNounAfter(s, d.trigger[1]) === w);
  return lex.decisionNouns.has(w) || STRONG_REFERENCES.has(w) || madeEarlier ? o : -1;
}

/**
 * "struck down a ban on protest camps", "annuls €1.2bn fine": the overruled decision, unless the body already states it.
 * `overruler` decided the overruling: "reversed its decision to cut …" overrules its own.
 */
function overruledObject(s: Scan, from: number, sentIndex: number, headline: boolean, overruler: string | null): void {
  const { t, index, lex, drafts } = s;
  // "scrapped plans to raise fuel duty", "reversed its decision to cut …": the plan's verb names the overruled decision
  let p = from;
  while (p < from + 3 && t[p] && (t[p]!.pos === 'DET' || t[p]!.pos === 'ADJ' || POSSESSIVE_DETERMINERS.has(t[p]!.lower))) p++;
  const planned = PLAN_NOUNS.has(t[p]?.lower ?? '');
  if ((planned || OVERRULED_NOUNS.has(t[p]?.lower ?? '')) && t[p + 1]?.lower === 'to' && t[p]!.sent === sentIndex) {
    const verb = lex.decisionForms.get(t[p + 2]?.lower ?? '');
    const row = verb ? lex.decisionVerbs.get(verb) : undefined;
    if (!row || OVERRULING_FAMILIES.has(row.family) || drafts.some((d) => d.family === row.family && !d.headline)) return;
    const { targets } = objectTargets(s, p + 3);
    const own = POSSESSIVE_DETERMINERS.has(t[p - 1]?.lower ?? '') ? overruler : null;
    drafts.push({ action: row.action, family: row.family, trigger: [p + 2, p + 3], decider: own, targets, mentions: [], past: true, count: null, headline, overruled: true, planned });
    return;
  }
  let o = from;
  while (o < from + 5 && t[o] && t[o]!.sent === sentIndex && !lex.decisionNouns.has(t[o]!.lower) && t[o]!.text !== ',' && ['DET', 'ADJ', 'NUM', 'SYM', 'NOUN', 'PROPN', 'PART'].includes(t[o]!.pos)) o++;
  const verb = lex.decisionNouns.get(t[o]?.lower ?? '');
  const nounRow = verb ? lex.decisionVerbs.get(verb) : undefined;
  if (!nounRow || OVERRULING_FAMILIES.has(nounRow.family) || t[o]!.sent !== sentIndex) return;
  if (drafts.some((d) => d.family === nounRow.family && !d.headline)) return;
  // "the council's ban", "a council ban": an actor named before the noun decided it
  let decider: string | null = null;
  for (const m of index.within(from, o)) if (isActor(s, m) && m.kind !== 'pronoun') decider = m.entity;
  const targets = ['on', 'against', 'of'].includes(t[o + 1]?.lower ?? '') ? objectTargets(s, o + 2).targets : [];
  drafts.push({ action: nounRow.action, family: nounRow.family, trigger: [o, o + 1], decider, targets, mentions: [], past: true, count: null, headline, overruled: true });
}

/** The overruled decision whose noun phrase ends just before token k: "a fine imposed on …", "a ban on night flights imposed by …". */
function overruledBefore(s: Scan, k: number): Draft | undefined {
  const { t, drafts } = s;
  return drafts.find((d) => d.overruled && d.trigger[0] < k && d.trigger[0] >= k - 7 && t[d.trigger[0]]!.sent === t[k]!.sent
    && t.slice(d.trigger[0] + 1, k).every((u) => ['ADP', 'NOUN', 'ADJ', 'DET', 'PROPN', 'NUM'].includes(u.pos)));
}

/** A past-time cue in the trigger's own clause: a few words either side ("Last year, the NEC proscribed …"). */
function pastNear(s: Scan, k: number, sentIndex: number): boolean {
  const { doc, t } = s;
  const sent = doc.sentences[sentIndex]!;
  // "will close its plant in 2021", "is to close …": a future trigger is not an earlier decision, whatever year it names
  if (FUTURE_MARKERS.has(t[k - 1]?.lower ?? '') || t[k - 1]?.lower === 'to' && BE.has(t[k - 2]?.lower ?? '')) return false;
  return PAST_TIME.test(doc.text.slice(t[Math.max(sent.first, k - 8)]!.start, t[Math.min(sent.last - 1, k + 10)]!.end));
}
const FUTURE_MARKERS = new Set(['will', "'ll", 'shall']);

/** Token of a decision noun just before participle k: "a ban imposed by …", "the fine, issued last week by …", "a ban on night flights introduced by …"; or -1. */
function decisionNounBefore(s: Scan, k: number): number {
  const { t, lex } = s;
  let n = k - 1;
  if (t[n]?.text === ',') n--;
  // a short prepositional object between noun and participle: "a ban on cruise ships"
  let p = n;
  while (p > k - 7 && t[p] && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(t[p]!.pos) && !lex.decisionNouns.has(t[p]!.lower)) p--;
  if (p < n && ['on', 'against', 'of', 'for'].includes(t[p]?.lower ?? '')) n = p - 1;
  if (!lex.decisionNouns.has(t[n]?.lower ?? '') || t[n]!.sent !== t[k]!.sent) return -1;
  return ['DET', 'ADJ', 'NUM'].includes(t[n - 1]?.pos ?? '') || t[n - 1]?.lower === "'s" ? n : -1;
}

/**
 * "A ban imposed by the Harbour Board", "the fine, issued last week by the regulator,": a participle whose
 * by-agent decided the decision noun before it. Adds the decision and says whether it did.
 */
function nounFilledIn(s: Scan, k: number, triggerEnd: number, sentIndex: number): boolean {
  const { doc, t, index, lex, drafts, claimed } = s;
  if (!IMPOSING.has(t[k]!.lemma) || claimed.has(k)) return false;
  const n = decisionNounBefore(s, k);
  if (n < 0 || claimed.has(n)) return false;
  for (let b = triggerEnd; b < triggerEnd + 8 && t[b] && t[b]!.sent === sentIndex; b++) {
    const w = t[b]!.lower;
    if (w === ';' || RELATIVES.has(w) || w === ',' && b > triggerEnd) return false;
    if (w !== 'by') continue;
    const m = mentionAfter(doc, index, b);
    if (!isActor(s, m)) return false;
    const row = lex.decisionVerbs.get(lex.decisionNouns.get(t[n]!.lower)!);
    if (!row) return false;
    const targets = ['on', 'against'].includes(t[n + 1]?.lower ?? '') ? objectTargets(s, n + 2).targets : [];
    drafts.push({
      action: row.action,
      family: row.family,
      trigger: [n, n + 1],
      decider: m.entity,
      targets,
      mentions: [[k, triggerEnd]],
      past: pastNear(s, k, sentIndex),
      count: null,
      headline: doc.headline >= 0 && t[k]!.para === doc.headline,
    });
    claimed.add(n);
    return true;
  }
  return false;
}

/** The statement pass at token k: a decision trigger there becomes a draft, or fills in one stated before. */
function statementAt(s: Scan, k: number): void {
  const { t, doc, index, lex, drafts, typeOf, regions, claimed, referenceTriggers, looseTriggers } = s;
  let lemma = verbLemma(doc, k, lex.decisionForms);
  let row = lemma ? lex.decisionVerbs.get(lemma) : undefined;
  // "decided to remove the novel", "voted to merge": any verb a decision frame governs is the action
  // (only an organisation or institution's choice: "Mugabe agreed to power-sharing" is a person's)
  // ("voted to oppose the ban" after the ban is stated is a position on it, not a new decision)
  const stanceOnStated = drafts.length > 0 && lex.stanceVerbs.has(lex.stanceForms[t[k]!.lower] ?? t[k]!.lemma);
  if (!row && !stanceOnStated && t[k]!.pos === 'VERB' && t[k - 1]?.lower === 'to' && DECISION_FRAMES.has(t[k - 2]?.lemma ?? '') && !conditional(s, k - 2) && institutionalSubject(s, k - 2)) {
    lemma = t[k]!.lemma;
    row = { action: lemma, family: lemma };
  }
  if (!lemma || !row || regionAt(regions, t[k]!.start) || counterfactual(s, k) || negatedTrigger(s, k)) return;
  const sent = doc.sentences[t[k]!.sent]!;
  // "the move to proscribe …", "the decision to ban …": a reference, not a new statement
  // (an indefinite "laid an order to proscribe …" states a new decision)
  const refNoun = t[k - 2];
  const refDet = t[k - 3];
  if (t[k - 1]?.lower === 'to' && refNoun && (GENERIC_REFERENCES.has(refNoun.lower) || lex.decisionNouns.has(refNoun.lower)) && !(refDet && ['a', 'an'].includes(refDet.lower))) {
    referenceTriggers.add(k);
    return;
  }
  const triggerEnd = lemma === 'strike_down' ? k + 2 : k + 1;
  // "a fine imposed on Vantrex by the Commission": a participle filling in an overruled decision
  const named = overruledBefore(s, k);
  if (named && /(?:ed|en)$/u.test(t[k]!.lower)) {
    for (let b = triggerEnd; b < triggerEnd + 12 && t[b] && t[b]!.sent === sent.index; b++) {
      const w = t[b]!.lower;
      if (w === ',' || w === ';' || RELATIVES.has(w)) break;
      if (w !== 'by' && w !== 'on' && w !== 'against') continue;
      const m = mentionAfter(doc, index, b);
      if (!isActor(s, m)) continue;
      if (w === 'by') named.decider ??= m.entity;
      else if (!named.targets.includes(m.entity)) named.targets.push(m.entity);
      b = m.last - 1;
    }
    named.mentions.push([k, triggerEnd]);
    return;
  }
  if (/(?:ed|en)$/u.test(t[k]!.lower) && nounFilledIn(s, k, triggerEnd, sent.index)) return;
  const passive = BE.has(t[k - 1]?.lower ?? '') || BE.has(t[k - 2]?.lower ?? '') && t[k - 1]?.pos === 'ADV';
  let decider: string | null = null;
  let targets: string[] = [];
  let count: number | null = null;
  /** Decided by an institution the entity stage did not name: kept, with no decider. */
  let institutional = false;
  if (passive) {
    for (let b = triggerEnd; b < triggerEnd + 4 && t[b] && t[b]!.sent === sent.index; b++) {
      if (t[b]!.lower === 'by') {
        let m = mentionAfter(doc, index, b);
        // "by (Multnomah County) health officer Dr Jennifer Vines": past a place and role words to the person
        if (!m || s.typeOf.get(m.entity) === 'PLACE') {
          const from = m && m.first <= b + 3 ? m.last : b + 1;
          let n = from;
          while (n < from + 5 && t[n] && t[n]!.kind === 'word' && !index.startingAt(n) && (!t[n]!.cap || HONORIFICS.has(t[n]!.lower))) n++;
          const person = n > from || !m ? index.startingAt(n) : undefined;
          if (person && s.typeOf.get(person.entity) === 'PERSON') m = person;
        }
        if (isActor(s, m)) decider = m.entity;
        else if (t[b + 1]?.lower === 'the') for (let h = b + 2; h < b + 5 && t[h]; h++) if (INSTITUTION_HEADS.has(t[h]!.lower) && t[h + 1]?.pos !== 'NOUN') { institutional = true; break; }
        break;
      }
    }
    // "Officials announced that masks will be required": an agentless passive reported by an institution or its officials
    if (!decider && !institutional) {
      const announcer = announcingSubject(s, k);
      if (announcer === 'institution') institutional = true;
      else if (announcer) decider = announcer;
    }
    // "The mandate, which will last a month, was ordered by Dr Vines": a stated decision, now with its author
    const restated = restatedSubject(s, k);
    if (restated) {
      restated.decider ??= decider;
      restated.mentions.push([k, triggerEnd]);
      claimed.add(k);
      return;
    }
    let subj = subjectsBefore(doc, index, k);
    const beIdx = t[k - 1]?.pos === 'ADV' ? k - 2 : k - 1;
    if (!subj.length && RELATIVES.has(t[beIdx - 1]?.lower ?? '')) {
      const rel = beIdx - 1;
      const antecedent = t[rel - 1]?.text === ',' ? index.endingAt(rel - 2) : index.endingAt(rel - 1);
      if (antecedent) subj = [antecedent];
    }
    targets = subj.filter((m) => isActor(s, m)).filter((m) => canDecide(s, m)).map((m) => m.entity);
    // "the Crew Dragon was launched": the thing launched must be the kind of thing decided
    const beAt = t[k - 1]?.pos === 'ADV' ? k - 2 : k - 1;
    // ("was granted clemency", "was awarded the Intelligence Star": a second object, when there is one, decides)
    if (OBJECT_RESTRICTED.has(lemma)) {
      const second = objectHead(s, triggerEnd);
      // the passive's subject: "approval would be required", "help that is required": past modals and a relative pronoun
      let subjAt = beAt - 1;
      while (subjAt > beAt - 4 && t[subjAt] && (t[subjAt]!.pos === 'AUX' || t[subjAt]!.pos === 'ADV' || ['that', 'which'].includes(t[subjAt]!.lower))) subjAt--;
      // (before a relative pronoun the head is a noun whatever its tag: "help that is required")
      const nounish = ['NOUN', 'PROPN'].includes(t[subjAt]?.pos ?? '') || ['that', 'which'].includes(t[subjAt + 1]?.lower ?? '') && t[subjAt]?.kind === 'word';
      if (second ? !fitsObject(s, lemma, second) : nounish && !index.endingAt(subjAt) && !fitsObject(s, lemma, t[subjAt]!.lower)) return;
    }
  } else {
    // "filed a lawsuit to stop …", "launched a bid to ban …": a proposal's purpose, not a decision
    if (t[k - 1]?.lower === 'to' && PURPOSE_NOUNS.has(t[k - 2]?.lower ?? '')) return;
    let subj = subjectsBefore(doc, index, k, 6).filter((m) => canDecide(s, m));
    let governor = k;
    // "X has laid an order to proscribe …", "X voted on Tuesday to ban …": the subject of the governing verb
    if (!subj.length && t[k - 1]?.lower === 'to') {
      let g = k - 2;
      while (g > sent.first && g > k - 6 && !(t[g]!.pos === 'VERB' || t[g]!.pos === 'AUX') && ['DET', 'ADJ', 'NOUN', 'NUM', 'ADV', 'PROPN', 'ADP'].includes(t[g]!.pos)) g--;
      // "urged the regulator to ban …" is a demand, not a decision
      if (t[g] && DEMAND_VERBS.has(t[g]!.lemma)) return;
      // "would introduce a bill to block such mandates": what a bill proposes is not decided until it passes
      if (t[g] && PROPOSING_VERBS.has(t[g]!.lemma) && PROPOSAL_NOUNS.has(t[k - 2]?.lower ?? '')) return;
      if (t[g] && (t[g]!.pos === 'VERB' || t[g]!.pos === 'AUX') && g < k - 1) {
        subj = subjectsBefore(doc, index, g, 6).filter((m) => canDecide(s, m));
        governor = g;
      }
    }
    institutional = !subj.length && institutionBefore(s, governor);
    // the same, when the one urged was taken for the subject
    if (subj.length && t[k - 1]?.lower === 'to' && DEMAND_VERBS.has(t[subj[0]!.first - 1]?.lemma ?? '')) return;
    // "signed an open letter": not every signature is a decision
    if (row.action === 'sign' && NOT_DECISION_OBJECTS.has(firstNounAfter(s, triggerEnd))) return;
    // "closed the day at $41", "closes its books", "close the gap": market and bookkeeping senses
    if (row.family === 'close' && NOT_CLOSED_OBJECTS.has(firstNounAfter(s, triggerEnd))) return;
    // "the index closed up 11%", "crimes have increased": no object, no decision
    if (TRANSITIVE_FAMILIES.has(row.family) && !['DET', 'NUM', 'NOUN', 'PROPN', 'ADJ', 'PRON', 'SYM'].includes(t[triggerEnd]?.pos ?? '') && !/^[£$€]/u.test(t[triggerEnd]?.text ?? '')) return;
    // "introduced an iPod", "raised questions": not the kind of thing decided
    if (!fitsObject(s, lemma, objectHead(s, triggerEnd)) && !(['it', 'them'].includes(t[triggerEnd]?.lower ?? ''))) return;
    // "ordered 55 aircraft", "ordered extra stock": a purchase, unless someone is ordered to act or an order is made
    if (lemma === 'order' && !orderIsDecision(s, triggerEnd)) return;
    decider = subj[0]?.entity ?? null;
    let from = triggerEnd;
    if (COPULA_LIST.has(t[from]?.lower ?? '')) from++;
    ({ targets, count } = objectTargets(s, from));
    // "ban Labour members from being members of the AWL": the group banned, not its members
    targets = targets.filter((e) => e !== decider);
    // "rejected the ban": a position on a decision already in the article, not a new one
    if (row.family === 'reject' && drafts.length > 0 && definiteReference(s, triggerEnd) >= 0) return;
    // "announced the decision on Monday": making a stated decision public is not another one
    if (ANNOUNCING.has(lemma) && drafts.length > 0 && definiteReference(s, triggerEnd) >= 0) return;
  }
  // "approved the closure of …": the decision is what was approved
  let action = row.action;
  let family = row.family;
  if ((family === 'approve' || family === 'introduce') && !passive) {
    let o = triggerEnd;
    while (t[o] && (t[o]!.pos === 'DET' || t[o]!.pos === 'ADJ' || t[o]!.pos === 'NUM') && o < triggerEnd + 3) o++;
    // "announced job cuts": a noun modifier before the decision noun
    if (t[o]?.pos === 'NOUN' && !lex.decisionNouns.has(t[o]!.lower) && lex.decisionNouns.has(t[o + 1]?.lower ?? '')) o++;
    // "approved a fresh package of sanctions": a collective noun hands over to what it collects
    else if (COLLECTING_NOUNS.has(t[o]?.lower ?? '') && t[o + 1]?.lower === 'of') {
      let n = o + 2;
      while (n < o + 4 && t[n] && (t[n]!.pos === 'ADJ' || t[n]!.pos === 'NOUN' && lex.decisionNouns.has(t[n + 1]?.lower ?? ''))) n++;
      if (lex.decisionNouns.has(t[n]?.lower ?? '')) o = n;
    }
    // "Senator X said he would introduce a bill to block …": one lawmaker's promised bill is a proposal, not a decision
    const promised = ['would', 'will', 'could', 'may', 'might'].includes(t[k - 1]?.lower ?? '');
    if (family === 'introduce' && promised && PROPOSAL_NOUNS.has(t[o]?.lower ?? '') && decider && s.typeOf.get(decider) === 'PERSON') return;
    // "when it introduced the measure": the overruled decision, now with its author
    const objectWord = t[o]?.lower ?? '';
    const objectRow = lex.decisionVerbs.get(lex.decisionNouns.get(objectWord) ?? '');
    const authored = findLast(drafts, (d) => d.overruled === true && t[d.trigger[0]]!.sent >= sent.index - 3 && (d.decider === null || d.decider === decider));
    if (authored && o > triggerEnd && (GENERIC_REFERENCES.has(objectWord) || objectRow?.family === authored.family)) {
      authored.decider ??= decider;
      authored.mentions.push([k, triggerEnd], [triggerEnd, o + 1]);
      for (let c = triggerEnd; c <= o; c++) claimed.add(c);
      return;
    }
    let noun = lex.decisionNouns.get(t[o]?.lower ?? '');
    // "approved plans to expand the World Cup": the plan's verb names the decision
    if (!noun && GENERIC_REFERENCES.has(t[o]?.lower ?? '') && t[o + 1]?.lower === 'to') noun = lex.decisionForms.get(t[o + 2]?.lower ?? '');
    const nounRow = noun ? lex.decisionVerbs.get(noun) : undefined;
    // "announced 35 new orders": counted orders are purchases
    const purchases = nounRow?.family === 'order' && t.slice(triggerEnd, o).some((w) => w.pos === 'NUM');
    if (nounRow && nounRow.family !== 'approve' && !purchases) {
      action = nounRow.action;
      family = nounRow.family;
      referenceTriggers.add(o);
    }
  }
  // an announcement is a decision only through the decision noun it announces ("announced a ban", "unveiled job cuts")
  if (ANNOUNCING.has(lemma) && (passive || action === row.action)) return;
  if (OVERRULING_FAMILIES.has(family) && !passive) overruledObject(s, triggerEnd, sent.index, doc.headline >= 0 && t[k]!.para === doc.headline, decider);
  // "are shut out" with no agent and only an unnamed group affected is a description, not a decision
  const namedTargets = targets.filter((e) => typeOf.get(e) !== 'GROUP');
  if (!decider && namedTargets.length === 0 && !institutional) {
    looseTriggers.push({ k, family });
    return;
  }
  const past = pastNear(s, k, sent.index);
  drafts.push({
    action,
    family,
    trigger: [k, triggerEnd],
    decider,
    targets,
    mentions: [],
    past,
    count,
    headline: doc.headline >= 0 && t[k]!.para === doc.headline,
    ...(family === 'order' ? { ordered: orderedFamily(s, triggerEnd) } : {}),
  });
}

/**
 * Nouns that name what a trigger created ("signed a licence", "the charge was introduced by …") can refer back to it;
 * what a trigger removed ("scrapped the congestion charge") is not that decision.
 */
function objectNounsOf(s: Scan): Map<string, Draft[]> {
  const { t, drafts } = s;
  const objectNouns = new Map<string, Draft[]>();
  const addObjectNoun = (noun: string, d: Draft): void => {
    if (!GENERIC_REFERENCES.has(noun)) return;
    const list = objectNouns.get(noun) ?? [];
    list.push(d);
    objectNouns.set(noun, list);
  };
  for (const d of drafts) {
    if (OVERRULING_FAMILIES.has(d.family) || d.family === 'reject') continue;
    const [k] = d.trigger;
    const beAt = BE.has(t[k - 1]?.lower ?? '') ? k - 1 : t[k - 1]?.pos === 'ADV' && BE.has(t[k - 2]?.lower ?? '') ? k - 2 : -1;
    if (beAt > 0 && t[beAt - 1]?.pos === 'NOUN') addObjectNoun(t[beAt - 1]!.lower, d);
    const object = firstNounAfter(s, d.trigger[1]);
    if (object) addObjectNoun(object, d);
  }
  return objectNouns;
}

/** Merges restatements of one decision; headline statements fold into the body's decision. */
function mergeRestatements(drafts: readonly Draft[]): Draft[] {
  const ordered = [...drafts.filter((d) => !d.headline), ...drafts.filter((d) => d.headline)];
  const merged: Draft[] = [];
  for (const d of ordered) {
    // same family and time, compatible deciders, and shared targets or the same decider now; a decider-less restatement joins the current decision
    // a headline summarises the body's decision of the same family, whatever short name it uses for the decider
    const host = d.headline && d.overruled
      ? merged.find((m) => m.family === d.family)
      : d.headline
      ? merged.find((m) => m.family === d.family && !m.past) ?? merged.find((m) => !m.past && d.decider !== null && m.decider === d.decider) ?? (merged.filter((m) => !m.past).length === 1 ? merged.find((m) => !m.past) : undefined)
      : merged.find((m) => m.family === d.family && m.past === d.past && (d.decider === null || m.decider === null || m.decider === d.decider) && (d.targets.some((x) => m.targets.includes(x)) || !d.past && (d.decider === null || d.decider === m.decider)));
    if (!host) {
      merged.push(d);
      continue;
    }
    host.mentions.push(d.trigger, ...d.mentions);
    if (d.decider && d.decider === host.decider) for (const x of d.targets) if (!host.targets.includes(x)) host.targets.push(x);
    if (!host.decider && d.decider) host.decider = d.decider;
  }
  merged.sort((a, b) => a.trigger[0] - b.trigger[0]);
  return merged;
}

/**
 * The reference pass at token k: "the move to proscribe the three groups", "the latest decision", "the ban"
 * linked to the decision it means. Returns the last token it took (k when it took none).
 */
function referenceAt(s: Scan, k: number, merged: Draft[], lead: Draft | undefined, objectNouns: ReadonlyMap<string, Draft[]>): number {
  const { t, index, lex, typeOf, regions, claimed, referenceTriggers } = s;
  const u = t[k]!;
  const nounAction = lex.decisionNouns.get(u.lower) ?? (u.lower.endsWith('s') ? lex.decisionNouns.get(u.lower.slice(0, -1)) : undefined);
  const generic = GENERIC_REFERENCES.has(u.lower) || DECIDER_REFERENCES.has(u.lower);
  // wink sometimes tags "the fine was …" or "the ban is …" as an adjective or verb: a determiner before and no noun after decide
  // (and tags a letter compound as a name: "the U-turn")
  const nounLike = u.pos === 'NOUN' || !!nounAction && ['the', 'this', 'its', "'s"].includes(t[k - 1]?.lower ?? '') && t[k + 1]?.pos !== 'NOUN' || generic && LETTER_COMPOUND.test(u.text);
  if (!nounAction && !generic || !nounLike || claimed.has(k)) return k;
  // "the ruling party": an -ing word modifying the noun after it
  if (/ing$/u.test(u.lower) && t[k + 1]?.pos === 'NOUN') return k;
  // "the news agency", "the policy makers", "the vote count": a generic noun modifying the noun after it
  if (generic && !nounAction && t[k + 1]?.pos === 'NOUN' && t[k + 1]!.sent === u.sent) return k;
  // inside a quote a reference may point at a decision the narrative states, never state a new one
  const quoted = regionAt(regions, u.start) !== null;
  if (quoted && merged.length === 0) return k;
  // walk back over modifiers to a determiner or possessive
  let a = k;
  const mods: string[] = [];
  while (a > 0 && t[a - 1]!.sent === u.sent && (t[a - 1]!.pos === 'ADJ' || t[a - 1]!.pos === 'NOUN' && !lex.decisionNouns.has(t[a - 1]!.lower) || t[a - 1]!.pos === 'NUM') && k - a < 4) mods.push(t[--a]!.lower);
  const det = t[a - 1];
  // ", a ruling Kestrel is still challenging": an indefinite apposition renames the clause's decision
  // (", in a decision that drew criticism": the same, after "in")
  const appositive = t[a - 2]?.text === ',' || t[a - 2]?.lower === 'in' && t[a - 3]?.text === ',';
  const apposition = !!det && (det.lower === 'a' || det.lower === 'an') && appositive && (!!nounAction || STRONG_REFERENCES.has(u.lower));
  if (!det || !apposition && !(['the', 'this', 'that', 'its', 'their', 'his', 'her', "'s", 'these'].includes(det.lower))) return k;
  // "recommended that investors vote …": a complementiser, not a determiner
  if ((det.lower === 'that' || det.lower === 'this') && det.pos !== 'DET') return k;
  let first = a - 1;
  let possessor: MentionRec | undefined;
  /** "the government's decision to …": an unnamed institution's decision. */
  let institutionOwner = false;
  if (det.lower === "'s") {
    possessor = index.endingAt(a - 2);
    institutionOwner = !possessor && INSTITUTION_HEADS.has(t[a - 2]?.lower ?? '') && ['the', 'a'].includes(t[a - 3]?.lower ?? '');
    if (!possessor && !institutionOwner) return k;
    first = possessor?.first ?? a - 3;
  } else if (['its', 'their', 'his', 'her'].includes(det.lower)) {
    possessor = index.startingAt(a - 1);
  }
  mods.push(det.lower);
  let last = k + 1;
  let action = nounAction ? lex.decisionVerbs.get(nounAction)?.action ?? nounAction : null;
  let family = nounAction ? lex.decisionVerbs.get(nounAction)?.family ?? null : null;
  let count: number | null = null;
  let objectFrom = -1;
  if (t[k + 1]?.lower === 'to' && t[k + 2]) {
    const lemma = lex.decisionForms.get(t[k + 2]!.lower);
    if (lemma) {
      action = lex.decisionVerbs.get(lemma)!.action;
      family = lex.decisionVerbs.get(lemma)!.family;
      referenceTriggers.add(k + 2);
      objectFrom = k + 3;
      last = k + 3;
      // include a short object: "the three groups"
      let o = last;
      while (t[o] && t[o]!.sent === u.sent && (t[o]!.pos === 'DET' || t[o]!.pos === 'NUM' || t[o]!.pos === 'ADJ' || t[o]!.pos === 'NOUN') && o < last + 4) {
        if (t[o]!.pos === 'NUM' && NUMBERS[t[o]!.lower]) count = NUMBERS[t[o]!.lower]!;
        o++;
      }
      last = o;
    }
  } else if (generic && !action) {
    // a bare "the plan" with nothing to tie it to is not a reference unless a decision exists
    if (merged.length === 0) return k;
  }
  // "the measure of success", "the outcome of the election": a generic noun with its own complement
  if (!action && generic && t[k + 1]?.lower === 'of') return k;
  // "the move to price indexing": a generic noun naming an action no decision in the article takes
  if (!action && generic && t[k + 1]?.lower === 'to' && t[k + 2]?.pos === 'VERB' && !merged.some((d) => d.action === t[k + 2]!.lemma)) return k;
  let candidates = merged.filter((d) => family === null || d.family === family || d.ordered === family);
  // "the scheme" is something approved, introduced, expanded or scrapped, never a ruling ("the fraud scheme")
  const kinds = REFERENCE_FAMILIES.get(u.lower);
  if (kinds && !action) candidates = candidates.filter((d) => kinds.includes(d.family));
  // "Apple's announcement", "his proposal": a named owner who did not take the decision owns another thing
  if (possessor && !DECIDER_REFERENCES.has(u.lower)) {
    const owner = possessor.entity;
    candidates = candidates.filter((d) => d.decider === null || d.decider === owner || (d.agents ?? []).includes(owner) || typeOf.get(owner) === 'GROUP');
    if (candidates.length === 0 && !action) return k;
  }
  // "the border agreement" after "signed an agreement to build a pipeline": a noun modifier the decision's sentence never used names another thing
  if (generic && !nounAction) {
    for (let m = a; m < k; m++) {
      const word = t[m]!.lower;
      if (t[m]!.pos === 'NOUN') candidates = candidates.filter((d) => sentenceHas(s, t[d.trigger[0]]!.sent, word));
    }
  }
  if (apposition) {
    // the decision stated earlier in the same sentence
    const before = merged.filter((d) => [d.trigger, ...d.mentions].some(([x]) => x < k && t[x]!.sent === u.sent));
    if (before.length === 0) return k;
    candidates = before;
  } else if (DECIDER_REFERENCES.has(u.lower) && !action) {
    // "the club's approach": only through its decider
    candidates = merged.filter((d) => possessor !== undefined && d.decider === possessor.entity);
  } else if (VOTE_RESULTS.has(u.lower) && !action) {
    candidates = candidates.filter((d) => VOTED_FAMILIES.has(d.family));
  } else if (generic && !action && !STRONG_REFERENCES.has(u.lower)) {
    candidates = objectNouns.get(u.lower) ?? [];
  } else if (candidates.length === 0 && family !== null) {
    // "the closure" of a suspended unit, "the ruling" on a regulator's block
    const related = RELATED_FAMILIES.get(family) ?? [];
    candidates = merged.filter((d) => related.includes('*') || related.includes(d.family));
  }
  if (candidates.length === 0 && (generic && !action || apposition)) return k;
  let host: Draft | undefined;
  const recent = mods.some((w) => RECENT_MARKERS.has(w));
  const earlier = mods.some((w) => PAST_MARKERS.has(w));
  const scored = candidates
    .filter((d) => d.trigger[0] < k || d.headline === false)
    .map((d) => {
      let score = 0;
      if (count !== null && (d.count === count || d.targets.length === count)) score += 3;
      if (recent && !d.past) score += 2;
      if (earlier && d.past) score += 2;
      if (!d.past) score += 1;
      if (possessor && d.decider === possessor.entity) score += 2;
      // the article's lead decision is what an unqualified "the bill" or "the decision" usually means
      if (d === lead) score += 0.5;
      // "the proposal": a decision known as a plan
      if (d.planned && PLAN_NOUNS.has(u.lower)) score += 2;
      // "the measure", "the law": a policy, not a ruling or rejection acting on one
      if (POLICY_REFERENCES.has(u.lower) && (OVERRULING_FAMILIES.has(d.family) || d.family === 'reject')) score -= 1.5;
      score -= Math.abs(d.trigger[0] - k) / 10000;
      return { d, score };
    })
    .sort((x, y) => y.score - x.score);
  host = scored[0]?.d;
  if (!host && action && family && !quoted) {
    // a decision known only through a reference: "the council's plan to close the library"
    const { targets } = objectFrom >= 0 ? objectTargets(s, objectFrom) : { targets: [] as string[] };
    if (!possessor && !institutionOwner && targets.length === 0) return k;
    host = { action, family, trigger: [k, k + 1], decider: possessor?.entity ?? null, targets, mentions: [], past: false, count, headline: false };
    merged.push(host);
    return k;
  }
  if (!host) return k;
  if (host.trigger[0] === k) return k;
  if (possessor && possessor.entity !== host.decider && (lex.decisionNouns.has(u.lower) || STRONG_REFERENCES.has(u.lower))) (host.agents ??= []).push(possessor.entity);
  host.mentions.push([first, last]);
  return last - 1;
}

/** Does the sentence hold the word (lower case)? */
function sentenceHas(s: Scan, sent: number, word: string): boolean {
  const { first, last } = s.doc.sentences[sent]!;
  for (let k = first; k < last; k++) if (s.t[k]!.lower === word) return true;
  return false;
}

/** Decision records with ids, and the token → decision map, loose and restating triggers included. */
function toLayer(s: Scan, merged: Draft[]): DecisionLayer {
  const { t, doc, referenceTriggers, looseTriggers } = s;
  merged.sort((a, b) => a.trigger[0] - b.trigger[0]);
  const refs = new Map<number, string>();
  const decisions: DecisionRec[] = merged.map((d, n) => {
    const id = `d${n + 1}`;
    const spans = [d.trigger, ...d.mentions].sort((x, y) => x[0] - y[0]);
    for (const [a, b] of spans) for (let k = a; k < b; k++) refs.set(k, id);
    const toSpan = ([a, b]: [number, number]): Span => tokenSpan(doc, a, b);
    return {
      id,
      action: d.action,
      family: d.family,
      trigger: toSpan(d.trigger),
      decider: d.decider,
      targets: d.targets,
      mentions: d.mentions.sort((x, y) => x[0] - y[0]).map(toSpan),
      past: d.past,
      count: d.count,
      agents: [...new Set(d.agents ?? [])],
    };
  });
  // a loose trigger restates a decision of its family that the text has in view: stated within three sentences
  // (sorted sentence numbers per decision, searched by bisection, keep this linear on huge inputs)
  const sentencesOf = merged.map((d) => [...new Set([d.trigger, ...d.mentions].map(([a]) => t[a]!.sent))].sort((x, y) => x - y));
  const near = (n: number, k: number): boolean => {
    const list = sentencesOf[n]!;
    const s = t[k]!.sent;
    const lo = lowerBound(list.length, (i) => list[i]! < s - 3);
    return lo < list.length && list[lo]! <= s + 3;
  };
  for (const { k, family } of looseTriggers) {
    if (refs.has(k)) continue;
    const same = decisions.filter((d, n) => d.family === family && near(n, k));
    const pick = same.find((d) => !d.past) ?? same[0];
    if (pick) refs.set(k, pick.id);
  }
  // a restating trigger inside a reference ("decision to ban …") points where its reference points
  for (const k of referenceTriggers) if (!refs.has(k)) {
    for (let b = k - 1; b >= k - 3 && b >= 0; b--) if (refs.has(b)) { refs.set(k, refs.get(b)!); break; }
  }
  return { decisions, refs };
}

export function findDecisions(doc: Doc, layer: EntityLayer, index: MentionIndex, regions: readonly QuoteRegion[], lex: Lexicon = DEFAULT_LEXICON): DecisionLayer {
  const t = doc.tokens;
  const s: Scan = {
    doc,
    t,
    index,
    regions,
    lex,
    typeOf: new Map(layer.entities.map((e) => [e.id, e.type] as const)),
    drafts: [],
    referenceTriggers: new Set(),
    looseTriggers: [],
    claimed: new Set(),
  };
  for (let k = 0; k < t.length; k++) statementAt(s, k);
  const objectNouns = objectNounsOf(s);
  const merged = mergeRestatements(s.drafts);
  const lead = merged.find((d) => !d.past);
  for (let k = 0; k < t.length; k++) k = referenceAt(s, k, merged, lead, objectNouns);
  return toLayer(s, merged);
}
