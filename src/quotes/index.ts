/**
 * Stage 4, quotes: direct quotes (both styles, multi-sentence, continued across
 * paragraphs), mixed quotes inside reported speech, and indirect speech, each
 * with its speaker, speaker mention and cue. Scare quotes get no speaker.
 * requires: document, entities, coreference, quote regions · assigns: quotes
 */
import type { Doc } from '../document/index.js';
import type { MentionRec } from '../model/index.js';
import type { Diagnostic, QuoteKind, Span } from '../types.js';
import { MentionIndex, subjectsBefore, mentionAfter } from '../syntax/index.js';
import { regionAt, type QuoteRegion } from './marks.js';
import { cueLemma, WEAK_CUES } from './lexicon.js';

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
/** Direct quotes shorter than this, with no cue, are scare quotes. */
const MIN_UNCUED_TOKENS = 6;
/** A quoted passage this long, with a verb, is speech even when no speaker is found. */
const MIN_SPEAKERLESS_TOKENS = 10;
/** Words between a cue and its quote: "said that “…”", "called them “…”", "described it as “…”". */
const PRE_QUOTE_SKIP = new Set(['that', 'as', 'it', 'them', 'this', 'him', 'her', 'us']);
const TERMINAL = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['”', '"', '’', "'", '»']);

function span(doc: Doc, start: number, end: number): Span {
  return { start, end, text: doc.text.slice(start, end) };
}

/** Regions lying inside [start, end); regions are sorted and do not overlap. */
function regionsWithin(regions: readonly QuoteRegion[], start: number, end: number): QuoteRegion[] {
  let lo = 0;
  let hi = regions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (regions[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: QuoteRegion[] = [];
  for (let k = lo; k < regions.length && regions[k]!.start < end; k++) if (regions[k]!.end <= end) out.push(regions[k]!);
  return out;
}

export function findQuotes(doc: Doc, index: MentionIndex, regions: readonly QuoteRegion[]): QuoteLayer {
  const t = doc.tokens;
  const usedCues = new Set<number>();
  const usedRegions = new Set<QuoteRegion>();
  const drafts: Omit<QuoteRec, 'id'>[] = [];
  const diagnostics: Diagnostic[] = [];
  const isCue = (k: number): string | null => {
    const u = t[k];
    if (!u || u.kind !== 'word' || regionAt(regions, u.start)) return null;
    if (u.pos !== 'VERB' && u.pos !== 'AUX' && u.pos !== 'NOUN' && u.pos !== 'PROPN') return null;
    return cueLemma(u.lower, u.lemma);
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

  // 1. direct quotes: a cue right after the closing mark, or right before the opening mark
  let lastDirect: { speaker: MentionRec | null; para: number } | null = null;
  for (const r of regions) {
    if (r.last <= r.first) continue;
    const firstTok = t[r.first]!;
    // the tokens just outside the marks (wink may or may not have kept the marks as tokens)
    const before = tokenBefore(r);
    let after = tokenAfter(r);
    while (t[after] && (CLOSERS.has(t[after]!.text) || t[after]!.text === ',')) after++;
    let speaker: MentionRec | null = null;
    let cue: number | null = null;
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
    // “…,” said Lewis.
    if (!speaker && isCue(after) && sameSentence(after)) {
      const m = mentionAfter(doc, index, after);
      if (m) {
        speaker = m;
        cue = after;
      }
    }
    // Lewis said: “…” / Lewis said that “…”
    if (!speaker) {
      let k = before;
      while (k >= 0 && (t[k]!.text === ':' || t[k]!.text === ',' || PRE_QUOTE_SKIP.has(t[k]!.lower)) && k > before - 4) k--;
      // "…, describing it as “…”": a participle shares the main clause's speaker, found as reported speech
      const participle = /ing$/u.test(t[k]?.lower ?? '') && t[k - 1]?.text === ',';
      if (k >= 0 && t[k]!.para === firstTok.para && isCue(k) && !participle) {
        const afterCue = mentionAfter(doc, index, k);
        const inverted = afterCue && afterCue.kind !== 'pronoun' && t.slice(afterCue.last, before + 1).every((u) => u.kind === 'punct') ? afterCue : undefined;
        const subj = subjectsBefore(doc, index, k).filter(outside)[0] ?? inverted;
        if (subj) {
          speaker = subj;
          cue = k;
        }
      }
    }
    const sentStart = doc.sentences[firstTok.sent]!.first;
    const opensSentence = before < sentStart || t[before]?.text === ':';
    if (speaker && cue !== null) {
      usedCues.add(cue);
      usedRegions.add(r);
      // a quote that is the whole object of its cue is direct; one woven into the clause is mixed
      const adjacent = cue >= r.last || t.slice(cue + 1, before + 1).every((u) => u.kind === 'punct' || PRE_QUOTE_SKIP.has(u.lower));
      const kind: QuoteKind = opensSentence || adjacent && r.last - r.first >= MIN_UNCUED_TOKENS ? 'direct' : 'mixed';
      push(kind, r.start, r.end, speaker, cue, r.first);
      lastDirect = { speaker, para: firstTok.para };
      continue;
    }
    // no cue: a continued or follow-on quote takes the previous speaker
    const tokensIn = r.last - r.first;
    if (opensSentence && tokensIn >= MIN_UNCUED_TOKENS) {
      usedRegions.add(r);
      const follows: boolean = lastDirect !== null && firstTok.para - lastDirect.para <= 1;
      // a quote opening a paragraph after "X said:" belongs to X
      const colonCue: { speaker: MentionRec; cue: number } | null = follows ? null : colonIntroduced(before) ?? recentSpeaker(before);
      const speaker: MentionRec | null = follows ? lastDirect!.speaker : colonCue?.speaker ?? null;
      push('direct', r.start, r.end, speaker, colonCue?.cue ?? null, r.first);
      if (speaker) lastDirect = { speaker, para: firstTok.para };
      else if (!colonCue) diagnostics.push({ code: 'quote.speaker-missing', severity: 'info', message: 'No speaker was found for this direct quote.', span: span(doc, r.start, r.end) });
    }
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
      const subj = subjectsBefore(doc, index, k).filter(outside)[0];
      return subj ? { speaker: subj, cue: k } : null;
    }
    return null;
  }

  // 2. indirect speech: "X said (that) …", "X claims that …", "according to X, …", "…, X said."
  for (let k = 0; k < t.length; k++) {
    const lemma = isCue(k);
    const tok = t[k]!;
    const sent = doc.sentences[tok.sent]!;
    if (tok.lower === 'according' && t[k + 1]?.lower === 'to') {
      const m = index.startingAt(k + 2);
      if (!m) continue;
      const before = k > sent.first;
      const start = before ? sent.start : t[m.last + 1]?.start;
      const end = before ? t[k - 1]!.start : sent.end;
      if (start === undefined || end <= start) continue;
      emitIndirect(start, end, m, k, k + 1);
      continue;
    }
    if (!lemma || usedCues.has(k) || WEAK_CUES.has(lemma) && t[k + 1]?.lower !== 'that') continue;
    // wink tags some present-tense cues as nouns: "X claims that …"
    if (tok.pos !== 'VERB' && tok.pos !== 'AUX' && t[k + 1]?.lower !== 'that') continue;
    const subj = subjectsBefore(doc, index, k).filter(outside)[0];
    if (subj) {
      // skip "told reporters", "said on Tuesday", then "that"
      let c = k + 1;
      if (lemma === 'tell') {
        const obj = index.startingAt(c);
        if (obj) c = obj.last;
        else while (t[c] && (t[c]!.pos === 'NOUN' || t[c]!.pos === 'DET' || t[c]!.pos === 'PRON') && c < k + 4) c++;
      }
      if (t[c]?.lower === 'on' && t[c + 1]?.pos !== 'VERB') c += 2;
      if (t[c]?.lower === 'that') c++;
      const next = t[c];
      if (!next || next.sent !== tok.sent || CLOSERS.has(next.text) || next.text === '“' || next.text === ':' || TERMINAL.has(next.text) || next.text === ',') continue;
      // "said “…”": a quote right after the cue is direct speech, handled above
      const opened = regionAt(regions, next.start);
      if (opened && opened.open >= tok.end && opened.open <= next.start) continue;
      if (next.pos === 'ADP' && next.lower !== 'that') continue;
      // reported speech is a clause: not "tweeted using his account", not "tweeted support of …"
      if (/ing$/u.test(next.lower) && next.pos === 'VERB') continue;
      if (!t.slice(c, Math.min(c + 15, sent.last)).some((u) => u.pos === 'VERB' || u.pos === 'AUX')) continue;
      emitIndirect(next.start, sent.end, subj, k, c);
      continue;
    }
    // "…, X said." with the content before
    const m = mentionAfter(doc, index, k) ?? undefined;
    const subjAfter = index.endingAt(k - 1);
    const who = subjAfter && t[subjAfter.first - 1]?.text === ',' ? subjAfter : t[k - 1]?.text === ',' && m ? m : undefined;
    if (who && outside(who)) {
      const comma = who === subjAfter ? who.first - 1 : k - 1;
      if (comma > sent.first + 3 && !regionAt(regions, t[comma - 1]!.start)) emitIndirect(sent.start, t[comma]!.start, who, k, sent.first);
    }
  }

  function emitIndirect(start: number, end: number, speaker: MentionRec, cue: number, first: number): void {
    // reported content is one clause or sentence: bounded, and never past the next attribution
    if (t[cue]!.start < start) {
      for (let k = cue + 2; k < t.length && t[k]!.start < end; k++) {
        const participle = /ing$/u.test(t[k]!.lower) && t[k - 1]?.text === ',';
        if (isCue(k) && !participle || t[k]!.lower === 'according') {
          end = t[k]!.start;
          break;
        }
      }
    } else start = Math.max(start, t[cue]!.start - MAX_REPORTED_CHARS);
    end = Math.min(end, start + MAX_REPORTED_CHARS);
    if (end <= start) return;
    // quoted fragments inside make it mixed; a region that covers it all means it was direct
    const inner = regionsWithin(regions, start, end);
    if (inner.some((r) => usedRegions.has(r))) return;
    if (inner.length) inner.forEach((r) => usedRegions.add(r));
    usedCues.add(cue);
    push(inner.length ? 'mixed' : 'indirect', start, end, speaker, cue, first);
  }

  // 3. long quoted passages left over are direct quotes without an attribution; short ones are scare quotes
  for (const r of regions) {
    if (usedRegions.has(r) || r.last - r.first < MIN_SPEAKERLESS_TOKENS) continue;
    if (!t.slice(r.first, r.last).some((u) => u.pos === 'VERB' || u.pos === 'AUX')) continue;
    push('direct', r.start, r.end, null, null, r.first);
    diagnostics.push({ code: 'quote.speaker-missing', severity: 'info', message: 'No speaker was found for this direct quote.', span: span(doc, r.start, r.end) });
  }

  drafts.sort((a, b) => a.start - b.start);
  const quotes: QuoteRec[] = drafts.map((d, n) => ({ ...d, id: `q${n + 1}` }));
  for (const q of quotes) {
    if (q.speaker === null && q.speakerMention) {
      diagnostics.push({ code: 'quote.speaker-unresolved', severity: 'info', message: 'The speaker of this quote could not be resolved to an entity.', span: q.speakerSpan });
    }
  }
  return { quotes, diagnostics };
}
