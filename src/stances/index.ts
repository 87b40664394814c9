/**
 * Stage 6, stances: who supported or opposed which decision. Cue verbs,
 * evaluations, passives, urgings and coordination, with hedges and negation.
 * requires: document, entities, coreference, quotes, decisions · assigns: stances
 */
import type { Doc } from '../document/index.js';
import type { EntityLayer, MentionRec } from '../model/index.js';
import type { Polarity, Span, Stance } from '../types.js';
import { MentionIndex, subjectsBefore, mentionAfter } from '../syntax/index.js';
import { regionAt, type QuoteRegion } from '../quotes/marks.js';
import type { QuoteLayer } from '../quotes/index.js';
import type { DecisionLayer } from '../decisions/index.js';
import { isExpletiveIt } from '../coreference/index.js';
import { STANCE_VERBS, STANCE_FORMS, URGE_VERBS, REVERSAL_VERBS, EVALUATIONS, EVALUATIVE_FRAMES, HEDGES, REFUSALS, NEGATIONS, MODALS } from './lexicon.js';

export interface StanceLayer {
  readonly stances: readonly Stance[];
}

interface Found {
  holders: MentionRec[];
  polarity: Polarity;
  decision: string;
  cue: [number, number];
  rule: string;
  confidence: number;
  sent: number;
}

const OBJECT_WINDOW = 12;

export function findStances(doc: Doc, layer: EntityLayer, mentions: readonly MentionRec[], regions: readonly QuoteRegion[], quotes: QuoteLayer, decisions: DecisionLayer): StanceLayer {
  const t = doc.tokens;
  const index = new MentionIndex(mentions);
  const byId = new Map(layer.entities.map((e) => [e.id, e] as const));
  const found: Found[] = [];
  if (decisions.decisions.length === 0) return { stances: [] };
  const lemmaOf = (k: number): string => STANCE_FORMS[t[k]!.lower] ?? t[k]!.lemma;
  const inQuote = (k: number): boolean => regionAt(regions, t[k]!.start) !== null;

  /** The decision referred to in tokens [from, from + window) of the same sentence. */
  const decisionAfter = (from: number, window = OBJECT_WINDOW): { id: string; viaPronoun: boolean } | null => {
    const sent = t[from - 1]?.sent;
    for (let k = from; k < from + window && t[k] && t[k]!.sent === sent; k++) {
      if (t[k]!.text === '.' || t[k]!.text === ';') break;
      const id = decisions.refs.get(k);
      if (id) return { id, viaPronoun: false };
      if (['it', 'this', 'them', 'these'].includes(t[k]!.lower) && k - from <= 1 && !isExpletiveIt(doc, k)) {
        const recent = recentDecision(k);
        if (recent) return { id: recent, viaPronoun: true };
      }
    }
    return null;
  };

  /** The decision most recently referred to before token k (within a few sentences). */
  function recentDecision(k: number): string | null {
    for (let j = k - 1; j >= 0 && t[j]!.sent >= t[k]!.sent - 3; j--) {
      const id = decisions.refs.get(j);
      if (id) return id;
    }
    return null;
  }

  /** Negation and hedges between the holder and the cue. */
  const modality = (from: number, cue: number): 'plain' | 'hedged' | 'negated' | 'modal-negated' | 'refused' => {
    let neg = false;
    let modal = false;
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

  for (let k = 0; k < t.length; k++) {
    const u = t[k]!;
    if (u.kind !== 'word' || inQuote(k)) continue;
    const lemma = lemmaOf(k);
    const sent = u.sent;

    // 1. verb cues: "X condemned the move", "X would not back the ban", passive "was welcomed by X"
    const row = STANCE_VERBS.get(lemma);
    // "the council approved the closure": the decision itself, not a stance on it
    if (row && decisions.refs.has(k)) continue;
    const verbSlot = ['not', "n't", 'to', 'would', 'will', 'could', 'did', 'does', 'do', 'also'].includes(t[k - 1]?.lower ?? '');
    if (row && (u.pos === 'VERB' || u.pos === 'AUX' || verbSlot || /(?:ed|es|s)$/u.test(u.lower) && u.pos !== 'NOUN')) {
      let objFrom = k + 1;
      if (row.particles && row.particles.includes(t[objFrom]?.lower ?? '')) objFrom++;
      const passive = ['was', 'were', 'been', 'be', 'is', 'are'].includes(t[k - 1]?.lower ?? '') && /(?:ed|en)$/u.test(u.lower);
      if (passive) {
        const by = t[k + 1]?.lower === 'by' ? k + 1 : -1;
        if (by < 0) continue;
        const holder = mentionAfter(doc, index, by);
        const subjTok = k - 2;
        const decision = decisions.refs.get(subjTok) ?? (t[subjTok]?.lower === 'it' || t[subjTok]?.lower === 'this' ? recentDecision(subjTok) : null) ?? findRefBackwards(k);
        if (holder && decision) found.push({ holders: [holder], polarity: row.polarity, decision, cue: [k - 1, k + 2], rule: 'stance.passive', confidence: 0.85, sent });
        continue;
      }
      const holders = subjectsBefore(doc, index, k, 7);
      if (!holders.length) continue;
      const target = decisionAfter(objFrom);
      if (!target) continue;
      const mod = modality(holders[0]!.last, k);
      if (mod === 'hedged') continue;
      let polarity = row.polarity;
      let confidence = 0.9;
      let rule = 'stance.verb';
      if (mod === 'negated' || mod === 'modal-negated' || mod === 'refused') {
        if (row.polarity === 'oppose' || row.whenNegated === 'drop' && mod === 'negated') continue;
        if (mod === 'negated' && row.whenNegated === 'flip') continue; // "did not back": no position stated
        polarity = 'oppose';
        confidence = 0.75;
        rule = 'stance.verb.negated';
      }
      found.push({ holders, polarity, decision: target.id, cue: [k, k + 1], rule, confidence: target.viaPronoun ? confidence - 0.1 : confidence, sent });
      continue;
    }

    // 2. urging a reversal: "urged Labour to reverse the ban", "vowed to scrap it"
    if (URGE_VERBS.has(lemma) && (u.pos === 'VERB' || u.pos === 'NOUN' && lemma === 'call')) {
      let to = -1;
      for (let j = k + 1; j < k + 8 && t[j] && t[j]!.sent === sent; j++) if (t[j]!.lower === 'to' && REVERSAL_VERBS.has(t[j + 1]?.lemma ?? '')) { to = j; break; }
      if (to < 0) continue;
      const holders = subjectsBefore(doc, index, k, 7);
      if (!holders.length || modality(holders[0]!.last, k) !== 'plain') continue;
      const target = decisionAfter(to + 2) ?? (recentDecision(k) ? { id: recentDecision(k)!, viaPronoun: true } : null);
      if (!target) continue;
      found.push({ holders, polarity: 'oppose', decision: target.id, cue: [k, to + 2], rule: 'stance.urge-reversal', confidence: target.viaPronoun ? 0.7 : 0.8, sent });
      continue;
    }

    // 3. evaluations: "said it was right to ban …", "called the decision “a disgrace”", "said the ban was welcome"
    if (EVALUATIVE_FRAMES.has(lemma) && (u.pos === 'VERB' || u.pos === 'AUX')) {
      const holders = subjectsBefore(doc, index, k, 7);
      if (!holders.length) continue;
      const mod = modality(holders[0]!.last, k);
      if (mod !== 'plain') continue;
      const ev = evaluationAfter(k + 1, sent);
      if (!ev) continue;
      found.push({ holders, polarity: ev.polarity, decision: ev.decision, cue: [k, ev.end], rule: 'stance.evaluation', confidence: ev.viaPronoun ? 0.75 : 0.85, sent });
      continue;
    }

    // 4. "the ban was welcome" / "X said the move was a mistake" without a frame verb: "<decision> was <evaluation>"
    if ((u.lower === 'was' || u.lower === 'is') && decisions.refs.has(k - 1) && EVALUATIONS.has(t[k + 1]?.lower ?? '')) {
      const holders = subjectsBefore(doc, index, k - 1, 0);
      void holders;
    }
  }

  function findRefBackwards(k: number): string | null {
    for (let j = k - 1; j >= 0 && t[j]!.sent === t[k]!.sent; j--) {
      const id = decisions.refs.get(j);
      if (id) return id;
    }
    return null;
  }

  /** After a frame verb: "it was right to <trigger>", "the decision “a disgrace”", "the ban was welcome". */
  function evaluationAfter(from: number, sent: number): { polarity: Polarity; decision: string; end: number; viaPronoun: boolean } | null {
    let polarity: Polarity | null = null;
    let decision: string | null = null;
    let viaPronoun = false;
    let end = from;
    let negated = false;
    for (let j = from; j < from + 14 && t[j] && t[j]!.sent === sent; j++) {
      const w = t[j]!.lower;
      if (w === ';' || w === '.' || (w === ',' && polarity)) break;
      if (NEGATIONS.has(w)) negated = true;
      const ev = EVALUATIONS.get(w);
      if (ev && !polarity) {
        polarity = ev;
        end = j + 1;
      }
      const ref = decisions.refs.get(j);
      if (ref && !decision) {
        decision = ref;
        if (polarity) end = j + 1;
      }
      if ((w === 'it' || w === 'this' || w === 'them' || w === 'these') && j === from && !decision) {
        if (!isExpletiveIt(doc, j)) {
          const recent = recentDecision(j);
          if (recent) {
            decision = recent;
            viaPronoun = true;
          }
        }
      }
      if (polarity && decision) {
        end = Math.max(end, j + 1);
        break;
      }
    }
    if (!polarity || !decision) return null;
    if (negated) polarity = polarity === 'support' ? 'oppose' : 'support';
    return { polarity, decision, end, viaPronoun };
  }

  // holders → entities, de-duplicated, with backing quotes
  const stances: Stance[] = [];
  const seen = new Set<string>();
  for (const f of found) {
    for (const m of f.holders) {
      const entity = byId.get(m.entity);
      if (!entity) continue;
      const holder = entity.speaksFor ?? entity.id;
      const key = `${holder}|${f.decision}|${f.polarity}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const s = doc.sentences[f.sent]!;
      const speakers = new Set([holder, entity.id]);
      const para = t[s.first]!.para;
      const backing = quotes.quotes.filter((q) => q.speaker !== null && speakers.has(q.speaker) && q.para >= para && q.para <= para + 2 && q.end > s.start).map((q) => q.id);
      const cueSpan: Span = { start: t[f.cue[0]]!.start, end: t[f.cue[1] - 1]!.end, text: doc.text.slice(t[f.cue[0]]!.start, t[f.cue[1] - 1]!.end) };
      stances.push({
        id: '',
        holder,
        holderSpan: { start: m.start, end: m.end, text: m.text },
        polarity: f.polarity,
        decision: f.decision,
        cue: cueSpan,
        evidence: { start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) },
        quotes: backing,
        confidence: Math.round(Math.max(0, Math.min(1, m.kind === 'pronoun' ? f.confidence - 0.1 : f.confidence)) * 100) / 100,
        rule: f.rule,
      });
    }
  }
  stances.sort((a, b) => a.evidence.start - b.evidence.start || a.holderSpan.start - b.holderSpan.start);
  return { stances: stances.map((s, n) => ({ ...s, id: `s${n + 1}` })) };
}
