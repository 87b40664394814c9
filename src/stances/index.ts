/**
 * Stage 6, stances: who supported or opposed which decision. Cue verbs,
 * evaluations, passives, urgings and coordination, with hedges and negation.
 * requires: document, entities, coreference, quotes, decisions · assigns: stances
 */
import { tokenSpan, type Doc, type Token } from '../document/index.js';
import type { EntityLayer, MentionRec } from '../model/index.js';
import type { Polarity, Span, Stance } from '../types.js';
import { MentionIndex, subjectsBefore, mentionAfter, mainSubject, afterPreposition, nextCoordinated, previousCoordinated, POSSESSIVE_DETERMINERS } from '../syntax/index.js';
import { regionAt, type QuoteRegion } from '../quotes/marks.js';
import type { QuoteLayer } from '../quotes/index.js';
import type { DecisionLayer } from '../decisions/index.js';
import { isExpletiveIt } from '../coreference/index.js';
import { isRoleTitle } from '../entities/chunk.js';
import { findLast, lowerBound } from '../model/search.js';
import { GENERIC_REFERENCES } from '../decisions/lexicon.js';
import { DEFAULT_LEXICON, type Lexicon } from '../lexicons/index.js';
import {
  EMOTIONS, URGE_VERBS, REVERSAL_VERBS, RETENTION_VERBS, RULING_ROLES, EVALUATIONS, EVALUATION_PHRASES, EVALUATIVE_FRAMES, GENERIC_ACTIONS,
  REACTION_VERBS, REACTION_MANNERS, CAMPAIGN_NOUNS, CAMPAIGN_STARTERS, CONSEQUENCES, LEGAL_ACTION_VERBS, LEGAL_ACTION_NOUNS, OBJECTLESS_LEGAL_ACTIONS, STANCE_NOUNS, EXPRESSING_VERBS, RECEIVING_VERBS, HEDGES, REFUSALS, NEGATIONS, MODALS,
  INTENTION_VERBS, INTENTION_NOUNS, INTENTION_CARRIERS, PARTISAN_NOUNS, PARTISAN_LISTERS, DENIED_BENEFITS, CONSEQUENCE_PHRASES, HARMS, POSITION_PREDICATES,
  POSSESSED_POSITIONS, POSSESSED_POSITION_PREPS, MANNER_POSITIONS,
  type CueRow,
} from './lexicon.js';

/** Frame verbs whose object is directly followed by its evaluation: "called the ban shameful". */
const CALLING = new Set(['call', 'brand', 'label', 'term', 'dub', 'deem', 'consider']);
const BE_FORMS = new Set(['was', 'is', "'s", 'were', 'are', 'be', 'been', 'would', 'remains', 'remained', 'seemed', 'seems']);
/** Verbs whose bare use opposes the decision in view: "said it would appeal". */
const INTRANSITIVE_OPPOSITION = new Set(['appeal', 'dissent']);
/** Words that open a subordinate clause, which a verb's object does not run into. */
const SUBORDINATORS = new Set(['unless', 'if', 'because', 'although', 'though', 'whereas', 'until', 'whether']);
/** Particles after a cue verb that make it another verb: "back down", "back away", "back off". */
const CANCELLING_PARTICLES = new Set(['down', 'away', 'off', 'out', 'up']);
/** Words that deny or doubt what follows them. */
const DENIALS = new Set(['nobody', 'none', 'neither', 'nor', 'doubt', 'doubts', 'whether', 'if', 'unless', 'deny', 'denies', 'denied']);
/** Determiners between an intention noun and the verb announcing it: "announced its plans to …". */
const INTENTION_DETERMINERS = new Set(['a', 'an', 'the', ...POSSESSIVE_DETERMINERS]);
/** Unnamed institutions a speaker announces for: "said the city would appeal". */
const SPOKEN_FOR = new Set(['city', 'council', 'government', 'company', 'club', 'party', 'union', 'board', 'department', 'ministry', 'administration', 'firm', 'group', 'state', 'county', 'school', 'university', 'authority']);
/** Modals saying what ought to happen: "the ban must be scrapped". */
const DEONTIC = new Set(['must', 'should']);
const DEONTIC_TO = new Set(['has', 'have', 'needs', 'need', 'ought']);
/** Words before a decision that make a bare "be" after it a subjunctive: "demanded that the ban be lifted". */
const SUBJUNCTIVE_CUES = new Set(['that', 'demanded', 'demand', 'demands', 'insisted', 'insist', 'insists']);
/** Aspect verbs before a gerund cue: "keep fighting the ban". */
const CONTINUING = new Set(['keep', 'continue']);
/** First words of the position predicates, to skip the phrase lookups after most copulas. */
const POSITION_HEADS = new Set([...POSITION_PREDICATES.keys()].map((p) => p.split(' ')[0]!));
/** Copulas before a stated position. */
const COPULAS = new Set(['is', 'are', 'was', 'were', 'been', 'be', "'s", "'re", 'remain', 'remains', 'remained']);
/** A form of "be", first person included: "has been campaigning", "I am against". */
const isBe = (w: string): boolean => COPULAS.has(w) || w === 'am' || w === "'m";
/** A speaker's own voice inside a quote. */
const FIRST_PERSON = new Set(['i', 'we']);
/** Pronouns that can stand for coordinated names. */
const PLURAL_PRONOUNS = new Set(['they', 'them', 'their', 'we']);
/** Auxiliaries between a decision and a verb it receives: "was met with anger". */
const BE_OR_HAVE = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'been']);
/** Sentence openers that set what follows against what came before. */
const CONTRASTS = new Set(['but', 'however', 'yet', 'still', 'meanwhile']);
/** Words that deny a reaction's strength: "less impressed", "hardly pleased". */
const DIMINISHERS = new Set(['less', 'hardly', 'scarcely', 'far']);
/** Verbs that give a judge's opinion on a ruling: "wrote a dissent", "writing for the majority". */
const OPINION_VERBS = new Set(['write', 'file', 'issue', 'author', 'pen', 'deliver', 'join', 'read']);
/** Nouns whose "of" complement carries the evaluation: "part of an unfriendly policy", "an act of vandalism". */
const TRANSPARENT_NOUNS = new Set(['part', 'act', 'form', 'example', 'sign', 'kind', 'case', 'piece']);
/** Sentences back that "the measures", "both decisions" look for the decisions they gather. */
const ALL_DECISIONS_WINDOW = 3;
/** Nouns for the choice a predicate evaluates: "a tough call, but the right one". */
const CHOICE_NOUNS = new Set(['decision', 'call', 'choice', 'move', 'step', 'one']);
/** The possessive ending a name: "Germany's", "the unions'". */
const POSSESSIVE_MARKS = new Set(["'s", '’s', "'", '’']);
/** Relative pronouns whose gap is the object of the relative clause's verb: "the ban, which X opposed". */
const OBJECT_RELATIVES = new Set(['which', 'that', 'whom']);
/** The first words of MANNER_POSITIONS. */
const MANNER_HEADS = new Set([...MANNER_POSITIONS.keys()].map((p) => p.split(' ')[1]!));
const flip = (p: Polarity): Polarity => (p === 'support' ? 'oppose' : 'support');

type Modality = 'plain' | 'hedged' | 'negated' | 'modal-negated' | 'refused';

/**
 * A cue's polarity under the negation or hedge before it, or null when it states no position:
 * "would not back" and "refused to back" oppose; "did not back", a hedge and any negated opposition say nothing.
 */
function polarityUnder(row: CueRow, mod: Modality): Polarity | null {
  if (mod === 'plain') return row.polarity;
  if (mod === 'hedged' || row.polarity === 'oppose' || mod === 'negated') return null;
  return 'oppose';
}

export interface StanceLayer {
  readonly stances: readonly Stance[];
  /** Pronouns a stance resolved to a decision ("urged the board to reverse it"): later mentions of that decision. */
  readonly decisionPronouns: readonly { readonly decision: string; readonly span: Span }[];
}

/** First words of the cue phrases, so most tokens skip the phrase lookups; built once per lexicon, not per article. */
const phraseHeadsOf = new WeakMap<ReadonlyMap<string, unknown>, ReadonlySet<string>>();
function phraseHeads(phrases: ReadonlyMap<string, unknown>): ReadonlySet<string> {
  let heads = phraseHeadsOf.get(phrases);
  if (!heads) {
    heads = new Set([...phrases.keys()].map((p) => p.split(' ')[0]!));
    phraseHeadsOf.set(phrases, heads);
  }
  return heads;
}

/** A position read off a decision reference: its polarity, where its cue ends, and how the decision was reached. */
interface Evaluated {
  polarity: Polarity;
  decision: string;
  end: number;
  viaPronoun: boolean;
  pronoun?: number;
}

/** A decision a cue points at, and the pronoun token that pointed, if one did. */
interface Target {
  id: string;
  viaPronoun: boolean;
  pronoun?: number;
}

interface Found {
  holders: MentionRec[];
  polarity: Polarity;
  decision: string;
  cue: [number, number];
  rule: string;
  confidence: number;
  sent: number;
  pronoun?: number;
}

const OBJECT_WINDOW = 12;

export function findStances(doc: Doc, layer: EntityLayer, index: MentionIndex, regions: readonly QuoteRegion[], quotes: QuoteLayer, decisions: DecisionLayer, lex: Lexicon = DEFAULT_LEXICON): StanceLayer {
  const STANCE_VERBS = lex.stanceVerbs;
  const STANCE_PHRASES = lex.stancePhrases;
  const PHRASE_HEADS = phraseHeads(STANCE_PHRASES);
  const STANCE_FORMS = lex.stanceForms;
  const DECISION_NOUNS = lex.decisionNouns;
  const t = doc.tokens;
  const byId = new Map(layer.entities.map((e) => [e.id, e] as const));
  const pastIds = new Set(decisions.decisions.filter((d) => d.past).map((d) => d.id));
  const found: Found[] = [];
  if (decisions.decisions.length === 0) return { stances: [], decisionPronouns: [] };
  const lemmaOf = (k: number): string => (t[k] ? STANCE_FORMS[t[k]!.lower] ?? t[k]!.lemma : '');
  const inQuote = (k: number): boolean => regionAt(regions, t[k]!.start) !== null;
  /** A word or two in quote marks inside the narrative ("said she was “appalled”"): the narrative's own cue. */
  const scareQuoted = (k: number): boolean => {
    const r = regionAt(regions, t[k]!.start);
    return r !== null && r.end - r.start <= 40 && !/\s\S+\s\S+\s/u.test(doc.text.slice(r.start, r.end));
  };

  /** The decision referred to in tokens [from, from + window) of the same sentence. */
  const decisionAfter = (from: number, window = OBJECT_WINDOW): Target | null => {
    const sent = t[from - 1]?.sent;
    for (let k = from; k < from + window && t[k] && t[k]!.sent === sent; k++) {
      if (t[k]!.text === '.' || t[k]!.text === ';') break;
      const id = decisions.refs.get(k);
      if (id) return { id, viaPronoun: false };
      // "disagreed with the judge and urged …": the object ends where a coordinated clause begins
      if (k > from && ['and', 'but'].includes(t[k]!.lower) && (t[k + 1]?.pos === 'VERB' || t[k + 1]?.pos === 'ADV' && t[k + 2]?.pos === 'VERB')) break;
      // nor into a subordinate or relative clause: "will boycott the elections unless …", "the amendment, which banned …"
      if (k > from && (SUBORDINATORS.has(t[k]!.lower) || ['which', 'who', 'whom', 'whose'].includes(t[k]!.lower))) break;
      // "praised the federation, saying …": nor does it run into a participle clause
      if (k > from && t[k]!.text === ',' && t[k + 1]?.pos === 'VERB' && /ing$/u.test(t[k + 1]!.lower)) break;
      // a reference beyond another verb sits in another clause: "criticised Democrats for failing to mention … the ban"
      // (a gerund right after "of"/"for" is the reason itself: "accused Skylark of using the cancellations …")
      if (k > from + 1 && t[k]!.pos === 'VERB' && !GENERIC_ACTIONS.has(t[k]!.lemma) && !(['of', 'for'].includes(t[k - 1]!.lower) && /ing$/u.test(t[k]!.lower))) break;
      if (['it', 'this', 'them', 'these'].includes(t[k]!.lower) && k - from <= 1 && !isExpletiveIt(doc, k)) {
        const recent = recentDecision(k);
        if (recent) return { id: recent, viaPronoun: true, pronoun: k };
      }
    }
    return null;
  };

  /**
   * The decision most recently referred to before token k (within a few sentences). When that one is background
   * stated in an earlier sentence ("the project, which had been approved in 2021. “This was right”"), a current
   * decision in the window wins.
   */
  function recentDecision(k: number, sentences = 3): string | null {
    let first: string | null = null;
    for (let j = k - 1; j >= 0 && j > k - 400 && t[j]!.sent >= t[k]!.sent - sentences; j--) {
      const id = decisions.refs.get(j);
      if (!id) continue;
      // in the pronoun's own sentence the nearest reference stands ("We introduced the ban … it was right")
      if (!pastIds.has(id) || first === null && t[j]!.sent === t[k]!.sent) return id;
      first ??= id;
    }
    return first;
  }

  /** Negation and hedges between the holder and the cue. */
  const modality = (from: number, cue: number): Modality => {
    let neg = false;
    let modal = false;
    // "neither the EU nor the United States would endorse …": the negation stands before the holder
    for (let k = Math.max(0, from - 12); k < from; k++) if (t[k]!.lower === 'neither' || t[k]!.lower === 'nor') neg = true;
    for (let k = Math.max(from, cue - 5); k < cue; k++) {
      const w = t[k]!.lower;
      if (HEDGES.has(w)) return 'hedged';
      if (REFUSALS.has(w)) return 'refused';
      if (NEGATIONS.has(w)) neg = true;
      if (MODALS.has(w)) modal = true;
    }
    if (!neg) return 'plain';
    return modal ? 'modal-negated' : 'negated';
  };

  /** 1. verb cues: "X condemned the move", "X would not back the ban", passive "was welcomed by X" phrases of three words, then two: "come out against", "voted against" */
  function verbCue(k: number, u: Token, lemma: string, sent: number): boolean {
    // "has been campaigning for": an -ing form after "be" that wink tagged as a noun keeps its noun lemma
    if (u.pos === 'NOUN' && /ing$/u.test(u.lower) && isBe(t[k - 1]?.lower ?? '')) {
      const stem = u.lower.slice(0, -3);
      lemma = [stem, `${stem}e`].find((w) => STANCE_VERBS.has(w) || PHRASE_HEADS.has(w)) ?? lemma;
    }
    if (!STANCE_VERBS.has(lemma) && !PHRASE_HEADS.has(lemma)) return false;
    const phrase3 = STANCE_PHRASES.get(`${lemma} ${t[k + 1]?.lower ?? ''} ${t[k + 2]?.lower ?? ''}`);
    const phrase = phrase3 ?? STANCE_PHRASES.get(`${lemma} ${t[k + 1]?.lower ?? ''}`);
    const phraseEnd = phrase3 ? k + 3 : phrase ? k + 2 : k + 1;
    // "back down on", "back away from": a particle that turns the cue into something else
    const row = phrase ?? (CANCELLING_PARTICLES.has(t[k + 1]?.lower ?? '') ? undefined : STANCE_VERBS.get(lemma));
    // "the council approved the closure": the decision itself, not a stance on it
    if (row && decisions.refs.has(k)) return true;
    // ("has been campaigning for": wink may tag an -ing form after "been" as a noun)
    const verbSlot = ['not', "n't", 'to', 'would', 'will', 'could', 'did', 'does', 'do', 'also'].includes(t[k - 1]?.lower ?? '')
      || /ing$/u.test(u.lower) && isBe(t[k - 1]?.lower ?? '');
    if (row && (u.pos === 'VERB' || u.pos === 'AUX' || verbSlot || /(?:ed|es|s)$/u.test(u.lower) && u.pos !== 'NOUN')) {
      let objFrom = phraseEnd;
      if (row.particles && row.particles.includes(t[objFrom]?.lower ?? '')) objFrom++;
      // "was welcomed by", "was also criticised by"
      const beAt = t[k - 1]?.pos === 'ADV' ? k - 2 : k - 1;
      // "welcomed by X but criticised by Y": a participle coordinated with an earlier passive shares its subject
      const coordinated = ['and', 'but'].includes(t[k - 1]?.lower ?? '') && t[k + 1]?.lower === 'by' && findRefBackwards(k) !== null;
      const passive = (['was', 'were', 'been', 'be', 'is', 'are'].includes(t[beAt]?.lower ?? '') || coordinated) && /(?:ed|en)$/u.test(u.lower);
      if (passive) {
        const by = t[k + 1]?.lower === 'by' ? k + 1 : -1;
        if (by < 0) return true;
        const holder = mentionAfter(doc, index, by);
        // "was hailed by beekeepers and environmental groups"
        const second = holder && t[holder.last]?.lower === 'and' ? index.startingAt(holder.last + 1) ?? mentionAfter(doc, index, holder.last) : undefined;
        const subjTok = beAt - 1;
        const decision = decisions.refs.get(subjTok) ?? (t[subjTok]?.lower === 'it' || t[subjTok]?.lower === 'this' ? recentDecision(subjTok) : null) ?? findRefBackwards(k);
        if (holder && decision) found.push({ holders: second ? [holder, second] : [holder], polarity: row.polarity, decision, cue: [beAt, k + 2], rule: 'stance.passive', confidence: 0.85, sent });
        return true;
      }
      const holders = clauseSubjects(k);
      if (!holders.length) holders.push(...reportedSubject(k));
      if (!holders.length) holders.push(...amongSubject(k));
      let rule = 'stance.verb';
      if (!holders.length) {
        holders.push(...intendingSubject(k));
        if (holders.length) rule = 'stance.intention';
      }
      // "a petition opposing the ban, started by X": the stance of whoever started it
      if (!holders.length && /ing$/u.test(u.lower) && CAMPAIGN_NOUNS.has(t[k - 1]?.lower ?? '')) {
        holders.push(...campaignStarter(k - 1, objFrom));
        rule = 'stance.campaign';
      }
      if (!holders.length) return true;
      // "urged the commission to appeal": the one urged holds no position of its own
      if (URGE_VERBS.has(lemmaOf(holders[0]!.first - 1)) || URGE_VERBS.has(lemmaOf(Math.max(0, holders[0]!.first - 2)))) return true;
      // "did not say whether she supported …": an embedded question states no position
      if (['whether', 'if'].includes(t[holders[0]!.first - 1]?.lower ?? '')) return true;
      // "proposed that the ban be lifted": a proposal of its own, not backing for the ban
      if (lemma === 'propose' && t[objFrom]?.lower === 'that') return true;
      const all = allDecisions(objFrom);
      const target = all.length ? { id: all[0]!, viaPronoun: false } : decisionAfter(objFrom) ?? relativeObject(holders[0]!) ?? intransitive(lemma, objFrom);
      const byDecider = target ? [] : deciderObject(objFrom);
      if (byDecider.length) all.push(...byDecider);
      if (!target && !byDecider.length) return true;
      const mod = modality(holders[0]!.last, k);
      if (mod === 'hedged') return true;
      const polarity = polarityUnder(row, mod);
      if (polarity === null) return true;
      let confidence = rule === 'stance.campaign' ? 0.75 : rule === 'stance.intention' ? 0.8 : 0.9;
      if (mod !== 'plain') {
        confidence = 0.75;
        rule = 'stance.verb.negated';
      }
      const indirect = !target || target.viaPronoun;
      for (const id of all.length ? all : [target!.id]) {
        found.push({ holders, polarity, decision: id, cue: [k, phraseEnd], rule, confidence: indirect ? confidence - 0.1 : confidence, sent, pronoun: target?.pronoun });
      }
      return true;
    }
    return false;
  }

  /** 2a. reactions: "Consumer advocates were dismayed", "X said it was deeply disappointed" */
  function reaction(k: number, u: Token, lemma: string, sent: number): boolean {
    let emotion = EMOTIONS.get(u.lower);
    if (emotion && (u.pos === 'ADJ' || u.pos === 'VERB')) {
      let b = k - 1;
      while (b > 0 && (t[b]!.pos === 'ADV' || t[b]!.kind !== 'word' && b === k - 1 || NEGATIONS.has(t[b]!.lower)) && b > k - 3) b--;
      if (!BE_FORMS.has(t[b]?.lower ?? '')) return true;
      const holders = subjectsBefore(doc, index, b + 1, 3);
      if (!holders.length) holders.push(...reportedSubject(b));
      // "were less impressed", "was not happy": a positive reaction denied is a negative one; a negative one denied says nothing
      const denied = t.slice(b + 1, k).some((w) => NEGATIONS.has(w.lower) || DIMINISHERS.has(w.lower));
      if (denied && emotion === 'oppose') return true;
      if (denied) emotion = 'oppose';
      if (!holders.length || !denied && modality(holders[0]!.last, k) !== 'plain') return true;
      // "should be grateful": a wish, not a reaction
      if (t.slice(Math.max(0, b - 2), b + 1).some((w) => MODALS.has(w.lower) || w.lower === 'should' || w.lower === 'may' || w.lower === 'might')) return true;
      const withObject = ['by', 'with', 'at', 'about', 'over', 'that'].includes(t[k + 1]?.lower ?? '');
      const after = withObject ? decisionAfter(k + 2, 6) : null;
      // "pleased with the welcome he received": a reaction to something else
      if (withObject && !after) return true;
      const id = after?.id ?? recentDecision(k);
      if (!id) return true;
      found.push({ holders, polarity: emotion, decision: id, cue: [b, k + 1], rule: 'stance.reaction', confidence: after ? 0.8 : 0.65, sent });
      return true;
    }
    return false;
  }

  /** 2b. "Farmers' organisations reacted angrily", "Climate campaigners reacted with fury" */
  function reactionManner(k: number, u: Token, lemma: string, sent: number): boolean {
    if (REACTION_VERBS.has(u.lower) && u.pos === 'VERB') {
      const manner = t[k + 1]?.lower === 'with' ? t[k + 2]?.lower : t[k + 1]?.lower;
      const polarity = REACTION_MANNERS.get(manner ?? '');
      const holders = polarity ? subjectsBefore(doc, index, k, 3) : [];
      if (polarity && holders.length && modality(holders[0]!.last, k) === 'plain') {
        const id = recentDecision(k) ?? decisions.decisions.find((d) => !d.past)?.id;
        if (id) found.push({ holders, polarity, decision: id, cue: [k, t[k + 1]?.lower === 'with' ? k + 3 : k + 2], rule: 'stance.reaction', confidence: 0.65, sent });
      }
      return true;
    }
    return false;
  }

  /** 2. urging a reversal: "urged Labour to reverse the ban", "vowed to scrap it"; or a retention: "urged the council to keep the ban" */
  function urging(k: number, u: Token, lemma: string, sent: number): boolean {
    let to = -1;
    let urged: Polarity = 'oppose';
    // "called for the ban to be lifted", "wants the decision overturned": the decision, then what should happen to it
    if (URGE_VERBS.has(lemma) && (u.pos === 'VERB' || u.pos === 'NOUN' && lemma === 'call')) {
      let j = k + 1;
      if (t[j]?.lower === 'for') j++;
      const target = decisionAfter(j, 4);
      if (target) {
        let e = j;
        while (e < j + 6 && decisions.refs.get(e) !== target.id && !(target.pronoun === e)) e++;
        while (decisions.refs.get(e + 1) === target.id) e++;
        let v = e + 1;
        if (t[v]?.lower === 'to' && t[v + 1]?.lower === 'be') v += 2;
        const what = t[v]?.lemma ?? '';
        const polarity: Polarity | null = REVERSAL_VERBS.has(what) ? 'oppose' : RETENTION_VERBS.has(what) ? 'support' : null;
        if (polarity && /(?:ed|en|wn|ne)$/u.test(t[v]!.lower)) {
          const holders = subjectsBefore(doc, index, k, 7);
          if (holders.length && modality(holders[0]!.last, k) === 'plain') {
            found.push({ holders, polarity, decision: target.id, cue: [k, v + 1], rule: polarity === 'oppose' ? 'stance.urge-reversal' : 'stance.urge-retention', confidence: 0.8, sent, pronoun: target.pronoun });
            return true;
          }
        }
      }
    }
    if (URGE_VERBS.has(lemma) && (u.pos === 'VERB' || u.pos === 'NOUN' && lemma === 'call')) {
      for (let j = k + 1; j < k + 8 && t[j] && t[j]!.sent === sent; j++) {
        if (t[j]!.lower !== 'to') continue;
        const next = t[j + 1]?.lemma ?? '';
        if (REVERSAL_VERBS.has(next)) { to = j; break; }
        // a retention needs its decision named right after: "to keep the ban", not "to keep talking"
        // ("to keep fighting the ban" continues an act, it does not retain the ban)
        if (RETENTION_VERBS.has(next) && !/ing$/u.test(t[j + 2]?.lower ?? '') && decisionAfter(j + 2, 4)) { to = j; urged = 'support'; break; }
      }
    }
    if (to >= 0) {
      const holders = subjectsBefore(doc, index, k, 7);
      // "have signed an open letter urging the university to reconsider": the clause's subject urges
      if (!holders.length && /ing$/u.test(u.lower)) holders.push(...mainSubject(doc, index, k));
      if (!holders.length || modality(holders[0]!.last, k) !== 'plain') return true;
      // "sought to overturn the results": an explicit object that is not a decision is what is meant
      const explicitObject = ['DET', 'NOUN', 'PROPN', 'NUM'].includes(t[to + 2]?.pos ?? '') && t[to + 2]!.sent === sent;
      const target = decisionAfter(to + 2) ?? (!explicitObject && recentDecision(k) ? { id: recentDecision(k)!, viaPronoun: true } : null);
      if (!target) return true;
      const urgeRule = urged === 'oppose' ? 'stance.urge-reversal' : 'stance.urge-retention';
      found.push({ holders, polarity: urged, decision: target.id, cue: [k, to + 2], rule: urgeRule, confidence: target.viaPronoun ? 0.7 : 0.8, sent, pronoun: target.pronoun });
      return true;
    }
    return false;
  }

  /** 3. evaluations: "said it was right to ban …", "called the decision “a disgrace”", "said the ban was welcome"; consequences: "warned the move would cost jobs" */
  function evaluation(k: number, u: Token, lemma: string, sent: number): boolean {
    // (the tagger can read "branded the ban" as an adjective)
    const framing = u.pos === 'VERB' || u.pos === 'AUX' || CALLING.has(lemma) && /ed$/u.test(u.lower) && t[k + 1]?.pos === 'DET';
    if (EVALUATIVE_FRAMES.has(lemma) && framing) {
      const holders = subjectsBefore(doc, index, k, 7);
      // "Business leaders criticised the rise, saying it would hurt small firms": the main clause's subject
      if (!holders.length && /ing$/u.test(u.lower) && t[k - 1]?.text === ',') holders.push(...mainSubject(doc, index, k));
      if (!holders.length) return true;
      const mod = modality(holders[0]!.last, k);
      if (mod !== 'plain') return true;
      // "The ban, the group said, was a mistake": the reference before a parenthetical attribution
      const holderStart = ['the', 'a', 'an'].includes(t[holders[0]!.first - 1]?.lower ?? '') ? holders[0]!.first - 1 : holders[0]!.first;
      const parenthetical = t[k + 1]?.text === ',' && t[holderStart - 1]?.text === ',' ? decisions.refs.get(holderStart - 2) : undefined;
      const ev = parenthetical ? predicateEvaluation(k + 2, parenthetical, sent) : evaluationAfter(k + 1, sent);
      if (ev) {
        found.push({ holders, polarity: ev.polarity, decision: ev.decision, cue: [k, ev.end], rule: 'stance.evaluation', confidence: ev.viaPronoun ? 0.75 : 0.85, sent, pronoun: ev.pronoun });
        return true;
      }
      const effect = consequenceAfter(k + 1, sent);
      if (effect) found.push({ holders, polarity: effect.polarity, decision: effect.decision, cue: [k, effect.end], rule: 'stance.consequence', confidence: effect.viaPronoun ? 0.65 : 0.75, sent, pronoun: effect.pronoun });
      return true;
    }
    // "According to the union, the ban is unfair": the attribution comes first
    if (u.lower === 'according' && t[k + 1]?.lower === 'to' && (k === doc.sentences[sent]!.first || t[k - 1]?.text === ',')) {
      const holder = mentionAfter(doc, index, k + 1);
      if (!holder || holder.kind === 'pronoun' || t[holder.last]?.text !== ',') return true;
      const ev = evaluationAfter(holder.last + 1, sent);
      if (ev) found.push({ holders: [holder], polarity: ev.polarity, decision: ev.decision, cue: [k, ev.end], rule: 'stance.evaluation', confidence: ev.viaPronoun ? 0.7 : 0.8, sent, pronoun: ev.pronoun });
      // "According to the union, the ban will cost jobs"
      const effect = ev ? null : consequenceAfter(holder.last + 1, sent);
      if (effect) found.push({ holders: [holder], polarity: effect.polarity, decision: effect.decision, cue: [k, effect.end], rule: 'stance.consequence', confidence: effect.viaPronoun ? 0.6 : 0.7, sent, pronoun: effect.pronoun });
      return true;
    }
    return false;
  }

  /** 5. a position as a noun: "expressed support for the ban", "voiced concern over the move" */
  function positionNoun(k: number, u: Token, lemma: string, sent: number): boolean {
    if (EXPRESSING_VERBS.has(lemma) && u.pos === 'VERB') {
      let n = k + 1;
      while (n < k + 4 && t[n] && ['DET', 'ADJ', 'ADV', 'PRON'].includes(t[n]!.pos)) n++;
      const polarity = STANCE_NOUNS.get(t[n]?.lower ?? '');
      if (polarity && ['for', 'over', 'to', 'about', 'at', 'with', 'against', 'behind'].includes(t[n + 1]?.lower ?? '')) {
        const target = decisionAfter(n + 2, 5);
        const holders = target ? subjectsBefore(doc, index, k, 7) : [];
        if (!holders.length && target) holders.push(...reportedSubject(k));
        if (target && holders.length && modality(holders[0]!.last, k) === 'plain') {
          found.push({ holders, polarity, decision: target.id, cue: [k, n + 1], rule: 'stance.noun', confidence: 0.8, sent, pronoun: target.pronoun });
          return true;
        }
      }
    }
    // "gave the ban a cautious welcome", "gave the plan its full backing": the decision first, then the position
    if (EXPRESSING_VERBS.has(lemma) && u.pos === 'VERB') {
      const id = decisions.refs.get(k + 1) ?? decisions.refs.get(k + 2);
      if (id) {
        let n = k + 1;
        while (n < k + 6 && (decisions.refs.get(n) === id || t[n]?.pos === 'DET' && decisions.refs.get(n + 1) === id)) n++;
        while (n < k + 9 && t[n] && ['DET', 'ADJ', 'ADV', 'PRON'].includes(t[n]!.pos) && !STANCE_NOUNS.has(t[n]!.lower)) n++;
        const polarity = n > k + 1 ? STANCE_NOUNS.get(t[n]?.lower ?? '') : undefined;
        const holders = polarity ? subjectsBefore(doc, index, k, 7) : [];
        if (polarity && holders.length && modality(holders[0]!.last, k) === 'plain') {
          found.push({ holders, polarity, decision: id, cue: [k, n + 1], rule: 'stance.noun', confidence: 0.8, sent });
          return true;
        }
      }
    }
    // "the ban has the backing of X", "the plan faces opposition from X", "the decision was met with anger from X", "sparked outrage among X"
    // ("a decision that drew criticism from X", "the ban, which has faced opposition from X")
    let r = k - 1;
    if (BE_OR_HAVE.has(t[r]?.lower ?? '')) r--;
    if (OBJECT_RELATIVES.has(t[r]?.lower ?? '') && t[r]!.lower !== 'whom') r -= t[r - 1]?.text === ',' ? 2 : 1;
    const ref = decisions.refs.has(r) ? r : -1;
    if (RECEIVING_VERBS.has(u.lower) && ref >= 0) {
      let n = t[k + 1]?.lower === 'with' ? k + 2 : k + 1;
      let took = false;
      // "drew sharp criticism from the company and praise from consumer groups": each noun with its source
      for (let pairs = 0; pairs < 3; pairs++) {
        while (n < k + 5 + pairs * 8 && t[n] && ['DET', 'ADJ', 'ADV'].includes(t[n]!.pos)) n++;
        const polarity = STANCE_NOUNS.get(t[n]?.lower ?? '');
        if (!polarity || !['of', 'from', 'among', 'by'].includes(t[n + 1]?.lower ?? '')) break;
        const holder = mentionAfter(doc, index, n + 1);
        took = true;
        if (!holder || holder.first > n + 4) break;
        found.push({ holders: [holder], polarity, decision: decisions.refs.get(ref)!, cue: [pairs ? n : k, n + 2], rule: 'stance.noun', confidence: 0.8, sent });
        if (t[holder.last]?.lower !== 'and') break;
        n = holder.last + 1;
      }
      if (took) return true;
    }
    return false;
  }

  /** 4. legal action: "would seek a judicial review of the decision", "launched a legal challenge to the ban" */
  function legalAction(k: number, u: Token, lemma: string, sent: number): boolean {
    if (LEGAL_ACTION_VERBS.has(lemma) && u.pos === 'VERB') {
      let n = k + 1;
      while (n < k + 5 && t[n] && ['DET', 'ADJ', 'NUM'].includes(t[n]!.pos)) n++;
      // (not a legal action: other steps may still read the verb, "considered the ban a mistake")
      if (!LEGAL_ACTION_NOUNS.has(t[n]?.lower ?? '')) return false;
      // "take action against" needs "legal": plain action is not a court case
      if (['action', 'case'].includes(t[n]!.lower) && t[n - 1]?.lower !== 'legal') return true;
      const hasObject = ['of', 'against', 'to', 'over'].includes(t[n + 1]?.lower ?? '');
      // "was considering an appeal.": with no object, the ruling or decision in view
      const closes = !t[n + 1] || t[n + 1]!.sent !== sent || ['.', ',', ';', 'and', 'but'].includes(t[n + 1]!.lower);
      if (!hasObject && !(closes && OBJECTLESS_LEGAL_ACTIONS.has(t[n]!.lower))) return true;
      const target = hasObject ? decisionAfter(n + 2, 5) : intransitive('appeal', n + 1);
      if (!target) return true;
      const holders = subjectsBefore(doc, index, k, 7);
      // "plans to hold a protest against the ban": the subject of the intention
      if (!holders.length) holders.push(...intendingSubject(k));
      if (!holders.length) holders.push(...reportedSubject(k));
      if (!holders.length || modality(holders[0]!.last, k) !== 'plain') return true;
      found.push({ holders, polarity: 'oppose', decision: target.id, cue: [k, n + 2], rule: 'stance.legal-action', confidence: target.viaPronoun ? 0.75 : 0.85, sent, pronoun: target.pronoun });
      return true;
    }
    return false;
  }

  /** 5. sides: "opponents of the ban, including X", "X, a vocal critic of the decision, said", "X has been a supporter of the plan" */
  function partisan(k: number, u: Token, lemma: string, sent: number): boolean {
    const polarity = PARTISAN_NOUNS.get(u.lower);
    if (!polarity || u.pos !== 'NOUN' && u.pos !== 'PROPN' || t[k + 1]?.lower !== 'of') return false;
    const id = decisions.refs.get(k + 2) ?? (t[k + 2]?.pos === 'DET' ? decisions.refs.get(k + 3) : undefined);
    if (!id) return true;
    let end = k + 2;
    while (decisions.refs.get(end + 1) === id || t[end + 1]?.pos === 'DET' && decisions.refs.get(end + 2) === id) end++;
    const holders: MentionRec[] = [];
    // the list after it: ", including X and Y", "such as X", "include X"
    let l = end + 1;
    if (t[l]?.text === ',') l++;
    if (PARTISAN_LISTERS.has(t[l]?.lower ?? '')) {
      l += t[l]!.lower === 'such' && t[l + 1]?.lower === 'as' || t[l]!.lower === 'among' && t[l + 1]?.lower === 'them' ? 2 : 1;
      for (let m = index.startingAt(l) ?? mentionAfter(doc, index, l - 1); m && m.kind !== 'pronoun' && t[m.first]!.sent === sent; m = nextCoordinated(doc, index, m)) {
        holders.push(m);
      }
    }
    // the one it describes: "X, a vocal critic of the ban," or "X is a critic of the ban"
    if (!holders.length) {
      let d = k - 1;
      while (d > k - 4 && t[d] && (t[d]!.pos === 'ADJ' || t[d]!.pos === 'ADV')) d--;
      if (['a', 'an', 'one', 'the'].includes(t[d]?.lower ?? '')) d--;
      const named = t[d]?.text === ',' ? index.endingAt(d - 1) : BE_OR_HAVE.has(t[d]?.lower ?? '') || t[d]?.lower === 'been' ? subjectsBefore(doc, index, d + 1, 7)[0] : undefined;
      if (named && (named.kind !== 'pronoun' || t[d]?.text !== ',')) holders.push(named);
      if (holders.length && modality(holders[0]!.last, k) !== 'plain') return true;
    }
    // "Opponents of the ban say …": the unnamed partisans themselves, when they are a group that speaks
    if (!holders.length) {
      const self = index.startingAt(k) ?? (t[k - 1]?.pos === 'DET' || t[k - 1]?.pos === 'ADJ' ? index.startingAt(k - 1) : undefined);
      if (self && byId.get(self.entity)?.type === 'GROUP') holders.push(self);
    }
    if (holders.length) found.push({ holders, polarity, decision: id, cue: [k, k + 2], rule: 'stance.partisan', confidence: 0.8, sent });
    return true;
  }

  /** 6. a position after a copula: "X is in favour of the ban", "X is firmly opposed to the decision", "X is against it" */
  function positionPredicate(k: number, u: Token, lemma: string, sent: number): boolean {
    // "has come out in support of", "came out against"
    const comeOut = lemma === 'come' && t[k + 1]?.lower === 'out';
    if (!COPULAS.has(u.lower) && !comeOut) return false;
    let p = comeOut ? k + 2 : k + 1;
    while (p < k + 3 && t[p]?.pos === 'ADV' && !NEGATIONS.has(t[p]!.lower)) p++;
    if (!POSITION_HEADS.has(t[p]?.lower ?? '')) return false;
    for (const words of [3, 2, 1]) {
      const phrase = t.slice(p, p + words).map((w) => w.lower).join(' ');
      const polarity = POSITION_PREDICATES.get(phrase);
      if (!polarity) continue;
      const target = decisionAfter(p + words, 4);
      if (!target) return false;
      const holders = clauseSubjects(k);
      if (!holders.length) holders.push(...reportedSubject(k));
      if (!holders.length || modality(holders[0]!.last, k) !== 'plain') return true;
      found.push({ holders, polarity, decision: target.id, cue: [k, p + words], rule: 'stance.position', confidence: target.viaPronoun ? 0.75 : 0.85, sent, pronoun: target.pronoun });
      return true;
    }
    return false;
  }

  /** 7. a position someone owns: "Germany's opposition to the merger", "their support for the closure" */
  function possessedPosition(k: number, u: Token): boolean {
    const polarity = POSSESSED_POSITIONS.get(u.lower);
    if (!polarity || u.pos !== 'NOUN' || !POSSESSED_POSITION_PREPS.has(t[k + 1]?.lower ?? '')) return false;
    let o = k - 1;
    while (o > k - 3 && (t[o]?.pos === 'ADJ' || t[o]?.pos === 'ADV' && t[o + 1]?.pos === 'ADJ')) o--;
    const owner = POSSESSIVE_MARKS.has(t[o]?.lower ?? '') ? index.endingAt(o - 1) : POSSESSIVE_DETERMINERS.has(t[o]?.lower ?? '') ? index.startingAt(o) : undefined;
    if (!owner) return false;
    const target = decisionAfter(k + 2, 5);
    if (!target) return false;
    found.push({ holders: [owner], polarity, decision: target.id, cue: [owner.last, k + 2], rule: 'stance.possessive', confidence: target.viaPronoun ? 0.7 : 0.8, sent: u.sent, pronoun: target.pronoun });
    return true;
  }

  /** 8. a relative clause on a decision: "the ban, which the Green Party criticised,", "the plan that residents opposed" */
  function relativeCue(k: number, u: Token): boolean {
    if (!OBJECT_RELATIVES.has(u.lower)) return false;
    const id = decisions.refs.get(k - 1) ?? (t[k - 1]?.text === ',' ? decisions.refs.get(k - 2) : undefined);
    if (!id) return false;
    const subject = index.startingAt(k + 1) ?? (t[k + 1]?.pos === 'DET' ? index.startingAt(k + 2) : undefined);
    if (!subject || t[subject.first]!.sent !== u.sent) return false;
    let v = subject.last;
    while (v < subject.last + 4 && t[v] && (t[v]!.pos === 'AUX' || t[v]!.pos === 'ADV' || MODALS.has(t[v]!.lower) || NEGATIONS.has(t[v]!.lower))) v++;
    const lemma = lemmaOf(v);
    const phrase = STANCE_PHRASES.get(`${lemma} ${t[v + 1]?.lower ?? ''}`);
    const row = phrase ?? STANCE_VERBS.get(lemma);
    if (!row || decisions.refs.has(v)) return false;
    let after = phrase ? v + 2 : v + 1;
    if (row.particles?.includes(t[after]?.lower ?? '')) after++;
    // the gap must be the verb's object: "which X criticised, …", not "which X criticised the council for"
    const next = t[after];
    if (next && next.sent === u.sent && ['DET', 'NOUN', 'PROPN', 'PRON', 'NUM'].includes(next.pos)) return false;
    const polarity = polarityUnder(row, modality(subject.last, v));
    if (polarity) found.push({ holders: [subject], polarity, decision: id, cue: [v, after], rule: 'stance.relative', confidence: 0.8, sent: u.sent });
    return true;
  }

  /** 9. a position as the manner of an act: "resigned in protest at the bill", "marched in support of the strike" */
  function mannerPosition(k: number, u: Token): boolean {
    if (u.lower !== 'in' || !MANNER_HEADS.has(t[k + 1]?.lower ?? '')) return false;
    const polarity = MANNER_POSITIONS.get(`in ${t[k + 1]!.lower} ${t[k + 2]?.lower ?? ''}`);
    if (!polarity) return false;
    // the act it qualifies: a verb just before, not a copula ("is in favour of" is a position predicate)
    let v = k - 1;
    while (v > k - 4 && t[v] && (t[v]!.pos === 'ADV' || t[v]!.pos === 'ADP' && t[v]!.lower !== 'in')) v--;
    if (!t[v] || t[v]!.pos !== 'VERB' || COPULAS.has(t[v]!.lower) || t[v]!.lemma === 'be' || decisions.refs.has(v)) return false;
    const target = decisionAfter(k + 3, 5);
    if (!target) return false;
    const holders = clauseSubjects(v);
    if (!holders.length || modality(holders[0]!.last, v) !== 'plain') return true;
    found.push({ holders, polarity, decision: target.id, cue: [k, k + 3], rule: 'stance.manner', confidence: target.viaPronoun ? 0.7 : 0.8, sent: u.sent, pronoun: target.pronoun });
    return true;
  }

  /**
   * 10. opinions on a court's ruling: "X wrote a dissent, joined by A and B" (oppose), "X, writing for the majority,"
   * and "X wrote the majority opinion" (support): the ruling in view
   */
  function courtOpinion(k: number, u: Token, lemma: string, sent: number): boolean {
    if (!OPINION_VERBS.has(lemma) || u.pos !== 'VERB' && u.pos !== 'NOUN') return false;
    let n = k + 1;
    if (t[n]?.lower === 'for') n++;
    while (n < k + 4 && t[n] && (t[n]!.pos === 'DET' || t[n]!.pos === 'ADJ' && t[n]!.lower !== 'majority' && t[n]!.lower !== 'dissenting')) n++;
    const w = t[n]?.lower ?? '';
    const polarity: Polarity | null = w === 'dissent' || w === 'dissenting' ? 'oppose' : w === 'majority' ? 'support' : null;
    if (!polarity) return false;
    const recent = recentDecision(k);
    const target = intransitive('appeal', sent === t[n + 1]?.sent && ['opinion', 'view'].includes(t[n + 1]!.lower) ? n + 2 : n + 1) ?? (recent ? { id: recent, viaPronoun: true } : null);
    if (!target) return true;
    const holders = /ing$/u.test(u.lower) && t[k - 1]?.text === ',' ? clauseSubjects(k - 1) : clauseSubjects(k);
    if (!holders.length && /ing$/u.test(u.lower) && t[k - 1]?.text === ',') {
      const named = index.endingAt(k - 2);
      if (named) holders.push(named);
    }
    // "…, joined by Justices A and B": those who join the opinion share it
    for (let j = n + 1; j < n + 6 && t[j] && t[j]!.sent === sent; j++) {
      if (t[j]!.lower !== 'joined' || t[j + 1]?.lower !== 'by') continue;
      // (past a title, singular or plural: "joined by Justices Elena Kagan and Judge …")
      const past = (from: number): MentionRec | undefined => {
        const m = index.startingAt(from);
        return m && !(m.last === from + 1 && isRoleTitle(t[from]!.lower, lex.roleTitles)) ? m : index.startingAt(from + 1);
      };
      for (let m = past(j + 2); m && m.kind !== 'pronoun' && t[m.first]!.sent === sent; ) {
        holders.push(m);
        const sep = t[m.last]?.lower === ',' && t[m.last + 1]?.lower === 'and' ? m.last + 1 : m.last;
        m = t[sep]?.lower === 'and' || t[sep]?.lower === ',' ? past(sep + 1) : undefined;
      }
      break;
    }
    if (holders.length) found.push({ holders, polarity, decision: target.id, cue: [k, n + 1], rule: 'stance.court-opinion', confidence: 0.75, sent });
    return true;
  }

  const STEPS = [verbCue, reaction, reactionManner, urging, legalAction, courtOpinion, evaluation, positionNoun, partisan, positionPredicate, possessedPosition, relativeCue, mannerPosition];
  for (let k = 0; k < t.length; k++) {
    const u = t[k]!;
    if (u.kind !== 'word' || inQuote(k) && !scareQuoted(k)) continue;
    const lemma = lemmaOf(k);
    const sent = u.sent;

    for (const step of STEPS) if (step(k, u, lemma, sent)) break;
  }

  /** "said it would appeal.": an appeal with no object is against the decision in view. */
  function intransitive(lemma: string, from: number): Target | null {
    if (!INTRANSITIVE_OPPOSITION.has(lemma)) return null;
    const next = t[from];
    if (next && next.sent === t[from - 1]!.sent && !['.', ',', ';', 'and', 'but'].includes(next.lower) && next.pos !== 'ADV') return null;
    // an appeal is against a ruling: the article's lead decision when it is one, else the latest stated before it
    const before = decisions.decisions.filter((d) => d.trigger.start < t[from - 1]!.start);
    const lead = before.find((d) => !d.past);
    const ruling = lead && isRuling(lead) ? lead : findLast(before, isRuling);
    const recent = ruling?.id ?? recentDecision(from - 1) ?? decisions.decisions.find((d) => !d.past)?.id ?? null;
    return recent ? { id: recent, viaPronoun: true } : null;
  }

  /** A court's or judge's decision: a ruling, or a decision whose decider (named or not) is judicial. */
  function isRuling(d: DecisionLayer['decisions'][number]): boolean {
    if (d.family === 'rule') return true;
    const decider = d.decider ? byId.get(d.decider) : undefined;
    if (decider && [decider.name, ...decider.roles].some((w) => w.split(/\s+/u).some((x) => RULING_ROLES.has(x.toLowerCase())))) return true;
    // "A federal judge on Friday blocked …": the unnamed subject before the trigger
    const k = lowerBound(t.length, (i) => t[i]!.start < d.trigger.start);
    for (let j = k - 1; j >= 0 && j > k - 7 && t[j]!.sent === t[k]!.sent; j--) if (RULING_ROLES.has(t[j]!.lower)) return true;
    return false;
  }

  /**
   * "The union and the guild said they would oppose the ban": a plural pronoun resolved to one of
   * coordinated names stands for all of them. The others coordinated with its antecedent.
   */
  function pluralPartners(m: MentionRec): MentionRec[] {
    if (m.kind !== 'pronoun' || !PLURAL_PRONOUNS.has(m.text.toLowerCase())) return [];
    const from = doc.sentences[Math.max(0, m.sent - 1)]!.first;
    const antecedent = findLast(index.within(from, m.first), (x) => x.entity === m.entity && x.kind !== 'pronoun');
    if (!antecedent) return [];
    const out: MentionRec[] = [];
    // names after it: "X, Y and Z", "X and the Y"
    for (let x = nextCoordinated(doc, index, antecedent); x && x.kind !== 'pronoun' && x.entity !== m.entity; x = nextCoordinated(doc, index, x)) out.push(x);
    // and before it: "X, Y and Z" when the antecedent is Z
    for (let x = previousCoordinated(doc, index, antecedent); x && x.kind !== 'pronoun' && x.entity !== m.entity; x = previousCoordinated(doc, index, x)) out.push(x);
    return out.filter((x) => byId.get(x.entity)?.type !== 'PLACE');
  }

  /** "plans to oppose", "has pledged to back", "announced its intention to challenge": the subject of the verb the intention hangs on. */
  function intendingSubject(k: number): MentionRec[] {
    // "will keep fighting the ban", "vowed to continue opposing it": the aspect verb carries the subject
    if (/ing$/u.test(t[k]!.lower) && CONTINUING.has(t[k - 1]?.lemma ?? '')) {
      const direct = clauseSubjects(k - 1);
      if (direct.length) return direct;
      k--;
    }
    if (t[k - 1]?.lower !== 'to') return [];
    let g = k - 2;
    if (INTENTION_NOUNS.has(t[g]?.lower ?? '')) {
      let v = g - 1;
      while (v > g - 4 && t[v] && (t[v]!.pos === 'ADJ' || INTENTION_DETERMINERS.has(t[v]!.lower))) v--;
      if (t[v] && (t[v]!.pos === 'VERB' || t[v]!.pos === 'AUX') && INTENTION_CARRIERS.has(t[v]!.lemma)) g = v;
    }
    if (g === k - 2) {
      while (g > k - 4 && t[g]?.pos === 'ADV') g--;
      // "the plans to …" with no verb that announces them: a thing, not the subject's intention
      if (!t[g] || !INTENTION_VERBS.has(t[g]!.lemma) || t[g]!.pos === 'NOUN' && INTENTION_DETERMINERS.has(t[g - 1]?.lower ?? '')) return [];
    }
    return clauseSubjects(g);
  }

  /**
   * "Jolo was among the areas to vote against the measure", "three unions were among the groups that opposed it":
   * the cue's subject is the one counted among them, the subject of "be among".
   */
  function amongSubject(k: number): MentionRec[] {
    let j = k - 1;
    // "who have criticised": past the auxiliaries of the relative clause
    while (j > k - 3 && (t[j]?.pos === 'AUX' || t[j]?.pos === 'ADV') && t[j]?.lower !== 'to') j--;
    if (t[j]?.lower !== 'to' && t[j]?.lower !== 'that' && t[j]?.lower !== 'who') return [];
    j--;
    // "X is among those who have criticised the ban"
    if (t[j]?.lower === 'those' && t[j - 1]?.lower === 'among') return t[j - 2]?.lemma === 'be' ? clauseSubjects(j - 2) : [];
    if (t[j]?.pos !== 'NOUN' || !/s$/u.test(t[j]!.lower)) return [];
    j--;
    while (j > k - 6 && t[j] && (t[j]!.pos === 'ADJ' || t[j]!.pos === 'NUM' || t[j]!.pos === 'NOUN')) j--;
    if (t[j]?.lower === 'the' || t[j]?.lower === 'those') j--;
    if (t[j]?.lower !== 'among') return [];
    const be = t[j - 1];
    if (!be || be.lemma !== 'be') return [];
    return clauseSubjects(j - 1);
  }

  /** The subjects of the clause whose verb is at k, not the object of a preposition ("a judge in Texas"). */
  function clauseSubjects(k: number): MentionRec[] {
    return subjectsBefore(doc, index, k, 7).filter((m) => !afterPreposition(doc, m));
  }

  /** "X said they would not back …": an unresolved pronoun subject right after a speech verb is its speaker. */
  function reportedSubject(k: number): MentionRec[] {
    let j = k - 1;
    while (j > 0 && (MODALS.has(t[j]!.lower) || NEGATIONS.has(t[j]!.lower) || t[j]!.pos === 'ADV' || t[j]!.pos === 'AUX') && j > k - 5) j--;
    // "Mayor Holt said the city would appeal": an unnamed institution the speaker speaks for
    if (SPOKEN_FOR.has(t[j]?.lower ?? '') && ['the', 'our', 'its'].includes(t[j - 1]?.lower ?? '')) j--;
    else if (!['they', 'he', 'she', 'it', 'we'].includes(t[j]?.lower ?? '')) return [];
    let v = j - 1;
    if (t[v]?.lower === 'that') v--;
    if (!t[v] || !['say', 'tell', 'insist', 'warn', 'add', 'claim', 'argue', 'confirm', 'announce'].includes(t[v]!.lemma) && t[v]!.lower !== 'said') return [];
    return subjectsBefore(doc, index, v, 7);
  }

  /**
   * "praised the regulator for acting quickly", "accused Skylark of …", "disagreed with the judge":
   * the current decisions of the one named (or, for a judge or court named by role alone, the latest ruling).
   */
  function deciderObject(from: number): string[] {
    let m = index.startingAt(from) ?? (t[from]?.pos === 'DET' ? index.startingAt(from + 1) : undefined);
    const ruling = t[from]?.lower === 'the' && RULING_ROLES.has(t[from + 1]?.lower ?? '');
    // "the judge" resolved to someone who decided nothing: the role is what counts
    if (m && ruling && m.last === from + 2 && !decisions.decisions.some((d) => d.decider === m!.entity || d.agents.includes(m!.entity))) m = undefined;
    const role = !m && ruling ? from + 2 : -1;
    if (!m && role < 0) return [];
    const after = t[m ? m.last : role];
    // "praised the regulator for …", or the decider alone closing the clause: "praised the federation, saying …"
    const reason = ['for', 'of', 'over'].includes(after?.lower ?? '');
    const closes = !after || after.sent !== t[from]!.sent || after.text === '.' || after.text === ',' && /ing$/u.test(t[(m ? m.last : role) + 1]?.lower ?? '')
      || ['and', 'but'].includes(after.lower);
    if (!reason && !closes) return [];
    if (!m) {
      const rulings = decisions.decisions.filter((d) => d.family === 'rule' && d.trigger.start < t[from]!.start);
      return rulings.length ? [rulings.at(-1)!.id] : [];
    }
    // "slammed Trump for a story …": the reason must be a decision or the act of deciding ("for acting quickly")
    if (reason) {
      let r = m.last + 1;
      while (r < m.last + 4 && t[r] && ['DET', 'ADJ', 'ADV', 'PRON'].includes(t[r]!.pos)) r++;
      const act = t[r] && (decisions.refs.has(r) || t[r]!.pos === 'VERB' && GENERIC_ACTIONS.has(t[r]!.lemma));
      if (!act) return [];
    }
    // the decider's decisions the reader has in view: referred to in this sentence or the two before it
    const sent = t[from]!.sent;
    const inView = new Set<string>();
    for (let j = from; j >= 0 && t[j]!.sent >= sent - 2; j--) { const id = decisions.refs.get(j); if (id) inView.add(id); }
    for (let j = from; j < t.length && t[j]!.sent === sent; j++) { const id = decisions.refs.get(j); if (id) inView.add(id); }
    const own = decisions.decisions.filter((d) => (d.decider === m.entity || d.agents.includes(m.entity)) && inView.has(d.id));
    const current = own.filter((d) => !d.past);
    return (current.length ? current : own.slice(0, 1)).map((d) => d.id);
  }

  /** "…, a ruling Kestrel is still challenging": the decision named just before a relative clause's subject. */
  function relativeObject(holder: MentionRec): Target | null {
    let j = holder.first - 1;
    if (['that', 'which'].includes(t[j]?.lower ?? '')) j--;
    const id = decisions.refs.get(j);
    return id && t[j]!.pos === 'NOUN' ? { id, viaPronoun: false } : null;
  }

  /** Who started the campaign at token c: "a petition …, started by X", or "X launched a petition opposing …". */
  function campaignStarter(c: number, objFrom: number): MentionRec[] {
    const sent = t[c]!.sent;
    for (let j = objFrom; j < objFrom + 15 && t[j] && t[j]!.sent === sent; j++) {
      if (CAMPAIGN_STARTERS.has(t[j]!.lower) && (t[j + 1]?.lower === 'by' || t[j + 1]?.lower === 'up' && t[j + 2]?.lower === 'by')) {
        const holder = mentionAfter(doc, index, t[j + 1]!.lower === 'by' ? j + 1 : j + 2);
        return holder ? [holder] : [];
      }
    }
    let v = c - 1;
    while (v > c - 4 && t[v] && ['DET', 'ADJ', 'NUM'].includes(t[v]!.pos)) v--;
    if (t[v]?.lower === "'s") {
      const owner = index.endingAt(v - 1);
      return owner ? [owner] : [];
    }
    return t[v] && CAMPAIGN_STARTERS.has(t[v]!.lower) ? subjectsBefore(doc, index, v, 7) : [];
  }

  /** "welcomed both decisions", "criticised the sanctions": every current decision. */
  function allDecisions(from: number): string[] {
    const w0 = t[from]?.lower;
    const w1 = t[from + 1]?.lower ?? '';
    const plural = /s$/u.test(w1) && [w1, w1.slice(0, -1)].some((w) => GENERIC_REFERENCES.has(w) || DECISION_NOUNS.has(w));
    if (!plural || !(w0 === 'both' || w0 === 'all' || w0 === 'the')) return [];
    // the decisions in view: stated or mentioned within the last few sentences, not every one the article holds
    const sent = t[from]!.sent;
    const since = t[doc.sentences[Math.max(0, sent - ALL_DECISIONS_WINDOW)]!.first]!.start;
    const before = t[from]!.start;
    const inView = (span: { start: number }): boolean => span.start >= since && span.start < before;
    const current = decisions.decisions.filter((d) => !d.past && (inView(d.trigger) || d.mentions.some(inView)));
    return current.length > 1 ? current.map((d) => d.id) : [];
  }

  function findRefBackwards(k: number): string | null {
    for (let j = k - 1; j >= 0 && t[j]!.sent === t[k]!.sent; j--) {
      const id = decisions.refs.get(j);
      if (id) return id;
    }
    return null;
  }

  /** The decision a token refers to: a reference span, or "it"/"this"/"them" pointing back to one. */
  function refAt(j: number): Target | null {
    const id = decisions.refs.get(j);
    if (id) return { id, viaPronoun: false };
    if (['it', 'this', 'them', 'these'].includes(t[j]?.lower ?? '') && !isExpletiveIt(doc, j)) {
      const recent = recentDecision(j);
      if (recent) return { id: recent, viaPronoun: true, pronoun: j };
    }
    return null;
  }

  /**
   * After a frame verb, one of three shapes:
   * "it was right to <trigger>", "<decision> was (a) <evaluation>", "<decision> (as) (a) <evaluation>" (called/described).
   */
  function evaluationAfter(from: number, sent: number): Evaluated | null {
    for (let j = from; j < from + 30 && t[j] && t[j]!.sent === sent; j++) {
      if (t[j]!.text === ';') break;
      // "it was (not) right to ban …", "the committee had been right to raise rates"
      const evHere = EVALUATIONS.get(t[j]!.lower);
      if (evHere && t[j + 1]?.lower === 'to' && t.slice(Math.max(from, j - 4), j).some((u) => BE_FORMS.has(u.lower))) {
        // "it was right to act": a generic action stands for the decision in view
        const generic = GENERIC_ACTIONS.has(t[j + 2]?.lemma ?? '') && t[j + 2]!.pos === 'VERB';
        const ref = decisions.refs.get(j + 2) ?? (generic ? recentDecision(j) : undefined);
        const negated = t.slice(Math.max(from, j - 3), j).some((u) => NEGATIONS.has(u.lower));
        if (ref) return { polarity: negated ? flip(evHere) : evHere, decision: ref, end: j + 3, viaPronoun: generic };
      }
      const ref = refAt(j);
      if (!ref) continue;
      let e = j + 1;
      while (decisions.refs.get(e) === ref.id) e++;
      // "cancelling the flights now was …": a gerund's object and adverbs come before the verb
      if (/ing$/u.test(t[j]!.lower) && !BE_FORMS.has(t[e]?.lower ?? '')) {
        let b = e;
        while (b < e + 6 && t[b] && ['DET', 'ADJ', 'NOUN', 'NUM', 'ADV', 'PROPN'].includes(t[b]!.pos)) b++;
        if (BE_FORMS.has(t[b]?.lower ?? '')) e = b;
      }
      // "the ban must be scrapped", "should be kept", "(demanded that) the ban be lifted", "should stay": what ought to happen to it
      const wanted = wantedOutcome(e);
      if (wanted) return { polarity: wanted.polarity, decision: ref.id, end: wanted.end, viaPronoun: ref.viaPronoun, pronoun: ref.pronoun };
      // "the ban had been …"
      if (['had', 'has', 'have'].includes(t[e]?.lower ?? '') && t[e + 1]?.lower === 'been') e++;
      const be = BE_FORMS.has(t[e]?.lower ?? '');
      if (be) e++;
      const negated = NEGATIONS.has(t[e]?.lower ?? '');
      if (negated) e++;
      if (!be && t[e]?.lower === 'as') e++;
      if (!be && t[e - 1]?.lower !== 'as' && !CALLING.has(lemmaOf(from - 1))) continue;
      // "“painful but correct”": after a contrast, the last evaluation counts
      let polarity: Polarity | null = null;
      let end = e;
      let contrast = false;
      let limit = e + 6;
      for (let w = e; w < limit && t[w] && t[w]!.sent === sent; w++) {
        const word = t[w]!.lower;
        // "a difficult decision, but the right one": a contrast after a comma goes on
        if (word === ',' && t[w + 1]?.lower === 'but') {
          limit = w + 5;
          continue;
        }
        if (word === ',' || word === '.' || word === ';') break;
        if (word === 'but') contrast = true;
        const ev = evaluationAt(w);
        if (ev && (polarity === null || contrast)) {
          polarity = ev.polarity;
          end = ev.end;
          w = ev.end - 1;
          continue;
        }
        // "part of an unfriendly policy", "an act of vandalism": a noun that hands the predicate to its complement
        if (TRANSPARENT_NOUNS.has(word) && t[w + 1]?.lower === 'of') {
          w++;
          continue;
        }
        // the evaluation is the predicate itself: "a disaster", "the right thing"; not a word deep in another clause
        // ("government overreach": a noun modifying the evaluation)
        const modifier = t[w]!.pos === 'NOUN' && !!t[w + 1] && evaluationAt(w + 1) !== null;
        // ("a tough call, but the right one": a noun for the choice itself heads the predicate)
        const choice = CHOICE_NOUNS.has(word) && t[w + 1]?.text === ',' && t[w + 2]?.lower === 'but';
        if (!modifier && !choice && !['DET', 'ADJ', 'ADV', 'PUNCT', 'CCONJ', 'NUM', 'AUX'].includes(t[w]!.pos)) break;
      }
      if (polarity) return { polarity: negated ? flip(polarity) : polarity, decision: ref.id, end, viaPronoun: ref.viaPronoun, pronoun: ref.pronoun };
    }
    return null;
  }

  /** The evaluation starting at token w: a hyphenated word ("short-sighted"), a two-word phrase ("the right thing"), or a word. */
  function evaluationAt(w: number): { polarity: Polarity; end: number } | null {
    const word = t[w]!.lower;
    // "a step in the wrong direction", "a move in the right direction": the direction decides
    if (t[w + 1]?.lower === 'in' && t[w + 2]?.lower === 'the' && t[w + 4]?.lower === 'direction') {
      const way = EVALUATIONS.get(t[w + 3]?.lower ?? '');
      if (way) return { polarity: way, end: w + 5 };
    }
    const hyphenated = t[w + 1]?.text === '-' && t[w + 2] ? EVALUATIONS.get(`${word}-${t[w + 2]!.lower}`) : undefined;
    if (hyphenated) return { polarity: hyphenated, end: w + 3 };
    const ev = EVALUATION_PHRASES.get(`${word} ${t[w + 1]?.lower ?? ''}`) ?? EVALUATIONS.get(word);
    return ev ? { polarity: ev, end: w + 1 } : null;
  }

  /** "…, was a mistake": be + evaluation right at token e, for a decision named before it. */
  function predicateEvaluation(e: number, decision: string, sent: number): Evaluated | null {
    if (!BE_FORMS.has(t[e]?.lower ?? '')) return null;
    let w = e + 1;
    const negated = NEGATIONS.has(t[w]?.lower ?? '');
    if (negated) w++;
    for (; w < e + 6 && t[w] && t[w]!.sent === sent; w++) {
      const ev = evaluationAt(w);
      if (ev) return { polarity: negated ? flip(ev.polarity) : ev.polarity, decision, end: ev.end, viaPronoun: false };
      if (!['DET', 'ADJ', 'ADV', 'PUNCT'].includes(t[w]!.pos)) break;
    }
    return null;
  }

  /** "the move would cost jobs", "it will save lives", "the law violated the constitution": a decision as the subject of an effect. */
  function consequenceAfter(from: number, sent: number): Evaluated | null {
    for (let j = from; j < from + 12 && t[j] && t[j]!.sent === sent; j++) {
      if (t[j]!.text === ';' || t[j]!.text === ',') return null;
      // "said it would help families": an "it" that names an entity is the speaker, not the decision
      if (index.startingAt(j)?.kind === 'pronoun') return null;
      const ref = refAt(j);
      if (!ref) continue;
      let e = j + 1;
      while (decisions.refs.get(e) === ref.id) e++;
      let negated = false;
      for (let g = 0; g < 4 && t[e] && (MODALS.has(t[e]!.lower) || NEGATIONS.has(t[e]!.lower) || t[e]!.pos === 'ADV' || ['may', 'might', 'had', 'has', 'have', 'did', 'does'].includes(t[e]!.lower)); g++, e++) {
        if (NEGATIONS.has(t[e]!.lower)) negated = true;
      }
      // "the ban is killing local shops": a progressive
      if (['is', 'are', 'was', 'were'].includes(t[e]?.lower ?? '') && t[e + 1]?.pos === 'VERB' && /ing$/u.test(t[e + 1]!.lower)) e++;
      const verb = t[e] && t[e]!.pos === 'VERB' ? t[e]!.lemma : '';
      const phrase = verb && `${verb} ${t[e + 1]?.lower ?? ''} ${t[e + 2]?.lower ?? ''}`;
      // "would not work", "did not go far enough": a denied benefit is a criticism
      if (negated && (DENIED_BENEFITS.has(verb) || DENIED_BENEFITS.has(phrase))) return { polarity: 'oppose', decision: ref.id, end: e + 1, viaPronoun: ref.viaPronoun, pronoun: ref.pronoun };
      const effect = CONSEQUENCES.get(verb) ?? CONSEQUENCE_PHRASES.get(phrase) ?? CONSEQUENCE_PHRASES.get(phrase.split(' ', 2).join(' ')) ?? CONSEQUENCE_PHRASES.get(verb) ?? ledTo(verb, e + 1);
      // a negated effect says little otherwise ("would not hurt anyone" is no endorsement)
      if (!effect || negated) return null;
      return { polarity: effect, decision: ref.id, end: e + 1, viaPronoun: ref.viaPronoun, pronoun: ref.pronoun };
    }
    return null;
  }

  /** "could lead to job losses", "will result in closures": an outcome the text names as a harm. */
  function ledTo(verb: string, from: number): Polarity | undefined {
    let w = from;
    if (!(verb === 'lead' && t[w]?.lower === 'to' || verb === 'result' && t[w]?.lower === 'in' || verb === 'cause')) return undefined;
    if (verb !== 'cause') w++;
    for (const end = w + 4; w < end && t[w]; w++) {
      if (HARMS.has(t[w]!.lower)) return 'oppose';
      // (any word of the noun phrase: wink tags "job" in "job losses" as a verb)
      if (t[w]!.kind !== 'word' || ['ADP', 'SCONJ', 'CCONJ'].includes(t[w]!.pos)) return undefined;
    }
    return undefined;
  }

  /** After a decision reference at e: a deontic modal or a subjunctive "be" with a reversal or retention verb. */
  function wantedOutcome(e: number): { polarity: Polarity; end: number } | null {
    let w = e;
    // "must", "should"; "has to", "needs to", "ought to"
    const deontic = DEONTIC.has(t[w]?.lower ?? '') || DEONTIC_TO.has(t[w]?.lower ?? '') && t[w + 1]?.lower === 'to';
    if (deontic) w += DEONTIC.has(t[w]!.lower) ? 1 : 2;
    while (t[w]?.pos === 'ADV' && w < e + 4) w++;
    if (NEGATIONS.has(t[w]?.lower ?? '')) return null;
    if (t[w]?.lower === 'be') {
      if (!deontic && !SUBJUNCTIVE_CUES.has(t[e - 2]?.lower ?? '') && !SUBJUNCTIVE_CUES.has(t[e - 3]?.lower ?? '')) return null;
      const v = t[w + 1];
      if (!v || !/(?:ed|en|wn|ne|pt)$/u.test(v.lower)) return null;
      const polarity = REVERSAL_VERBS.has(v.lemma) ? 'oppose' : RETENTION_VERBS.has(v.lemma) ? 'support' : null;
      return polarity ? { polarity, end: w + 2 } : null;
    }
    // "should stay", "must remain in place"
    if (deontic && ['stay', 'remain'].includes(t[w]?.lower ?? '')) return { polarity: 'support', end: w + 1 };
    return null;
  }

  /** "“We welcome the decision,” said X", "“I will fight this ban”": the speaker's own first-person cue inside the quote. */
  /** "“We are against this ban”", "“I am strongly opposed to it”": a first-person position predicate inside the quote. */
  function quotePosition(c: number, end: number, mention: MentionRec): boolean {
    let b = c + 1;
    while (b < c + 3 && t[b] && (MODALS.has(t[b]!.lower) || t[b]!.pos === 'ADV') && !NEGATIONS.has(t[b]!.lower)) b++;
    if (!t[b] || !isBe(t[b]!.lower)) return false;
    let p = b + 1;
    while (p < b + 3 && t[p]?.pos === 'ADV' && !NEGATIONS.has(t[p]!.lower)) p++;
    if (!POSITION_HEADS.has(t[p]?.lower ?? '')) return false;
    for (const words of [3, 2, 1]) {
      const polarity = POSITION_PREDICATES.get(t.slice(p, p + words).map((w) => w.lower).join(' '));
      if (!polarity) continue;
      // "in favor of supporting artists": a gerund that is not itself the decision opens another clause
      const object = t[p + words];
      if (object?.pos === 'VERB' && !decisions.refs.has(p + words)) return false;
      const target = decisionAfter(p + words, 4);
      if (!target || object!.end > end) return false;
      if (!found.some((g) => g.decision === target.id && g.holders.some((m) => m.entity === mention.entity))) {
        found.push({ holders: [mention], polarity, decision: target.id, cue: [c, p + words], rule: 'stance.quote-position', confidence: target.viaPronoun ? 0.7 : 0.8, sent: t[c]!.sent, pronoun: target.pronoun });
      }
      return true;
    }
    return false;
  }

  function quoteVerbs(end: number, mention: MentionRec): void {
    for (let c = at; c < t.length && t[c]!.end <= end; c++) {
      if (!FIRST_PERSON.has(t[c]!.lower)) continue;
      if (quotePosition(c, end, mention)) continue;
      let v = c + 1;
      while (v < c + 5 && t[v] && (MODALS.has(t[v]!.lower) || NEGATIONS.has(t[v]!.lower) || t[v]!.pos === 'ADV' || t[v]!.pos === 'AUX') && !STANCE_VERBS.has(lemmaOf(v))) v++;
      if (!t[v] || t[v]!.end > end || t[v]!.pos === 'NOUN') continue;
      const lemma = lemmaOf(v);
      const phrase = STANCE_PHRASES.get(`${lemma} ${t[v + 1]?.lower ?? ''}`);
      const row = phrase ?? (CANCELLING_PARTICLES.has(t[v + 1]?.lower ?? '') ? undefined : STANCE_VERBS.get(lemma));
      if (!row) continue;
      let objFrom = phrase ? v + 2 : v + 1;
      if (row.particles && row.particles.includes(t[objFrom]?.lower ?? '')) objFrom++;
      const target = decisionAfter(objFrom);
      if (!target) continue;
      const mod = modality(c + 1, v);
      const polarity = polarityUnder(row, mod);
      if (polarity === null) continue;
      const confidence = mod === 'plain' ? 0.8 : 0.7;
      if (found.some((g) => g.decision === target.id && g.holders.some((m) => m.entity === mention.entity))) continue;
      found.push({ holders: [mention], polarity, decision: target.id, cue: [c, objFrom], rule: 'stance.quote-verb', confidence: target.viaPronoun ? confidence - 0.1 : confidence, sent: t[c]!.sent, pronoun: target.pronoun });
    }
  }

  // a speaker's own evaluation inside their quote: "“This ban is a disgrace,” said X", "“It was the right decision,” she said"
  // quotes come in text order, so one pointer walks the tokens once
  let at = 0;
  for (const q of quotes.quotes) {
    while (at < t.length && t[at]!.start < q.start) at++;
    if (q.kind === 'indirect' || !q.speaker || !q.speakerMention) continue;
    quoteVerbs(q.end, q.speakerMention);
    let k = at;
    const done = new Set<number>();
    for (; k < t.length && t[k]!.end <= q.end; k++) {
      const sent = t[k]!.sent;
      if (done.has(sent)) continue;
      done.add(sent);
      const ev = evaluationAfter(k, sent);
      if (!ev || t[ev.end - 1]!.end > q.end) continue;
      // "Nobody thinks the ban is wrong", "I doubt the ban was right": denied or doubted before the evaluation starts
      let refAtToken = k;
      while (refAtToken < ev.end && !refAt(refAtToken)) refAtToken++;
      if (t.slice(k, refAtToken).some((u) => NEGATIONS.has(u.lower) || DENIALS.has(u.lower))) continue;
      const mention = q.speakerMention;
      if (found.some((g) => g.decision === ev.decision && g.holders.some((m) => m.entity === mention.entity))) continue;
      found.push({ holders: [mention], polarity: ev.polarity, decision: ev.decision, cue: [k, ev.end], rule: 'stance.quote-evaluation', confidence: ev.viaPronoun ? 0.6 : 0.7, sent, pronoun: ev.pronoun });
    }
  }

  // "Consumer groups applauded the decision. “…,” said X of Y.": the direct quote right after an unnamed
  // group's reaction gives the person voicing it (and so their organisation) the same position, unless it opens with a contrast
  for (const f of [...found]) {
    if (!['stance.verb', 'stance.passive', 'stance.reaction'].includes(f.rule)) continue;
    if (!f.holders.every((m) => byId.get(m.entity)?.type === 'GROUP')) continue;
    for (const q of quotes.quotes) {
      if (q.kind !== 'direct' || q.sent !== f.sent + 1 || !q.speaker || !q.speakerMention) continue;
      const speaker = byId.get(q.speaker);
      if (!speaker || speaker.type !== 'PERSON' || CONTRASTS.has(t[doc.sentences[q.sent]!.first]?.lower ?? '')) continue;
      if (found.some((g) => g.decision === f.decision && g.holders.some((m) => m.entity === q.speaker))) continue;
      found.push({ holders: [q.speakerMention], polarity: f.polarity, decision: f.decision, cue: f.cue, rule: 'stance.group-voice', confidence: 0.6, sent: f.sent });
    }
  }

  // holders → entities, de-duplicated, with backing quotes
  const stances: Stance[] = [];
  const seen = new Set<string>();
  const pronouns = new Map<number, string>();
  for (const f of found) {
    // a partner found through a plural pronoun is as uncertain as the pronoun
    const holders = f.holders.flatMap((h) => [{ m: h, viaPronoun: h.kind === 'pronoun' }, ...pluralPartners(h).map((p) => ({ m: p, viaPronoun: true }))]);
    for (const { m, viaPronoun } of holders) {
      const entity = byId.get(m.entity);
      if (!entity) continue;
      const holder = entity.speaksFor ?? entity.id;
      const key = `${holder}|${f.decision}|${f.polarity}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (f.pronoun !== undefined) pronouns.set(f.pronoun, f.decision);
      const s = doc.sentences[f.sent]!;
      const speakers = new Set([holder, entity.id]);
      const para = t[s.first]!.para;
      const backing = quotes.quotes.filter((q) => q.speaker !== null && speakers.has(q.speaker) && q.para >= para && q.para <= para + 2 && q.end > s.start).map((q) => q.id);
      const cueSpan: Span = tokenSpan(doc, f.cue[0], f.cue[1]);
      stances.push({
        id: '',
        holder,
        holderSpan: { start: m.start, end: m.end, text: m.text },
        polarity: f.polarity,
        decision: f.decision,
        cue: cueSpan,
        evidence: { start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) },
        quotes: backing,
        confidence: Math.round(Math.max(0, Math.min(1, viaPronoun ? f.confidence - 0.1 : f.confidence)) * 100) / 100,
        rule: f.rule,
      });
    }
  }
  stances.sort((a, b) => a.evidence.start - b.evidence.start || a.holderSpan.start - b.holderSpan.start);
  const decisionPronouns = [...pronouns].sort((a, b) => a[0] - b[0]).map(([k, decision]) => ({ decision, span: tokenSpan(doc, k, k + 1) }));
  return { stances: stances.map((s, n) => ({ ...s, id: `s${n + 1}` })), decisionPronouns };
}
