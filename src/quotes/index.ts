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
import { cueLemma, framingLemma, WEAK_CUES, FRAMING_NO_AS, SOURCE_NOUNS, SOURCE_PHRASES, CONTINUING_CUES, CLAUSE_AUXILIARIES } from './lexicon.js';

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


export function findQuotes(doc: Doc, index: MentionIndex, regions: readonly QuoteRegion[]): QuoteLayer {
  const t = doc.tokens;
  const usedCues = new Set<number>();
  const usedRegions = new Set<QuoteRegion>();
  const drafts: Omit<QuoteRec, 'id'>[] = [];
  const attributionAt = new Map<number, boolean>();
  const diagnostics: Diagnostic[] = [];
  const isCue = (k: number): string | null => {
    const u = t[k];
    if (!u || u.kind !== 'word' || regionAt(regions, u.start)) return null;
    if (u.pos !== 'VERB' && u.pos !== 'AUX' && u.pos !== 'NOUN' && u.pos !== 'PROPN') return null;
    // "The Huffington Post", "Sky News Reports": a capitalised name word is not a cue
    if (u.pos === 'PROPN' && u.cap && k > doc.sentences[u.sent]!.first) return null;
    return cueLemma(u.lower, u.lemma);
  };
  const framing = (k: number): string | null => {
    const u = t[k];
    if (!u || u.kind !== 'word' || u.pos !== 'VERB' && u.pos !== 'NOUN') return null;
    return framingLemma(u.lower, u.lemma);
  };
  const outside = (m: MentionRec | undefined): m is MentionRec => !!m && !regionAt(regions, m.start);

  const push = (kind: QuoteKind, start: number, end: number, speaker: MentionRec | null, cue: number | null, first: number): void => {
    while (end > start && /[\s,.;:]/u.test(doc.text[end - 1]!)) end--;
    if (end <= start) return;
    drafts.push({
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
  };

  /** Index of the last token before the opening mark, or -1. */
  function tokenBefore(r: QuoteRegion): number {
    let b = r.first - 1;
    while (b >= 0 && t[b]!.end > r.open) b--;
    return b;
  }

  /** Index of the first token after the closing mark. */
  function tokenAfter(r: QuoteRegion): number {
    let a = r.last;
    while (a < t.length && t[a]!.start < r.close) a++;
    return a;
  }

  /** The first token at or after k that is not in a short bracketed aside ("“dangerous” (sic) and …"), stopping at `limit`. */
  function pastBrackets(k: number, limit: number): number {
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
  function possessorBefore(k: number): MentionRec | undefined {
    let j = k - 1;
    while (j >= 0 && (t[j]!.pos === 'ADV' || t[j]!.pos === 'AUX') && j > k - 4) j--;
    if (!t[j] || !SOURCE_NOUNS.has(t[j]!.lower)) return undefined;
    const s = t[j - 1]?.lower;
    if (s !== "'s" && s !== '’s' && s !== 's') return undefined;
    const m = index.endingAt(j - 2);
    return outside(m) ? m : undefined;
  }

  /** The speaker of the cue at k: its subject, a participle's main-clause subject, or a possessor. */
  function speakerOf(k: number, quoted = false): MentionRec | undefined {
    const u = t[k]!;
    const participle = /ing$/u.test(u.lower) && (t[k - 1]?.text === ',' || t[k - 1]?.pos === 'ADV' && t[k - 2]?.text === ',');
    // before a quote, "She went on to say, “…”": the infinitive's subject is the clause's (before a reported clause,
    // "continues to write books" takes an object too often)
    const infinitive = quoted && t[k - 1]?.lower === 'to' && t[k - 1]!.pos !== 'ADP';
    if (participle || infinitive) return mainSubject(doc, index, k).filter(outside)[0];
    // "it is asserted by the Crown that …": the agent speaks
    const agent = passiveAgent(k);
    if (agent) return agent;
    return subjectsBefore(doc, index, k).filter(outside)[0] ?? possessorBefore(k);
  }

  /** The "by" agent of a passive cue: "was claimed by X", "is asserted by the Crown". */
  function passiveAgent(k: number): MentionRec | undefined {
    if (!/^(?:is|was|were|are|been|be|being)$/u.test(t[k - 1]?.lower ?? '') || t[k + 1]?.lower !== 'by') return undefined;
    const m = mentionAfterCue(k + 1);
    return m && outside(m) ? m : undefined;
  }

  /** The mention after a cue, past a title ("said Ambassador Mohib", "said coach Ann Lee"). */
  function mentionAfterCue(k: number): MentionRec | undefined {
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
  function sourcePhraseAt(k: number): { speaker: MentionRec; end: number } | null {
    for (const p of SOURCE_PHRASES) {
      if (!p.every((w, n) => t[k + n]?.lower === w)) continue;
      const last = k + p.length - 1;
      let m = index.startingAt(last + 1) ?? mentionAfterCue(last);
      // "according to Afghan Ambassador to the United States Hamdullah Mohib, …": the name before the comma
      if (!m) {
        for (let j = last + 2; j < last + 12 && t[j] && t[j]!.sent === t[k]!.sent; j++) {
          if (t[j]!.text !== ',') continue;
          const e = index.endingAt(j - 1);
          if (e && e.kind !== 'pronoun') m = e;
          break;
        }
      }
      return m && outside(m) ? { speaker: m, end: last } : null;
    }
    return null;
  }

  // 0. interview turns: "Q: …", "JS: …" paragraphs, when the layout is clear
  for (const turn of findTurns(doc, index)) push('direct', turn.start, turn.end, turn.speaker, null, turn.first);
  // pull quotes: "… the American public in mind. Charles Bolden, NASA Administrator"
  for (const pq of findPullQuotes(doc, index)) {
    if (regionsWithin(regions, pq.start, pq.end).length || regionAt(regions, pq.start)) continue;
    push('direct', pq.start, pq.end, pq.speaker, null, pq.first);
  }

  // block quotes: "X denied the claims:" closing a paragraph, then a paragraph without marks; it runs
  // until a sentence that starts an attribution of its own
  for (let pi = 1; pi < doc.paragraphs.length; pi++) {
    const p = doc.paragraphs[pi]!;
    const first = doc.sentences[p.firstSent]?.first;
    if (first === undefined || p.lastSent <= p.firstSent || t[first - 1]?.text !== ':' || t[first - 1]!.para !== pi - 1) continue;
    if (regionAt(regions, t[first]!.start) || regionAt(regions, t[first - 1]!.end)) continue;
    const intro = colonIntroduced(first - 1);
    if (!intro || usedCues.has(intro.cue)) continue;
    let end = p.firstSent;
    while (end < p.lastSent && doc.sentences[end]!.end - t[first]!.start <= MAX_BLOCK_CHARS && !sentenceAttributes(end)) end++;
    if (end === p.firstSent) continue;
    const last = doc.sentences[end - 1]!;
    if (!t.slice(first, last.last).some((u) => u.pos === 'VERB' || u.pos === 'AUX')) continue;
    usedCues.add(intro.cue);
    push('direct', t[first]!.start, last.end, intro.speaker, intro.cue, first);
  }

  /** Does a sentence report someone else's words ("They also claimed …", "according to …")? */
  function sentenceAttributes(si: number): boolean {
    const sn = doc.sentences[si]!;
    for (let k = sn.first; k < sn.last; k++) {
      if (startsAttribution(k)) return true;
      // a subject that is no entity still speaks: "They also claimed …"
      const lemma = isCue(k);
      if (!lemma || WEAK_CUES.has(lemma) || t[k]!.pos !== 'VERB') continue;
      let j = k - 1;
      while (j > sn.first && t[j]!.pos === 'ADV') j--;
      if (j >= sn.first && (t[j]!.pos === 'PRON' || t[j]!.pos === 'NOUN' || t[j]!.pos === 'PROPN')) return true;
    }
    return false;
  }

  // 1. direct quotes: a cue right after the closing mark, or right before the opening mark
  let lastDirect: { speaker: MentionRec | null; para: number } | null = null;
  let prevQuote: { r: QuoteRegion; speaker: MentionRec; cue: number | null } | null = null;
  for (const r of regions) {
    if (r.last <= r.first) continue;
    const firstTok = t[r.first]!;
    // the tokens just outside the marks (wink may or may not have kept the marks as tokens)
    const before = tokenBefore(r);
    let after = tokenAfter(r);
    while (t[after] && (CLOSERS.has(t[after]!.text) || t[after]!.text === ',')) after++;
    let speaker: MentionRec | null = null;
    let cue: number | null = null;
    let framed = false;
    let beforeCue: number | null = null;
    // "told Reuters “…”": the quote is the whole of what was told
    let toldDirectly = false;
    const sameSentence = (k: number): boolean => !!t[k] && t[k]!.para === firstTok.para && (t[k]!.sent === t[r.last - 1]!.sent || t[k]!.sent === t[r.last]?.sent);
    // “…,” Lewis tweeted. / “…,” it said.
    const m1 = index.startingAt(after);
    if (m1 && sameSentence(after)) {
      let k = m1.last;
      // “…,” Khaled Al-Maeena, editor at large at the Saudi Gazette, said.
      if (t[k]?.text === ',') {
        let c = k + 1;
        while (t[c] && t[c]!.text !== ',' && c < k + 16 && t[c]!.sent === t[k]!.sent) c++;
        if (t[c]?.text === ',') k = c + 1;
      }
      while (t[k] && (t[k]!.pos === 'ADV' || t[k]!.pos === 'AUX') && k < m1.last + 2) k++;
      if (isCue(k)) {
        speaker = m1;
        cue = k;
      }
    }
    // “…,” said Lewis. / “…,” said Ambassador Mohib.
    if (!speaker && isCue(after) && sameSentence(after)) {
      const m = mentionAfterCue(after);
      if (m && outside(m)) {
        speaker = m;
        cue = after;
      }
    }
    // “…,” team member Rodaba Noori told the press. / “…,” Ms Bauchtman said.
    if (!speaker) {
      for (let k = after; k < after + 10 && sameSentence(k); k++) {
        const u = t[k]!;
        if (TERMINAL.has(u.text) || regionAt(regions, u.start) || u.pos === 'SCONJ' || u.pos === 'CCONJ' || SUBORDINATORS.has(u.lower) || u.text === ';') break;
        if (isCue(k) && (u.pos === 'VERB' || u.pos === 'AUX')) {
          const subj = subjectsBefore(doc, index, k).filter((m) => outside(m) && m.first >= after)[0] ?? possessorBefore(k);
          if (subj && subj.first >= after) {
            speaker = subj;
            cue = k;
          }
          break;
        }
        if (u.pos === 'VERB' || u.pos === 'AUX') break;
      }
    }
    // “…” — Matthew Ingram: a dash and a name after the quote, ending the line
    if (!speaker && t[after] && /^[\u2014\u2013-]+$/u.test(t[after]!.text) && t[after]!.para === firstTok.para) {
      // (past an article the name's span leaves out: "— The Canadian Press")
      const m = index.startingAt(after + 1) ?? (t[after + 1]?.lower === 'the' ? index.startingAt(after + 2) : undefined);
      const end = t[m?.last ?? -1];
      if (m && (m.kind === 'name' || m.kind === 'alias') && (!end || end.para !== firstTok.para || end.text === ',' || TERMINAL.has(end.text) || end.kind !== 'word')) speaker = m;
    }
    // Lewis said: “…” / Lewis said that “…” / X said in a statement: “…” / X called the ruling “…” / X denounced it as “…”
    if (!speaker) {
      const found = cueBefore(r, before, firstTok.para);
      toldDirectly = !!found?.addressee;
      if (found?.speaker) {
        speaker = found.speaker;
        cue = found.cue;
        framed = found.framed;
      } else if (found) beforeCue = found.cue;
    }
    // “dangerous” and “ideological”: a quote coordinated with the one before shares its attribution
    if (!speaker && prevQuote && /^(?:and|or)$/u.test(t[before]?.lower ?? '') && pastBrackets(tokenAfter(prevQuote.r), before) >= before - 1 && t[before]!.para === firstTok.para) {
      speaker = prevQuote.speaker;
      cue = prevQuote.cue;
      framed = true;
    }
    // in the words of the Crown prosecutor, Mark Tedeschi, QC, “…”
    if (!speaker && t[before] && /^[,:\u2014\u2013-]$/u.test(t[before]!.text)) {
      for (let k = before - 1; k >= 0 && k > before - 14 && t[k]!.sent === t[before]!.sent; k--) {
        const src = t[k]!.lower === 'according' || t[k]!.lower === 'in' || t[k]!.lower === 'attributed' ? sourcePhraseAt(k) : null;
        if (src) {
          speaker = src.speaker;
          break;
        }
      }
    }
    const sentStart = doc.sentences[firstTok.sent]!.first;
    const opensSentence = before < sentStart || t[before]?.text === ':';
    // a plain speech cue right beside the quote marks it as speech even when its speaker is not found:
    // "“…,” said the post", "they said, “Wow.”"
    let cueOnly: number | null = null;
    if (!speaker) {
      const plainCue = (k: number): boolean => {
        const l = isCue(k);
        return !!l && !WEAK_CUES.has(l) && t[k]!.pos === 'VERB';
      };
      // not "a series called “…”": a framing verb with no subject names something rather than quoting it
      const bl = beforeCue !== null ? isCue(beforeCue) : null;
      if (beforeCue !== null && !usedCues.has(beforeCue) && (bl && !WEAK_CUES.has(bl) || t[beforeCue - 1]?.pos === 'PRON')) cueOnly = beforeCue;
      else if (plainCue(after) && sameSentence(after) && t[after - 1]?.text !== '.') cueOnly = after;
      else if (t[before] && /^(?:[:,]|that)$/u.test(t[before]!.lower) && plainCue(before - 1) && t[before - 1]!.para === firstTok.para) cueOnly = before - 1;
    }
    if (!speaker && cueOnly !== null) {
      usedCues.add(cueOnly);
      usedRegions.add(r);
      const kind: QuoteKind = opensSentence || t[before]?.text === ',' || cueOnly === after || toldDirectly ? 'direct' : 'mixed';
      push(kind, r.start, r.end, null, cueOnly, r.first);
      diagnostics.push({ code: 'quote.speaker-missing', severity: 'info', message: 'No speaker was found for this direct quote.', span: span(doc, r.start, r.end) });
      if (kind === 'direct') lastDirect = { speaker: null, para: firstTok.para };
      continue;
    }
    if (speaker) {
      if (cue !== null) usedCues.add(cue);
      usedRegions.add(r);
      // a quote that is the whole object of its cue is direct; one woven into the clause is mixed
      const adjacent = cue === null || cue >= r.last || toldDirectly || t.slice(cue + 1, before + 1).every((u) => u.kind === 'punct' || PRE_QUOTE_SKIP.has(u.lower));
      const standalone = t[before]?.text === ':' || t[before]?.text === ',' && !framed;
      const kind: QuoteKind = opensSentence || standalone && r.last - r.first >= MIN_UNCUED_TOKENS || adjacent && !framed && r.last - r.first >= MIN_UNCUED_TOKENS ? 'direct' : 'mixed';
      push(kind, r.start, r.end, speaker, cue, r.first);
      lastDirect = { speaker, para: firstTok.para };
      prevQuote = { r, speaker, cue };
      continue;
    }
    // no cue: a continued or follow-on quote takes the previous speaker
    const tokensIn = r.last - r.first;
    if (opensSentence && tokensIn >= MIN_UNCUED_TOKENS) {
      usedRegions.add(r);
      // a quote opening a paragraph after "X said:" belongs to X; "X defended the decision: “…”" to X
      const colon: { speaker: MentionRec; cue: number | null } | null = colonIntroduced(before) ?? colonClause(before, r);
      // "“…” — Toronto Star, 2008": a dash line attributes the quote itself, even to a name not recognised
      const dashed = !!t[after] && /^[\u2014\u2013]$/u.test(t[after]!.text) && t[after]!.para === firstTok.para;
      const follows: boolean = !colon && !dashed && lastDirect !== null && firstTok.para - lastDirect.para <= 1;
      const colonCue: { speaker: MentionRec; cue: number | null } | null = colon ?? (follows || dashed ? null : recentSpeaker(before));
      const speaker: MentionRec | null = follows ? lastDirect!.speaker : colonCue?.speaker ?? null;
      push('direct', r.start, r.end, speaker, colonCue?.cue ?? null, r.first);
      if (speaker) lastDirect = { speaker, para: firstTok.para };
      else if (!colonCue) diagnostics.push({ code: 'quote.speaker-missing', severity: 'info', message: 'No speaker was found for this direct quote.', span: span(doc, r.start, r.end) });
    }
  }

  /**
   * A cue before the opening mark, with what may stand between: ":" / "," / "that", a time or place
   * phrase ("said in a statement:", "told reporters on Tuesday"), or, for a framing verb, its object
   * and "as" ("described the ruling as “…”", "called it “…”").
   */
  function cueBefore(r: QuoteRegion, before: number, para: number): { speaker: MentionRec | null; cue: number; framed: boolean; addressee: boolean } | null {
    let addressee = false;
    for (let k = before; k >= 0 && k > before - 10; k--) {
      const u = t[k]!;
      if (u.para !== para || regionAt(regions, u.start) || TERMINAL.has(u.text)) return null;
      const lemma = isCue(k);
      const frame = !lemma || WEAK_CUES.has(lemma) ? framing(k) : null;
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
        const afterCue = mentionAfterCue(k);
        const inverted = afterCue && afterCue.kind !== 'pronoun' && afterCue.first > k && afterCue.last <= before + 1 && t.slice(afterCue.last, before + 1).every((g) => g.kind === 'punct') ? afterCue : undefined;
        // no speaker found: still the quote's cue ("They call for “…”"), attributed to no one
        return { speaker: speakerOf(k, true) ?? inverted ?? null, cue: k, framed, addressee };
      }
      if (u.pos === 'VERB' || u.pos === 'AUX') return null;
    }
    return null;
  }

  /** "The Church denied these allegations: “…”": the subject of the clause the colon closes. */
  function colonClause(colon: number, r: QuoteRegion): { speaker: MentionRec; cue: number | null } | null {
    if (t[colon]?.text !== ':' || t[colon]!.para !== t[r.first]!.para && t[colon]!.para !== t[r.first]!.para - 1) return null;
    const subj = mainSubject(doc, index, colon).filter(outside)[0];
    return subj ? { speaker: subj, cue: null } : null;
  }

  /** A quote standing alone after "X told reporters …": the last speaker named in the two sentences before. */
  function recentSpeaker(before: number): { speaker: MentionRec; cue: number } | null {
    if (before < 0) return null;
    const sent = t[before]!.sent;
    const from = doc.sentences[Math.max(0, sent - 1)]!.first;
    for (let k = before; k >= from; k--) {
      if (!isCue(k) || t[k]!.para < t[before]!.para - 1) continue;
      const subj = subjectsBefore(doc, index, k).filter(outside)[0];
      if (subj && (t[k]!.pos === 'VERB' || t[k]!.pos === 'AUX')) return { speaker: subj, cue: k };
    }
    return null;
  }

  /** "… the minister said:" closing the previous paragraph introduces this one's quote. */
  function colonIntroduced(colon: number): { speaker: MentionRec; cue: number } | null {
    if (t[colon]?.text !== ':') return null;
    // "Barack Obama tweeted using his account:": the last cue of the introducing sentence
    const s0 = doc.sentences[t[colon]!.sent]!.first;
    for (let k = colon - 1; k >= s0 && k > colon - 15; k--) {
      if (!isCue(k)) continue;
      // "denied these claims:": a cue noun with no subject gives way to the verb before it
      const subj = speakerOf(k, true);
      if (subj) return { speaker: subj, cue: k };
      if (t[k]!.pos !== 'NOUN') return null;
    }
    return null;
  }

  // 2. indirect speech: "X said (that) …", "X claims that …", "according to X, …", "…, X said."
  for (let k = 0; k < t.length; k++) {
    const lemma = isCue(k);
    const tok = t[k]!;
    const sent = doc.sentences[tok.sent]!;
    if (tok.lower === 'according' || tok.lower === 'in' && t[k + 1]?.lower === 'the') {
      const src = sourcePhraseAt(k);
      if (!src) continue;
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
      if (start === undefined || end <= start) continue;
      emitIndirect(start, end, m, k, before ? k - 1 : c + 1);
      continue;
    }
    if (!lemma || usedCues.has(k)) continue;
    // "X said (only) that …": adverbs and time phrases between the cue and its clause
    let c = k + 1;
    const agent = passiveAgent(k);
    if (agent) c = agent.last;
    if (lemma === 'tell') {
      const obj = index.startingAt(c);
      if (obj) c = obj.last;
      // "tell you I …": one pronoun is the object, the next opens the clause
      else if (t[c]?.pos === 'PRON' && OBJECT_PRONOUNS.has(t[c]!.lower)) c++;
      else while (t[c] && (t[c]!.pos === 'NOUN' || t[c]!.pos === 'PROPN' || t[c]!.pos === 'DET' || t[c]!.pos === 'PRON') && c < k + 4) c++;
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
    if (WEAK_CUES.has(lemma) && !thatAt) continue;
    // wink tags some present-tense cues as nouns: "X claims that …", "Paris claims she was …"
    const afterName = index.endingAt(k - 1)?.kind === 'name' || index.endingAt(k - 1)?.kind === 'alias';
    // a telegraphic headline: "Australian woman claims church imprisoned her" (the cue tagged as a plural noun)
    const headlineCue = tok.para === doc.headline && tok.pos === 'NOUN' && /s$/u.test(tok.lower) && !WEAK_CUES.has(lemma) && (t[k - 1]?.pos === 'NOUN' || t[k - 1]?.pos === 'PROPN') && k > sent.first + 1 &&
      /^(?:NOUN|PROPN|DET|PRON|NUM|ADJ)$/u.test(t[k + 1]?.pos ?? '');
    if (tok.pos !== 'VERB' && tok.pos !== 'AUX' && !thatAt && !headlineCue && !(afterName && tok.pos === 'NOUN' && /s$/u.test(tok.lower))) continue;
    // "The big hit, Wikinews observed from the long line, was …": a parenthetical attribution, perhaps with a short phrase
    const pre = index.endingAt(k - 1);
    if (pre && outside(pre) && t[pre.first - 1]?.text === ',' && pre.first - 1 > sent.first && !regionAt(regions, t[pre.first - 2]!.start)) {
      let j = k + 1;
      if (t[j]?.pos === 'ADP') while (t[j] && j < k + 7 && t[j]!.text !== ',' && t[j]!.pos !== 'VERB' && t[j]!.pos !== 'AUX') j++;
      if (t[j]?.text === ',' && t[j]!.sent === tok.sent && t.slice(j + 1, Math.min(j + 4, sent.last)).some((u) => (u.pos === 'VERB' || u.pos === 'AUX') && !regionAt(regions, u.start))) {
        emitIndirect(sent.start, sent.end, pre, k, sent.first);
        continue;
      }
    }
    const subj = speakerOf(k);
    // "As Heald told The Huffington Post, US surface ozone has dropped …": the content follows the comma
    if (subj && t[c]?.text === ',' && t[sent.first]?.lower === 'as' && subj.first <= sent.first + 3 && k - sent.first < 12) c++;
    // "other sites have stated that …": a that-clause after a speech verb is reported speech, speaker or not
    // "The report says …", "The report states that …": a noun subject that is no entity still reports
    const nounSubject = headlineCue || t[k - 1]?.pos === 'NOUN' && t[k - 2]?.pos === 'DET' && !WEAK_CUES.has(lemma) && !/ing$/u.test(tok.lower);
    // "…, Lewis said.": nothing after the cue, so the content is before it (below)
    const closesSentence = !t[c] || t[c]!.sent !== tok.sent || TERMINAL.has(t[c]!.text);
    if (!closesSentence && (subj || nounSubject || thatAt && !WEAK_CUES.has(lemma) && (tok.pos === 'VERB' || tok.pos === 'AUX') && !/ing$/u.test(tok.lower))) {
      const next = t[c];
      if (!next || next.sent !== tok.sent || CLOSERS.has(next.text) || next.text === '“' || next.text === ':' || TERMINAL.has(next.text) || next.text === ',') continue;
      // "said “…”": a quote right after the cue is direct speech, handled above
      const opened = regionAt(regions, next.start);
      if (opened && opened.open >= tok.end && opened.open <= next.start) continue;
      // "said in a statement": a phrase, not a clause ("said that in 2022 …" is a clause)
      if (next.pos === 'ADP' && !thatAt && !SUBORDINATORS.has(next.lower)) continue;
      // reported speech is a clause: not "tweeted using his account"; "said cancelling the flights was …" is one
      const clauseEnd = Math.min(c + 15, sent.last);
      // "wrote my poems, …": a possessive noun phrase with no verb after it is an object, not a clause
      if (POSSESSIVES.has(next.lower)) {
        let j = c + 1;
        // "9/11-related": a hyphened participle is part of the noun phrase
        const verbAt = (x: number): boolean => (t[x]!.pos === 'VERB' || t[x]!.pos === 'AUX') && t[x - 1]?.text !== '-';
        while (t[j] && j < c + 12 && !verbAt(j) && t[j]!.text !== ',' && !TERMINAL.has(t[j]!.text)) j++;
        if (!t[j] || !verbAt(j)) continue;
      }
      if (/ing$/u.test(next.lower) && next.pos === 'VERB' && !t.slice(c + 1, clauseEnd).some((u) => u.pos === 'AUX' || u.pos === 'VERB' && /(?:ed|s)$/u.test(u.lower))) continue;
      // a complementiser "that" promises a clause even when the tagger misses its verb ("the crime involved/ADJ …")
      const complementiser = thatAt && t[c - 1]?.pos === 'SCONJ' && !WEAK_CUES.has(lemma);
      if (!complementiser && !t.slice(c, clauseEnd).some((u) => u.pos === 'VERB' || u.pos === 'AUX')) continue;
      emitIndirect(next.start, sent.end, subj ?? null, k, c);
      continue;
    }
    // "…, X said." with the content before
    const m = mentionAfter(doc, index, k) ?? undefined;
    const subjAfter = index.endingAt(k - 1);
    const who = subjAfter && t[subjAfter.first - 1]?.text === ',' ? subjAfter : t[k - 1]?.text === ',' && m ? m : undefined;
    if (who && outside(who)) {
      const comma = who === subjAfter ? who.first - 1 : k - 1;
      // "Recipients, said Mauer, are required to …": a parenthetical attribution inside the sentence
      const tail = who === subjAfter ? k + 1 : who.last;
      const inside = t[tail]?.text === ',' && t[tail]!.sent === tok.sent && t.slice(tail + 1, Math.min(tail + 12, sent.last)).some((u) => u.pos === 'VERB' || u.pos === 'AUX');
      if (inside && comma > sent.first && !regionAt(regions, t[comma - 1]!.start)) emitIndirect(sent.start, sent.end, who, k, sent.first);
      else if (comma > sent.first + 3 && !regionAt(regions, t[comma - 1]!.start)) emitIndirect(sent.start, t[comma]!.start, who, k, sent.first);
    }
  }

  /** A cue inside reported content that starts a new attribution: "…, while the union said …". */
  function startsAttribution(k: number): boolean {
    // memoised: overlapping content windows ask about the same tokens
    let v = attributionAt.get(k);
    if (v === undefined) attributionAt.set(k, v = attributionStart(k));
    return v;
  }
  function attributionStart(k: number): boolean {
    const u = t[k]!;
    if (t[k]!.lower === 'according') return t[k + 1]?.lower === 'to';
    const lemma = isCue(k);
    // "said she believed …": a cognition verb inside the content is part of it
    if (!lemma || WEAK_CUES.has(lemma) || u.pos !== 'VERB' && u.pos !== 'AUX') return false;
    // "had been written", "was reported": passive or participial, not a new speaker
    if (/^(?:been|be|being|was|were|is|are)$/u.test(t[k - 1]?.lower ?? '')) return false;
    if (/ing$/u.test(u.lower) && t[k - 1]?.text === ',') return false;
    return subjectsBefore(doc, index, k).length > 0;
  }

  function emitIndirect(start: number, end: number, speaker: MentionRec | null, cue: number, first: number): void {
    // reported content is one clause or sentence: bounded, and never past the next attribution
    // bounded first, so that a long unpunctuated sentence stays linear
    end = Math.min(end, start + MAX_REPORTED_CHARS);
    if (t[cue]!.start < start) {
      for (let k = cue + 2; k < t.length && t[k]!.start < end; k++) {
        if (startsAttribution(k)) {
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
    push(inner.length ? 'mixed' : 'indirect', start, end, speaker, cue, first);
  }

  // 3. long quoted passages left over are direct quotes without an attribution; short ones are scare quotes
  for (const r of regions) {
    if (usedRegions.has(r)) continue;
    const inner = t.slice(r.first, r.last);
    // a short quoted clause with a finite or modal verb ("“must be completed in English”") is someone's words, not a scare quote
    const clause = r.last - r.first >= MIN_CLAUSE_TOKENS && inner.some((u) => u.pos === 'AUX' && CLAUSE_AUXILIARIES.has(u.lower)) && inner.some((u) => u.pos === 'VERB');
    if (!clause && r.last - r.first < MIN_SPEAKERLESS_TOKENS) continue;
    if (!inner.some((u) => u.pos === 'VERB' || u.pos === 'AUX')) continue;
    push('direct', r.start, r.end, null, null, r.first);
    diagnostics.push({ code: 'quote.speaker-missing', severity: 'info', message: 'No speaker was found for this direct quote.', span: span(doc, r.start, r.end) });
  }

  drafts.sort((a, b) => a.start - b.start);
  /** Index of the token that starts at or covers character offset `offset`. */
  const tokenAt = (offset: number): number => Math.max(0, lowerBound(t.length, (i) => t[i]!.start <= offset) - 1);
  // "the club said the group had ignored warnings. “…,” it added.": a pronoun that continues the previous
  // attribution is its speaker, not a name inside what that speaker reported
  for (let n = 1; n < drafts.length; n++) {
    const d = drafts[n]!;
    const prev = drafts[n - 1]!;
    const m = d.speakerMention;
    if (!m || m.kind !== 'pronoun' || !d.cue || !prev.speaker || !prev.speakerMention || prev.speaker === d.speaker || d.sent - prev.sent > 2) continue;
    const cueWord = t[tokenAt(d.cue.start)]?.lemma ?? '';
    if (!CONTINUING_CUES.has(cueWord)) continue;
    const reportedOnly = index.within(tokenAt(prev.start), tokenAt(prev.end - 1) + 1).some((x) => x.entity === m.entity);
    if (!reportedOnly) continue;
    drafts[n] = { ...d, speaker: prev.speaker, speakerMention: { ...m, entity: prev.speaker } };
  }
  const quotes: QuoteRec[] = drafts.map((d, n) => ({ ...d, id: `q${n + 1}` }));
  for (const q of quotes) {
    if (q.speaker === null && q.speakerMention) {
      diagnostics.push({ code: 'quote.speaker-unresolved', severity: 'info', message: 'The speaker of this quote could not be resolved to an entity.', span: q.speakerSpan });
    }
  }
  return { quotes, diagnostics };
}
