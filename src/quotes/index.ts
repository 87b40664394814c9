/**
 * Stage 4, quotes: direct quotes (both styles, multi-sentence, continued across
 * paragraphs), mixed quotes inside reported speech, and indirect speech, each
 * with its speaker, speaker mention and cue. Scare quotes get no speaker.
 * requires: document, entities, coreference, quote regions · assigns: quotes
 */
import type { Doc } from '../document/index.js';
import type { MentionRec } from '../model/index.js';
import { lowerBound } from '../model/search.js';
import type { Diagnostic, QuoteKind, Span } from '../types.js';
import { MentionIndex, subjectsBefore, mentionAfter, mainSubject } from '../syntax/index.js';
import { regionAt, type QuoteRegion } from './marks.js';
import { findTurns, findPullQuotes } from './turns.js';
import { cueLemma, framingLemma, WEAK_CUES, DIRECTIVE_CUES, FRAMING_NO_AS, SOURCE_NOUNS, SOURCE_PHRASES, CONTINUING_CUES, CLAUSE_AUXILIARIES } from './lexicon.js';

/** Internal quote record: the public fields plus token positions. */
export interface QuoteRec {
  readonly id: string;
  readonly kind: QuoteKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly speaker: string | null;
  readonly speakerSpan: Span | null;
  readonly cue: Span | null;
  readonly sent: number;
  readonly para: number;
  /** The mention that attributes it (for the stance stage). */
  readonly speakerMention: MentionRec | null;
}

export interface QuoteLayer {
  readonly quotes: readonly QuoteRec[];
  readonly diagnostics: readonly Diagnostic[];
}

/** Longest reported-speech content kept, in characters: a long sentence is one clause, not a chapter. */
const MAX_REPORTED_CHARS = 1200;
/** Longest block quote (a paragraph after "X said:" without marks), in characters. */
const MAX_BLOCK_CHARS = 3000;
/** Direct quotes shorter than this, with no cue, are scare quotes. */
const MIN_UNCUED_TOKENS = 6;
/** A quoted passage this long, with a verb, is speech even when no speaker is found. */
const MIN_SPEAKERLESS_TOKENS = 10;
/** A quoted clause this long, with an auxiliary and a verb, is speech even when no speaker is found. */
const MIN_CLAUSE_TOKENS = 4;
/** Words between a cue and its quote: "said that “…”", "called them “…”", "described it as “…”". */
const PRE_QUOTE_SKIP = new Set(['that', 'as', 'it', 'them', 'this', 'him', 'her', 'us']);
const TERMINAL = new Set(['.', '!', '?', '…']);
/** Words that open a new clause after a quote: "“…”, although he said …" is not "“…,” he said". */
const SUBORDINATORS = new Set(['although', 'though', 'while', 'whereas', 'because', 'but', 'and', 'as', 'after', 'before', 'since', 'when', 'if', 'unless', 'where']);
const POSSESSIVES = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);
const OBJECT_PRONOUNS = new Set(['me', 'you', 'him', 'her', 'us', 'them', 'it']);
const CLOSERS = new Set(['”', '"', '’', "'", '»']);

function span(doc: Doc, start: number, end: number): Span {
  return { start, end, text: doc.text.slice(start, end) };
}

/** Regions lying inside [start, end); regions are sorted and do not overlap. */
function regionsWithin(regions: readonly QuoteRegion[], start: number, end: number): QuoteRegion[] {
  const lo = lowerBound(regions.length, (i) => regions[i]!.start < start);
  const out: QuoteRegion[] = [];
  for (let k = lo; k < regions.length && regions[k]!.start < end; k++) if (regions[k]!.end <= end) out.push(regions[k]!);
  return out;
}


type QuoteDraft = Omit<QuoteRec, 'id'>;

/** What one findQuotes call shares between its passes. */
interface Scan {
  readonly doc: Doc;
  readonly t: Doc['tokens'];
  readonly index: MentionIndex;
  readonly regions: readonly QuoteRegion[];
  /** Cue tokens that already attribute a quote. */
  readonly usedCues: Set<number>;
  /** Quote regions already taken by a quote. */
  readonly usedRegions: Set<QuoteRegion>;
  readonly drafts: QuoteDraft[];
  /** startsAttribution's answers by token. */
  readonly attributionAt: Map<number, boolean>;
  readonly diagnostics: Diagnostic[];
}

/** What the direct pass carries from one quote region to the next. */
interface DirectRun {
  /** The last direct quote's speaker: an uncued quote soon after continues it. */
  lastDirect: { speaker: MentionRec | null; para: number } | null;
  /** The last attributed quote: one coordinated with it shares its attribution. */
  prevQuote: { r: QuoteRegion; speaker: MentionRec; cue: number | null } | null;
}

/** How a quote region is attributed. */
interface Attribution {
  readonly speaker: MentionRec | null;
  readonly cue: number | null;
  /** The quote names what a framing cue's object is called ("called the ruling “…”"). */
  readonly framed: boolean;
  /** A cue before the quote whose speaker was not found. */
  readonly beforeCue: number | null;
  /** "told Reuters “…”": the quote is the whole of what was told. */
  readonly toldDirectly: boolean;
}

/** The lemma of a speech cue at k, or null. */
function isCue(s: Scan, k: number): string | null {
  const { doc, t, regions } = s;
  const u = t[k];
  if (!u || u.kind !== 'word' || regionAt(regions, u.start)) return null;
  if (u.pos !== 'VERB' && u.pos !== 'AUX' && u.pos !== 'NOUN' && u.pos !== 'PROPN') return null;
  // "The Huffington Post", "Sky News Reports": a capitalised name word is not a cue
  if (u.pos === 'PROPN' && u.cap && k > doc.sentences[u.sent]!.first) return null;
  return cueLemma(u.lower, u.lemma);
}

/** The lemma of a framing verb or noun at k ("called", "described"), or null. */
function framing(t: Doc['tokens'], k: number): string | null {
  const u = t[k];
  if (!u || u.kind !== 'word' || u.pos !== 'VERB' && u.pos !== 'NOUN') return null;
  return framingLemma(u.lower, u.lemma);
}

/** A mention outside every quote region: a name inside a quote does not speak it. */
function outside(s: Scan, m: MentionRec | undefined): m is MentionRec {
  return !!m && !regionAt(s.regions, m.start);
}

/** Adds a quote, its end trimmed of trailing space and punctuation; an empty one is dropped. */
function addQuote(s: Scan, kind: QuoteKind, start: number, end: number, speaker: MentionRec | null, cue: number | null, first: number): void {
  const { doc, t } = s;
  while (end > start && /[\s,.;:]/u.test(doc.text[end - 1]!)) end--;
  if (end <= start) return;
  s.drafts.push({
    kind,
    start,
    end,
    text: doc.text.slice(start, end),
    speaker: speaker ? speaker.entity : null,
    speakerSpan: speaker ? span(doc, speaker.start, speaker.end) : null,
    cue: cue !== null ? span(doc, t[cue]!.start, t[cue]!.end) : null,
    sent: t[first]?.sent ?? 0,
    para: t[first]?.para ?? 0,
    speakerMention: speaker,
  });
}

function noteMissingSpeaker(s: Scan, start: number, end: number): void {
  s.diagnostics.push({ code: 'quote.speaker-missing', severity: 'info', message: 'No speaker was found for this direct quote.', span: span(s.doc, start, end) });
}

/** Index of the last token before the opening mark, or -1. */
function tokenBefore(t: Doc['tokens'], r: QuoteRegion): number {
  let b = r.first - 1;
  while (b >= 0 && t[b]!.end > r.open) b--;
  return b;
}

/** Index of the first token after the closing mark. */
function tokenAfter(t: Doc['tokens'], r: QuoteRegion): number {
  let a = r.last;
  while (a < t.length && t[a]!.start < r.close) a++;
  return a;
}

/** The first token at or after k that is not in a short bracketed aside ("“dangerous” (sic) and …"), stopping at `limit`. */
function pastBrackets(t: Doc['tokens'], k: number, limit: number): number {
  let depth = 0;
  let j = k;
  for (; j < limit && j < k + 10; j++) {
    const x = t[j]!.text;
    if (x === '(' || x === '[') depth++;
    else if (x === ')' || x === ']') depth--;
    else if (depth === 0) break;
    if (depth < 0) return k;
  }
  return depth === 0 ? j : k;
}

/** "Kestrel's spokesperson said", "Cornyn's statement added": the possessor speaks. */
function possessorBefore(s: Scan, k: number): MentionRec | undefined {
  const { t, index } = s;
  let j = k - 1;
  while (j >= 0 && (t[j]!.pos === 'ADV' || t[j]!.pos === 'AUX') && j > k - 4) j--;
  if (!t[j] || !SOURCE_NOUNS.has(t[j]!.lower)) return undefined;
  const p = t[j - 1]?.lower;
  if (p !== "'s" && p !== '’s' && p !== 's') return undefined;
  const m = index.endingAt(j - 2);
  return outside(s, m) ? m : undefined;
}

/** The speaker of the cue at k: its subject, a participle's main-clause subject, or a possessor. */
function speakerOf(s: Scan, k: number, quoted = false): MentionRec | undefined {
  const { doc, t, index } = s;
  const u = t[k]!;
  const participle = /ing$/u.test(u.lower) && (t[k - 1]?.text === ',' || t[k - 1]?.pos === 'ADV' && t[k - 2]?.text === ',');
  // before a quote, "She went on to say, “…”": the infinitive's subject is the clause's (before a reported clause,
  // "continues to write books" takes an object too often)
  const infinitive = quoted && t[k - 1]?.lower === 'to' && t[k - 1]!.pos !== 'ADP';
  if (participle || infinitive) return mainSubject(doc, index, k).filter((m) => outside(s, m))[0];
  // "it is asserted by the Crown that …": the agent speaks
  const agent = passiveAgent(s, k);
  if (agent) return agent;
  return subjectsBefore(doc, index, k).filter((m) => outside(s, m))[0] ?? possessorBefore(s, k);
}

/** The "by" agent of a passive cue: "was claimed by X", "is asserted by the Crown". */
function passiveAgent(s: Scan, k: number): MentionRec | undefined {
  const { t } = s;
  if (!/^(?:is|was|were|are|been|be|being)$/u.test(t[k - 1]?.lower ?? '') || t[k + 1]?.lower !== 'by') return undefined;
  const m = mentionAfterCue(s, k + 1);
  return m && outside(s, m) ? m : undefined;
}

/** The mention after a cue, past a title ("said Ambassador Mohib", "said coach Ann Lee"). */
function mentionAfterCue(s: Scan, k: number): MentionRec | undefined {
  const { doc, t, index } = s;
  const m = mentionAfter(doc, index, k);
  if (m) return m;
  for (let j = k + 1; j <= k + 3 && t[j] && t[j]!.sent === t[k]!.sent; j++) {
    const u = t[j]!;
    if (u.kind !== 'word' || u.pos !== 'PROPN' && u.pos !== 'NOUN') return undefined;
    const next = index.startingAt(j + 1);
    if (next && (next.kind === 'name' || next.kind === 'alias')) return next;
  }
  return undefined;
}

/** "according to X", "in the words of X": the mention after a source phrase starting at k, with the phrase's last token. */
function sourcePhraseAt(s: Scan, k: number): { speaker: MentionRec; end: number } | null {
  const { t, index } = s;
  for (const p of SOURCE_PHRASES) {
    if (!p.every((w, n) => t[k + n]?.lower === w)) continue;
    const last = k + p.length - 1;
    let m = index.startingAt(last + 1) ?? mentionAfterCue(s, last);
    // "according to Afghan Ambassador to the United States Hamdullah Mohib, …": the name before the comma
    if (!m) {
      for (let j = last + 2; j < last + 12 && t[j] && t[j]!.sent === t[k]!.sent; j++) {
        if (t[j]!.text !== ',') continue;
        const e = index.endingAt(j - 1);
        if (e && e.kind !== 'pronoun') m = e;
        break;
      }
    }
    return m && outside(s, m) ? { speaker: m, end: last } : null;
  }
  return null;
}

/**
 * The block quote pass at paragraph pi: "X denied the claims:" closing the paragraph before, then a paragraph
 * without marks; it runs until a sentence that starts an attribution of its own.
 */
function blockQuoteAt(s: Scan, pi: number): void {
  const { doc, t, regions, usedCues } = s;
  const p = doc.paragraphs[pi]!;
  const first = doc.sentences[p.firstSent]?.first;
  if (first === undefined || p.lastSent <= p.firstSent || t[first - 1]?.text !== ':' || t[first - 1]!.para !== pi - 1) return;
  if (regionAt(regions, t[first]!.start) || regionAt(regions, t[first - 1]!.end)) return;
  const intro = colonIntroduced(s, first - 1);
  if (!intro || usedCues.has(intro.cue)) return;
  let end = p.firstSent;
  while (end < p.lastSent && doc.sentences[end]!.end - t[first]!.start <= MAX_BLOCK_CHARS && !sentenceAttributes(s, end)) end++;
  if (end === p.firstSent) return;
  const last = doc.sentences[end - 1]!;
  if (!t.slice(first, last.last).some((u) => u.pos === 'VERB' || u.pos === 'AUX')) return;
  usedCues.add(intro.cue);
  addQuote(s, 'direct', t[first]!.start, last.end, intro.speaker, intro.cue, first);
}

/** Does a sentence report someone else's words ("They also claimed …", "according to …")? */
function sentenceAttributes(s: Scan, si: number): boolean {
  const { doc, t } = s;
  const sn = doc.sentences[si]!;
  for (let k = sn.first; k < sn.last; k++) {
    if (startsAttribution(s, k)) return true;
    // a subject that is no entity still speaks: "They also claimed …"
    const lemma = isCue(s, k);
    if (!lemma || WEAK_CUES.has(lemma) || t[k]!.pos !== 'VERB') continue;
    let j = k - 1;
    while (j > sn.first && t[j]!.pos === 'ADV') j--;
    if (j >= sn.first && (t[j]!.pos === 'PRON' || t[j]!.pos === 'NOUN' || t[j]!.pos === 'PROPN')) return true;
  }
  return false;
}

/** Token k is in the quote's paragraph and in the sentence where the quote ends. */
function besideQuote(t: Doc['tokens'], r: QuoteRegion, k: number): boolean {
  return !!t[k] && t[k]!.para === t[r.first]!.para && (t[k]!.sent === t[r.last - 1]!.sent || t[k]!.sent === t[r.last]?.sent);
}

/** A cue right after the closing mark, with its speaker. */
function cueAfterQuote(s: Scan, r: QuoteRegion, after: number): { speaker: MentionRec; cue: number } | null {
  const { doc, t, index, regions } = s;
  // “…,” Lewis tweeted. / “…,” it said.
  const m1 = index.startingAt(after);
  if (m1 && besideQuote(t, r, after)) {
    let k = m1.last;
    // “…,” Khaled Al-Maeena, editor at large at the Saudi Gazette, said.
    if (t[k]?.text === ',') {
      let c = k + 1;
      while (t[c] && t[c]!.text !== ',' && c < k + 16 && t[c]!.sent === t[k]!.sent) c++;
      if (t[c]?.text === ',') k = c + 1;
    }
    while (t[k] && (t[k]!.pos === 'ADV' || t[k]!.pos === 'AUX') && k < m1.last + 2) k++;
    if (isCue(s, k)) return { speaker: m1, cue: k };
  }
  // “…,” said Lewis. / “…,” said Ambassador Mohib.
  if (isCue(s, after) && besideQuote(t, r, after)) {
    const m = mentionAfterCue(s, after);
    if (m && outside(s, m)) return { speaker: m, cue: after };
  }
  // “…,” team member Rodaba Noori told the press. / “…,” Ms Bauchtman said.
  for (let k = after; k < after + 10 && besideQuote(t, r, k); k++) {
    const u = t[k]!;
    if (TERMINAL.has(u.text) || regionAt(regions, u.start) || u.pos === 'SCONJ' || u.pos === 'CCONJ' || SUBORDINATORS.has(u.lower) || u.text === ';') break;
    if (isCue(s, k) && (u.pos === 'VERB' || u.pos === 'AUX')) {
      const subj = subjectsBefore(doc, index, k).filter((m) => outside(s, m) && m.first >= after)[0] ?? possessorBefore(s, k);
      return subj && subj.first >= after ? { speaker: subj, cue: k } : null;
    }
    if (u.pos === 'VERB' || u.pos === 'AUX') break;
  }
  return null;
}

/** “…” — Matthew Ingram: a dash and a name after the quote, ending the line. */
function nameAfterDash(s: Scan, r: QuoteRegion, after: number): MentionRec | null {
  const { t, index } = s;
  const para = t[r.first]!.para;
  if (!t[after] || !/^[\u2014\u2013-]+$/u.test(t[after]!.text) || t[after]!.para !== para) return null;
  // (past an article the name's span leaves out: "— The Canadian Press")
  const m = index.startingAt(after + 1) ?? (t[after + 1]?.lower === 'the' ? index.startingAt(after + 2) : undefined);
  const end = t[m?.last ?? -1];
  return m && (m.kind === 'name' || m.kind === 'alias') && (!end || end.para !== para || end.text === ',' || TERMINAL.has(end.text) || end.kind !== 'word') ? m : null;
}

/** The speaker and cue of the quote region r, from the cues after it, then those before it. */
function attributeDirect(s: Scan, r: QuoteRegion, before: number, after: number, prevQuote: DirectRun['prevQuote']): Attribution {
  const { t } = s;
  const para = t[r.first]!.para;
  const afterCue = cueAfterQuote(s, r, after);
  if (afterCue) return { speaker: afterCue.speaker, cue: afterCue.cue, framed: false, beforeCue: null, toldDirectly: false };
  const dashed = nameAfterDash(s, r, after);
  if (dashed) return { speaker: dashed, cue: null, framed: false, beforeCue: null, toldDirectly: false };
  // Lewis said: “…” / Lewis said that “…” / X said in a statement: “…” / X called the ruling “…” / X denounced it as “…”
  const found = cueBefore(s, before, para);
  const toldDirectly = !!found?.addressee;
  if (found?.speaker) return { speaker: found.speaker, cue: found.cue, framed: found.framed, beforeCue: null, toldDirectly };
  const beforeCue = found ? found.cue : null;
  // “dangerous” and “ideological”: a quote coordinated with the one before shares its attribution
  if (prevQuote && /^(?:and|or)$/u.test(t[before]?.lower ?? '') && pastBrackets(t, tokenAfter(t, prevQuote.r), before) >= before - 1 && t[before]!.para === para) {
    return { speaker: prevQuote.speaker, cue: prevQuote.cue, framed: true, beforeCue, toldDirectly };
  }
  // in the words of the Crown prosecutor, Mark Tedeschi, QC, “…”
  if (t[before] && /^[,:\u2014\u2013-]$/u.test(t[before]!.text)) {
    for (let k = before - 1; k >= 0 && k > before - 14 && t[k]!.sent === t[before]!.sent; k--) {
      const src = t[k]!.lower === 'according' || t[k]!.lower === 'in' || t[k]!.lower === 'attributed' ? sourcePhraseAt(s, k) : null;
      if (src) return { speaker: src.speaker, cue: null, framed: false, beforeCue, toldDirectly };
    }
  }
  return { speaker: null, cue: null, framed: false, beforeCue, toldDirectly };
}

function plainCue(s: Scan, k: number): boolean {
  const l = isCue(s, k);
  return !!l && !WEAK_CUES.has(l) && s.t[k]!.pos === 'VERB';
}

/**
 * A plain speech cue right beside a quote marks it as speech even when its speaker is not found:
 * "“…,” said the post", "they said, “Wow.”". The cue token, or null.
 */
function cueBesideQuote(s: Scan, r: QuoteRegion, before: number, after: number, beforeCue: number | null): number | null {
  const { t, usedCues } = s;
  // not "a series called “…”": a framing verb with no subject names something rather than quoting it
  const bl = beforeCue !== null ? isCue(s, beforeCue) : null;
  if (beforeCue !== null && !usedCues.has(beforeCue) && (bl && !WEAK_CUES.has(bl) || t[beforeCue - 1]?.pos === 'PRON')) return beforeCue;
  if (plainCue(s, after) && besideQuote(t, r, after) && t[after - 1]?.text !== '.') return after;
  if (t[before] && /^(?:[:,]|that)$/u.test(t[before]!.lower) && plainCue(s, before - 1) && t[before - 1]!.para === t[r.first]!.para) return before - 1;
  return null;
}

/** The direct pass at quote region r: a cue right after the closing mark, or right before the opening mark. */
function directQuoteAt(s: Scan, r: QuoteRegion, run: DirectRun): void {
  const { doc, t, usedCues, usedRegions } = s;
  if (r.last <= r.first) return;
  const firstTok = t[r.first]!;
  // the tokens just outside the marks (wink may or may not have kept the marks as tokens)
  const before = tokenBefore(t, r);
  let after = tokenAfter(t, r);
  while (t[after] && (CLOSERS.has(t[after]!.text) || t[after]!.text === ',')) after++;
  const { speaker, cue, framed, beforeCue, toldDirectly } = attributeDirect(s, r, before, after, run.prevQuote);
  const sentStart = doc.sentences[firstTok.sent]!.first;
  const opensSentence = before < sentStart || t[before]?.text === ':';
  const cueOnly = speaker ? null : cueBesideQuote(s, r, before, after, beforeCue);
  if (!speaker && cueOnly !== null) {
    usedCues.add(cueOnly);
    usedRegions.add(r);
    const kind: QuoteKind = opensSentence || t[before]?.text === ',' || cueOnly === after || toldDirectly ? 'direct' : 'mixed';
    addQuote(s, kind, r.start, r.end, null, cueOnly, r.first);
    noteMissingSpeaker(s, r.start, r.end);
    if (kind === 'direct') run.lastDirect = { speaker: null, para: firstTok.para };
    return;
  }
  if (speaker) {
    if (cue !== null) usedCues.add(cue);
    usedRegions.add(r);
    // a quote that is the whole object of its cue is direct; one woven into the clause is mixed
    const adjacent = cue === null || cue >= r.last || toldDirectly || t.slice(cue + 1, before + 1).every((u) => u.kind === 'punct' || PRE_QUOTE_SKIP.has(u.lower));
    const standalone = t[before]?.text === ':' || t[before]?.text === ',' && !framed;
    const kind: QuoteKind = opensSentence || standalone && r.last - r.first >= MIN_UNCUED_TOKENS || adjacent && !framed && r.last - r.first >= MIN_UNCUED_TOKENS ? 'direct' : 'mixed';
    addQuote(s, kind, r.start, r.end, speaker, cue, r.first);
    run.lastDirect = { speaker, para: firstTok.para };
    run.prevQuote = { r, speaker, cue };
    return;
  }
  // no cue: a continued or follow-on quote takes the previous speaker
  if (opensSentence && r.last - r.first >= MIN_UNCUED_TOKENS) uncuedQuote(s, r, run, before, after);
}

/** A sentence-opening quote with no cue: it continues the previous speaker, or a colon or recent cue introduces it. */
function uncuedQuote(s: Scan, r: QuoteRegion, run: DirectRun, before: number, after: number): void {
  const { t } = s;
  const para = t[r.first]!.para;
  s.usedRegions.add(r);
  // a quote opening a paragraph after "X said:" belongs to X; "X defended the decision: “…”" to X
  const colon: { speaker: MentionRec; cue: number | null } | null = colonIntroduced(s, before) ?? colonClause(s, before, r);
  // "“…” — Toronto Star, 2008": a dash line attributes the quote itself, even to a name not recognised
  const dashed = !!t[after] && /^[\u2014\u2013]$/u.test(t[after]!.text) && t[after]!.para === para;
  const lastDirect = run.lastDirect;
  const follows: boolean = !colon && !dashed && lastDirect !== null && para - lastDirect.para <= 1;
  const colonCue: { speaker: MentionRec; cue: number | null } | null = colon ?? (follows || dashed ? null : recentSpeaker(s, before));
  const speaker: MentionRec | null = follows ? lastDirect!.speaker : colonCue?.speaker ?? null;
  addQuote(s, 'direct', r.start, r.end, speaker, colonCue?.cue ?? null, r.first);
  if (speaker) run.lastDirect = { speaker, para };
  else if (!colonCue) noteMissingSpeaker(s, r.start, r.end);
}

/**
 * A cue before the opening mark, with what may stand between: ":" / "," / "that", a time or place
 * phrase ("said in a statement:", "told reporters on Tuesday"), or, for a framing verb, its object
 * and "as" ("described the ruling as “…”", "called it “…”").
 */
function cueBefore(s: Scan, before: number, para: number): { speaker: MentionRec | null; cue: number; framed: boolean; addressee: boolean } | null {
  const { t, index, regions } = s;
  let addressee = false;
  for (let k = before; k >= 0 && k > before - 10; k--) {
    const u = t[k]!;
    if (u.para !== para || regionAt(regions, u.start) || TERMINAL.has(u.text)) return null;
    const lemma = isCue(s, k);
    const frame = !lemma || WEAK_CUES.has(lemma) ? framing(t, k) : null;
    // "said Tehran would respond “proportionately”": a cue after a modal, inside another report, reports nothing yet
    if (lemma && !frame && MODAL_BEFORE_CUE.test(t[k - 1]?.lower ?? '') && insideReport(s, k)) return null;
    if (lemma || frame) {
      const gap = t.slice(k + 1, before + 1);
      if (gap.some((g) => g.pos === 'VERB' || g.pos === 'AUX' || g.lower === 'and' || g.lower === 'but')) return null;
      const words = gap.filter((g) => g.kind !== 'punct');
      const last = words[words.length - 1];
      const plain = words.every((g) => PRE_QUOTE_SKIP.has(g.lower));
      let framed = false;
      if (frame && !plain) {
        // the object, then "as" (or nothing, for "called it")
        if (last?.lower === 'as') framed = true;
        else if (FRAMING_NO_AS.has(frame) && words.length <= 6 && t[before]?.kind !== 'punct') framed = true;
        else if (!lemma) return null;
      }
      if (!framed && !plain) {
        // speech verbs: "said in a statement:", "told reporters on Tuesday that", "told Sky News:"
        if (!lemma) return null;
        // "writing in a blog post “…”": a place phrase may run straight into the quote
        // "told Reuters “…”", "told reporters “…”": the addressee may run straight into the quote
        const named = index.startingAt(k + 1);
        addressee = lemma === 'tell' && (named !== undefined && named.last === before + 1 && named.kind !== 'pronoun' ||
          words.length === 1 && (OBJECT_PRONOUNS.has(words[0]!.lower) || words[0]!.pos === 'NOUN' || words[0]!.pos === 'PROPN'));
        const ends = addressee || t[before]?.text === ':' || t[before]?.text === ',' || last?.lower === 'that' || words[0]?.pos === 'ADP' && words.length <= 5;
        if (!ends || words.length > 7) return null;
      }
      if (lemma && !framed && WEAK_CUES.has(lemma) && !plain && last?.lower !== 'that') return null;
      if (!lemma && !framed) return null;
      const afterCue = mentionAfterCue(s, k);
      const inverted = afterCue && afterCue.kind !== 'pronoun' && afterCue.first > k && afterCue.last <= before + 1 && t.slice(afterCue.last, before + 1).every((g) => g.kind === 'punct') ? afterCue : undefined;
      // no speaker found: still the quote's cue ("They call for “…”"), attributed to no one
      return { speaker: speakerOf(s, k, true) ?? inverted ?? null, cue: k, framed, addressee };
    }
    if (u.pos === 'VERB' || u.pos === 'AUX') return null;
  }
  return null;
}

const MODAL_BEFORE_CUE = /^(?:would|will|could|might|may|must|should|shall|wo|ca)$/u;

/** Whether an earlier speech cue of the same sentence reports the clause holding token k. */
function insideReport(s: Scan, k: number): boolean {
  const { doc, t } = s;
  for (let j = k - 2; j >= doc.sentences[t[k]!.sent]!.first; j--) if ((t[j]!.pos === 'VERB' || t[j]!.pos === 'AUX') && isCue(s, j)) return true;
  return false;
}

/** "The Church denied these allegations: “…”": the subject of the clause the colon closes. */
function colonClause(s: Scan, colon: number, r: QuoteRegion): { speaker: MentionRec; cue: number | null } | null {
  const { doc, t, index } = s;
  if (t[colon]?.text !== ':' || t[colon]!.para !== t[r.first]!.para && t[colon]!.para !== t[r.first]!.para - 1) return null;
  const subj = mainSubject(doc, index, colon).filter((m) => outside(s, m))[0];
  return subj ? { speaker: subj, cue: null } : null;
}

/** A quote standing alone after "X told reporters …": the last speaker named in the two sentences before. */
function recentSpeaker(s: Scan, before: number): { speaker: MentionRec; cue: number } | null {
  const { doc, t, index } = s;
  if (before < 0) return null;
  const sent = t[before]!.sent;
  const from = doc.sentences[Math.max(0, sent - 1)]!.first;
  for (let k = before; k >= from; k--) {
    if (!isCue(s, k) || t[k]!.para < t[before]!.para - 1) continue;
    const subj = subjectsBefore(doc, index, k).filter((m) => outside(s, m))[0];
    if (subj && (t[k]!.pos === 'VERB' || t[k]!.pos === 'AUX')) return { speaker: subj, cue: k };
  }
  return null;
}

/** "… the minister said:" closing the previous paragraph introduces this one's quote. */
function colonIntroduced(s: Scan, colon: number): { speaker: MentionRec; cue: number } | null {
  const { doc, t } = s;
  if (t[colon]?.text !== ':') return null;
  // "Barack Obama tweeted using his account:": the last cue of the introducing sentence
  const sentFirst = doc.sentences[t[colon]!.sent]!.first;
  for (let k = colon - 1; k >= sentFirst && k > colon - 15; k--) {
    if (!isCue(s, k)) continue;
    // "denied these claims:": a cue noun with no subject gives way to the verb before it
    const subj = speakerOf(s, k, true);
    if (subj) return { speaker: subj, cue: k };
    if (t[k]!.pos !== 'NOUN') return null;
  }
  return null;
}

/** The indirect pass at token k: "X said (that) …", "X claims that …", "according to X, …", "…, X said." */
function indirectAt(s: Scan, k: number): void {
  const { doc, t, index } = s;
  const lemma = isCue(s, k);
  const tok = t[k]!;
  const sent = doc.sentences[tok.sent]!;
  if (tok.lower === 'according' || tok.lower === 'in' && t[k + 1]?.lower === 'the') {
    sourcedContent(s, k);
    return;
  }
  if (!lemma || s.usedCues.has(k) || directive(t, k, lemma)) return;
  const start = contentStart(s, k, lemma);
  let c = start.c;
  const thatAt = start.thatAt;
  if (WEAK_CUES.has(lemma) && !thatAt) return;
  // wink tags some present-tense cues as nouns: "X claims that …", "Paris claims she was …"
  const afterName = index.endingAt(k - 1)?.kind === 'name' || index.endingAt(k - 1)?.kind === 'alias';
  const headline = headlineCue(s, k, lemma);
  if (tok.pos !== 'VERB' && tok.pos !== 'AUX' && !thatAt && !headline && !(afterName && tok.pos === 'NOUN' && /s$/u.test(tok.lower))) return;
  if (parentheticalAttribution(s, k)) return;
  const subj = speakerOf(s, k);
  // "As Heald told The Huffington Post, US surface ozone has dropped …": the content follows the comma
  if (subj && t[c]?.text === ',' && t[sent.first]?.lower === 'as' && subj.first <= sent.first + 3 && k - sent.first < 12) c++;
  // "other sites have stated that …": a that-clause after a speech verb is reported speech, speaker or not
  // "The report says …", "The report states that …": a noun subject that is no entity still reports
  let pre = k - 1;
  while (t[pre]?.pos === 'ADV' && pre > k - 3) pre--;
  const nounSubject = headline || t[pre]?.pos === 'NOUN' && t[pre - 1]?.pos === 'DET' && !WEAK_CUES.has(lemma) && !/ing$/u.test(tok.lower);
  // "…, Lewis said.": nothing after the cue, so the content is before it
  const closesSentence = !t[c] || t[c]!.sent !== tok.sent || TERMINAL.has(t[c]!.text);
  if (!closesSentence && (subj || nounSubject || thatAt && !WEAK_CUES.has(lemma) && (tok.pos === 'VERB' || tok.pos === 'AUX') && !/ing$/u.test(tok.lower))) {
    contentAfterCue(s, k, c, thatAt, lemma, subj ?? null);
    return;
  }
  contentBeforeCue(s, k);
}

/** "according to X, …", "…, in the words of X": the sentence's other side of the source phrase at k. */
function sourcedContent(s: Scan, k: number): void {
  const { doc, t } = s;
  const tok = t[k]!;
  const sent = doc.sentences[tok.sent]!;
  const src = sourcePhraseAt(s, k);
  if (!src) return;
  const m = src.speaker;
  const before = k > sent.first;
  // "According to Dr Fiona Marchetti, an economist at Hollis College, the rise will …": past the apposition
  let c = m.last;
  if (t[c]?.text === ',') {
    let d = c + 1;
    while (t[d] && t[d]!.sent === tok.sent && t[d]!.text !== ',' && t[d]!.pos !== 'VERB' && t[d]!.pos !== 'AUX' && d < c + 12) d++;
    if (t[d]?.text === ',' && d > c + 1) c = d;
  }
  const start = before ? sent.start : t[c + 1]?.start;
  const end = before ? t[k - 1]!.start : sent.end;
  if (start === undefined || end <= start) return;
  emitIndirect(s, start, end, m, k, before ? k - 1 : c + 1);
}

/** Where the reported clause after the cue at k starts, and whether "that" opens it. */
function contentStart(s: Scan, k: number, lemma: string): { c: number; thatAt: boolean } {
  const { t, index } = s;
  const tok = t[k]!;
  // "X said (only) that …": adverbs and time phrases between the cue and its clause
  let c = k + 1;
  const agent = passiveAgent(s, k);
  if (agent) c = agent.last;
  if (lemma === 'tell') {
    const obj = index.startingAt(c);
    if (obj) c = obj.last;
    // "tell you I …": one pronoun is the object, the next opens the clause
    else if (t[c]?.pos === 'PRON' && OBJECT_PRONOUNS.has(t[c]!.lower)) c++;
    // "told the court that …": the addressee's words, up to "that" (which wink may tag PRON)
    else while (t[c] && (t[c]!.pos === 'NOUN' || t[c]!.pos === 'PROPN' || t[c]!.pos === 'DET' || t[c]!.pos === 'PRON') && t[c]!.lower !== 'that' && c < k + 4) c++;
  }
  while (t[c] && t[c]!.pos === 'ADV' && t[c]!.lower !== 'that' && c < k + 3) c++;
  // "told LA Weekly in a statement that", "stated to LA Weekly that": a short phrase before "that"
  for (let d = c; d < c + 6 && t[d] && t[d]!.sent === tok.sent; d++) {
    if (t[d]!.lower === 'that' && d > c && (t[c]!.pos === 'ADP' || t[c]!.lower === 'to')) {
      c = d;
      break;
    }
    if (t[d]!.pos === 'VERB' || t[d]!.pos === 'AUX' || t[d]!.kind === 'punct') break;
  }
  if (t[c]?.lower === 'on' && t[c + 1]?.pos !== 'VERB') c += 2;
  else if ((t[c]?.lower === 'last' || t[c]?.lower === 'this') && t[c + 1]?.pos === 'NOUN') c += 2;
  // "explains, in a satirical fashion, that …": a parenthetical between the cue and "that"
  if (t[c]?.text === ',') {
    let d = c + 1;
    while (t[d] && t[d]!.text !== ',' && t[d]!.pos !== 'VERB' && d < c + 8) d++;
    if (t[d]?.text === ',' && t[d + 1]?.lower === 'that') c = d + 1;
  }
  const thatAt = t[c]?.lower === 'that';
  if (thatAt) c++;
  // "said that, as the parents came from India, …"
  if (thatAt && t[c]?.text === ',') c++;
  return { c, thatAt };
}

/** A telegraphic headline: "Australian woman claims church imprisoned her" (the cue tagged as a plural noun). */
function headlineCue(s: Scan, k: number, lemma: string): boolean {
  const { doc, t } = s;
  const tok = t[k]!;
  return tok.para === doc.headline && tok.pos === 'NOUN' && /s$/u.test(tok.lower) && !WEAK_CUES.has(lemma) && (t[k - 1]?.pos === 'NOUN' || t[k - 1]?.pos === 'PROPN') && k > doc.sentences[tok.sent]!.first + 1 &&
    /^(?:NOUN|PROPN|DET|PRON|NUM|ADJ)$/u.test(t[k + 1]?.pos ?? '');
}

/**
 * "The big hit, Wikinews observed from the long line, was …": a parenthetical attribution, perhaps with a
 * short phrase. Reports the whole sentence and says whether it did.
 */
function parentheticalAttribution(s: Scan, k: number): boolean {
  const { doc, t, index, regions } = s;
  const tok = t[k]!;
  const sent = doc.sentences[tok.sent]!;
  const pre = index.endingAt(k - 1);
  if (!pre || !outside(s, pre) || t[pre.first - 1]?.text !== ',' || pre.first - 1 <= sent.first || regionAt(regions, t[pre.first - 2]!.start)) return false;
  let j = k + 1;
  if (t[j]?.pos === 'ADP') while (t[j] && j < k + 7 && t[j]!.text !== ',' && t[j]!.pos !== 'VERB' && t[j]!.pos !== 'AUX') j++;
  if (t[j]?.text !== ',' || t[j]!.sent !== tok.sent || !t.slice(j + 1, Math.min(j + 4, sent.last)).some((u) => (u.pos === 'VERB' || u.pos === 'AUX') && !regionAt(regions, u.start))) return false;
  emitIndirect(s, sent.start, sent.end, pre, k, sent.first);
  return true;
}

/** Not a noun phrase: a verb, past a hyphen ("9/11-related" is part of the noun phrase). */
function clauseVerbAt(t: Doc['tokens'], x: number): boolean {
  return (t[x]!.pos === 'VERB' || t[x]!.pos === 'AUX') && t[x - 1]?.text !== '-';
}

/** "X said (that) …": the reported clause from token c, when it is a clause. */
function contentAfterCue(s: Scan, k: number, c: number, thatAt: boolean, lemma: string, subj: MentionRec | null): void {
  const { doc, t, regions } = s;
  const tok = t[k]!;
  const sent = doc.sentences[tok.sent]!;
  const next = t[c];
  if (!next || next.sent !== tok.sent || CLOSERS.has(next.text) || next.text === '“' || next.text === ':' || TERMINAL.has(next.text) || next.text === ',') return;
  // "said “…”": a quote right after the cue is direct speech, handled in the direct pass
  const opened = regionAt(regions, next.start);
  if (opened && opened.open >= tok.end && opened.open <= next.start) return;
  // "said in a statement": a phrase, not a clause ("said that in 2022 …" is a clause)
  if (next.pos === 'ADP' && !thatAt && !SUBORDINATORS.has(next.lower)) return;
  // reported speech is a clause: not "tweeted using his account"; "said cancelling the flights was …" is one
  const clauseEnd = Math.min(c + 15, sent.last);
  // "wrote my poems, …": a possessive noun phrase with no verb after it is an object, not a clause
  if (POSSESSIVES.has(next.lower)) {
    let j = c + 1;
    while (t[j] && j < c + 12 && !clauseVerbAt(t, j) && t[j]!.text !== ',' && !TERMINAL.has(t[j]!.text)) j++;
    if (!t[j] || !clauseVerbAt(t, j)) return;
  }
  if (/ing$/u.test(next.lower) && next.pos === 'VERB' && !t.slice(c + 1, clauseEnd).some((u) => u.pos === 'AUX' || u.pos === 'VERB' && /(?:ed|s)$/u.test(u.lower))) return;
  // a complementiser "that" promises a clause even when the tagger misses its verb ("the crime involved/ADJ …")
  const complementiser = thatAt && t[c - 1]?.pos === 'SCONJ' && !WEAK_CUES.has(lemma);
  if (!complementiser && !t.slice(c, clauseEnd).some((u) => u.pos === 'VERB' || u.pos === 'AUX')) return;
  emitIndirect(s, next.start, sent.end, subj, k, c);
}

/** "…, X said." with the content before the cue at k; "Recipients, said Mauer, are …" inside the sentence. */
function contentBeforeCue(s: Scan, k: number): void {
  const { doc, t, index, regions } = s;
  const tok = t[k]!;
  const sent = doc.sentences[tok.sent]!;
  const m = mentionAfter(doc, index, k) ?? undefined;
  const subjAfter = index.endingAt(k - 1);
  const who = subjAfter && t[subjAfter.first - 1]?.text === ',' ? subjAfter : t[k - 1]?.text === ',' && m ? m : undefined;
  if (!who || !outside(s, who)) return;
  const comma = who === subjAfter ? who.first - 1 : k - 1;
  // "Recipients, said Mauer, are required to …": a parenthetical attribution inside the sentence
  const tail = who === subjAfter ? k + 1 : who.last;
  const inside = t[tail]?.text === ',' && t[tail]!.sent === tok.sent && t.slice(tail + 1, Math.min(tail + 12, sent.last)).some((u) => u.pos === 'VERB' || u.pos === 'AUX');
  if (inside && comma > sent.first && !regionAt(regions, t[comma - 1]!.start)) emitIndirect(s, sent.start, sent.end, who, k, sent.first);
  else if (comma > sent.first + 3 && !regionAt(regions, t[comma - 1]!.start)) emitIndirect(s, sent.start, t[comma]!.start, who, k, sent.first);
}

/** "asked the court to review it", "told reporters to wait": a request with its object, not reported speech. */
function directive(t: Doc['tokens'], k: number, lemma: string): boolean {
  if (!DIRECTIVE_CUES.has(lemma)) return false;
  // "had been told to offer masks", "were asked to leave": the passive's subject is the one asked
  if (t[k + 1]?.lower === 'to' && /^(?:been|be|being|was|were|is|are|get|got)$/u.test(t[k - 1]?.lower ?? '')) return true;
  for (let j = k + 1; j < k + 8 && t[j] && t[j]!.sent === t[k]!.sent; j++) {
    if (t[j]!.lower === 'to' && j > k + 1) return t[j + 1]?.pos === 'VERB' || t[j + 1]?.pos === 'AUX';
    // "called on the board to …", "pleaded with the court to …"
    if (j === k + 1 && ['on', 'upon', 'with', 'for'].includes(t[j]!.lower)) continue;
    if (!['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM'].includes(t[j]!.pos) && t[j]!.lower !== "'s" && t[j]!.lower !== '’s') return false;
  }
  return false;
}

/** A cue inside reported content that starts a new attribution: "…, while the union said …". */
function startsAttribution(s: Scan, k: number): boolean {
  // memoised: overlapping content windows ask about the same tokens
  let v = s.attributionAt.get(k);
  if (v === undefined) s.attributionAt.set(k, v = attributionStart(s, k));
  return v;
}

function attributionStart(s: Scan, k: number): boolean {
  const { doc, t, index } = s;
  const u = t[k]!;
  if (u.lower === 'according') return t[k + 1]?.lower === 'to';
  const lemma = isCue(s, k);
  // "said she believed …": a cognition verb inside the content is part of it
  if (!lemma || WEAK_CUES.has(lemma) || u.pos !== 'VERB' && u.pos !== 'AUX' || directive(t, k, lemma)) return false;
  // "had been written", "was reported": passive or participial, not a new speaker
  if (/^(?:been|be|being|was|were|is|are)$/u.test(t[k - 1]?.lower ?? '')) return false;
  // "said Tehran would respond …": what someone will say is part of what is reported
  if (MODAL_BEFORE_CUE.test(t[k - 1]?.lower ?? '')) return false;
  if (/ing$/u.test(u.lower) && t[k - 1]?.text === ',') return false;
  return subjectsBefore(doc, index, k).length > 0;
}

function emitIndirect(s: Scan, start: number, end: number, speaker: MentionRec | null, cue: number, first: number): void {
  const { doc, t, regions, usedCues, usedRegions } = s;
  // reported content is one clause or sentence: bounded, and never past the next attribution
  // bounded first, so that a long unpunctuated sentence stays linear
  end = Math.min(end, start + MAX_REPORTED_CHARS);
  if (t[cue]!.start < start) {
    for (let k = cue + 2; k < t.length && t[k]!.start < end; k++) {
      if (startsAttribution(s, k)) {
        end = t[k]!.start;
        break;
      }
    }
  } else start = Math.max(start, t[cue]!.start - MAX_REPORTED_CHARS);
  end = Math.min(end, start + MAX_REPORTED_CHARS);
  if (end <= start) return;
  // quoted fragments inside make it mixed; a region that covers it all means it was direct
  let inner = regionsWithin(regions, start, end);
  // "said it was right …, describing it as “…”": the quote already taken ends the reported clause
  const taken = inner.find((r) => usedRegions.has(r));
  if (taken) {
    let k = first;
    while (k < t.length && t[k]!.start < taken.open && !(usedCues.has(k) && k !== cue)) k++;
    end = Math.min(taken.open, t[k]?.start ?? end);
    while (end > start && /[\s,;:]/u.test(doc.text[end - 1]!)) end--;
    if (end - start < 12) return;
    inner = regionsWithin(regions, start, end);
    if (inner.some((r) => usedRegions.has(r))) return;
  }
  if (inner.length) inner.forEach((r) => usedRegions.add(r));
  usedCues.add(cue);
  addQuote(s, inner.length ? 'mixed' : 'indirect', start, end, speaker, cue, first);
}

/** A quoted passage left over: long ones are direct quotes without an attribution; short ones are scare quotes. */
function leftoverQuoteAt(s: Scan, r: QuoteRegion): void {
  const { t } = s;
  if (s.usedRegions.has(r)) return;
  const inner = t.slice(r.first, r.last);
  // a short quoted clause with a finite or modal verb ("“must be completed in English”") is someone's words, not a scare quote
  const clause = r.last - r.first >= MIN_CLAUSE_TOKENS && inner.some((u) => u.pos === 'AUX' && CLAUSE_AUXILIARIES.has(u.lower)) && inner.some((u) => u.pos === 'VERB');
  if (!clause && r.last - r.first < MIN_SPEAKERLESS_TOKENS) return;
  if (!inner.some((u) => u.pos === 'VERB' || u.pos === 'AUX')) return;
  addQuote(s, 'direct', r.start, r.end, null, null, r.first);
  noteMissingSpeaker(s, r.start, r.end);
}

/** Index of the token that starts at or covers character offset `offset`. */
function tokenAt(t: Doc['tokens'], offset: number): number {
  return Math.max(0, lowerBound(t.length, (i) => t[i]!.start <= offset) - 1);
}

/**
 * "the club said the group had ignored warnings. “…,” it added.": a pronoun that continues the previous
 * attribution is its speaker, not a name inside what that speaker reported. Drafts are in text order.
 */
function continueSpeakers(s: Scan): void {
  const { t, index, drafts } = s;
  for (let n = 1; n < drafts.length; n++) {
    const d = drafts[n]!;
    const prev = drafts[n - 1]!;
    const m = d.speakerMention;
    if (!m || m.kind !== 'pronoun' || !d.cue || !prev.speaker || !prev.speakerMention || prev.speaker === d.speaker || d.sent - prev.sent > 2) continue;
    const cueWord = t[tokenAt(t, d.cue.start)]?.lemma ?? '';
    if (!CONTINUING_CUES.has(cueWord)) continue;
    const reportedOnly = index.within(tokenAt(t, prev.start), tokenAt(t, prev.end - 1) + 1).some((x) => x.entity === m.entity);
    if (!reportedOnly) continue;
    drafts[n] = { ...d, speaker: prev.speaker, speakerMention: { ...m, entity: prev.speaker } };
  }
}

/** Quote records in text order with ids, and the diagnostics. */
function toLayer(s: Scan): QuoteLayer {
  s.drafts.sort((a, b) => a.start - b.start);
  continueSpeakers(s);
  const quotes: QuoteRec[] = s.drafts.map((d, n) => ({ ...d, id: `q${n + 1}` }));
  for (const q of quotes) {
    if (q.speaker === null && q.speakerMention) {
      s.diagnostics.push({ code: 'quote.speaker-unresolved', severity: 'info', message: 'The speaker of this quote could not be resolved to an entity.', span: q.speakerSpan });
    }
  }
  return { quotes, diagnostics: s.diagnostics };
}

export function findQuotes(doc: Doc, index: MentionIndex, regions: readonly QuoteRegion[]): QuoteLayer {
  const t = doc.tokens;
  const s: Scan = { doc, t, index, regions, usedCues: new Set(), usedRegions: new Set(), drafts: [], attributionAt: new Map(), diagnostics: [] };
  // 0. interview turns: "Q: …", "JS: …" paragraphs, when the layout is clear
  for (const turn of findTurns(doc, index)) addQuote(s, 'direct', turn.start, turn.end, turn.speaker, null, turn.first);
  // pull quotes: "… the American public in mind. Charles Bolden, NASA Administrator"
  for (const pq of findPullQuotes(doc, index)) {
    if (regionsWithin(regions, pq.start, pq.end).length || regionAt(regions, pq.start)) continue;
    addQuote(s, 'direct', pq.start, pq.end, pq.speaker, null, pq.first);
  }
  // block quotes: "X denied the claims:" closing a paragraph, then a paragraph without marks
  for (let pi = 1; pi < doc.paragraphs.length; pi++) blockQuoteAt(s, pi);
  // 1. direct quotes: a cue right after the closing mark, or right before the opening mark
  const run: DirectRun = { lastDirect: null, prevQuote: null };
  for (const r of regions) directQuoteAt(s, r, run);
  // 2. indirect speech: "X said (that) …", "X claims that …", "according to X, …", "…, X said."
  for (let k = 0; k < t.length; k++) indirectAt(s, k);
  // 3. long quoted passages left over are direct quotes without an attribution; short ones are scare quotes
  for (const r of regions) leftoverQuoteAt(s, r);
  return toLayer(s);
}
