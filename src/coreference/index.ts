/**
 * Stage 3, coreference: pronouns and definite nominals ("the group", "the MP")
 * resolved to entities by type, gender, descriptors, recency and salience.
 * requires: document, entities, quote regions · assigns: pronoun and nominal mentions (and an interviewee's "I")
 */
import type { Doc } from '../document/index.js';
import type { CorefLayer, EntityLayer, EntityRec, MentionRec } from '../model/index.js';
import type { QuoteRegion } from '../quotes/marks.js';
import { regionAt } from '../quotes/marks.js';
import { DESCRIPTOR_TYPES } from '../entities/lexicon.js';
import { interviewMentions } from './interview.js';
import { MentionIndex, subjectsBefore } from '../syntax/index.js';
import { cueLemma } from '../quotes/lexicon.js';
import { PRONOUNS, NOMINAL_DETERMINERS, EXPLETIVE_VERBS, NOMINAL_KINDS, STRICT_KINDS } from './lexicon.js';

const PRONOUN_WINDOW_SENTENCES = 3;
/** A reporting subject that is no entity: the pronoun after its verb stays unresolved. */
const NOBODY = '';
/** Determiners of an unnamed subject noun phrase: "The government said it …". */
const UNNAMED_SUBJECT_DETS = new Set(['the', 'a', 'an', 'this', 'that']);
/** How much a nominal's head agreeing with an entity counts against distance: "the council" many sentences after the council. */
const NOMINAL_FIT_WEIGHT = 2.5;
/** Score for the subject of the speech verb right before a pronoun ("X said it …"): worth more than being the sentence's subject. */
const REPORTER_BONUS = 1.5;
const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her']);
const NOMINAL_WINDOW_SENTENCES = 12;
/** Candidates examined per pronoun: keeps one giant sentence linear. */
const MAX_CANDIDATES = 60;

/** The head word of a name: the last word, or the word before "of" ("Royal College of Nursing" → college). */
function nameHead(name: string): string {
  const words = name.toLowerCase().split(/\s+/u);
  const of = words.indexOf('of');
  return (of > 0 ? words[of - 1] : words[words.length - 1]) ?? '';
}

/** "it was right to …", "it is clear that …": an "it" that refers to nothing. */
export function isExpletiveIt(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  if (t[i]!.lower !== 'it') return false;
  let k = i + 1;
  if (t[k]?.pos === 'AUX' && !EXPLETIVE_VERBS.has(t[k]!.lower)) k++; // would be, has been
  if (!t[k] || !EXPLETIVE_VERBS.has(t[k]!.lower)) return false;
  for (let n = 0, j = k + 1; n < 4 && t[j] && t[j]!.sent === t[i]!.sent; n++, j++) {
    if (t[j]!.lower === 'to' || t[j]!.lower === 'that' || t[j]!.lower === 'whether') return n > 0;
    if (t[j]!.kind !== 'word') return false;
  }
  return false;
}

const SHORT_ACRONYM = /^\p{Lu}{2,4}$/u;

/** "the MP", "the GP": an upper-case role noun after a determiner. */
function isRoleAcronym(text: string): boolean {
  return SHORT_ACRONYM.test(text) && DESCRIPTOR_TYPES[text.toLowerCase()] !== undefined;
}

/** Mentions that are sentence subjects: the first outermost mention of a sentence, before its first verb. */
function subjectSet(doc: Doc, mentions: readonly MentionRec[]): Set<MentionRec> {
  const out = new Set<MentionRec>();
  const seen = new Set<number>();
  for (const m of mentions) {
    if (seen.has(m.sent)) continue;
    seen.add(m.sent);
    const s = doc.sentences[m.sent]!;
    let verbBefore = false;
    for (let k = s.first; k < m.first; k++) if (doc.tokens[k]!.pos === 'VERB') verbBefore = true;
    if (!verbBefore) out.add(m);
  }
  return out;
}

interface Candidate {
  readonly mention: MentionRec;
  readonly entity: EntityRec;
}

const OBJECT_PRONOUNS = new Set(['it', 'them', 'him', 'her']);
const VERB_GROUP = new Set(['VERB', 'AUX', 'ADV', 'PART']);

/** "… analysed it.", "welcomed them on Monday": an object pronoun right after its verb, not the subject of a clause ("said it would"). */
function objectPronoun(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  if (!OBJECT_PRONOUNS.has(t[i]!.lower) || t[i - 1]?.pos !== 'VERB') return false;
  const next = t[i + 1];
  if (!next || next.sent !== t[i]!.sent) return true;
  // "met her future husband": "her" before a noun phrase is a possessive, not an object
  if (t[i]!.lower === 'her' && (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'NUM' || next.pos === 'PROPN')) return false;
  return next.pos !== 'VERB' && next.pos !== 'AUX' && next.pos !== 'PART';
}

/** The entity of the subject right before the pronoun's verb group: a verb's object is not its own subject ("MIT … analysed it"). */
function clauseSubject(doc: Doc, history: readonly MentionRec[], i: number): string | null {
  const t = doc.tokens;
  let j = i - 1;
  while (j > 0 && t[j - 1]!.sent === t[i]!.sent && VERB_GROUP.has(t[j - 1]!.pos)) j--;
  // j is the first token of the verb group; its subject ends right before it
  for (let h = history.length - 1; h >= 0 && history[h]!.last >= j; h--) if (history[h]!.last === j) return history[h]!.entity;
  return null;
}

export function resolveCoreference(doc: Doc, layer: EntityLayer, regions: readonly QuoteRegion[]): CorefLayer {
  const byId = new Map(layer.entities.map((e) => [e.id, e] as const));
  const t = doc.tokens;
  const resolved: MentionRec[] = [];
  // every mention so far, in text order, including resolved pronouns
  const history: MentionRec[] = [];
  const names = [...layer.mentions];
  let ni = 0;
  const covered = new Uint8Array(t.length);
  for (const m of names) if (m.kind !== 'nominal') for (let k = m.first; k < m.last; k++) covered[k] = 1;
  const subjects = subjectSet(doc, names);
  const nameEndingAt = new Map<number, MentionRec>();
  const nameStartingAt = new Map<number, MentionRec>();
  for (const m of names) {
    if (m.kind !== 'name' && m.kind !== 'alias') continue;
    nameEndingAt.set(m.last - 1, m);
    nameStartingAt.set(m.first, m);
  }
  /** Names only, for finding a speech verb's subject; built on first use. */
  let nameIndex: MentionIndex | undefined;
  // heads of nominals already resolved: "the regulator" once, "the regulator" again
  const learnedDescriptors = new Map<string, Set<string>>();

  for (let i = 0; i < t.length; i++) {
    while (ni < names.length && names[ni]!.first <= i) history.push(names[ni++]!);
    if (covered[i]) continue;
    const tok = t[i]!;
    const cls = PRONOUNS[tok.lower];
    let pick: Candidate | null = null;
    let kind: 'pronoun' | 'nominal' = 'pronoun';
    let last = i + 1;
    const inQuote = regionAt(regions, tok.start);
    if (cls && tok.pos === 'PRON' || cls && tok.lower === 'her') {
      if (isExpletiveIt(doc, i)) continue;
      // "Malcolm Adeyemi-Ross, their energy spokesperson": a possessive opening an apposition is not the name's own
      const apposed = t[i - 1]?.text === ',' && POSSESSIVE_PRONOUNS.has(tok.lower) ? nameEndingAt.get(i - 2)?.entity : undefined;
      const subject = objectPronoun(doc, i) ? clauseSubject(doc, history, i) : null;
      const reporter = inQuote ? null : reportingSubject(i);
      if (reporter === NOBODY) continue;
      pick = best(history, i, PRONOUN_WINDOW_SENTENCES, inQuote, (e) => e.id !== apposed && e.id !== subject && cls.types.includes(e.type) && (cls.gender === null || e.gender === null || e.gender === cls.gender) && !(cls.plural === false && e.type === 'GROUP') && !(cls.plural && e.type === 'PERSON' && !e.descriptors.length), (e) => (e.id === reporter ? REPORTER_BONUS : 0), cls.plural);
    } else if (NOMINAL_DETERMINERS.has(tok.lower) && t[i + 1]?.kind === 'word' && (!t[i + 1]!.cap || isRoleAcronym(t[i + 1]!.text))) {
      // "the group", "the party's", but not "the party leader" or "the group Resist"
      let h = i + 1;
      while (t[h] && t[h]!.pos === 'ADJ' && h < i + 3) h++;
      const head = t[h];
      if (!head || head.pos !== 'NOUN' && head.pos !== 'PROPN') continue;
      const type = DESCRIPTOR_TYPES[head.lower];
      const after = t[h + 1];
      if (!type || after && after.sent === head.sent && (after.pos === 'NOUN' || after.cap && after.kind === 'word' || after.lower === 'of')) continue;
      kind = 'nominal';
      last = h + 1;
      // "The local MP, Owen Baptiste, …": the name in apposition is the referent
      const apposed = t[h + 1]?.text === ',' ? nameStartingAt.get(h + 2) : undefined;
      const apposedEntity = apposed ? byId.get(apposed.entity) : undefined;
      if (apposedEntity && apposedEntity.type === type) pick = { mention: apposed!, entity: apposedEntity };
      else {
        // "the government" is a government: an institution's kind must agree
        const strict = STRICT_KINDS.has(NOMINAL_KINDS.get(head.lower) ?? '');
        pick = best(history, i, NOMINAL_WINDOW_SENTENCES, inQuote, (e) => e.type === type && e.mentions.length > 0 && (!strict || nominalFit(e, head.lower, type) >= 0), (e) => NOMINAL_FIT_WEIGHT * nominalFit(e, head.lower, type));
      }
      if (pick) learned(pick.entity.id).add(head.lower);
    } else continue;
    if (!pick) continue;
    const start = t[i]!.start;
    const end = t[last - 1]!.end;
    const m: MentionRec = { start, end, text: doc.text.slice(start, end), kind, entity: pick.entity.id, first: i, last, sent: tok.sent };
    resolved.push(m);
    history.push(m);
    i = last - 1;
  }
  const interview = interviewMentions(doc, layer, resolved, regions);
  return { mentions: interview.length ? [...resolved, ...interview].sort((a, b) => a.start - b.start) : resolved };

  /**
   * "X, a think tank, said it was disappointed": a subject pronoun opening the clause a speech verb reports
   * most often means that verb's subject. Its entity, or null.
   */
  function reportingSubject(i: number): string | null {
    let v = i - 1;
    if (t[v]?.lower === 'that') v--;
    const verb = t[v];
    if (!verb || verb.sent !== t[i]!.sent || verb.pos !== 'VERB' && verb.pos !== 'AUX' || !cueLemma(verb.lower, verb.lemma)) return null;
    nameIndex ??= new MentionIndex(names);
    const subj = subjectsBefore(doc, nameIndex, v);
    if (subj.length === 1) return subj[0]!.entity;
    // "The government said it was disappointed": an unnamed subject is the pronoun's referent, so nothing else is
    let n = v - 1;
    while (n > 0 && (t[n]!.pos === 'ADV' || t[n]!.pos === 'AUX') && n > v - 3) n--;
    if (subj.length > 0 || t[n]?.pos !== 'NOUN' || t[n]!.cap || t[n]!.sent !== t[i]!.sent) return null;
    return UNNAMED_SUBJECT_DETS.has(t[unnamedPhraseStart(n)]?.lower ?? '') ? NOBODY : null;
  }

  /** The token before an unnamed noun phrase ending at n: "the [chamber of commerce]", "a [local business group]". */
  function unnamedPhraseStart(n: number): number {
    let k = n - 1;
    while (k > n - 6 && t[k] && !t[k]!.cap && (t[k]!.pos === 'NOUN' || t[k]!.pos === 'ADJ' || t[k]!.lower === 'of' && t[k - 1]?.pos === 'NOUN')) k--;
    return k;
  }

  function learned(id: string): Set<string> {
    let set = learnedDescriptors.get(id);
    if (!set) learnedDescriptors.set(id, (set = new Set()));
    return set;
  }

  /** Descriptor and kind agreement between a nominal's head and an entity. */
  function nominalFit(e: EntityRec, head: string, type: string): number {
    if (e.descriptors.includes(head) || learnedDescriptors.get(e.id)?.has(head)) return 5;
    const kind = NOMINAL_KINDS.get(head);
    const own = [...e.descriptors, nameHead(e.name)];
    if (kind && own.some((d) => NOMINAL_KINDS.get(d) === kind)) return 4;
    if (kind && own.some((d) => NOMINAL_KINDS.has(d))) return -2;
    return e.descriptors.some((d) => DESCRIPTOR_TYPES[d] === type && !NOMINAL_KINDS.has(d)) ? -2 : 0;
  }

  /** A mention directly followed by its verb: the subject of some clause ("ruling that the council acted …"). */
  function startsClause(m: MentionRec): boolean {
    let k = m.last;
    while (t[k] && (t[k]!.pos === 'ADV' || t[k]!.pos === 'AUX') && k < m.last + 3) k++;
    return !!t[k] && t[k]!.pos === 'VERB' && t[k]!.sent === m.sent;
  }

  function inQuoteAt(k: number): boolean {
    return regionAt(regions, t[k]!.start) !== null;
  }

  /** A plural common noun between candidate and pronoun ("the three groups … their links") is a likelier antecedent. */
  function pluralNounBetween(from: number, to: number): boolean {
    for (let k = Math.max(from, to - 200); k < to; k++) {
      const u = t[k]!;
      // nouns inside a quote are the speaker's, not antecedents for a pronoun outside it
      if (u.pos === 'NOUN' && !u.cap && /[^s]s$/u.test(u.lower) && !covered[k] && (inQuoteAt(to) || !regionAt(regions, u.start))) return true;
    }
    return false;
  }

  function best(history: readonly MentionRec[], at: number, window: number, inQuote: QuoteRegion | null, fits: (e: EntityRec) => boolean, bonus: (e: EntityRec) => number, plural = false): Candidate | null {
    const sent = t[at]!.sent;
    let top: Candidate | null = null;
    let topScore = -Infinity;
    for (let h = history.length - 1; h >= 0 && h >= history.length - MAX_CANDIDATES; h--) {
      const m = history[h]!;
      if (m.sent < sent - window) break;
      if (m.last > at) continue;
      const region = regionAt(regions, m.start);
      // outside a quote, look only outside quotes; inside one, only inside the same quote
      if (inQuote ? region !== inQuote : region !== null) continue;
      const e = byId.get(m.entity);
      if (!e || !fits(e)) continue;
      const outer = history[h - 1];
      const inner = !!outer && outer.first <= m.first && outer.last >= m.last && outer.last - outer.first > m.last - m.first;
      const leads = subjects.has(m) || (m.kind === 'pronoun' || m.kind === 'nominal') && m.first === doc.sentences[m.sent]!.first;
      const clauseSubject = !leads && startsClause(m);
      const score = -(at - m.last) / 25 + (leads ? 1 : clauseSubject ? 0.6 : 0) - (inner ? 0.5 : 0) + bonus(e) - (plural && pluralNounBetween(m.last, at) ? 3 : 0);
      if (score > topScore) {
        topScore = score;
        top = { mention: m, entity: e };
      }
    }
    // a plural pronoun with no convincing named antecedent stays unresolved
    if (plural && topScore < -2) return null;
    return top;
  }
}
